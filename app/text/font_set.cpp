#include "text/font_set.h"

#include <algorithm>
#include <cstring>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <harfbuzz/hb-ot.h>
#include <harfbuzz/hb.h>
#include <toml++/toml.h>
#include <unicode/uchar.h>

namespace kiosk::text {
namespace {

FontMetricsEm read_metrics(hb_font_t* font, float units_per_em)
{
    hb_font_extents_t extents{};
    hb_font_get_h_extents(font, &extents);
    return {-static_cast<float>(extents.ascender) / units_per_em, -static_cast<float>(extents.descender) / units_per_em,
            static_cast<float>(extents.line_gap) / units_per_em};
}

template <typename View>
std::vector<std::string> string_array(const View& node)
{
    std::vector<std::string> values;
    if (const toml::array* array = node.as_array()) {
        for (const toml::node& item : *array) {
            if (auto text = item.value<std::string>()) values.push_back(*text);
        }
    }
    return values;
}

void read_coverage(Font& font)
{
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(font.hb_face, unicodes);
    font.bmp_coverage.assign(0x10000 / 64, 0);
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp);) {
        if (cp < 0x10000) {
            font.bmp_coverage[cp >> 6] |= std::uint64_t{1} << (cp & 63);
        } else {
            font.astral_coverage.push_back(static_cast<char32_t>(cp));
        }
    }
    hb_set_destroy(unicodes);
}

}  // namespace

FontSet::~FontSet()
{
    for (auto& font : m_fonts) {
        hb_font_destroy(font->hb_font);
        hb_face_destroy(font->hb_face);
        if (font->ft_face) FT_Done_Face(font->ft_face);
    }
    if (m_freetype) FT_Done_FreeType(m_freetype);
}

Result<std::unique_ptr<FontSet>> FontSet::load(const std::filesystem::path& fonts_dir)
{
    std::unique_ptr<FontSet> set(new FontSet());
    if (FT_Init_FreeType(&set->m_freetype) != 0) return fail("FreeType could not start");

    const std::filesystem::path manifest_path = fonts_dir / "manifest.toml";
    toml::table manifest;
    try {
        manifest = toml::parse_file(manifest_path.string());
    } catch (const toml::parse_error& error) {
        return fail("cannot read the font manifest " + manifest_path.string() + ": " + std::string(error.description()));
    }
    const toml::array* fonts = manifest["font"].as_array();
    if (!fonts || fonts->empty()) return fail("the font manifest " + manifest_path.string() + " lists no [[font]]");

    std::unordered_map<std::string, FontId> id_by_file;
    for (const toml::node& entry : *fonts) {
        const toml::table* table = entry.as_table();
        const auto file = table ? (*table)["file"].value<std::string>() : std::nullopt;
        if (!file) return fail("a [[font]] in " + manifest_path.string() + " has no file");
        auto id = set->open_font(fonts_dir / *file, 0, "fonts/" + *file);
        if (!id) return std::unexpected(id.error());
        for (const std::string& script : string_array((*table)["scripts"])) {
            const int code = u_getPropertyValueEnum(UCHAR_SCRIPT, script.c_str());
            if (code == UCHAR_INVALID_CODE) return fail("unknown script \"" + script + "\" for " + *file + " in " + manifest_path.string());
            set->m_fonts[*id]->script_codes.push_back(code);
        }
        id_by_file[*file] = *id;
    }
    if (const auto icons = manifest["icons"]["file"].value<std::string>()) {
        auto id = set->open_font(fonts_dir / *icons, 0, "fonts/" + *icons);
        if (!id) return std::unexpected(id.error());
        set->m_icon_font = *id;
    }
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        auto& chain = set->m_chains[static_cast<std::size_t>(language)];
        for (const std::string& file : string_array(manifest["chains"][code])) {
            const auto found = id_by_file.find(file);
            if (found == id_by_file.end()) {
                return fail("the font chain for " + code + " in " + manifest_path.string() + " names " + file +
                            ", which no [[font]] lists");
            }
            chain.push_back(found->second);
        }
        if (chain.empty()) return fail("the font manifest " + manifest_path.string() + " has no chain for " + code);
    }
    return set;
}

