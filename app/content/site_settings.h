// What differs between councils: content/sites/<council>.toml (schema in content/README.md, "Site
// settings"). The guide refers to these values by dotted key, {{phone.duty}} or
// {{timings.review_first_months}}; the kiosk shows numbers in the reader's digits, so timings stay
// integers here.
#pragma once

#include "content/problem.h"
#include "core/result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kiosk::content {

// A phone number or name as written, or a whole number (a timing).
using SiteValue = std::variant<std::string, std::int64_t>;

struct PhoneLine {
    std::string name;     // the table's name: "duty" for [phone.duty]
    std::string number;   // as written, e.g. "0161 217 6028"
    std::string purpose;  // English, for staff and the help screen
    std::string days;     // "mon-fri", "mon-sun", ...
    std::string opens;    // "08:30"; both empty for 24 hours
    std::string closes;
};

struct Office {
    std::string name;
    std::string address;
};

struct SiteSettings {
    std::string file;  // as problems name it, e.g. "content/sites/kent.toml"
    std::string council_id;
    std::string council_name;
    std::vector<std::pair<std::string, std::int64_t>> timings;  // in file order
    std::vector<PhoneLine> phones;                              // in file order
    std::vector<Office> offices;
    // Days the offices close beyond England and Wales's bank holidays ([closures] days = [...]).
    std::vector<std::chrono::year_month_day> closure_days;

    // Every key the guide may write as {{key}}: council.id, council.name, timings.<name> and
    // phone.<name>, sorted.
    std::vector<std::string> keys() const;

    // The value of one key: "phone.duty" gives the number, "timings.x" the integer.
    Result<SiteValue> value(std::string_view key) const;
};

// Loading gathers every problem in the file instead of stopping at the first, so one check run
// shows a council everything to fix. `settings` is empty only when the file cannot be read or is
// not TOML; a missing or mistyped key leaves its field empty and is reported.
struct SiteLoad {
    std::optional<SiteSettings> settings;
    std::vector<Problem> problems;
};

SiteLoad load_site_settings(const std::filesystem::path& content_dir, std::string_view site_id);

// The ids of content/sites/*.toml, sorted.
std::vector<std::string> known_site_ids(const std::filesystem::path& content_dir);

// default_site from content/site.toml; the message of a failure names the file.
Result<std::string> default_site_id(const std::filesystem::path& content_dir);

// "phone.duty" and 3 become "0161 217 6028" and "3" (ASCII digits; the ui localises them).
std::string to_string(const SiteValue& value);

}  // namespace kiosk::content
