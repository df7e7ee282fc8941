// A family's own dates around one child protection conference, from the council's [timings]
// (content/sites/<council>.toml): when reports reach them, when the core group meets, when the
// minutes come, the last day to appeal and when the next reviews are held. The walkthrough screen
// labels each step from locale strings and shows the date in the family's language.
#pragma once

#include "content/site_settings.h"
#include "core/result.h"
#include "core/working_days.h"

#include <chrono>
#include <string>
#include <vector>

namespace kiosk::content {

enum class ConferenceKind { Initial, Review };

enum class TimelineStep { ReportsDue, Conference, CoreGroup, Minutes, AppealDeadline, FirstReview, LaterReview };

struct TimelineEvent {
    TimelineStep step = TimelineStep::Conference;
    std::chrono::year_month_day date{};  // always a working day of the calendar used
    std::string rule;                    // English, for staff: how the date follows, e.g. "within 20 working days of the conference"
};

// The timeline in date order (steps in the order above when two share a day). Working days are
// counted as WorkingCalendar::add_working_days counts them: the conference day is day 0.
// - Initial: ReportsDue, Conference, CoreGroup, Minutes, AppealDeadline, FirstReview (review_first_months
//   after the conference) and one LaterReview (review_later_months after the first review).
// - Review: ReportsDue, Conference, Minutes, AppealDeadline and two LaterReviews, review_later_months
//   apart. No CoreGroup: the leaflets set the first core group's deadline after the initial
//   conference only; after a review the core group keeps meeting on its own cycle.
// A review date is the last working day on or before the date the months give (a month-end day
// clamps: 30 November + 3 months is 28 or 29 February), and the next review counts from it.
// Fails, naming the key and the site file, when a timing is missing or outside 1-260 working
// days or 1-24 months, and when the conference date is not a working day.
Result<std::vector<TimelineEvent>> family_timeline(const SiteSettings& site, std::chrono::year_month_day conference_date,
                                                   ConferenceKind kind, const WorkingCalendar& calendar);

}  // namespace kiosk::content
