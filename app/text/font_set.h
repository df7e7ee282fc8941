// The fonts the engine shapes with: the bundled files named in fonts/manifest.toml, opened by
// file (never by family name), and the per-language fallback chains; characters none of them has
// are looked up among the system's fonts through fontconfig.
#pragma once

#include "core/language.h"
#include "core/result.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct hb_face_t;
struct hb_font_t;
struct FT_LibraryRec_;
struct FT_FaceRec_;

namespace kiosk::text {

using FontId = std::uint16_t;

// Vertical metrics in em (font units divided by units per em), y growing downwards from the
// baseline: ascender is negative, descender positive.
struct FontMetricsEm {
    float ascender = 0;
    float descender = 0;
    float line_gap = 0;
};

// A glyph's ink above and below the baseline in em, y growing downwards (top < 0 < bottom for
// a glyph that crosses the baseline).
struct GlyphInkEm {
    float top = 0;
    float bottom = 0;
};

struct Font {
    std::string label;  // "fonts/<file>" for a bundled font, the absolute path for a system one
    std::filesystem::path path;
    unsigned face_index = 0;
    std::vector<int> script_codes;     // ICU UScriptCode values of the scripts the manifest says it serves
    hb_face_t* hb_face = nullptr;      // owned
    hb_font_t* hb_font = nullptr;      // owned; scaled to units per em, so shaping is size-free
    FT_FaceRec_* ft_face = nullptr;    // owned; for rasterising by glyph index
    float units_per_em = 1000;
    FontMetricsEm metrics;
    // The code points the font's cmap maps to a glyph, read once at load: choosing a font asks
    // this for every character, far more often than shaping does. Astral code points are kept
    // in a sorted list, since the kiosk's scripts rarely use them.
    std::vector<std::uint64_t> bmp_coverage;  // bit c set when code point c (< 0x10000) has a glyph
    std::vector<char32_t> astral_coverage;
    // Key: glyph id. Filled on first use by glyph_ink(); a font file never changes while it is
    // open, so an entry cannot go stale.
    std::vector<GlyphInkEm> ink_by_glyph;
    std::vector<std::uint8_t> ink_known;  // 1 once ink_by_glyph holds the glyph's extents
};

class FontSet {
public:
    // Opens every font the manifest in `fonts_dir` lists. A missing, unreadable or broken font
    // file is an error that names the file.
    static Result<std::unique_ptr<FontSet>> load(const std::filesystem::path& fonts_dir);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // The font to draw `code_point` with. `script` is the character's resolved script (ICU
    // UScriptCode; spaces, digits and marks take their neighbours' script); `neighbour` is the
    // font of the previous character, kept while it serves the script and has the glyph so a run
    // is not split needlessly. Then the first font of the language's chain that serves the script
    // (so "CSC" inside Bengali gets the Latin font), then the neighbour or any chain font with the
    // glyph (parentheses, which Noto Naskh lacks), then fontconfig. A system font joins the set on
    // first use; FontIds stay valid for the set's life.
    FontId font_for(char32_t code_point, int script, Language language, FontId neighbour);

    // True if the font maps the code point to a real glyph.
    bool has_glyph(FontId font, char32_t code_point) const;

    // The glyph's ink extents, from the font's outlines (cached per font and glyph).
    GlyphInkEm glyph_ink(FontId font, std::uint32_t glyph);

    const Font& font(FontId id) const { return *m_fonts[id]; }
    std::size_t font_count() const { return m_fonts.size(); }
    FontId primary_font(Language language) const { return chain(language).front(); }
    // The pictogram font of the manifest's [icons] table, if it names one.
    std::optional<FontId> icon_font() const { return m_icon_font; }
    const std::vector<FontId>& chain(Language language) const { return m_chains[static_cast<std::size_t>(language)]; }

    // Sentinel meaning "no neighbour"; never a valid FontId.
    static constexpr FontId no_font = UINT16_MAX;

private:
    FontSet() = default;
    Result<FontId> open_font(const std::filesystem::path& path, unsigned face_index, std::string label);
    FontId system_fallback(char32_t code_point, Language language);
    bool serves(FontId font, int script) const;

    FT_LibraryRec_* m_freetype = nullptr;
    std::vector<std::unique_ptr<Font>> m_fonts;
    std::array<std::vector<FontId>, all_languages.size()> m_chains;
    std::optional<FontId> m_icon_font;
    // Key: a code point no bundled font in the chain has. Value: the system font fontconfig chose,
    // or the chain's first font when no system font has it either (drawn as .notdef). The system's
    // fonts do not change while the kiosk runs, so an entry never goes stale.
    std::unordered_map<char32_t, FontId> m_fallback_by_code_point;
};

}  // namespace kiosk::text
