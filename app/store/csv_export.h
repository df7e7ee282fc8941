// The staff export of access-needs requests as a CSV file that Excel and LibreOffice open
// correctly, in every script the kiosk speaks, without running anything a parent typed.
#pragma once

#include "core/result.h"
#include "store/access_request.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

// RFC 4180: CRLF after every row, a field quoted when it holds a comma, a double quote, CR or LF,
// quotes inside doubled. UTF-8 with a byte order mark first, which is how Excel knows the file is
// UTF-8 (without it Bengali and Urdu come out as mojibake).
//
// Columns, after a header row of these names: reference, created_at (ISO 8601 UTC,
// 2025-03-04T10:15:00Z), conference_date (2025-03-20 or empty), language (its English name,
// "Traditional Chinese"), name, phone, contact_by (contact_id), cancelled (yes/no), then one
// column per need in all_needs order headed by its need_id, empty when not requested, else the
// status_id, ": detail" and " (note: staff note)" when present ("requested: syl",
// "arranged (note: booked with LanguageLine)"), then interpreter_dialect,
// interpreter_same_gender (yes/no), entered_by.
//
// CSV injection (OWASP "CSV Injection"): a field starting with =, +, -, @, TAB or CR gets a
// leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
// This applies to phone numbers too ("+44 161 217 6028" becomes "'+44 161 217 6028", and a lone
// "-" becomes "'-"): telling a phone number from a formula is exactly the guess the rule exists
// to avoid. Staff see the apostrophe in the cell; it is not part of the data.
std::string requests_to_csv(const std::vector<AccessRequest>& requests);

// Writes `content` to `path` through a temporary file and a rename, so a full disk or a pulled
// USB stick never leaves half a file: either the whole export is there or the old file (or
// none) is. The file gets mode 0600 since it holds personal data.
Result<void> write_csv_file(const std::filesystem::path& path, std::string_view content);

// The English name of the language for staff ("Urdu", "Traditional Chinese").
std::string_view english_language_name(Language language);

}  // namespace kiosk::store
