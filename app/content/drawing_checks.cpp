#include "content/drawing_checks.h"

#include "core/utf8.h"

#include <cstdio>

namespace kiosk::content {
namespace {

// "U+0D9A \"ක\"": the code point for searching, the character for seeing.
std::string describe(char32_t code_point)
{
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code_point));
    std::string out = std::string(hex) + " \"";
    append_utf8(out, code_point);
    return out + "\"";
}

class DrawingChecker {
public:
    DrawingChecker(const LanguageGuide& guide, const SiteSettings* site, TextMeasure& measure, std::vector<Problem>& problems)
        : m_guide(guide), m_site(site), m_measure(measure), m_problems(problems)
    {
    }

    void check(const Topic& topic)
    {
        const FrontMatter& front = topic.front_matter;
        check_label(topic, front.title, "title", topic_title_box);
        check_label(topic, front.summary, "summary", topic_summary_box);
        const auto value_of = [this](std::string_view key) {
            const auto value = m_site ? m_site->value(key) : Result<SiteValue>(fail("no site"));
            return value ? to_string(*value) : std::string();
        };
        for (const Block& block : topic.document.blocks) check_glyphs(topic, block.line, block.text_with_values(value_of));
    }

private:
    void check_label(const Topic& topic, const std::string& text, const char* key, const LabelBox& box)
    {
        if (text.empty()) return;
        const int line = topic.front_matter.line_of(key);
        check_glyphs(topic, line, text);
        const std::size_t lines = m_measure.line_count(text, m_guide.language, box.font_size_px, box.width_px);
        if (lines > box.max_lines) {
            m_problems.push_back({Severity::Error, topic.file, line,
                                  std::string("the ") + key + " takes " + std::to_string(lines) + " lines at " +
                                      std::to_string(static_cast<int>(box.font_size_px)) + " px in the " +
                                      std::to_string(static_cast<int>(box.width_px)) + " px topic button, which has room for " +
                                      std::to_string(box.max_lines) + "; shorten it"});
        }
    }

    void check_glyphs(const Topic& topic, int line, const std::string& text)
    {
        for (const UndrawableCharacter& character : m_measure.undrawable_characters(text, m_guide.language)) {
            m_problems.push_back({Severity::Error, topic.file, line,
                                  "cannot draw " + describe(character.code_point) + " (" + character.reason + ")"});
        }
    }

    const LanguageGuide& m_guide;
    const SiteSettings* m_site = nullptr;
    TextMeasure& m_measure;
    std::vector<Problem>& m_problems;
};

}  // namespace

void check_drawing(const LanguageGuide& guide, const SiteSettings* site, TextMeasure& measure, std::vector<Problem>& problems)
{
    DrawingChecker checker(guide, site, measure, problems);
    for (const Topic& topic : guide.topics) checker.check(topic);
    if (guide.glossary) checker.check(*guide.glossary);
}

}  // namespace kiosk::content
