#include "content/front_matter.h"

#include "core/language.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>

namespace kiosk::content {
namespace {

constexpr std::array<std::string_view, 10> known_keys{"id", "order", "title", "summary", "icon", "status",
                                                      "reviewed_by", "reviewed_on", "translated_from", "translated_by"};
constexpr std::array<std::string_view, 6> required_keys{"id", "order", "title", "summary", "icon", "status"};

std::string_view trimmed(std::string_view text)
{
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

// A real calendar date written YYYY-MM-DD (so 2025-02-30 is rejected).
bool is_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    const auto read = [&text](std::size_t at, std::size_t length, auto& value) {
        const char* begin = text.data() + at;
        const auto [end, error] = std::from_chars(begin, begin + length, value);
        return error == std::errc() && end == begin + length;
    };
    if (!read(0, 4, year) || !read(5, 2, month) || !read(8, 2, day)) return false;
    return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok();
}

class FrontMatterReader {
public:
    FrontMatterReader(SplitFile& out, const std::string& file) : m_out(out), m_file(file) {}

    void read_line(std::string_view line, int line_number)
    {
        if (trimmed(line).empty()) return;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) {
            report(line_number, "front matter line is not `key: value`: \"" + std::string(trimmed(line)) + "\"");
            return;
        }
        const std::string key(trimmed(line.substr(0, colon)));
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (std::find(known_keys.begin(), known_keys.end(), key) == known_keys.end()) {
            report(line_number, "unknown front matter key \"" + key + "\" (known: id, order, title, summary, icon, status, "
                                "reviewed_by, reviewed_on, translated_from, translated_by)");
            return;
        }
        if (const int first = m_out.front_matter.line_of(key); first != 0) {
            report(line_number, "front matter key \"" + key + "\" is given twice (first on line " + std::to_string(first) + ")");
            return;
        }
        m_out.front_matter.key_lines.emplace_back(key, line_number);
        store(key, value, line_number);
    }

    void finish(int first_line)
    {
        for (std::string_view key : required_keys) {
            if (m_out.front_matter.line_of(key) == 0) report(first_line, "front matter has no \"" + std::string(key) + "\"");
        }
    }

private:
    void store(const std::string& key, std::string_view value, int line_number)
    {
        FrontMatter& front = m_out.front_matter;
        const bool required = std::find(required_keys.begin(), required_keys.end(), key) != required_keys.end();
        if (required && value.empty()) {
            report(line_number, "front matter \"" + key + "\" is empty");
            return;
        }
        if (key == "id") front.id = value;
        else if (key == "title") front.title = value;
        else if (key == "summary") front.summary = value;
        else if (key == "icon") front.icon = value;
        else if (key == "reviewed_by") front.reviewed_by = value;
        else if (key == "translated_by") front.translated_by = value;
        else if (key == "order") store_order(value, line_number);
        else if (key == "status") store_status(value, line_number);
        else if (key == "reviewed_on") store_date(value, line_number);
        else if (key == "translated_from") store_source_language(value, line_number);
    }

    void store_order(std::string_view value, int line_number)
    {
        int order = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), order);
        if (error != std::errc() || end != value.data() + value.size() || order < 1) {
            report(line_number, "order \"" + std::string(value) + "\" is not a whole number from 1 up");
            return;
        }
        m_out.front_matter.order = order;
    }

    void store_status(std::string_view value, int line_number)
    {
        if (value == "draft") m_out.front_matter.status = ReviewStatus::Draft;
        else if (value == "reviewed") m_out.front_matter.status = ReviewStatus::Reviewed;
        else report(line_number, "status \"" + std::string(value) + "\" must be draft or reviewed");
    }

    void store_date(std::string_view value, int line_number)
    {
        if (!value.empty() && !is_iso_date(value)) {
            report(line_number, "reviewed_on \"" + std::string(value) + "\" is not a date written YYYY-MM-DD");
            return;
        }
        m_out.front_matter.reviewed_on = value;
    }

    void store_source_language(std::string_view value, int line_number)
    {
        if (!value.empty()) {
            if (const auto language = parse_language(value); !language) {
                report(line_number, "translated_from: " + language.error().message);
                return;
            }
        }
        m_out.front_matter.translated_from = value;
    }

    void report(int line_number, std::string message)
    {
        m_out.problems.push_back({Severity::Error, m_file, line_number, std::move(message)});
    }

    SplitFile& m_out;
    const std::string& m_file;
};

bool is_fence(std::string_view line) { return trimmed(line) == "---"; }

}  // namespace

int FrontMatter::line_of(std::string_view key) const
{
    for (const auto& [name, line] : key_lines) {
        if (name == key) return line;
    }
    return 0;
}

SplitFile split_front_matter(std::string_view file_text, const std::string& file)
{
    SplitFile out;
    FrontMatterReader reader(out, file);
    std::size_t offset = 0;
    int line_number = 1;
    bool opened = false;
    while (offset < file_text.size()) {
        const auto newline = file_text.find('\n', offset);
        const std::size_t line_end = newline == std::string_view::npos ? file_text.size() : newline;
        const std::string_view line = file_text.substr(offset, line_end - offset);
        offset = newline == std::string_view::npos ? file_text.size() : newline + 1;
        if (!opened) {
            if (!is_fence(line)) break;
            opened = true;
        } else if (is_fence(line)) {
            reader.finish(1);
            out.body = file_text.substr(offset);
            out.body_first_line = line_number + 1;
            return out;
        } else {
            reader.read_line(line, line_number);
        }
        ++line_number;
    }
    // No usable front matter: one clear message instead of one per line. Without an opening
    // fence the whole file is still checked as Markdown; an unclosed one swallowed it.
    out.front_matter = FrontMatter{};
    out.problems.clear();
    if (!opened) out.body = file_text;
    out.problems.push_back({Severity::Error, file, 1,
                            opened ? "the front matter that starts on line 1 is never closed by a \"---\" line"
                                   : "the file does not start with a front matter block (a \"---\" line, `key: value` lines, \"---\")"});
    return out;
}

}  // namespace kiosk::content
