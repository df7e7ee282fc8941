#include "i18n/locale_file.h"

#include "core/utf8.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <sstream>

namespace kiosk::i18n {
namespace {

constexpr std::array<std::string_view, 6> meta_keys{"language", "status", "translated_from", "translated_by", "reviewed_by", "reviewed_on"};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// The text of 1-based line `line`, without its line ending.
std::string_view line_text(std::string_view text, int line)
{
    std::size_t begin = 0;
    for (int current = 1; current < line; ++current) {
        begin = text.find('\n', begin);
        if (begin == std::string_view::npos) return {};
        ++begin;
    }
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view found = text.substr(begin, end - begin);
    if (found.ends_with('\r')) found.remove_suffix(1);
    return found;
}

// The key a line appears to assign, for naming a string in a file toml++ could not read:
// `"nav.back" = ...` or `nav.back = ...`; empty when the line assigns nothing.
std::string key_on_line(std::string_view line)
{
    const std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    line.remove_prefix(start);
    if (line.starts_with('"')) {
        const std::size_t close = line.find('"', 1);
        return close == std::string_view::npos ? std::string() : std::string(line.substr(1, close - 1));
    }
    const std::size_t end = line.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");
    if (end == 0 || end == std::string_view::npos) return {};
    const std::size_t equals = line.find_first_not_of(" \t", end);
    return equals != std::string_view::npos && line[equals] == '=' ? std::string(line.substr(0, end)) : std::string();
}

int line_of_offset(std::string_view text, std::uint32_t utf8_offset)
{
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + utf8_offset, '\n'));
}

bool is_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
}

// What the kiosk shows instead of a lost file or string; English has no stand-in.
std::string whole_file_fallback(Language language) { return language == Language::English ? "" : "; every string in this file is shown in English"; }
std::string string_fallback(Language language) { return language == Language::English ? "" : "; shown in English"; }

class LocaleReader {
public:
    LocaleReader(LocaleFile& out, Language language, const std::string& file) : m_out(out), m_language(language), m_file(file) {}

    void read(std::string bytes)
    {
        // toml++ stops at the first malformed byte and would lose the whole language; replacing
        // each ill-formed subpart with U+FFFD lets it read on, and only the strings that held
        // malformed bytes fall back to English.
        const DecodedUtf8 decoded = decode_utf8(bytes);
        std::string text;
        if (decoded.malformed.empty()) {
            text = std::move(bytes);
        } else {
            text.reserve(bytes.size() + 2 * decoded.malformed.size());
            for (const DecodedCodePoint& code_point : decoded.code_points) append_utf8(text, code_point.value);
        }

        toml::table root;
        try {
            root = toml::parse(text, m_file);
        } catch (const toml::parse_error& error) {
            const int line = static_cast<int>(error.source().begin.line);
            problem(line, key_on_line(line_text(text, line)),
                    "not valid TOML: " + std::string(error.description()) + whole_file_fallback(m_language));
            for (const Utf8Range& range : decoded.malformed) report_malformed(bytes, range, key_on_line(line_text(text, line_of_offset(bytes, range.begin))));
            return;
        }

        const toml::table* strings = read_tables(root);
        for (const Utf8Range& range : decoded.malformed) {
            const std::string key = strings ? key_covering(*strings, line_of_offset(bytes, range.begin)) : std::string();
            m_out.strings.erase(key);
            report_malformed(bytes, range, key);
        }
    }

private:
    // The [strings] table when the file may be used, after reading [meta].
    const toml::table* read_tables(const toml::table& root)
    {
        for (const auto& [key, node] : root) {
            if (key.str() != "meta" && key.str() != "strings") {
                problem(line_of(node), "", "unknown table [" + std::string(key.str()) + "]; a locale file has [meta] and [strings]");
            }
        }
        if (!read_meta(root)) return nullptr;
        const toml::table* strings = root["strings"].as_table();
        if (!strings) {
            problem(0, "", "no [strings] table" + whole_file_fallback(m_language));
            return nullptr;
        }
        m_out.use = FileUse::Usable;
        read_strings(*strings);
        return strings;
    }

