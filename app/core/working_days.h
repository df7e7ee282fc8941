// Working days in England and Wales: Monday to Friday, except bank holidays and the days a site
// adds (one-off holidays such as a coronation, or a council's own closures). Conference deadlines
// ("reports two working days before", "minutes within 15 working days") are counted with this.
#pragma once

#include <chrono>
#include <vector>

namespace kiosk {

// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, also called
// Meeus/Jones/Butcher: J. Meeus, "Astronomical Algorithms", chapter 8). Valid for every year of
// the Gregorian calendar, 1583 on.
std::chrono::year_month_day easter_sunday(std::chrono::year year);

class WorkingCalendar {
public:
    // `extra_closures` are days off that no rule below yields: one-off bank holidays proclaimed
    // for an occasion (1999-12-31, 2002-06-03, 2011-04-29, 2012-06-05, 2022-06-03, 2022-09-19,
    // 2023-05-08) and a site's own closures. Every date must be a valid day; order and
    // duplicates do not matter.
    explicit WorkingCalendar(std::vector<std::chrono::year_month_day> extra_closures = {});

    // The bank holidays of England and Wales in `year`, sorted, as gov.uk lists them, without
    // the extra closures: New Year's Day (from 1974), Good Friday, Easter Monday, early May (first
    // Monday, from 1978), spring (last Monday of May), summer (last Monday of August), Christmas
    // Day and Boxing Day, each moved to its substitute weekday when it falls on a weekend, and the
    // holidays moved by royal proclamation (1977, 1995, 2002, 2012, 2020, 2022). Years before 1970
    // get the same rules, which are not what was observed then.
    static std::vector<std::chrono::year_month_day> bank_holidays(std::chrono::year year);

    // bank_holidays(year) and the extra closures in `year`, sorted, each day once.
    std::vector<std::chrono::year_month_day> closed_days(std::chrono::year year) const;

    // Monday to Friday, not a bank holiday, not an extra closure.
    bool is_working_day(std::chrono::year_month_day day) const;

    // Counting "N working days after / before" a day: `from` is day 0 and never counted, even when
    // it is a working day. For n > 0 the result is the nth working day strictly after `from`; for
    // n < 0 the |n|th working day strictly before it; for n == 0, `from` itself. So 2 working days
    // before Thursday 17 Dec 2026 is Tuesday 15 Dec, and 3 after Wednesday 23 Dec 2026 is
    // Wednesday 30 Dec (24th; 25th-28th closed; 29th, 30th).
    std::chrono::year_month_day add_working_days(std::chrono::year_month_day from, int n) const;

    // The working days in (a, b] when a <= b, and minus those in [b, a) when b < a; so whenever b
    // is a working day, add_working_days(a, working_days_between(a, b)) == b.
    int working_days_between(std::chrono::year_month_day a, std::chrono::year_month_day b) const;

private:
    std::vector<std::chrono::year_month_day> m_extra_closures;  // sorted, unique
};

}  // namespace kiosk
