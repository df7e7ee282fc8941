#include "content/site_settings.h"

#include "content/content_files.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <optional>

namespace kiosk::content {
namespace {

// content/README.md: "at least" these numbers in every site file.
constexpr std::array<std::string_view, 5> required_phones{"duty", "out_of_hours", "interpreting", "complaints", "conference_unit"};
constexpr std::array<std::string_view, 7> day_names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// SDL's names (SDL_scancode.c, SDL 2.26) of the keys a tactile keypad or a keyboard sends for
// moving about and listening; a ui test resolves every one with SDL_GetKeyFromName.
constexpr auto named_keys = std::to_array<std::string_view>({
    "Up", "Down", "Left", "Right", "Return", "Keypad Enter", "Escape", "Backspace", "Tab", "Space", "Home", "End", "PageUp",
    "PageDown", "Insert", "Delete", "Help", "Menu", "Application", "Select", "Mute", "VolumeUp", "VolumeDown", "AudioPlay",
    "AudioStop", "AudioNext", "AudioPrev", "AudioMute", "AC Back", "AC Forward", "AC Home", "AC Search", "Keypad +", "Keypad -",
    "Keypad *", "Keypad /", "Keypad .", "Keypad 0", "Keypad 1", "Keypad 2", "Keypad 3", "Keypad 4", "Keypad 5", "Keypad 6",
    "Keypad 7", "Keypad 8", "Keypad 9", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13",
    "F14", "F15", "F16", "F17", "F18", "F19"});

constexpr std::array<KeypadAction, 8> keypad_actions{KeypadAction::Next,     KeypadAction::Previous,   KeypadAction::Activate,
                                                     KeypadAction::Back,     KeypadAction::Help,       KeypadAction::VolumeUp,
                                                     KeypadAction::VolumeDown, KeypadAction::Repeat};

bool same_ignoring_case(std::string_view a, std::string_view b)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

bool is_day(std::string_view text) { return std::find(day_names.begin(), day_names.end(), text) != day_names.end(); }

// "mon-fri": a first and last day.
bool is_day_range(std::string_view text) { return text.size() == 7 && text[3] == '-' && is_day(text.substr(0, 3)) && is_day(text.substr(4)); }

// "08:30": 24-hour local time.
bool is_clock_time(std::string_view text)
{
    const auto digit = [&text](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return false;
    return (text[0] - '0') * 10 + (text[1] - '0') < 24 && text[3] < '6';
}

enum class Need { Required, Optional };

class SiteReader {
public:
    SiteReader(SiteLoad& out, const toml::table& root) : m_out(out), m_root(root), m_site(*out.settings) {}

    void read(std::string_view site_id)
    {
        for (const auto& [key, node] : m_root) {
            const std::string_view name = key.str();
            if (name != "council" && name != "timings" && name != "phone" && name != "office" && name != "closures" && name != "kiosk") {
                warn(line_of(node), "unknown setting \"" + std::string(name) + "\" (the schema has council, timings, phone, office, closures and kiosk)");
            }
        }
        read_council(site_id);
        read_timings();
        read_phones();
        read_offices();
        read_closures();
        read_kiosk();
    }

private:
    // Optional: how the council's kiosk behaves ([kiosk]) and its keypad's keys ([kiosk.keys]).
    void read_kiosk()
    {
        const toml::node* node = m_root.get("kiosk");
        if (!node) return;
        const toml::table* kiosk = node->as_table();
        if (!kiosk) {
            error(line_of(*node), "kiosk must be a [kiosk] table");
            return;
        }
        KioskSettings& out = m_site.kiosk;
        for (const auto& [key, value] : *kiosk) {
            const std::string_view name = key.str();
            if (name == "idle_seconds") out.idle_seconds = whole_number(value, "kiosk.idle_seconds", 10, 3600, out.idle_seconds);
            else if (name == "warning_seconds") out.warning_seconds = whole_number(value, "kiosk.warning_seconds", 20, 600, out.warning_seconds);
            else if (name == "default_volume") out.default_volume = whole_number(value, "kiosk.default_volume", 1, 5, out.default_volume);
            else if (name == "panel_px_per_mm") out.panel_px_per_mm = density(value, out.panel_px_per_mm);
            else if (name == "keys") read_keys(value);
            else warn(line_of(value), "unknown setting kiosk." + std::string(name) +
                                          " (the [kiosk] table has idle_seconds, warning_seconds, panel_px_per_mm, default_volume and keys)");
        }
    }

    // A whole number in [low, high]; otherwise reported, and `fallback` is kept.
    int whole_number(const toml::node& node, const std::string& path, int low, int high, int fallback)
    {
        const auto* value = node.as_integer();
        if (!value || value->get() < low || value->get() > high) {
            error(line_of(node), path + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high) + " (written without quotes)");
            return fallback;
        }
        return static_cast<int>(value->get());
    }

    // The panel's pixels per millimetre, written 3.6 or 4.
    float density(const toml::node& node, float fallback)
    {
        const std::optional<double> value = node.is_integer() || node.is_floating_point() ? node.value<double>() : std::nullopt;
        if (!value || *value < 1.0 || *value > 20.0) {
            error(line_of(node), "kiosk.panel_px_per_mm must be a number from 1 to 20, such as 3.6 (written without quotes)");
            return fallback;
        }
        return static_cast<float>(*value);
    }

    // [kiosk.keys]: each action given replaces its default keys; the others keep theirs.
    void read_keys(const toml::node& node)
    {
        const toml::table* keys = node.as_table();
        if (!keys) {
            error(line_of(node), "kiosk.keys must be a [kiosk.keys] table such as next = [\"Right\", \"Down\"]");
            return;
        }
        for (const auto& [key, value] : *keys) {
            const std::string path = "kiosk.keys." + std::string(key.str());
            const auto action = std::ranges::find(keypad_actions, key.str(), keypad_action_name);
            if (action == keypad_actions.end()) {
                error(line_of(value), path + " is not a keypad action (they are next, previous, activate, back, help, volume_up, volume_down and repeat)");
                continue;
            }
            if (std::optional<std::vector<std::string>> names = key_names(value, path)) {
                m_site.kiosk.keys[static_cast<std::size_t>(action - keypad_actions.begin())].key_names = std::move(*names);
            }
        }
        check_each_key_once(line_of(*keys));
    }

    std::optional<std::vector<std::string>> key_names(const toml::node& node, const std::string& path)
    {
        const toml::array* array = node.as_array();
        if (!array || array->empty()) {
            error(line_of(node), path + " must be a list of key names in quotes, such as [\"Right\", \"Down\"]");
            return std::nullopt;
        }
        std::vector<std::string> names;
        for (const toml::node& entry : *array) {
            const auto* name = entry.as_string();
            if (!name || !is_keypad_key_name(name->get())) {
                error(line_of(entry), path + ": " + (name ? "\"" + name->get() + "\" is not a key name the kiosk knows" : std::string("a key name must be in quotes")) +
                                          " (SDL key names such as \"Right\", \"Keypad Enter\", \"VolumeUp\", \"AC Back\", or one letter or digit)");
                continue;
            }
            names.push_back(name->get());
        }
        return names;
    }

    // One key does one thing: a key given to two actions would do whichever the kiosk tried first.
    void check_each_key_once(int line)
    {
        const std::vector<KeypadKeys>& keys = m_site.kiosk.keys;
        for (std::size_t a = 0; a < keys.size(); ++a) {
            for (std::size_t b = a + 1; b < keys.size(); ++b) {
                for (const std::string& name : keys[a].key_names) {
                    if (std::ranges::any_of(keys[b].key_names, [&name](const std::string& other) { return same_ignoring_case(name, other); })) {
                        error(line, "kiosk.keys: \"" + name + "\" is given to both " + std::string(keypad_action_name(keys[a].action)) + " and " +
                                        std::string(keypad_action_name(keys[b].action)));
                    }
                }
            }
        }
    }

    // Optional: days the council's offices close beyond England and Wales's bank holidays
    // (a one-off bank holiday such as 2023-05-08, or the days between Christmas and New Year).
    void read_closures()
    {
        const toml::node* node = m_root.get("closures");
        if (!node) return;
        const toml::table* closures = node->as_table();
        const toml::array* days = closures ? closures->get_as<toml::array>("days") : nullptr;
        if (!days) {
            error(line_of(*node), "closures must be a [closures] table with days = [2023-05-08, ...]");
            return;
        }
        for (const toml::node& day : *days) {
            const toml::date* date = day.as_date() ? &day.as_date()->get() : nullptr;
            const std::chrono::year_month_day ymd = date ? std::chrono::year_month_day{std::chrono::year{date->year}, std::chrono::month{date->month},
                                                                                     std::chrono::day{date->day}}
                                                         : std::chrono::year_month_day{};
            if (!date || !ymd.ok()) {
                error(line_of(day), "closures.days holds dates written 2023-05-08, without quotes");
                continue;
            }
            m_site.closure_days.push_back(ymd);
        }
    }

    const toml::table* table(const toml::table& parent, std::string_view key, const std::string& path, int line)
    {
        const toml::node* node = parent.get(key);
        if (!node) {
            error(line, "no [" + path + "] table");
            return nullptr;
        }
        if (!node->is_table()) {
            error(line_of(*node), path + " must be a table");
            return nullptr;
        }
        return node->as_table();
    }

    // A string setting; a missing required one is reported.
    std::string text(const toml::table& parent, std::string_view key, const std::string& path, Need need = Need::Required)
    {
        const toml::node* node = parent.get(key);
        if (!node) {
            if (need == Need::Required) error(line_of(parent), "no " + path);
            return {};
        }
        const auto* value = node->as_string();
        if (!value || value->get().empty()) {
            error(line_of(*node), path + " must be a text in quotes, not empty");
            return {};
        }
        return value->get();
    }

    void read_council(std::string_view site_id)
    {
        const toml::table* council = table(m_root, "council", "council", 1);
        if (!council) return;
        m_site.council_id = text(*council, "id", "council.id");
        m_site.council_name = text(*council, "name", "council.name");
        if (!m_site.council_id.empty() && m_site.council_id != site_id) {
            error(line_of(*council->get("id")), "council.id \"" + m_site.council_id + "\" must equal the file name \"" + std::string(site_id) + "\"");
        }
    }

    void read_timings()
    {
        const toml::table* timings = table(m_root, "timings", "timings", 1);
        if (!timings) return;
        for (const auto& [key, node] : *timings) {
            const std::string path = "timings." + std::string(key.str());
            const auto* value = node.as_integer();
            if (!value || value->get() < 0) {
                error(line_of(node), path + " must be a whole number (written without quotes)");
                continue;
            }
            m_site.timings.emplace_back(std::string(key.str()), value->get());
        }
    }

    void read_phones()
    {
        const toml::table* phones = table(m_root, "phone", "phone.*", 1);
        if (!phones) return;
        for (const auto& [key, node] : *phones) {
            const std::string path = "phone." + std::string(key.str());
            const toml::table* phone = node.as_table();
            if (!phone) {
                error(line_of(node), path + " must be a table: [" + path + "] with number, purpose, days, opens and closes");
                continue;
            }
            read_phone(std::string(key.str()), *phone, path);
        }
        for (std::string_view name : required_phones) {
            if (!phones->contains(name)) error(line_of(*phones), "no [phone." + std::string(name) + "] table");
        }
    }

    void read_phone(std::string name, const toml::table& phone, const std::string& path)
    {
        PhoneLine line{std::move(name), text(phone, "number", path + ".number"), text(phone, "purpose", path + ".purpose"),
                       text(phone, "days", path + ".days"), text(phone, "opens", path + ".opens", Need::Optional),
                       text(phone, "closes", path + ".closes", Need::Optional)};
        if (!line.days.empty() && !is_day_range(line.days)) {
            error(line_of(*phone.get("days")), path + ".days \"" + line.days + "\" must be a range of days such as mon-fri");
        }
        for (const auto& [key, value] : {std::pair<std::string, const std::string*>{"opens", &line.opens}, {"closes", &line.closes}}) {
            if (!value->empty() && !is_clock_time(*value)) {
                error(line_of(*phone.get(key)), path + "." + key + " \"" + *value + "\" must be a 24-hour time such as 08:30");
            }
        }
        if (line.opens.empty() != line.closes.empty()) {
            error(line_of(phone), path + " needs both opens and closes, or neither for a 24-hour line");
        }
        m_site.phones.push_back(std::move(line));
    }

    void read_offices()
    {
        const toml::node* node = m_root.get("office");
        const toml::array* offices = node ? node->as_array() : nullptr;
        if (!offices || offices->empty()) {
            error(node ? line_of(*node) : 1, "no [[office]] entry");
            return;
        }
        for (const toml::node& entry : *offices) {
            const toml::table* office = entry.as_table();
            if (!office) {
                error(line_of(entry), "each office must be an [[office]] table with name and address");
                continue;
            }
            m_site.offices.push_back({text(*office, "name", "office.name"), text(*office, "address", "office.address")});
        }
    }

    void error(int line, std::string message) { m_out.problems.push_back({Severity::Error, m_site.file, line, std::move(message)}); }
    void warn(int line, std::string message) { m_out.problems.push_back({Severity::Warning, m_site.file, line, std::move(message)}); }

    SiteLoad& m_out;
    const toml::table& m_root;
    SiteSettings& m_site;
};

}  // namespace

std::string_view keypad_action_name(KeypadAction action)
{
    switch (action) {
    case KeypadAction::Next: return "next";
    case KeypadAction::Previous: return "previous";
    case KeypadAction::Activate: return "activate";
    case KeypadAction::Back: return "back";
    case KeypadAction::Help: return "help";
    case KeypadAction::VolumeUp: return "volume_up";
    case KeypadAction::VolumeDown: return "volume_down";
    case KeypadAction::Repeat: return "repeat";
    }
    return "";
}

std::vector<KeypadKeys> default_keypad_keys()
{
    return {{KeypadAction::Next, {"Right", "Down"}},          {KeypadAction::Previous, {"Left", "Up"}},
            {KeypadAction::Activate, {"Return", "Keypad Enter"}}, {KeypadAction::Back, {"Escape", "AC Back"}},
            {KeypadAction::Help, {"Help", "F1"}},             {KeypadAction::VolumeUp, {"VolumeUp", "Keypad +"}},
            {KeypadAction::VolumeDown, {"VolumeDown", "Keypad -"}}, {KeypadAction::Repeat, {"Space"}}};
}

std::span<const std::string_view> keypad_key_names() { return named_keys; }

bool is_keypad_key_name(std::string_view name)
{
    if (name.size() == 1) return name[0] > ' ' && name[0] < 0x7F;  // SDL names a character key by the character
    return std::ranges::any_of(named_keys, [name](std::string_view known) { return same_ignoring_case(name, known); });
}

std::vector<std::string> SiteSettings::keys() const
{
    std::vector<std::string> keys{"council.id", "council.name"};
    for (const auto& [name, value] : timings) keys.push_back("timings." + name);
    for (const PhoneLine& phone : phones) keys.push_back("phone." + phone.name);
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<SiteValue> SiteSettings::value(std::string_view key) const
{
    if (key == "council.id") return SiteValue(council_id);
    if (key == "council.name") return SiteValue(council_name);
    for (const auto& [name, value] : timings) {
        if (key == "timings." + name) return SiteValue(value);
    }
    for (const PhoneLine& phone : phones) {
        if (key == "phone." + phone.name) return SiteValue(phone.number);
    }
    return fail(file + " has no setting \"" + std::string(key) + "\"");
}

SiteLoad load_site_settings(const std::filesystem::path& content_dir, std::string_view site_id)
{
    const std::filesystem::path relative = std::filesystem::path("sites") / (std::string(site_id) + ".toml");
    const std::string file = display_path(content_dir, relative);
    SiteLoad out;
    const auto text = read_text_file(content_dir / relative, file);
    if (!text) {
        out.problems.push_back({Severity::Error, file, 0, text.error().message});
        return out;
    }
    toml::table root;
    try {
        root = toml::parse(*text, file);
    } catch (const toml::parse_error& error) {
        out.problems.push_back({Severity::Error, file, static_cast<int>(error.source().begin.line),
                                "not valid TOML: " + std::string(error.description())});
        return out;
    }
    out.settings.emplace();
    out.settings->file = file;
    SiteReader(out, root).read(site_id);
    return out;
}

std::vector<std::string> known_site_ids(const std::filesystem::path& content_dir)
{
    std::vector<std::string> ids;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir / "sites", error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".toml") ids.push_back(entry.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<std::string> default_site_id(const std::filesystem::path& content_dir)
{
    const std::string file = display_path(content_dir, "site.toml");
    const auto text = read_text_file(content_dir / "site.toml", file);
    if (!text) return fail(text.error().message);
    try {
        const toml::table root = toml::parse(*text, file);
        if (const auto site = root["default_site"].value<std::string>(); site && !site->empty()) return *site;
        return fail(file + " has no default_site = \"<council>\"");
    } catch (const toml::parse_error& error) {
        return fail(file + ":" + std::to_string(error.source().begin.line) + ": not valid TOML: " + std::string(error.description()));
    }
}

std::string to_string(const SiteValue& value)
{
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    return std::to_string(std::get<std::int64_t>(value));
}

}  // namespace kiosk::content
