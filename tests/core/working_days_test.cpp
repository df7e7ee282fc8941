// Working days in England and Wales: Easter, the gov.uk bank holiday lists year by year,
// substitute days, proclaimed moves, site-added closures and counting across year ends.
#include "core/working_days.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace kiosk {
namespace {

using namespace std::chrono;

// Dates as ISO text, so a failure prints readably.
std::string iso(year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

std::vector<std::string> iso(const std::vector<year_month_day>& days)
{
    std::vector<std::string> out;
    for (year_month_day day : days) out.push_back(iso(day));
    return out;
}

// The one-off bank holidays of 1999-2023, which sites add as closures.
const std::vector<year_month_day> proclaimed_extras{
    1999y / December / 31, 2002y / June / 3, 2011y / April / 29, 2012y / June / 5,
    2022y / June / 3,      2022y / September / 19, 2023y / May / 8,
};

}  // namespace

// Easter Sunday for years whose date is known, including the earliest (22 March) and latest
// (25 April) possible dates.
TEST(WorkingDays, EasterSundayMatchesKnownYears)
{
    EXPECT_EQ(iso(easter_sunday(1818y)), "1818-03-22");
    EXPECT_EQ(iso(easter_sunday(1943y)), "1943-04-25");
    EXPECT_EQ(iso(easter_sunday(1970y)), "1970-03-29");
    EXPECT_EQ(iso(easter_sunday(2000y)), "2000-04-23");
    EXPECT_EQ(iso(easter_sunday(2008y)), "2008-03-23");
    EXPECT_EQ(iso(easter_sunday(2011y)), "2011-04-24");
    EXPECT_EQ(iso(easter_sunday(2019y)), "2019-04-21");
    EXPECT_EQ(iso(easter_sunday(2024y)), "2024-03-31");
    EXPECT_EQ(iso(easter_sunday(2025y)), "2025-04-20");
    EXPECT_EQ(iso(easter_sunday(2038y)), "2038-04-25");
    EXPECT_EQ(iso(easter_sunday(2285y)), "2285-03-22");
}

// The gov.uk lists of England and Wales bank holidays, 2019 to 2027, with the one-off days a site
// adds; 2020's early May on Friday 8th, 2022's spring on Thursday 2 June.
TEST(WorkingDays, ClosedDaysMatchGovUkLists)
{
    const WorkingCalendar calendar(proclaimed_extras);
    const std::vector<std::pair<year, std::vector<std::string>>> lists{
        {2019y, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}},
        {2020y, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}},
        {2021y, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}},
        {2022y, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                 "2022-12-26", "2022-12-27"}},
        {2023y, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
                 "2023-12-26"}},
        {2024y, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}},
        {2025y, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}},
        {2026y, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"}},
        {2027y, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"}},
    };
    for (const auto& [y, expected] : lists) EXPECT_EQ(iso(calendar.closed_days(y)), expected) << static_cast<int>(y);
}

// One-off days are not built in: without a site's closures 2022 has its eight rule-made holidays.
TEST(WorkingDays, OneOffHolidaysComeOnlyFromTheSite)
{
    EXPECT_EQ(iso(WorkingCalendar::bank_holidays(2022y)), (std::vector<std::string>{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                                                                                     "2022-06-02", "2022-08-29", "2022-12-26", "2022-12-27"}));
    EXPECT_TRUE(WorkingCalendar{}.is_working_day(2022y / September / 19));
    EXPECT_FALSE(WorkingCalendar(proclaimed_extras).is_working_day(2022y / September / 19));
}

// Holidays moved by proclamation: 1977 spring to Mon 6 June, 1995 early May to Mon 8 May,
// 2002 and 2012 spring to Tue 4 and Mon 4 June.
TEST(WorkingDays, ProclaimedMovesReplaceTheUsualDay)
{
    const WorkingCalendar calendar(proclaimed_extras);
    EXPECT_EQ(iso(calendar.bank_holidays(1977y)),
              (std::vector<std::string>{"1977-01-03", "1977-04-08", "1977-04-11", "1977-06-06", "1977-08-29", "1977-12-26", "1977-12-27"}));
    EXPECT_EQ(iso(calendar.bank_holidays(1995y)), (std::vector<std::string>{"1995-01-02", "1995-04-14", "1995-04-17", "1995-05-08",
                                                                             "1995-05-29", "1995-08-28", "1995-12-25", "1995-12-26"}));
    EXPECT_EQ(iso(calendar.closed_days(2002y)), (std::vector<std::string>{"2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03",
                                                                           "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"}));
    EXPECT_EQ(iso(calendar.closed_days(2012y)), (std::vector<std::string>{"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04",
                                                                           "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"}));
    EXPECT_TRUE(calendar.is_working_day(2012y / May / 28));  // the last Monday of May 2012 was an ordinary day
}

// New Year's Day began in 1974 and early May in 1978; Boxing Day 1970, a Saturday, was not moved.
TEST(WorkingDays, HolidaysStartInTheirFirstYear)
{
    EXPECT_EQ(iso(WorkingCalendar::bank_holidays(1970y)),
              (std::vector<std::string>{"1970-03-27", "1970-03-30", "1970-05-25", "1970-08-31", "1970-12-25", "1970-12-26"}));
    EXPECT_EQ(iso(WorkingCalendar::bank_holidays(1974y)).front(), "1974-01-01");
    EXPECT_EQ(iso(WorkingCalendar::bank_holidays(1978y)).at(3), "1978-05-01");
}