Result<FontId> FontSet::open_font(const std::filesystem::path& path, unsigned face_index, std::string label)
{
    // FreeType validates the file (a truncated or non-font file fails here with a reason) and is
    // what the renderer rasterises with; HarfBuzz reads the same bytes for shaping.
    FT_Face ft_face = nullptr;
    if (const FT_Error error = FT_New_Face(m_freetype, path.c_str(), static_cast<FT_Long>(face_index), &ft_face)) {
        const char* reason = FT_Error_String(error);
        return fail("cannot open font file " + path.string() + ": " +
                    (std::filesystem::exists(path) ? (reason ? reason : "not a usable font") : "the file does not exist"));
    }
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) {
        FT_Done_Face(ft_face);
        return fail("cannot read font file " + path.string());
    }
    auto font = std::make_unique<Font>();
    font->label = std::move(label);
    font->path = path;
    font->face_index = face_index;
    font->hb_face = hb_face_create(blob, face_index);
    hb_blob_destroy(blob);
    font->ft_face = ft_face;
    const unsigned upem = hb_face_get_upem(font->hb_face);
    if (hb_face_get_glyph_count(font->hb_face) == 0 || upem == 0) {
        hb_face_destroy(font->hb_face);
        FT_Done_Face(ft_face);
        return fail("font file " + path.string() + " has no glyphs HarfBuzz can use");
    }
    font->units_per_em = static_cast<float>(upem);
    font->hb_font = hb_font_create(font->hb_face);
    hb_font_set_scale(font->hb_font, static_cast<int>(upem), static_cast<int>(upem));
    font->metrics = read_metrics(font->hb_font, font->units_per_em);
    read_coverage(*font);
    m_fonts.push_back(std::move(font));
    return static_cast<FontId>(m_fonts.size() - 1);
}

bool FontSet::has_glyph(FontId id, char32_t code_point) const
{
    const Font& font = *m_fonts[id];
    if (code_point < 0x10000) return (font.bmp_coverage[code_point >> 6] >> (code_point & 63)) & 1;
    return std::binary_search(font.astral_coverage.begin(), font.astral_coverage.end(), code_point);
}

GlyphInkEm FontSet::glyph_ink(FontId id, std::uint32_t glyph)
{
    Font& font = *m_fonts[id];
    if (glyph >= font.ink_known.size()) {
        const std::size_t count = std::max<std::size_t>(glyph + 1, hb_face_get_glyph_count(font.hb_face));
        font.ink_by_glyph.resize(count);
        font.ink_known.resize(count, 0);
    }
    if (!font.ink_known[glyph]) {
        hb_glyph_extents_t extents{};
        hb_font_get_glyph_extents(font.hb_font, glyph, &extents);
        const float per_unit = 1.0f / font.units_per_em;
        font.ink_by_glyph[glyph] = {-static_cast<float>(extents.y_bearing) * per_unit,
                                    -static_cast<float>(extents.y_bearing + extents.height) * per_unit};
        font.ink_known[glyph] = 1;
    }
    return font.ink_by_glyph[glyph];
}

bool FontSet::serves(FontId font, int script) const
{
    const auto& scripts = m_fonts[font]->script_codes;
    return std::find(scripts.begin(), scripts.end(), script) != scripts.end();
}

FontId FontSet::font_for(char32_t code_point, int script, Language language, FontId neighbour)
{
    // Fast path, taken by nearly every character: it continues its neighbour's run.
    if (neighbour != no_font && serves(neighbour, script) && has_glyph(neighbour, code_point)) return neighbour;
    const std::vector<FontId>& fonts = chain(language);
    for (FontId id : fonts) {
        if (serves(id, script) && has_glyph(id, code_point)) return id;
    }
    if (neighbour != no_font && has_glyph(neighbour, code_point)) return neighbour;
    for (FontId id : fonts) {
        if (has_glyph(id, code_point)) return id;
    }
    return system_fallback(code_point, language);
}

FontId FontSet::system_fallback(char32_t code_point, Language language)
{
    if (const auto found = m_fallback_by_code_point.find(code_point); found != m_fallback_by_code_point.end()) {
        return found->second;
    }
    FontId chosen = primary_font(language);
    FcPattern* pattern = FcPatternCreate();
    FcCharSet* wanted = FcCharSetCreate();
    FcCharSetAddChar(wanted, code_point);
    FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcFontSet* candidates = FcFontSort(nullptr, pattern, FcFalse, nullptr, &result);
    for (int i = 0; candidates && i < candidates->nfont; ++i) {
        FcPattern* candidate = candidates->fonts[i];
        FcCharSet* charset = nullptr;
        FcChar8* file = nullptr;
        int index = 0;
        if (FcPatternGetCharSet(candidate, FC_CHARSET, 0, &charset) != FcResultMatch || !FcCharSetHasChar(charset, code_point)) continue;
        if (FcPatternGetString(candidate, FC_FILE, 0, &file) != FcResultMatch) continue;
        FcPatternGetInteger(candidate, FC_INDEX, 0, &index);
        const std::filesystem::path path(reinterpret_cast<const char*>(file));
        const auto existing = std::find_if(m_fonts.begin(), m_fonts.end(), [&](const auto& font) {
            return font->path == path && font->face_index == static_cast<unsigned>(index);
        });
        if (existing != m_fonts.end()) {
            chosen = static_cast<FontId>(existing - m_fonts.begin());
            break;
        }
        if (auto opened = open_font(path, static_cast<unsigned>(index), path.string())) {
            chosen = *opened;
            break;
        }
    }
    if (candidates) FcFontSetDestroy(candidates);
    FcCharSetDestroy(wanted);
    FcPatternDestroy(pattern);
    m_fallback_by_code_point.emplace(code_point, chosen);
    return chosen;
}

}  // namespace kiosk::text
