// Stage 3 of the text pipeline: HarfBuzz shaping of one item, with direction, script and language
// set explicitly (never guessed) and the surrounding text passed as context, so Arabic joining
// and Bengali reordering see across an item boundary (as raqm's _raqm_shape does).
#pragma once

#include "core/language.h"
#include "text/font_set.h"

#include <cstdint>
#include <string_view>
#include <vector>

struct hb_buffer_t;

namespace kiosk::text {

// One glyph in em units (font units / units per em): shaping at the font's own scale makes the
// result independent of the font size, so one shaping serves every text size.
struct ShapedGlyph {
    std::uint32_t id = 0;
    std::uint32_t cluster = 0;       // UTF-16 offset into the paragraph
    float advance_em = 0;
    float x_offset_em = 0;
    float y_offset_em = 0;           // HarfBuzz convention: y grows upwards
    bool unsafe_to_break = false;    // HB_GLYPH_FLAG_UNSAFE_TO_BREAK: splitting here needs re-shaping
};

struct ShapeRequest {
    std::u16string_view context;     // the text that may influence shaping (paragraph or line)
    std::uint32_t begin = 0;         // the item, as offsets into `context`
    std::uint32_t end = 0;
    std::uint32_t cluster_base = 0;  // added to every cluster, to give paragraph offsets
    FontId font = 0;
    int script = 0;                  // ICU UScriptCode
    bool right_to_left = false;
    Language language = Language::English;
};

// Owns a reusable HarfBuzz buffer. Not thread-safe.
class Shaper {
public:
    Shaper();
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    // Glyphs in visual order (left to right), as HarfBuzz returns them.
    std::vector<ShapedGlyph> shape(const FontSet& fonts, const ShapeRequest& request);

private:
    hb_buffer_t* m_buffer = nullptr;
};

}  // namespace kiosk::text
