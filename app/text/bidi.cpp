#include "text/bidi.h"

#include <cassert>
#include <memory>
#include <string>
#include <unicode/ubidi.h>

namespace kiosk::text {
namespace {

struct UBiDiCloser {
    void operator()(UBiDi* bidi) const { ubidi_close(bidi); }
};
using BidiHandle = std::unique_ptr<UBiDi, UBiDiCloser>;

UBiDiLevel icu_paragraph_level(BaseDirection base)
{
    switch (base) {
    case BaseDirection::LeftToRight: return 0;
    case BaseDirection::RightToLeft: return 1;
    case BaseDirection::Auto: return UBIDI_DEFAULT_LTR;
    }
    return 0;
}

}  // namespace

BidiResult resolve_bidi(std::u16string_view text, BaseDirection base)
{
    BidiResult result;
    result.paragraph_level = base == BaseDirection::RightToLeft ? 1 : 0;
    if (text.empty()) return result;
    UErrorCode status = U_ZERO_ERROR;
    BidiHandle bidi(ubidi_openSized(static_cast<int32_t>(text.size()), 0, &status));
    ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(text.data()), static_cast<int32_t>(text.size()),
                  icu_paragraph_level(base), nullptr, &status);
    const UBiDiLevel* levels = ubidi_getLevels(bidi.get(), &status);
    // ICU fails here only on allocation failure or text over 2^31 units; both are bugs for a
    // paragraph of a guide, so the layout falls back to the paragraph level rather than crash.
    assert(U_SUCCESS(status));
    if (U_FAILURE(status)) {
        result.levels.assign(text.size(), result.paragraph_level);
        return result;
    }
    result.paragraph_level = ubidi_getParaLevel(bidi.get());
    result.levels.assign(levels, levels + text.size());
    return result;
}

std::vector<std::int32_t> visual_order(const std::vector<BidiLevel>& levels)
{
    std::vector<std::int32_t> order(levels.size());
    if (!levels.empty()) {
        ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), order.data());
    }
    return order;
}

BidiResult resolve_bidi_with_isolates(std::u16string_view text, BaseDirection base,
                                      const std::vector<Utf16Range>& left_to_right_ranges)
{
    if (left_to_right_ranges.empty()) return resolve_bidi(text, base);
    // LRI LRO ... PDF PDI: the isolate keeps the number from mixing with the sentence around it,
    // and the override makes every character inside it left to right. Without the override,
    // Arabic-Indic digits (bidi class AN) and the spaces between them would resolve as
    // right-to-left (rules W2, N1, I1) and the groups would still come out in reverse order.
    constexpr std::u16string_view opening = u"\u2066\u202D";
    constexpr std::u16string_view closing = u"\u202C\u2069";
    std::u16string isolated;
    isolated.reserve(text.size() + 4 * left_to_right_ranges.size());
    std::vector<std::uint32_t> original_index;  // for each unit of `isolated`, or UINT32_MAX
    original_index.reserve(isolated.capacity());
    std::uint32_t next = 0;
    auto copy_until = [&](std::uint32_t end) {
        for (; next < end; ++next) {
            isolated.push_back(text[next]);
            original_index.push_back(next);
        }
    };
    for (const Utf16Range& range : left_to_right_ranges) {
        assert(range.begin >= next && range.end <= text.size());
        copy_until(range.begin);
        isolated += opening;
        original_index.insert(original_index.end(), opening.size(), UINT32_MAX);
        copy_until(range.end);
        isolated += closing;
        original_index.insert(original_index.end(), closing.size(), UINT32_MAX);
    }
    copy_until(static_cast<std::uint32_t>(text.size()));
    const BidiResult with_isolates = resolve_bidi(isolated, base);
    BidiResult result;
    result.paragraph_level = with_isolates.paragraph_level;
    result.levels.reserve(text.size());
    for (std::size_t i = 0; i < isolated.size(); ++i) {
        if (original_index[i] != UINT32_MAX) result.levels.push_back(with_isolates.levels[i]);
    }
    return result;
}

}  // namespace kiosk::text
