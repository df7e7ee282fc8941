#include "text/glyph_raster.h"

#include "text/text_engine.h"

#include <algorithm>
#include <cmath>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace kiosk::text {

Result<GlyphBitmap> rasterise_glyph(const FontSet& fonts, FontId font_id, std::uint32_t glyph, float size_px)
{
    const Font& font = fonts.font(font_id);
    FT_Face face = font.ft_face;
    // 26.6 fixed point: FreeType sizes are in 64ths of a pixel.
    const auto size_26_6 = static_cast<FT_F26Dot6>(std::lround(size_px * 64.0f));
    if (FT_Set_Char_Size(face, 0, size_26_6, 72, 72) != 0) return fail("FreeType cannot size " + font.label);
    // Unhinted outlines match HarfBuzz's unhinted advances, so glyphs sit where the layout says.
    if (FT_Load_Glyph(face, glyph, FT_LOAD_NO_HINTING | FT_LOAD_RENDER) != 0) {
        return fail("FreeType cannot draw glyph " + std::to_string(glyph) + " of " + font.label);
    }
    const FT_GlyphSlot slot = face->glyph;
    GlyphBitmap bitmap;
    bitmap.width_px = static_cast<int>(slot->bitmap.width);
    bitmap.height_px = static_cast<int>(slot->bitmap.rows);
    bitmap.left_px = slot->bitmap_left;
    bitmap.top_px = slot->bitmap_top;
    bitmap.coverage.resize(static_cast<std::size_t>(bitmap.width_px * bitmap.height_px));
    for (int row = 0; row < bitmap.height_px; ++row) {
        const std::uint8_t* source = slot->bitmap.buffer + row * slot->bitmap.pitch;
        std::copy_n(source, bitmap.width_px, bitmap.coverage.begin() + row * bitmap.width_px);
    }
    return bitmap;
}

CoverageImage rasterise_layout(const Layout& layout, const FontSet& fonts)
{
    CoverageImage image;
    image.width_px = static_cast<int>(std::ceil(layout.width_px));
    image.height_px = std::max(1, static_cast<int>(std::ceil(layout.height_px)));
    image.coverage.assign(static_cast<std::size_t>(image.width_px * image.height_px), 0);
    for (const Line& line : layout.lines) {
        const float baseline_px = line.y_px + line.baseline_px;
        for (const VisualRun& run : line.runs) {
            for (const PositionedGlyph& glyph : run.glyphs) {
                const auto bitmap = rasterise_glyph(fonts, run.font, glyph.id, layout.font_size_px);
                if (!bitmap) continue;  // a glyph FreeType cannot draw stays blank; the layout is still shown
                const int origin_x = static_cast<int>(std::lround(glyph.x_px)) + bitmap->left_px;
                const int origin_y = static_cast<int>(std::lround(baseline_px + glyph.y_px)) - bitmap->top_px;
                for (int row = 0; row < bitmap->height_px; ++row) {
                    const int y = origin_y + row;
                    if (y < 0 || y >= image.height_px) continue;
                    for (int column = 0; column < bitmap->width_px; ++column) {
                        const int x = origin_x + column;
                        if (x < 0 || x >= image.width_px) continue;
                        std::uint8_t& target = image.coverage[static_cast<std::size_t>(y * image.width_px + x)];
                        target = std::max(target, bitmap->coverage[static_cast<std::size_t>(row * bitmap->width_px + column)]);
                    }
                }
            }
        }
    }
    return image;
}

}  // namespace kiosk::text
