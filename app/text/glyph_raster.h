// Stage 6 of the text pipeline, first half: a glyph drawn by its index (never by code point, which
// shaped Bengali and Urdu need) with FreeType into an 8-bit coverage bitmap. The ui layer's glyph
// atlas caches these; the layout command draws a whole layout with them for headless checks.
#pragma once

#include "core/result.h"
#include "text/font_set.h"

#include <cstdint>
#include <vector>

namespace kiosk::text {

struct GlyphBitmap {
    int width_px = 0;
    int height_px = 0;
    int left_px = 0;  // from the pen position to the bitmap's left edge
    int top_px = 0;   // from the baseline up to the bitmap's top edge
    std::vector<std::uint8_t> coverage;  // width * height, row by row, 0 = none, 255 = full
};

// Rasterises glyph `glyph` of `font` at `size_px`. Fails with a message naming the font file
// when FreeType cannot load or render it.
Result<GlyphBitmap> rasterise_glyph(const FontSet& fonts, FontId font, std::uint32_t glyph, float size_px);

// A grey-scale picture of a layout, dark text on white: for headless checks and screenshots.
struct CoverageImage {
    int width_px = 0;
    int height_px = 0;
    std::vector<std::uint8_t> coverage;  // width * height, 255 = full ink
};

struct Layout;
CoverageImage rasterise_layout(const Layout& layout, const FontSet& fonts);

}  // namespace kiosk::text
