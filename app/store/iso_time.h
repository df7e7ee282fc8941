// Dates and times as the records database stores them: ISO 8601 text, which sorts in time order
// as plain text, so SQL comparisons and indexes work on it directly.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::store {

std::string iso_date(std::chrono::year_month_day day);                      // "2025-03-07"
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

std::string iso_timestamp(std::chrono::sys_seconds at);                     // "2025-03-07T14:05:09Z"
std::optional<std::chrono::sys_seconds> parse_iso_timestamp(std::string_view text);

// For file names, without characters some file systems refuse: "20250307T140509Z".
std::string compact_timestamp(std::chrono::sys_seconds at);

// The same day `months` months earlier; a day the earlier month lacks (31 March less one month)
// becomes that month's last day.
std::chrono::year_month_day months_before(std::chrono::year_month_day day, std::chrono::months months);

}  // namespace kiosk::store
