#include "content/family_timeline.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <variant>

namespace kiosk::content {
namespace {

using namespace std::chrono;

// Beyond these a setting is a typing slip, not a council's practice, and a date a year or more
// away would mislead a family; they also keep the numbers well inside int.
constexpr int most_working_days = 260;
constexpr int most_months = 24;

std::string iso_date(year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

// "1 working day", "20 working days".
std::string count_of(int n, const std::string& unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); }

// One whole number from [timings], within 1..highest.
Result<int> timing(const SiteSettings& site, const std::string& name, int highest)
{
    const std::string key = "timings." + name;
    const Result<SiteValue> value = site.value(key);
    if (!value) return fail(value.error().message + ", which the family timeline needs");
    const auto* number = std::get_if<std::int64_t>(&*value);
    if (!number || *number < 1 || *number > highest) {
        return fail(site.file + ": " + key + " is " + to_string(*value) + "; the family timeline needs a whole number from 1 to " +
                    std::to_string(highest));
    }
    return static_cast<int>(*number);
}

// Calendar months; a day the target month lacks clamps to its last day (31 Jan + 1 = 28/29 Feb).
year_month_day add_months(year_month_day from, months n)
{
    const year_month target = year_month{from.year(), from.month()} + n;
    const day last = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
    return {target.year(), target.month(), std::min(from.day(), last)};
}

// "Within N months" ends on a calendar day that may be a weekend or a holiday; the latest day a
// conference can actually meet is the last working day on or before it.
year_month_day review_by(const WorkingCalendar& calendar, year_month_day from, int months_later)
{
    const year_month_day limit = add_months(from, months{months_later});
    return calendar.is_working_day(limit) ? limit : calendar.add_working_days(limit, -1);
}

}  // namespace

Result<std::vector<TimelineEvent>> family_timeline(const SiteSettings& site, year_month_day conference_date, ConferenceKind kind,
                                                   const WorkingCalendar& calendar)
{
    if (!conference_date.ok()) return fail("the conference date " + iso_date(conference_date) + " is not a day of the calendar");
    if (!calendar.is_working_day(conference_date)) {
        return fail("the conference date " + iso_date(conference_date) + " is not a working day (a weekend, a bank holiday or a closure)");
    }
    const bool initial = kind == ConferenceKind::Initial;
    const std::string conference = initial ? "the initial conference" : "the review conference";

    const auto reports = timing(site, initial ? "reports_working_days_before_initial" : "reports_working_days_before_review", most_working_days);
    if (!reports) return std::unexpected(reports.error());
    const auto minutes = timing(site, "minutes_within_working_days", most_working_days);
    if (!minutes) return std::unexpected(minutes.error());
    const auto appeal = timing(site, "appeal_within_working_days", most_working_days);
    if (!appeal) return std::unexpected(appeal.error());
    const auto later_months = timing(site, "review_later_months", most_months);
    if (!later_months) return std::unexpected(later_months.error());

    std::vector<TimelineEvent> events;
    const auto working_days_from_conference = [&](int n) { return calendar.add_working_days(conference_date, n); };
    events.push_back({TimelineStep::ReportsDue, working_days_from_conference(-*reports),
                      "at least " + count_of(*reports, "working day") + " before " + conference});
    events.push_back({TimelineStep::Conference, conference_date, conference});
    events.push_back({TimelineStep::Minutes, working_days_from_conference(*minutes),
                      "within " + count_of(*minutes, "working day") + " of the conference"});
    // Read as counting from the conference day, as Stockport's leaflet says ("within 20 working
    // days from the meeting date"); the other four leaflets give no appeal window, so their site
    // files hold an assumed figure.
    events.push_back({TimelineStep::AppealDeadline, working_days_from_conference(*appeal),
                      "within " + count_of(*appeal, "working day") + " of the conference"});

    const std::string later_rule = "by the last working day within " + count_of(*later_months, "month") + " of the review before it";
    if (initial) {
        const auto core_group = timing(site, "core_group_within_working_days", most_working_days);
        if (!core_group) return std::unexpected(core_group.error());
        const auto first_months = timing(site, "review_first_months", most_months);
        if (!first_months) return std::unexpected(first_months.error());
        events.push_back({TimelineStep::CoreGroup, working_days_from_conference(*core_group),
                          "within " + count_of(*core_group, "working day") + " of the initial conference"});
        const year_month_day first_review = review_by(calendar, conference_date, *first_months);
        events.push_back({TimelineStep::FirstReview, first_review,
                          "by the last working day within " + count_of(*first_months, "month") + " of the initial conference"});
        events.push_back({TimelineStep::LaterReview, review_by(calendar, first_review, *later_months), later_rule});
    } else {
        const year_month_day next_review = review_by(calendar, conference_date, *later_months);
        events.push_back({TimelineStep::LaterReview, next_review,
                          "by the last working day within " + count_of(*later_months, "month") + " of this review conference"});
        events.push_back({TimelineStep::LaterReview, review_by(calendar, next_review, *later_months), later_rule});
    }

    std::sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        return a.date != b.date ? a.date < b.date : a.step < b.step;
    });
    return events;
}

}  // namespace kiosk::content
