// Stage 1 of the text pipeline: the Unicode Bidirectional Algorithm (UAX #9) through ICU ubidi.
// The kiosk never guesses a paragraph's direction from its first strong letter: it comes from
// the language (RTL for ar, ur, fa). `Auto` exists for the conformance test only.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kiosk::text {

enum class BaseDirection { LeftToRight, RightToLeft, Auto };

using BidiLevel = std::uint8_t;

struct BidiResult {
    BidiLevel paragraph_level = 0;
    std::vector<BidiLevel> levels;  // one per UTF-16 unit, after rule L1 for the whole paragraph
};

// Resolves embedding levels of one paragraph of UTF-16 text (UAX #9 rules P2..I2 and L1).
// Characters removed by rule X9 (BN, embeddings) get their neighbour's level, as ICU does.
BidiResult resolve_bidi(std::u16string_view text, BaseDirection base);

// Rule L2: for a line whose characters have `levels`, the logical index shown at each visual
// position, left to right.
std::vector<std::int32_t> visual_order(const std::vector<BidiLevel>& levels);

// Wraps each range in a left-to-right isolate and override (LRI LRO ... PDF PDI) before bidi
// resolution, and maps the resolved levels back onto the original text. Plain UBA reverses the
// order of digit groups in RTL text ("0161 477 9000" would read "9000 477 0161"); inside the
// isolate a phone number keeps its left-to-right order as one unit, in any digits.
struct Utf16Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};
BidiResult resolve_bidi_with_isolates(std::u16string_view text, BaseDirection base,
                                      const std::vector<Utf16Range>& left_to_right_ranges);

}  // namespace kiosk::text
