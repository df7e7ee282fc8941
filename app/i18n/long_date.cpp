#include "i18n/long_date.h"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <memory>
#include <optional>
#include <string>

namespace kiosk::i18n {
namespace {

// Farsi readers in Iran and Afghanistan date their lives in the Solar Hijri calendar; the other
// five languages' readers, in the UK as at home, use the Gregorian one for civic dates.
std::optional<std::string_view> everyday_calendar(Language language)
{
    if (language == Language::Farsi) return "persian";
    return std::nullopt;
}

icu::Locale with_calendar(Language language, std::string_view calendar)
{
    return icu::Locale((std::string(icu_locale_id(language)) + "@calendar=" + std::string(calendar)).c_str());
}

// Both the day and its formatting are in GMT: a date has no time of day, and one zone on both
// sides keeps it from shifting across midnight.
Result<std::string> long_date(const icu::Locale& locale, UDate noon_gmt)
{
    const std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (!format) return fail("ICU has no long date format for " + std::string(locale.getName()));
    format->setTimeZone(*icu::TimeZone::getGMT());
    icu::UnicodeString text;
    format->format(noon_gmt, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

Result<FormattedDate> format_long_date(Language language, int year, int month, int day)
{
    const std::string asked = std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
    if (year < 1 || year > 9999) return fail("no such date " + asked + ": the year must be 1 to 9999");
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(*icu::TimeZone::getGMT(), status);
    calendar.setLenient(false);  // a lenient calendar would turn 30 February into 2 March
    calendar.clear();
    calendar.set(year, month - 1, day, 12, 0, 0);
    const UDate noon_gmt = calendar.getTime(status);
    if (U_FAILURE(status)) return fail("no such date " + asked + " (year-month-day)");

    FormattedDate date;
    const std::optional<std::string_view> calendar_name = everyday_calendar(language);
    auto local = long_date(with_calendar(language, calendar_name.value_or("gregorian")), noon_gmt);
    if (!local) return std::unexpected(local.error());
    date.local = std::move(*local);
    if (calendar_name) {
        auto gregorian = long_date(with_calendar(language, "gregorian"), noon_gmt);
        if (!gregorian) return std::unexpected(gregorian.error());
        date.gregorian = std::move(*gregorian);
    }
    return date;
}

}  // namespace kiosk::i18n
