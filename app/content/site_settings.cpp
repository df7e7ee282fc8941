#include "content/site_settings.h"

#include "content/content_files.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>

namespace kiosk::content {
namespace {

// content/README.md: "at least" these numbers in every site file.
constexpr std::array<std::string_view, 5> required_phones{"duty", "out_of_hours", "interpreting", "complaints", "conference_unit"};
constexpr std::array<std::string_view, 7> day_names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

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
            if (name != "council" && name != "timings" && name != "phone" && name != "office" && name != "closures") {
                warn(line_of(node), "unknown setting \"" + std::string(name) + "\" (the schema has council, timings, phone, office and closures)");
            }
        }
        read_council(site_id);
        read_timings();
        read_phones();
        read_offices();
        read_closures();
    }

private:
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
