// The width-independent stages of the pipeline for one paragraph: decode, bidi (with phone
// numbers isolated), itemise, shape, and find line break opportunities. Computed once per
// (text, language) and shared by every size and width; the line fitter reads it, never writes.
#pragma once

#include "core/language.h"
#include "core/utf8.h"
#include "text/bidi.h"
#include "text/line_breaks.h"
#include "text/shaper.h"

#include <optional>
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
    // The highest and lowest ink of the item's glyphs relative to the baseline, in em, y down
    // (shaping offsets included): a line that holds the whole item needs no per-glyph lookups.
    GlyphInkEm ink;
};

struct ShapedParagraph {
    Language language = Language::English;
    std::u16string text;
    std::vector<std::uint32_t> utf8_offsets;   // for each UTF-16 unit, and one past the end
    std::vector<Utf8Range> malformed;
    BidiLevel paragraph_level = 0;
    std::vector<Utf16Range> phone_numbers;     // isolated, never broken across lines
    std::vector<Item> items;                   // in logical order, covering the text
    std::vector<float> advance_prefix_em;      // sum of advances of clusters before each offset
    bool has_hard_break = false;               // a character that forces a new line (LF, LS, PS...)

    // Where lines may end, none inside a phone number. Found on first use: a paragraph that fits
    // its box on one line (headings, list items, most labels) never needs ICU's line breaking.
    // Depends only on the text and language, like everything above; not thread-safe.
    const std::vector<BreakOpportunity>& break_opportunities(LineBreaker& breaker) const;

private:
    mutable std::optional<std::vector<BreakOpportunity>> m_breaks;
};

// Runs the width-independent stages. `fonts` gains system fallback fonts as needed.
ShapedParagraph shape_paragraph(std::string_view utf8, Language language, FontSet& fonts, Shaper& shaper);

}  // namespace kiosk::text
