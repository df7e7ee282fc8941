#include "content/translation_checks.h"

#include "core/utf8.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace kiosk::content {
namespace {

// A block's kinds, counted, to tell a translator a heading or list item went missing.
struct Shape {
    std::array<std::size_t, 4> counts{};  // indexed by BlockKind
    friend bool operator==(const Shape&, const Shape&) = default;
};

Shape shape_of(const Document& document)
{
    Shape shape;
    for (const Block& block : document.blocks) ++shape.counts[static_cast<std::size_t>(block.kind)];
    return shape;
}

std::string describe(const Shape& shape)
{
    return std::to_string(shape.counts[0]) + " headings, " + std::to_string(shape.counts[1]) + " paragraphs, " +
           std::to_string(shape.counts[2]) + " bullet items, " + std::to_string(shape.counts[3]) + " numbered items";
}

// Only text with letters can be "left in English"; a bare number or {{key}} reads the same everywhere.
bool has_letters(std::string_view utf8) { return count_letters_outside_brackets(utf8).letters > 0; }

// "Family Rights Group": a short text whose every word starts with a capital is taken for a name,
// which translations rightly keep in English so a parent can find it.
bool looks_like_a_name(std::string_view utf8)
{
    constexpr std::size_t max_name_words = 8;
    std::size_t words = 0;
    bool word_start = true;
    for (const DecodedCodePoint& code_point : decode_utf8(utf8).code_points) {
        const auto c = static_cast<UChar32>(code_point.value);
        if (c == U' ') {
            word_start = true;
        } else if (word_start && u_isalpha(c)) {
            if (!u_isupper(c)) return false;
            ++words;
            word_start = false;
        }
    }
    return words > 0 && words <= max_name_words;
}

// What a reader sees of the block apart from council values, which read the same in every language.
std::string words_without_keys(const Block& block)
{
    return block.text_with_values([](std::string_view) { return std::string(); });
}

std::string collapsed(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

class TranslationChecker {
public:
    TranslationChecker(const Topic& english, const Topic& translation, std::vector<Problem>& problems)
        : m_english(english), m_translation(translation), m_problems(problems)
    {
    }

    void run()
    {
        check_front_matter();
        check_untranslated_blocks();
        check_latin_share();
        check_links_and_keys();
        const Shape english_shape = shape_of(m_english.document);
        const Shape shape = shape_of(m_translation.document);
        if (shape != english_shape) {
            warn(0, "the structure differs from " + m_english.file + ": English has " + describe(english_shape) + ", this file " + describe(shape));
        }
    }

private:
    void check_front_matter()
    {
        const FrontMatter& english = m_english.front_matter;
        const FrontMatter& front = m_translation.front_matter;
        if (english.order != 0 && front.order != 0 && front.order != english.order) {
            error(front.line_of("order"), "order " + std::to_string(front.order) + " differs from English (" + std::to_string(english.order) + ")");
        }
        if (!front.icon.empty() && front.icon != english.icon) {
            error(front.line_of("icon"), "icon \"" + front.icon + "\" differs from English (\"" + english.icon + "\"); icons are not translated");
        }
        for (const auto& [key, english_text, text] : {std::tuple{"title", &english.title, &front.title}, std::tuple{"summary", &english.summary, &front.summary}}) {
            if (!text->empty() && *text == *english_text && has_letters(*text)) {
                error(front.line_of(key), std::string(key) + " is left untranslated: \"" + *text + "\"");
            }
        }
    }

    void check_untranslated_blocks()
    {
        for (const Block& block : m_translation.document.blocks) {
            if (!has_letters(words_without_keys(block))) continue;
            const std::string text = collapsed(block.plain_text());
            for (const Block& english : m_english.document.blocks) {
                if (collapsed(english.plain_text()) != text) continue;
                const std::string where = "the same text as " + m_english.file + " line " + std::to_string(english.line) + ": \"" + text + "\"";
                if (looks_like_a_name(text)) {
                    warn(block.line, where + "; right for a name, otherwise translate it");
                } else {
                    error(block.line, "left untranslated: " + where);
                }
                break;
            }
        }
    }

    // Catches English that was edited a little, so no block is identical, but never translated.
    void check_latin_share()
    {
        LetterCount total;
        for (const Block& block : m_translation.document.blocks) {
            const LetterCount count = count_letters_outside_brackets(words_without_keys(block));
            total.letters += count.letters;
            total.latin_letters += count.latin_letters;
        }
        if (total.letters == 0) return;
        const double share = static_cast<double>(total.latin_letters) / static_cast<double>(total.letters);
        if (share > max_latin_letter_share) {
            error(0, "the text is mostly Latin letters (" + std::to_string(static_cast<int>(share * 100)) +
                         "% outside brackets); it looks untranslated");
        }
    }

    void check_links_and_keys()
    {
        const auto collect = [](const Topic& topic, std::set<std::string>& glossary_ids, std::set<std::string>& keys) {
            for (const Block& block : topic.document.blocks) {
                for (const Span& span : block.spans) {
                    if (!span.glossary_id.empty()) glossary_ids.insert(span.glossary_id);
                    if (!span.site_key.empty()) keys.insert(span.site_key);
                }
            }
        };
        std::set<std::string> english_links, english_keys, links, keys;
        collect(m_english, english_links, english_keys);
        collect(m_translation, links, keys);
        for (const std::string& key : english_keys) {
            if (!keys.contains(key)) error(0, "{{" + key + "}} is in " + m_english.file + " but not here; the council's value would be lost");
        }
        for (const std::string& key : keys) {
            if (!english_keys.contains(key)) warn(0, "{{" + key + "}} is not in " + m_english.file);
        }
        for (const std::string& id : english_links) {
            if (!links.contains(id)) warn(0, "the glossary link to \"" + id + "\" in " + m_english.file + " is missing here");
        }
    }

    void error(int line, std::string message) { m_problems.push_back({Severity::Error, m_translation.file, line, std::move(message)}); }
    void warn(int line, std::string message) { m_problems.push_back({Severity::Warning, m_translation.file, line, std::move(message)}); }

    const Topic& m_english;
    const Topic& m_translation;
    std::vector<Problem>& m_problems;
};

void check_glossary_ids(const LanguageGuide& english, const LanguageGuide& translation, std::vector<Problem>& problems)
{
    const std::string& file = translation.glossary->file;
    for (const GlossaryEntry& entry : english.glossary_entries) {
        if (!translation.find_entry(entry.id)) {
            problems.push_back({Severity::Error, file, 0, "glossary entry {#" + entry.id + "} (" + entry.term + ") is missing"});
        }
    }
    for (const GlossaryEntry& entry : translation.glossary_entries) {
        if (!english.find_entry(entry.id)) {
            problems.push_back({Severity::Error, file, entry.line, "glossary id {#" + entry.id + "} is not in " + english.glossary->file});
        }
    }
}

}  // namespace

LetterCount count_letters_outside_brackets(std::string_view utf8)
{
    LetterCount count;
    int depth = 0;
    for (const DecodedCodePoint& code_point : decode_utf8(utf8).code_points) {
        const char32_t c = code_point.value;
        if (c == U'(' || c == U'（' || c == U'[') {
            ++depth;
        } else if (c == U')' || c == U'）' || c == U']') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && u_isalpha(static_cast<UChar32>(c))) {
            ++count.letters;
            UErrorCode status = U_ZERO_ERROR;
            if (uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN) ++count.latin_letters;
        }
    }
    return count;
}

void check_translation(const LanguageGuide& english, const LanguageGuide& translation, std::vector<Problem>& problems)
{
    for (const Topic& topic : english.topics) {
        if (!translation.find_topic(topic.file_id)) {
            problems.push_back({Severity::Error, translation.folder + "/" + topic.file_id + ".md", 0,
                                "topic \"" + topic.file_id + "\" is missing (" + topic.file + " has it)"});
        }
    }
    for (const Topic& topic : translation.topics) {
        const Topic* original = english.find_topic(topic.file_id);
        if (!original) {
            problems.push_back({Severity::Error, topic.file, 0, "there is no English topic \"" + topic.file_id + "\"; every language has the same topics"});
            continue;
        }
        TranslationChecker(*original, topic, problems).run();
    }
    if (english.glossary && translation.glossary) {
        TranslationChecker(*english.glossary, *translation.glossary, problems).run();
        check_glossary_ids(english, translation, problems);
    }
}

}  // namespace kiosk::content
