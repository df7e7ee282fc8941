// The tour's index.html: one section per screen, each a grid of its pictures (the PNGs scaled
// down by CSS, so there are no thumbnail files to keep in step) labelled language / text size /
// theme, each linking to the full-size PNG. Plain UTF-8 HTML that opens from the folder itself.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <span>
#include <string>

namespace kiosk::shell {

struct ContactSheetEntry {
    std::string screen;         // the section it goes in, e.g. "needs-review"
    std::string language_code;  // "zh-Hant"
    int text_size_percent = 100;
    std::string theme;          // "calm", "high-contrast"
    std::string file_name;      // the PNG, relative to the sheet
};

// The page, sections in the order their screens first appear in `entries`. Every text is
// HTML-escaped and every link percent-encoded, so no file or screen name can break the markup.
std::string contact_sheet_html(std::span<const ContactSheetEntry> entries);

// Writes contact_sheet_html(entries) to `path`; fails with a message naming the file, leaving no
// half-written file behind.
Result<void> write_contact_sheet(std::span<const ContactSheetEntry> entries, const std::filesystem::path& path);

}  // namespace kiosk::shell
