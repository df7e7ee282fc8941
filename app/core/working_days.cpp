#include "core/working_days.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdlib>
#include <iterator>
#include <utility>

namespace kiosk {
namespace {

using namespace std::chrono;

enum class Holiday { NewYear, GoodFriday, EasterMonday, EarlyMay, Spring, Summer, Christmas, BoxingDay };

struct Observed {
    Holiday holiday = Holiday::NewYear;
    year_month_day date{};
};

// Holidays held away from their usual day by royal proclamation. One-off extra holidays are not
// here: they are site-added closures (see WorkingCalendar's constructor).
constexpr std::array<Observed, 7> proclaimed_moves{{
    // Before the Banking and Financial Dealings Act 1971 Boxing Day on a Saturday kept its day:
    // "on the traditional days, 25th and 26th December" (Hansard, HC Deb 11 Nov 1970, c212W).
    {Holiday::BoxingDay, 1970y / December / 26},
    // Silver Jubilee: "the Spring Bank Holiday will be changed to Monday 6th June" (Hansard, HC
    // Deb 19 Jan 1977, c191W).
    {Holiday::Spring, 1977y / June / 6},
    {Holiday::EarlyMay, 1995y / May / 8},  // 50 years since VE Day
    {Holiday::Spring, 2002y / June / 4},   // Golden Jubilee
    {Holiday::Spring, 2012y / June / 4},   // Diamond Jubilee
    {Holiday::EarlyMay, 2020y / May / 8},  // 75 years since VE Day
    {Holiday::Spring, 2022y / June / 2},   // Platinum Jubilee
}};

// The Banking and Financial Dealings Act 1971 added New Year's Day from 1974; the early May
// holiday was first held in 1978.
constexpr year first_new_years_day{1974};
constexpr year first_early_may{1978};

weekday weekday_of(year_month_day day) { return weekday{sys_days{day}}; }

bool is_weekend(year_month_day day)
{
    const weekday w = weekday_of(day);
    return w == Saturday || w == Sunday;
}

year_month_day monday(year y, month m, weekday_indexed which) { return year_month_day{sys_days{year_month_weekday{y, m, which}}}; }

year_month_day last_monday(year y, month m) { return year_month_day{sys_days{year_month_weekday_last{y, m, Monday[last]}}}; }

// A weekend New Year's Day is held on the Monday after.
year_month_day new_years_day(year y)
{
    const year_month_day first = y / January / 1;
    const weekday w = weekday_of(first);
    if (w == Saturday) return y / January / 3;
    if (w == Sunday) return y / January / 2;
    return first;
}

// Weekend Christmas and Boxing Days move to the next free weekdays: Christmas on Saturday gives
// Mon 27 (Christmas) and Tue 28 (Boxing Day); on Sunday, Boxing Day keeps Mon 26 and Christmas
// takes Tue 27; Boxing Day alone on Saturday moves to Mon 28.
std::array<Observed, 2> christmas_and_boxing_day(year y)
{
    const year_month_day christmas = y / December / 25;
    const weekday w = weekday_of(christmas);
    if (w == Saturday) return {{{Holiday::Christmas, y / December / 27}, {Holiday::BoxingDay, y / December / 28}}};
    if (w == Sunday) return {{{Holiday::Christmas, y / December / 27}, {Holiday::BoxingDay, y / December / 26}}};
    if (w == Friday) return {{{Holiday::Christmas, christmas}, {Holiday::BoxingDay, y / December / 28}}};
    return {{{Holiday::Christmas, christmas}, {Holiday::BoxingDay, y / December / 26}}};
}

// What the rules give, before proclamations and before the years a holiday began.
std::vector<Observed> usual_holidays(year y)
{
    const sys_days easter{easter_sunday(y)};
    const auto [christmas, boxing_day] = christmas_and_boxing_day(y);
    return {
        {Holiday::NewYear, new_years_day(y)},
        {Holiday::GoodFriday, year_month_day{easter - days{2}}},
        {Holiday::EasterMonday, year_month_day{easter + days{1}}},
        {Holiday::EarlyMay, monday(y, May, Monday[1])},
        {Holiday::Spring, last_monday(y, May)},
        {Holiday::Summer, last_monday(y, August)},
        christmas,
        boxing_day,
    };
}

bool held_in(Holiday holiday, year y)
{
    if (holiday == Holiday::NewYear) return y >= first_new_years_day;
    if (holiday == Holiday::EarlyMay) return y >= first_early_may;
    return true;
}

// The working days in (after, last].
int working_days_in(const WorkingCalendar& calendar, sys_days after, sys_days last)
{
    int count = 0;
    for (sys_days day = after + days{1}; day <= last; day += days{1}) {
        if (calendar.is_working_day(year_month_day{day})) ++count;
    }
    return count;
}

}  // namespace

year_month_day easter_sunday(year y)
{
    const int year_number = static_cast<int>(y);
    assert(year_number >= 1583);
    const int a = year_number % 19;
    const int b = year_number / 100;
    const int c = year_number % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month_number = (h + l - 7 * m + 114) / 31;
    const int day_number = (h + l - 7 * m + 114) % 31 + 1;
    return y / month{static_cast<unsigned>(month_number)} / day{static_cast<unsigned>(day_number)};
}

WorkingCalendar::WorkingCalendar(std::vector<year_month_day> extra_closures) : m_extra_closures(std::move(extra_closures))
{
    assert(std::all_of(m_extra_closures.begin(), m_extra_closures.end(), [](year_month_day day) { return day.ok(); }));
    std::sort(m_extra_closures.begin(), m_extra_closures.end());
    m_extra_closures.erase(std::unique(m_extra_closures.begin(), m_extra_closures.end()), m_extra_closures.end());
}

std::vector<year_month_day> WorkingCalendar::bank_holidays(year y)
{
    std::vector<year_month_day> holidays;
    for (Observed usual : usual_holidays(y)) {
        if (!held_in(usual.holiday, y)) continue;
        const auto moved = std::find_if(proclaimed_moves.begin(), proclaimed_moves.end(),
                                        [&](const Observed& move) { return move.holiday == usual.holiday && move.date.year() == y; });
        holidays.push_back(moved == proclaimed_moves.end() ? usual.date : moved->date);
    }
    std::sort(holidays.begin(), holidays.end());
    return holidays;
}

std::vector<year_month_day> WorkingCalendar::closed_days(year y) const
{
    std::vector<year_month_day> closed = bank_holidays(y);
    std::copy_if(m_extra_closures.begin(), m_extra_closures.end(), std::back_inserter(closed), [y](year_month_day day) { return day.year() == y; });
    std::sort(closed.begin(), closed.end());
    closed.erase(std::unique(closed.begin(), closed.end()), closed.end());
    return closed;
}

bool WorkingCalendar::is_working_day(year_month_day day) const
{
    assert(day.ok());
    if (is_weekend(day)) return false;
    if (std::binary_search(m_extra_closures.begin(), m_extra_closures.end(), day)) return false;
    // Substitute days never leave their year (2-3 January, 26-28 December), so the day's own
    // year holds every holiday that can fall on it.
    const std::vector<year_month_day> holidays = bank_holidays(day.year());
    return std::find(holidays.begin(), holidays.end(), day) == holidays.end();
}

year_month_day WorkingCalendar::add_working_days(year_month_day from, int n) const
{
    assert(from.ok());
    const days step{n < 0 ? -1 : 1};
    sys_days day{from};
    for (int left = std::abs(n); left > 0;) {
        day += step;
        if (is_working_day(year_month_day{day})) --left;
    }
    return year_month_day{day};
}

int WorkingCalendar::working_days_between(year_month_day a, year_month_day b) const
{
    assert(a.ok() && b.ok());
    const sys_days first{a};
    const sys_days second{b};
    if (first <= second) return working_days_in(*this, first, second);
    // [b, a) is (b - 1, a - 1].
    return -working_days_in(*this, second - days{1}, first - days{1});
}

}  // namespace kiosk
