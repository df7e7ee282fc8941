// The width-independent stages of the pipeline for one paragraph: decode, bidi (with phone
// numbers isolated), itemise, shape, and find line break opportunities. Computed once per
// (text, language) and shared by every size and width; the line fitter reads it, never writes.
#pragma once

#include "core/language.h"
#include "core/utf8.h"
#include "text/bidi.h"
#include "text/line_breaks.h"
#include "text/shaper.h"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text {

// A maximal run of one bidi level, one script and one font.
struct Item {
    std::uint32_t begin = 0;  // UTF-16 offsets into the paragraph
    std::uint32_t end = 0;
    BidiLevel level = 0;
    int script = 0;           // ICU UScriptCode
    FontId font = 0;
    std::vector<ShapedGlyph> glyphs;  // visual order
};

struct ShapedParagraph {
    Language language = Language::English;
    std::u16string text;
    std::vector<std::uint32_t> utf8_offsets;   // for each UTF-16 unit, and one past the end
    std::vector<Utf8Range> malformed;
    BidiLevel paragraph_level = 0;
    std::vector<Utf16Range> phone_numbers;     // isolated, never broken across lines
    std::vector<Item> items;                   // in logical order, covering the text
    std::vector<BreakOpportunity> breaks;      // none inside a phone number
    std::vector<float> advance_prefix_em;      // sum of advances of clusters before each offset
};

// Runs the width-independent stages. `fonts` gains system fallback fonts as needed.
ShapedParagraph shape_paragraph(std::string_view utf8, Language language, FontSet& fonts, Shaper& shaper,
                                LineBreaker& breaker);

}  // namespace kiosk::text
