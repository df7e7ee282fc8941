// Stage 4a of the text pipeline: where a line may or must end (UAX #14) for the language, through
// ICU's line BreakIterator. CJK text may break between ideographs but never before 。，、」）！？：；
// or after 「（『 (the rules of UAX #14 classes CL, CP, EX, IS, NS, OP).
#pragma once

#include "core/language.h"
#include "core/result.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace kiosk::text {

enum class BreakKind { Allowed, Mandatory };

struct BreakOpportunity {
    std::uint32_t utf16_offset = 0;  // a line may end before this unit
    BreakKind kind = BreakKind::Allowed;
};

// Owns one ICU line break iterator for one language. Creating an ICU iterator loads rule data
// and costs far more than using one, so the engine keeps one per language and reuses it.
// Not thread-safe: one LineBreaker serves one thread.
class LineBreaker {
public:
    static Result<LineBreaker> create(Language language);
    ~LineBreaker();
    LineBreaker(LineBreaker&&) noexcept;
    LineBreaker& operator=(LineBreaker&&) noexcept;

    // Every position after the start where a line may end, in increasing order; the end of the
    // text is always the last one (Mandatory).
    std::vector<BreakOpportunity> opportunities(std::u16string_view text);

    // Grapheme cluster boundaries inside [begin, end), for breaking a word longer than a line.
    std::vector<std::uint32_t> grapheme_boundaries(std::u16string_view text, std::uint32_t begin, std::uint32_t end);

private:
    LineBreaker(std::unique_ptr<icu::BreakIterator> lines, std::unique_ptr<icu::BreakIterator> graphemes);
    std::unique_ptr<icu::BreakIterator> m_lines;
    std::unique_ptr<icu::BreakIterator> m_graphemes;
};

}  // namespace kiosk::text
