// A family's timeline from each council's real settings: working days across Christmas and New
// Year, review months with month-end clamping, and clear failures for bad settings or dates.
//
// December 2026 and January 2027, with the days no one works:
//   Mo Tu We Th Fr Sa Su
//      1  2  3  4  5  6
//   7  8  9 10 11 12 13
//  14 15 16 17 18 19 20      17 Thu: the conference in most tests below
//  21 22 23 24 25 26 27      25 Fri: Christmas Day
//  28 29 30 31  1  2  3      28 Mon: Boxing Day (substitute); 1 Fri: New Year's Day
//   4  5  6  7  8  9 10
//  11 12 13 14 15 16 17
//  18 19 20 21 22 23 24
// Working days after Thu 17 Dec: 18(1) 21(2) 22(3) 23(4) 24(5) 29(6) 30(7) 31(8) Jan 4(9) 5(10)
// 6(11) 7(12) 8(13) 11(14) 12(15) 13(16) 14(17) 15(18) 18(19) 19(20).
#include "content/family_timeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

namespace kiosk::content {
namespace {

using namespace std::chrono;

const std::filesystem::path shipped_content = std::filesystem::path(KIOSK_SOURCE_DIR) / "content";

std::string iso(year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

std::string step_name(TimelineStep step)
{
    switch (step) {
    case TimelineStep::ReportsDue: return "ReportsDue";
    case TimelineStep::Conference: return "Conference";
    case TimelineStep::CoreGroup: return "CoreGroup";
    case TimelineStep::Minutes: return "Minutes";
    case TimelineStep::AppealDeadline: return "AppealDeadline";
    case TimelineStep::FirstReview: return "FirstReview";
    case TimelineStep::LaterReview: return "LaterReview";
    }
    return "?";
}

// "Minutes 2027-01-12" per event, so a failure shows the whole timeline.
std::vector<std::string> lines(const std::vector<TimelineEvent>& events)
{
    std::vector<std::string> out;
    for (const TimelineEvent& event : events) out.push_back(step_name(event.step) + " " + iso(event.date));
    return out;
}

SiteSettings site(const std::string& id)
{
    SiteLoad load = load_site_settings(shipped_content, id);
    if (!load.settings) ADD_FAILURE() << "cannot load " << id;
    return load.settings.value_or(SiteSettings{});
}

std::vector<std::string> timeline(const SiteSettings& settings, year_month_day conference, ConferenceKind kind)
{
    const auto events = family_timeline(settings, conference, kind, WorkingCalendar{});
    if (!events) {
        ADD_FAILURE() << events.error().message;
        return {};
    }
    return lines(*events);
}

}  // namespace

// An initial conference on Thu 17 Dec 2026 in each council: reports Tue 15 Dec (16th, 15th);
// core group by the 10th working day (Tue 5 Jan), minutes by the 15th (Tue 12 Jan), appeal by the
// 20th (Tue 19 Jan); first review within 3 months (Wed 17 Mar 2027), then 6 months later (Fri
// 17 Sep), except Stockport's 5 months (Tue 17 Aug).
TEST(FamilyTimeline, InitialConferenceInEachCouncil)
{
    const std::vector<std::pair<std::string, std::string>> later_review{
        {"city-of-london", "2027-09-17"}, {"kent", "2027-09-17"}, {"newcastle", "2027-09-17"},
        {"southwark", "2027-09-17"},      {"stockport", "2027-08-17"},
    };
    ASSERT_EQ(known_site_ids(shipped_content).size(), later_review.size());
    for (const auto& [id, later] : later_review) {
        EXPECT_EQ(timeline(site(id), 2026y / December / 17, ConferenceKind::Initial),
                  (std::vector<std::string>{"ReportsDue 2026-12-15", "Conference 2026-12-17", "CoreGroup 2027-01-05", "Minutes 2027-01-12",
                                            "AppealDeadline 2027-01-19", "FirstReview 2027-03-17", "LaterReview " + later}))
            << id;
    }
}

// A review conference on Thu 17 Dec 2026: reports 5 working days before (16, 15, 14, 11, 10 Dec),
// no core group step, next reviews 6 months apart (Thu 17 Jun, Fri 17 Dec 2027). Stockport's 5
// months give Mon 17 May, then Sun 17 Oct, so the last working day before it: Fri 15 Oct.
TEST(FamilyTimeline, ReviewConferenceInEachCouncil)
{
    const std::vector<std::tuple<std::string, std::string, std::string>> reviews{
        {"city-of-london", "2027-06-17", "2027-12-17"}, {"kent", "2027-06-17", "2027-12-17"},
        {"newcastle", "2027-06-17", "2027-12-17"},      {"southwark", "2027-06-17", "2027-12-17"},
        {"stockport", "2027-05-17", "2027-10-15"},
    };
    for (const auto& [id, next, after] : reviews) {
        EXPECT_EQ(timeline(site(id), 2026y / December / 17, ConferenceKind::Review),
                  (std::vector<std::string>{"ReportsDue 2026-12-10", "Conference 2026-12-17", "Minutes 2027-01-12", "AppealDeadline 2027-01-19",
                                            "LaterReview " + next, "LaterReview " + after}))
            << id;
    }
}

// Each step says how its date follows from the council's figure, in words staff can read out.
TEST(FamilyTimeline, RulesNameTheCouncilsFigures)
{
    const auto events = family_timeline(site("stockport"), 2026y / December / 17, ConferenceKind::Initial, WorkingCalendar{});
    ASSERT_TRUE(events) << events.error().message;
    std::vector<std::string> rules;
    for (const TimelineEvent& event : *events) rules.push_back(event.rule);
    EXPECT_EQ(rules, (std::vector<std::string>{
                         "at least 2 working days before the initial conference",
                         "the initial conference",
                         "within 10 working days of the initial conference",
                         "within 15 working days of the conference",
                         "within 20 working days of the conference",
                         "by the last working day within 3 months of the initial conference",
                         "by the last working day within 5 months of the review before it",
                     }));
}

// Months clamp at a month's end: Mon 30 Nov 2026 + 3 months is Sun 28 Feb 2027, so the review is
// due by Fri 26 Feb, and 6 months on is Thu 26 Aug; Tue 30 Nov 2027 + 3 months is Tue 29 Feb 2028
// (a leap year), and 6 months on is Tue 29 Aug 2028 (Mon 28 Aug is the summer bank holiday).
TEST(FamilyTimeline, MonthsClampAtMonthEnd)
{
    const SiteSettings kent = site("kent");
    const std::vector<std::string> from_2026 = timeline(kent, 2026y / November / 30, ConferenceKind::Initial);
    ASSERT_EQ(from_2026.size(), 7u);
    EXPECT_EQ(std::vector<std::string>(from_2026.end() - 2, from_2026.end()),
              (std::vector<std::string>{"FirstReview 2027-02-26", "LaterReview 2027-08-26"}));
    const std::vector<std::string> from_2027 = timeline(kent, 2027y / November / 30, ConferenceKind::Initial);
    ASSERT_EQ(from_2027.size(), 7u);
    EXPECT_EQ(std::vector<std::string>(from_2027.end() - 2, from_2027.end()),
              (std::vector<std::string>{"FirstReview 2028-02-29", "LaterReview 2028-08-29"}));
}

// Site closures move the working-day dates: with Thu 24 Dec closed, the core group's 10th working
// day after Thu 17 Dec is Wed 6 Jan.
TEST(FamilyTimeline, SiteClosuresCount)
{
    const auto events = family_timeline(site("kent"), 2026y / December / 17, ConferenceKind::Initial, WorkingCalendar({2026y / December / 24}));
    ASSERT_TRUE(events) << events.error().message;
    EXPECT_EQ(lines(*events).at(2), "CoreGroup 2027-01-06");
}

// For every working day of 2026-2027 as the conference, in every council, either kind: dates in
// order, each a working day, reports before the conference and everything else after it.
TEST(FamilyTimeline, EveryDateIsAWorkingDayInOrder)
{
    const WorkingCalendar calendar;
    for (const std::string& id : known_site_ids(shipped_content)) {
        const SiteSettings settings = site(id);
        for (sys_days day{2026y / January / 1}; day < sys_days{2028y / January / 1}; day += days{1}) {
            if (!calendar.is_working_day(year_month_day{day})) continue;
            for (ConferenceKind kind : {ConferenceKind::Initial, ConferenceKind::Review}) {
                const auto events = family_timeline(settings, year_month_day{day}, kind, calendar);
                ASSERT_TRUE(events) << id << " " << iso(year_month_day{day}) << ": " << events.error().message;
                ASSERT_GE(events->size(), 6u);
                EXPECT_EQ((*events)[0].step, TimelineStep::ReportsDue);
                EXPECT_EQ((*events)[1].step, TimelineStep::Conference);
                for (std::size_t i = 0; i < events->size(); ++i) {
                    EXPECT_TRUE(calendar.is_working_day((*events)[i].date)) << id << " " << iso((*events)[i].date);
                    if (i > 0) {
                        EXPECT_LT((*events)[i - 1].date, (*events)[i].date) << id << " " << iso(year_month_day{day});
                    }
                }
            }
        }
    }
}

// A missing timing fails with the key and the site file named.
TEST(FamilyTimeline, MissingKeyNamesKeyAndFile)
{
    SiteSettings stockport = site("stockport");
    std::erase_if(stockport.timings, [](const auto& timing) { return timing.first == "appeal_within_working_days"; });
    const auto events = family_timeline(stockport, 2026y / December / 17, ConferenceKind::Initial, WorkingCalendar{});
    ASSERT_FALSE(events);
    EXPECT_NE(events.error().message.find("timings.appeal_within_working_days"), std::string::npos) << events.error().message;
    EXPECT_NE(events.error().message.find("content/sites/stockport.toml"), std::string::npos) << events.error().message;
}

// A timing of 0 (or absurdly large) fails instead of giving a meaningless date.
TEST(FamilyTimeline, TimingOutOfRangeFails)
{
    SiteSettings kent = site("kent");
    for (auto& [name, value] : kent.timings) {
        if (name == "review_first_months") value = 0;
    }
    const auto events = family_timeline(kent, 2026y / December / 17, ConferenceKind::Initial, WorkingCalendar{});
    ASSERT_FALSE(events);
    EXPECT_EQ(events.error().message, "content/sites/kent.toml: timings.review_first_months is 0; the family timeline needs a whole number from 1 to 24");
}

// Conferences are held on working days; a weekend, a bank holiday or an impossible date fails.
TEST(FamilyTimeline, ConferenceOnAClosedDayFails)
{
    const SiteSettings kent = site("kent");
    const WorkingCalendar calendar;
    EXPECT_FALSE(family_timeline(kent, 2026y / December / 19, ConferenceKind::Initial, calendar));  // Saturday
    const auto christmas = family_timeline(kent, 2026y / December / 25, ConferenceKind::Review, calendar);
    ASSERT_FALSE(christmas);
    EXPECT_EQ(christmas.error().message, "the conference date 2026-12-25 is not a working day (a weekend, a bank holiday or a closure)");
    EXPECT_FALSE(family_timeline(kent, 2027y / February / 29, ConferenceKind::Initial, calendar));
}

}  // namespace kiosk::content
