#include "text/text_engine.h"

#include "text/line_fitter.h"
#include "text/lru_cache.h"

#include <unicode/uscript.h>

namespace kiosk::text {
namespace {

// A guide page is about 20 paragraphs; six languages, three text sizes and the side-by-side
// walkthrough stay well inside these bounds.
constexpr std::size_t shaped_capacity = 1024;
constexpr std::size_t layout_capacity = 2048;
constexpr std::size_t icon_capacity = 256;

struct ShapedKey {
    std::string text;
    Language language = Language::English;
    std::size_t text_hash = 0;  // of `text`, computed once per request rather than per lookup
    friend bool operator==(const ShapedKey&, const ShapedKey&) = default;
};

struct LayoutKey {
    ShapedKey shaped;
    float font_size_px = 0;
    float width_px = 0;
    friend bool operator==(const LayoutKey&, const LayoutKey&) = default;
};

struct ShapedKeyHash {
    std::size_t operator()(const ShapedKey& key) const
    {
        return key.text_hash * 31 + static_cast<std::size_t>(key.language);
    }
};

struct LayoutKeyHash {
    std::size_t operator()(const LayoutKey& key) const
    {
        std::size_t hash = ShapedKeyHash{}(key.shaped);
        hash = hash * 31 + std::hash<float>{}(key.font_size_px);
        return hash * 31 + std::hash<float>{}(key.width_px);
    }
};

}  // namespace

struct TextEngine::Impl {
    std::unique_ptr<FontSet> fonts;
    Shaper shaper;
    std::vector<LineBreaker> breakers;  // one per language, indexed by Language
    CacheCounters counters;
    // Key: (text, language). Shaping is done at each font's own scale, so the entry serves every
    // size and width; it depends on nothing else but the fonts, which do not change.
    LruCache<ShapedKey, std::shared_ptr<const ShapedParagraph>, ShapedKeyHash> shaped{shaped_capacity};
    // Key: (text, language, size, width): every input of fit_lines() besides the shaped paragraph,
    // which itself depends only on (text, language).
    LruCache<LayoutKey, std::shared_ptr<const Layout>, LayoutKeyHash> layouts{layout_capacity};
    // Key: pictogram name and size ("groups\x0040"). Depends only on the icon font, which does not change.
    LruCache<std::string, std::shared_ptr<const Layout>> icons{icon_capacity};
};

TextEngine::TextEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextEngine::~TextEngine() = default;

Result<std::unique_ptr<TextEngine>> TextEngine::create(const std::filesystem::path& fonts_dir)
{
    auto impl = std::make_unique<Impl>();
    auto fonts = FontSet::load(fonts_dir);
    if (!fonts) return std::unexpected(fonts.error());
    impl->fonts = std::move(*fonts);
    for (Language language : all_languages) {
        auto breaker = LineBreaker::create(language);
        if (!breaker) return std::unexpected(breaker.error());
        impl->breakers.push_back(std::move(*breaker));
    }
    return std::unique_ptr<TextEngine>(new TextEngine(std::move(impl)));
}

std::shared_ptr<const Layout> TextEngine::layout(std::string_view utf8, Language language, float font_size_px, float width_px)
{
    Impl& impl = *m_impl;
    LayoutKey key{{std::string(utf8), language, std::hash<std::string_view>{}(utf8)}, font_size_px, width_px};
    if (auto* hit = impl.layouts.find(key)) {
        ++impl.counters.layout_hits;
        return *hit;
    }
    ++impl.counters.layout_misses;
    LineBreaker& breaker = impl.breakers[static_cast<std::size_t>(language)];
    std::shared_ptr<const ShapedParagraph> paragraph;
    if (auto* shaped = impl.shaped.find(key.shaped)) {
        paragraph = *shaped;
    } else {
        paragraph = std::make_shared<const ShapedParagraph>(shape_paragraph(utf8, language, *impl.fonts, impl.shaper));
        ++impl.counters.paragraphs_shaped;
        impl.shaped.insert(key.shaped, paragraph);
    }
    FitContext context{*impl.fonts, impl.shaper, breaker, impl.counters};
    auto layout = std::make_shared<const Layout>(fit_lines(*paragraph, font_size_px, width_px, context));
    impl.layouts.insert(std::move(key), layout);
    return layout;
}

std::shared_ptr<const Layout> TextEngine::icon(std::string_view name, float size_px)
{
    Impl& impl = *m_impl;
    const auto font = impl.fonts->icon_font();
    if (!font || name.empty()) return nullptr;
    std::string key = std::string(name) + '\0' + std::to_string(size_px);
    if (auto* hit = impl.icons.find(key)) return *hit;
    std::u16string utf16(name.begin(), name.end());  // ligature names are ASCII
    const auto glyphs = impl.shaper.shape(*impl.fonts, {utf16, 0, static_cast<std::uint32_t>(utf16.size()), 0, *font, USCRIPT_LATIN, false, Language::English});
    if (glyphs.size() != 1 || glyphs[0].id == 0) return nullptr;
    const GlyphInkEm ink = impl.fonts->glyph_ink(*font, glyphs[0].id);
    const float em_px = size_px / std::max(ink.bottom - ink.top, 0.01f);  // scale so the ink is size_px tall
    auto layout = std::make_shared<Layout>();
    layout->font_size_px = em_px;
    layout->width_px = glyphs[0].advance_em * em_px;
    layout->height_px = size_px;
    Line line;
    line.height_px = size_px;
    line.baseline_px = -ink.top * em_px;
    line.width_px = layout->width_px;
    line.runs.push_back({*font, USCRIPT_LATIN, TextDirection::LeftToRight, 0, {0, static_cast<std::uint32_t>(name.size())},
                         {{glyphs[0].id, 0, 0, 0, layout->width_px}}});
    layout->lines.push_back(std::move(line));
    std::shared_ptr<const Layout> shared = std::move(layout);
    impl.icons.insert(std::move(key), shared);
    return shared;
}

const FontSet& TextEngine::fonts() const { return *m_impl->fonts; }
const CacheCounters& TextEngine::counters() const { return m_impl->counters; }

void TextEngine::clear_caches()
{
    m_impl->shaped.clear();
    m_impl->layouts.clear();
    m_impl->icons.clear();
}

std::string script_tag(int script)
{
    const char* tag = uscript_getShortName(static_cast<UScriptCode>(script));
    return tag ? tag : "Zyyy";
}

}  // namespace kiosk::text
