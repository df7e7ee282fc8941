#include "store/iso_time.h"

#include <charconv>
#include <cstdio>

namespace kiosk::store {
namespace {

// Reads exactly `digits` decimal digits at `offset`.
std::optional<int> read_number(std::string_view text, std::size_t offset, std::size_t digits)
{
    if (offset + digits > text.size()) return std::nullopt;
    // from_chars would take a sign; a date field is digits only.
    if (text[offset] < '0' || text[offset] > '9') return std::nullopt;
    int value = 0;
    const char* first = text.data() + offset;
    const auto [end, error] = std::from_chars(first, first + digits, value);
    if (error != std::errc{} || end != first + digits) return std::nullopt;
    return value;
}

}  // namespace

std::string iso_date(std::chrono::year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto year = read_number(text, 0, 4);
    const auto month = read_number(text, 5, 2);
    const auto day = read_number(text, 8, 2);
    if (!year || !month || !day) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string iso_timestamp(std::chrono::sys_seconds at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::hh_mm_ss time{at - day};
    char text[32];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", iso_date(day).c_str(), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return text;
}

std::optional<std::chrono::sys_seconds> parse_iso_timestamp(std::string_view text)
{
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return std::nullopt;
    const auto date = parse_iso_date(text.substr(0, 10));
    const auto hours = read_number(text, 11, 2);
    const auto minutes = read_number(text, 14, 2);
    const auto seconds = read_number(text, 17, 2);
    if (!date || !hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59) return std::nullopt;
    return std::chrono::sys_days{*date} + std::chrono::hours{*hours} + std::chrono::minutes{*minutes} +
           std::chrono::seconds{*seconds};
}

std::string compact_timestamp(std::chrono::sys_seconds at)
{
    std::string text = iso_timestamp(at);
    std::erase(text, '-');
    std::erase(text, ':');
    return text;
}

std::chrono::year_month_day months_before(std::chrono::year_month_day day, std::chrono::months months)
{
    const std::chrono::year_month_day shifted = day - months;
    if (shifted.ok()) return shifted;
    return std::chrono::year_month_day_last{shifted.year(), std::chrono::month_day_last{shifted.month()}};
}

}  // namespace kiosk::store