// Weekend holidays move to weekdays: New Year on Saturday and Sunday, Christmas on Saturday
// (Mon 27 and Tue 28), on Sunday (Mon 26 stays Boxing Day, Tue 27), Boxing Day on Saturday (Mon 28).
TEST(WorkingDays, SubstituteDays)
{
    const WorkingCalendar calendar;
    EXPECT_EQ(iso(calendar.bank_holidays(2011y)).front(), "2011-01-03");  // Saturday 1 January
    EXPECT_EQ(iso(calendar.bank_holidays(2017y)).front(), "2017-01-02");  // Sunday 1 January
    const auto last_two = [&](year y) {
        const std::vector<std::string> all = iso(calendar.bank_holidays(y));
        return std::vector<std::string>(all.end() - 2, all.end());
    };
    EXPECT_EQ(last_two(2032y), (std::vector<std::string>{"2032-12-27", "2032-12-28"}));  // Christmas on Saturday
    EXPECT_EQ(last_two(2033y), (std::vector<std::string>{"2033-12-26", "2033-12-27"}));  // Christmas on Sunday
    EXPECT_EQ(last_two(2037y), (std::vector<std::string>{"2037-12-25", "2037-12-28"}));  // Boxing Day on Saturday
    EXPECT_FALSE(calendar.is_working_day(2033y / December / 27));
    EXPECT_TRUE(calendar.is_working_day(2037y / December / 29));
}

// Every year from 1970 to 2200 has its eight holidays (fewer before 1978), all on weekdays but
// Boxing Day 1970, none twice.
TEST(WorkingDays, EveryYearHasItsHolidaysOnWeekdays)
{
    for (int number = 1970; number <= 2200; ++number) {
        const year y{number};
        const std::vector<year_month_day> holidays = WorkingCalendar::bank_holidays(y);
        const std::size_t expected = number >= 1978 ? 8 : number >= 1974 ? 7 : 6;
        ASSERT_EQ(holidays.size(), expected) << number;
        for (std::size_t i = 0; i < holidays.size(); ++i) {
            EXPECT_EQ(holidays[i].year(), y) << iso(holidays[i]);
            if (i > 0) {
                EXPECT_LT(holidays[i - 1], holidays[i]) << iso(holidays[i]);
            }
            const weekday w{sys_days{holidays[i]}};
            if (number != 1970) {
                EXPECT_TRUE(w != Saturday && w != Sunday) << iso(holidays[i]);
            }
        }
    }
}

// Three working days after Wed 23 Dec 2026: Thu 24, then Christmas (Fri 25), the weekend and the
// Boxing Day substitute (Mon 28) are skipped, then Tue 29, Wed 30.
TEST(WorkingDays, AddsForwardAcrossChristmas)
{
    const WorkingCalendar calendar;
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 23, 3)), "2026-12-30");
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 23, 1)), "2026-12-24");
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 24, 1)), "2026-12-29");
    // Thu 31 Dec, then New Year's Day (Fri 1 Jan 2027) and the weekend: Mon 4 January.
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 30, 2)), "2027-01-04");
}

// Backwards across New Year: two working days before Tue 5 Jan 2027 are Mon 4 Jan and Thu 31 Dec
// (Fri 1 Jan is New Year's Day).
TEST(WorkingDays, AddsBackwardAcrossNewYear)
{
    const WorkingCalendar calendar;
    EXPECT_EQ(iso(calendar.add_working_days(2027y / January / 5, -2)), "2026-12-31");
    // Back from Mon 4 Jan 2027: Thu 31, Wed 30, Tue 29, then Mon 28 (substitute), Sun, Sat,
    // Fri 25 (Christmas) are skipped: Thu 24.
    EXPECT_EQ(iso(calendar.add_working_days(2027y / January / 4, -4)), "2026-12-24");
}

// The start day is day 0: never counted, even when closed; zero days gives the start day.
TEST(WorkingDays, StartDayIsNotCounted)
{
    const WorkingCalendar calendar;
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 17, -2)), "2026-12-15");
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 25, 1)), "2026-12-29");   // from a holiday
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 26, -1)), "2026-12-24");  // from a Saturday
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 26, 0)), "2026-12-26");
}

// Site closures are skipped like bank holidays.
TEST(WorkingDays, SkipsSiteClosures)
{
    const WorkingCalendar calendar({2026y / December / 24, 2026y / December / 24});
    EXPECT_FALSE(calendar.is_working_day(2026y / December / 24));
    EXPECT_EQ(iso(calendar.add_working_days(2026y / December / 23, 1)), "2026-12-29");
    EXPECT_EQ(iso(calendar.closed_days(2026y)).at(6), "2026-12-24");
}

// working_days_between counts (a, b] forwards and [b, a) backwards, undoing add_working_days.
TEST(WorkingDays, BetweenUndoesAdd)
{
    const WorkingCalendar calendar;
    EXPECT_EQ(calendar.working_days_between(2026y / December / 23, 2026y / December / 30), 3);
    EXPECT_EQ(calendar.working_days_between(2026y / December / 30, 2026y / December / 23), -3);
    EXPECT_EQ(calendar.working_days_between(2026y / December / 23, 2026y / December / 23), 0);
    EXPECT_EQ(calendar.working_days_between(2026y / December / 24, 2026y / December / 28), 0);
    const year_month_day start = 2026y / December / 17;
    for (int n = -60; n <= 60; ++n) EXPECT_EQ(calendar.working_days_between(start, calendar.add_working_days(start, n)), n) << n;
}

}  // namespace kiosk
