// Lines are as tall as their ink: at 32 px no glyph of one line overlaps a glyph of the next, in
// every language, Urdu's Nastaliq included (its ink rises far above its stated ascender).
#include "text/engine_fixture.h"

#include <gtest/gtest.h>
#include <harfbuzz/hb.h>

namespace kiosk::text {
namespace {

using testing::shared_engine;

struct InkSpan {
    float top = 1e9f;
    float bottom = -1e9f;
};

// The vertical extent of a line's ink in layout coordinates, from the glyphs' outlines.
InkSpan ink_of(const Line& line, float size_px)
{
    InkSpan span;
    for (const VisualRun& run : line.runs) {
        const Font& font = shared_engine().fonts().font(run.font);
        for (const PositionedGlyph& glyph : run.glyphs) {
            hb_glyph_extents_t extents{};
            if (!hb_font_get_glyph_extents(font.hb_font, glyph.id, &extents) || extents.height == 0) continue;
            const float scale = size_px / font.units_per_em;
            const float baseline = line.y_px + line.baseline_px + glyph.y_px;
            span.top = std::min(span.top, baseline - static_cast<float>(extents.y_bearing) * scale);
            span.bottom = std::max(span.bottom, baseline - static_cast<float>(extents.y_bearing + extents.height) * scale);
        }
    }
    return span;
}

const std::vector<std::pair<Language, std::string>>& samples()
{
    static const std::vector<std::pair<Language, std::string>> texts{
        {Language::Urdu, "ایکسیسبیلٹی کی ضرورت ہو تو بتائیں۔ ایکسیسبیلٹی اور ترجمان کے لیے ڈیسک پر پوچھیں۔ گھبرائیں نہیں، ہم مدد کریں گے۔"},
        {Language::Arabic, "إذا احتجتم إلى مترجم فأخبروا الموظف. لا تقلقوا، سنساعدكم في كل خطوة من خطوات الاجتماع."},
        {Language::Farsi, "اگر به مترجم نیاز دارید به کارمند بگویید. نگران نباشید، ما در هر مرحله کمکتان می‌کنیم."},
        {Language::Bengali, "দোভাষী লাগলে ডেস্কে বলুন। চিন্তা করবেন না, আমরা প্রতিটি ধাপে আপনাকে সাহায্য করব। ক্ষমা ন্ত্র স্থ্য"},
        {Language::English, "If you need an interpreter, tell the desk. Do not worry: we will help you at every step, Ångström."},
        {Language::TraditionalChinese, "如果你需要傳譯員，請告訴櫃檯職員。不用擔心，我們會在每一步幫助你。"},
    };
    return texts;
}

// Each line's ink stays inside its own line box, so neighbouring lines can never touch.
TEST(LineHeight, InkNeverOverlapsTheNextLine)
{
    constexpr float size_px = 32;
    for (const auto& [language, text] : samples()) {
        const auto layout = shared_engine().layout(text, language, size_px, 260);
        ASSERT_GE(layout->lines.size(), 3u) << language_code(language);
        for (std::size_t i = 0; i < layout->lines.size(); ++i) {
            const Line& line = layout->lines[i];
            const InkSpan ink = ink_of(line, size_px);
            EXPECT_GE(ink.top, line.y_px) << language_code(language) << " line " << i;
            EXPECT_LE(ink.bottom, line.y_px + line.height_px) << language_code(language) << " line " << i;
            if (i + 1 < layout->lines.size()) {
                const InkSpan next = ink_of(layout->lines[i + 1], size_px);
                EXPECT_LE(ink.bottom, next.top) << language_code(language) << " lines " << i << " and " << i + 1;
                EXPECT_FLOAT_EQ(layout->lines[i + 1].y_px, line.y_px + line.height_px);
            }
        }
    }
}

// Nastaliq needs its tall lines: an Urdu line is taller than an English one at the same size.
TEST(LineHeight, NastaliqLinesAreTallerThanLatin)
{
    const auto urdu = shared_engine().layout("ایکسیسبیلٹی", Language::Urdu, 32, 1000);
    const auto english = shared_engine().layout("Accessibility", Language::English, 32, 1000);
    EXPECT_GT(urdu->lines.at(0).height_px, english->lines.at(0).height_px * 1.3f);
}

// Runs on one line share one baseline: a glyph's y is only its shaping offset from it.
TEST(LineHeight, RunsShareOneBaseline)
{
    const std::string mixed = "আপনার CSC মিটিং 0161 477 9000";
    const auto layout = shared_engine().layout(mixed, Language::Bengali, 32, 1000);
    const Line& line = layout->lines.at(0);
    ASSERT_GT(line.runs.size(), 1u);
    for (const VisualRun& run : line.runs) {
        if (shared_engine().fonts().font(run.font).label != "fonts/NotoSans-Regular.ttf") continue;
        for (const PositionedGlyph& glyph : run.glyphs) EXPECT_FLOAT_EQ(glyph.y_px, 0.0f);
    }
}

}  // namespace
}  // namespace kiosk::text