    // False when the file belongs to another language, so none of it may be shown.
    bool read_meta(const toml::table& root)
    {
        const toml::node* node = root.get("meta");
        const toml::table* meta = node ? node->as_table() : nullptr;
        if (!meta) {
            problem(node ? line_of(*node) : 0, "", "no [meta] table with language, status and reviewer; treated as a draft");
            return true;
        }
        for (const auto& [key, value] : *meta) {
            if (std::find(meta_keys.begin(), meta_keys.end(), key.str()) == meta_keys.end()) {
                problem(line_of(value), "", "unknown meta." + std::string(key.str()) + "; [meta] has language, status, translated_from, translated_by, reviewed_by, reviewed_on");
            } else if (!value.is_string()) {
                problem(line_of(value), "", "meta." + std::string(key.str()) + " must be a text in quotes");
            }
        }
        const auto text = [meta](std::string_view key) { return meta->get(key) ? meta->get(key)->value_or(std::string()) : std::string(); };
        const int meta_line = line_of(*meta);
        const bool english = m_language == Language::English;

        const std::string language = text("language");
        if (language != language_code(m_language)) {
            problem(meta_line, "", "meta.language is \"" + language + "\" but the file is for " + std::string(language_code(m_language)) + whole_file_fallback(m_language));
            return false;
        }
        const std::string translated_from = text("translated_from");
        if (english && meta->contains("translated_from")) problem(meta_line, "", "en.toml is the source; it has no meta.translated_from");
        if (!english && translated_from != "en") problem(meta_line, "", "meta.translated_from must be \"en\"");
        m_out.meta.translated_by = text("translated_by");
        if (!english && m_out.meta.translated_by.empty()) problem(meta_line, "", "meta.translated_by must say who translated the file");
        m_out.meta.reviewed_by = text("reviewed_by");
        m_out.meta.reviewed_on = text("reviewed_on");

        const std::string status = text("status");
        if (status == "reviewed") {
            if (m_out.meta.reviewed_by.empty() || !is_iso_date(m_out.meta.reviewed_on)) {
                problem(meta_line, "", "status \"reviewed\" needs reviewed_by and reviewed_on (\"YYYY-MM-DD\"); treated as a draft");
            } else {
                m_out.meta.status = TranslationStatus::Reviewed;
            }
        } else if (status != "draft") {
            problem(meta_line, "", "meta.status must be \"draft\" or \"reviewed\", not \"" + status + "\"; treated as a draft");
        }
        return true;
    }

    void read_strings(const toml::table& strings)
    {
        for (const auto& [key, node] : strings) {
            const std::string name(key.str());
            const auto* value = node.as_string();
            if (!value) {
                // `nav.back = "..."` without quotes makes a table "nav" holding "back".
                const std::string hint = node.is_table() ? " (a dotted key needs quotes: \"" + name + ".…\" = \"…\")" : "";
                problem(line_of(node), name, "must be a text in quotes" + hint + string_fallback(m_language));
                continue;
            }
            if (value->get().empty()) {
                problem(line_of(node), name, "is empty" + string_fallback(m_language));
                continue;
            }
            m_out.strings.emplace(name, LocaleString{value->get(), line_of(node)});
        }
    }

    // The string whose value spans `line` (a multi-line string spans several), if any.
    static std::string key_covering(const toml::table& strings, int line)
    {
        for (const auto& [key, node] : strings) {
            const auto& source = node.source();
            if (static_cast<int>(source.begin.line) <= line && line <= static_cast<int>(source.end.line)) return std::string(key.str());
        }
        return {};
    }

    void report_malformed(std::string_view bytes, const Utf8Range& range, const std::string& key)
    {
        std::ostringstream hex;
        hex << std::hex;
        for (std::uint32_t i = range.begin; i < range.end; ++i) hex << (i == range.begin ? "" : " ") << "0x" << +static_cast<unsigned char>(bytes[i]);
        const std::string what = range.end - range.begin == 1 ? "byte " + hex.str() + " is" : "bytes " + hex.str() + " are";
        problem(line_of_offset(bytes, range.begin), key, what + " not valid UTF-8" + (key.empty() ? "" : string_fallback(m_language)));
    }

    void problem(int line, std::string key, std::string message)
    {
        m_out.problems.push_back({m_file, line, std::move(key), std::move(message)});
    }

    LocaleFile& m_out;
    Language m_language = Language::English;
    const std::string& m_file;
};

}  // namespace

LocaleFile read_locale_file(const std::filesystem::path& path, Language language, const std::string& display_name)
{
    LocaleFile out;
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        const std::string reason = std::filesystem::exists(path) ? "cannot be read" : "does not exist";
        out.problems.push_back({display_name, 0, "", "the file " + reason + whole_file_fallback(language)});
        return out;
    }
    std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    LocaleReader(out, language, display_name).read(std::move(bytes));
    return out;
}

}  // namespace kiosk::i18n
