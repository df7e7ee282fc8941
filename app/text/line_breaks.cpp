#include "text/line_breaks.h"

#include <string>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace kiosk::text {

LineBreaker::LineBreaker(std::unique_ptr<icu::BreakIterator> lines, std::unique_ptr<icu::BreakIterator> graphemes)
    : m_lines(std::move(lines)), m_graphemes(std::move(graphemes))
{
}

LineBreaker::~LineBreaker() = default;
LineBreaker::LineBreaker(LineBreaker&&) noexcept = default;
LineBreaker& LineBreaker::operator=(LineBreaker&&) noexcept = default;

Result<LineBreaker> LineBreaker::create(Language language)
{
    const icu::Locale locale(std::string(icu_locale_id(language)).c_str());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> lines(icu::BreakIterator::createLineInstance(locale, status));
    std::unique_ptr<icu::BreakIterator> graphemes(icu::BreakIterator::createCharacterInstance(locale, status));
    if (U_FAILURE(status) || !lines || !graphemes) {
        return fail(std::string("ICU could not create a line break iterator for ") +
                    std::string(language_code(language)) + ": " + u_errorName(status) +
                    " (is the libicu data package installed?)");
    }
    return LineBreaker(std::move(lines), std::move(graphemes));
}

namespace {

// Points an ICU iterator at `text` without copying it (UText over the caller's buffer).
void set_text(icu::BreakIterator& iterator, std::u16string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUChars(&utext, reinterpret_cast<const UChar*>(text.data()), static_cast<int64_t>(text.size()), &status);
    iterator.setText(&utext, status);
    utext_close(&utext);  // the iterator keeps its own shallow clone
}

}  // namespace

std::vector<BreakOpportunity> LineBreaker::opportunities(std::u16string_view text)
{
    std::vector<BreakOpportunity> found;
    if (text.empty()) return found;
    set_text(*m_lines, text);
    m_lines->first();
    for (int32_t pos = m_lines->next(); pos != icu::BreakIterator::DONE; pos = m_lines->next()) {
        const bool hard = m_lines->getRuleStatus() >= UBRK_LINE_HARD;
        found.push_back({static_cast<std::uint32_t>(pos), hard ? BreakKind::Mandatory : BreakKind::Allowed});
    }
    found.back().kind = BreakKind::Mandatory;
    return found;
}

std::vector<std::uint32_t> LineBreaker::grapheme_boundaries(std::u16string_view text, std::uint32_t begin, std::uint32_t end)
{
    std::vector<std::uint32_t> found;
    set_text(*m_graphemes, text);
    for (int32_t pos = m_graphemes->following(static_cast<int32_t>(begin));
         pos != icu::BreakIterator::DONE && static_cast<std::uint32_t>(pos) < end; pos = m_graphemes->next()) {
        found.push_back(static_cast<std::uint32_t>(pos));
    }
    return found;
}

}  // namespace kiosk::text
