// The text layer's public face: a UTF-8 paragraph, a language, a font size and a width in;
// lines of positioned glyphs out. No SDL here; the ui layer draws what this returns.
//
//   UTF-8 --decode--> UTF-16 --bidi (phone numbers isolated)--> levels
//         --itemise (script, level, font)--> items --shape (HarfBuzz)--> glyphs      [cached per text+language]
//         --break lines (ICU, shaped advances, re-shape split pieces)--> lines
//         --reorder (UAX #9 L2)--> visual runs                                        [cached per text+language+size+width]
#pragma once

#include "core/language.h"
#include "core/result.h"
#include "core/utf8.h"
#include "text/font_set.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text {

struct PositionedGlyph {
    std::uint32_t id = 0;            // glyph index in the run's font; 0 is .notdef
    std::uint32_t cluster = 0;       // UTF-8 byte offset into the input of the glyph's cluster
    float x_px = 0;                  // pen position from the layout box's left edge
    float y_px = 0;                  // offset from the baseline, y growing downwards
    float advance_px = 0;
};

struct VisualRun {
    FontId font = 0;
    int script = 0;                  // ICU UScriptCode
    TextDirection direction = TextDirection::LeftToRight;
    std::uint8_t level = 0;          // bidi embedding level
    Utf8Range bytes;                 // the run's characters in the input
    std::vector<PositionedGlyph> glyphs;  // in visual order, left to right
};

struct Line {
    float y_px = 0;                  // top of the line box from the top of the layout
    float height_px = 0;             // from the fonts' extents and the glyphs' real ink
    float baseline_px = 0;           // from the top of the line box
    float width_px = 0;              // advance width of the drawn glyphs
    Utf8Range bytes;                 // the characters of the line, trailing spaces included
    std::vector<VisualRun> runs;     // left to right
};

struct Layout {
    Language language = Language::English;
    float font_size_px = 0;
    float width_px = 0;
    float height_px = 0;
    TextDirection direction = TextDirection::LeftToRight;
    std::vector<Line> lines;
    std::vector<Utf8Range> malformed;  // input bytes that were not UTF-8, drawn as U+FFFD
};

struct CacheCounters {
    std::uint64_t layout_hits = 0;
    std::uint64_t layout_misses = 0;
    std::uint64_t paragraphs_shaped = 0;  // width-independent work done
    std::uint64_t pieces_reshaped = 0;    // pieces re-shaped because a line break split a run
};

class TextEngine {
public:
    // Loads the bundled fonts from `fonts_dir` (see fonts/manifest.toml) and ICU's break rules.
    static Result<std::unique_ptr<TextEngine>> create(const std::filesystem::path& fonts_dir);
    ~TextEngine();

    // Lays out one paragraph. A hard line break (LF, U+2028) starts a new line. Results are cached
    // by (text, language, size, width): an unchanged frame re-shapes nothing, and a new width or
    // size reuses the shaping. The returned layout is immutable and shared; it stays valid while
    // the caller holds it, whatever the cache does.
    std::shared_ptr<const Layout> layout(std::string_view utf8, Language language, float font_size_px, float width_px);

    // A pictogram by its ligature name in the icon font ("groups", "gavel"), as a one-glyph
    // layout whose box is the glyph's ink, `size_px` tall. Null for a name the font lacks (the
    // caller draws no icon rather than letters). Cached like text.
    std::shared_ptr<const Layout> icon(std::string_view name, float size_px);

    const FontSet& fonts() const;
    const CacheCounters& counters() const;
    void clear_caches();

private:
    struct Impl;
    explicit TextEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// ISO 15924 code of an ICU script code, e.g. "Arab".
std::string script_tag(int script);

}  // namespace kiosk::text
