#include "text/shaper.h"

#include <harfbuzz/hb.h>
#include <string>
#include <unicode/uscript.h>

namespace kiosk::text {

Shaper::Shaper() : m_buffer(hb_buffer_create()) {}
Shaper::~Shaper() { hb_buffer_destroy(m_buffer); }

std::vector<ShapedGlyph> Shaper::shape(const FontSet& fonts, const ShapeRequest& request)
{
    hb_buffer_clear_contents(m_buffer);
    hb_buffer_add_utf16(m_buffer, reinterpret_cast<const std::uint16_t*>(request.context.data()),
                        static_cast<int>(request.context.size()), request.begin,
                        static_cast<int>(request.end - request.begin));
    hb_buffer_set_direction(m_buffer, request.right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(m_buffer, hb_script_from_string(uscript_getShortName(static_cast<UScriptCode>(request.script)), -1));
    const std::string_view code = language_code(request.language);
    hb_buffer_set_language(m_buffer, hb_language_from_string(code.data(), static_cast<int>(code.size())));
    const Font& font = fonts.font(request.font);
    hb_shape(font.hb_font, m_buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(m_buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(m_buffer, &count);
    const float per_unit = 1.0f / font.units_per_em;
    std::vector<ShapedGlyph> glyphs(count);
    for (unsigned i = 0; i < count; ++i) {
        glyphs[i] = {infos[i].codepoint, infos[i].cluster + request.cluster_base,
                     static_cast<float>(positions[i].x_advance) * per_unit,
                     static_cast<float>(positions[i].x_offset) * per_unit,
                     static_cast<float>(positions[i].y_offset) * per_unit,
                     (hb_glyph_info_get_glyph_flags(&infos[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0};
    }
    return glyphs;
}

}  // namespace kiosk::text
