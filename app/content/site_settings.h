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
#include <span>
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

// What a key of a tactile keypad does (audio navigation): move the focus, use the focused
// control, go back, open help, change the volume, or say the focused control again.
enum class KeypadAction { Next, Previous, Activate, Back, Help, VolumeUp, VolumeDown, Repeat };

// One action's keys, by SDL key name ("Right", "Keypad Enter"): SDL_GetKeyFromName resolves them
// in the ui, which is the only layer that knows SDL.
struct KeypadKeys {
    KeypadAction action = KeypadAction::Next;
    std::vector<std::string> key_names;
};

// The action's name in [kiosk.keys]: "next", "volume_up", ...
std::string_view keypad_action_name(KeypadAction action);

// The keys of a kiosk with no [kiosk.keys] table (arrows, Enter, Escape, Help, volume keys,
// Space), one entry per action in KeypadAction order.
std::vector<KeypadKeys> default_keypad_keys();

// SDL's names of the keys keypads and keyboards send for moving about and listening ("Right",
// "Keypad Enter", "AC Back"); a ui test holds every one against SDL_GetKeyFromName, since this
// layer has no SDL. The span is static.
std::span<const std::string_view> keypad_key_names();

// Whether a [kiosk.keys] table may use the name: one of keypad_key_names(), or a single letter,
// digit or sign; compared without regard to case, as SDL does.
bool is_keypad_key_name(std::string_view name);

inline constexpr int default_kiosk_volume = 4;  // of 1-5: a step below the loudest

// The optional [kiosk] table: how this council's kiosk behaves. Absent values keep these defaults.
struct KioskSettings {
    int idle_seconds = 90;           // quiet time before "Are you still here?"
    int warning_seconds = 30;        // its countdown before everything is cleared
    float panel_px_per_mm = 3.6f;    // a 24-inch 1080p panel
    int default_volume = default_kiosk_volume;  // 1-5; every family starts here
    std::vector<KeypadKeys> keys = default_keypad_keys();
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
    KioskSettings kiosk;

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
