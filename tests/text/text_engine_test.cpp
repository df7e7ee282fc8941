#include "text/text_engine.h"

#include "text/engine_fixture.h"

#include <gtest/gtest.h>

#include <fstream>

namespace kiosk::text {
namespace {

using testing::shared_engine;

}  // namespace

// An unchanged frame re-shapes nothing: the same request returns the same cached layout.
TEST(TextEngine, SameRequestIsACacheHit)
{
    TextEngine& engine = shared_engine();
    const std::string text = "A cached paragraph for the hit test.";
    const auto first = engine.layout(text, Language::English, 32, 700);
    const CacheCounters before = engine.counters();
    const auto second = engine.layout(text, Language::English, 32, 700);
    EXPECT_EQ(first.get(), second.get());
    EXPECT_EQ(engine.counters().paragraphs_shaped, before.paragraphs_shaped);
    EXPECT_EQ(engine.counters().layout_hits, before.layout_hits + 1);
}

// A new width or text size re-fits lines but reuses the shaping.
TEST(TextEngine, NewWidthOrSizeReusesShaping)
{
    TextEngine& engine = shared_engine();
    const std::string text = "কনফারেন্সে আপনার সন্তানের নিরাপত্তা নিয়ে কথা হবে।";
    engine.layout(text, Language::Bengali, 32, 900);
    const std::uint64_t shaped = engine.counters().paragraphs_shaped;
    const auto narrow = engine.layout(text, Language::Bengali, 32, 300);
    const auto large = engine.layout(text, Language::Bengali, 64, 900);
    EXPECT_EQ(engine.counters().paragraphs_shaped, shaped);
    EXPECT_GT(narrow->lines.size(), 1u);
    EXPECT_NEAR(large->lines[0].runs[0].glyphs[0].advance_px, 2 * engine.layout(text, Language::Bengali, 32, 900)->lines[0].runs[0].glyphs[0].advance_px, 0.01f);
}

// Malformed UTF-8 is replaced with U+FFFD, drawn, and reported; nothing crashes.
TEST(TextEngine, MalformedUtf8IsReplacedAndReported)
{
    const std::string text = "Call \xF0\x9F\x98 us \xC0 now";
    const auto layout = shared_engine().layout(text, Language::English, 32, 1000);
    ASSERT_EQ(layout->malformed.size(), 2u);
    EXPECT_EQ(layout->malformed[0], (Utf8Range{5, 8}));
    ASSERT_EQ(layout->lines.size(), 1u);
    std::size_t glyphs = 0;
    for (const VisualRun& run : layout->lines[0].runs) {
        for (const PositionedGlyph& glyph : run.glyphs) {
            EXPECT_NE(glyph.id, 0u);
            EXPECT_LT(glyph.cluster, text.size());
            ++glyphs;
        }
    }
    EXPECT_EQ(glyphs, 15u);  // 13 ASCII characters and two replacement characters
}

// Empty text has no lines; a hard line break starts a new line; an empty line keeps its height.
TEST(TextEngine, EmptyTextAndHardBreaks)
{
    EXPECT_TRUE(shared_engine().layout("", Language::English, 32, 500)->lines.empty());
    const auto layout = shared_engine().layout("one\n\ntwo", Language::English, 32, 500);
    ASSERT_EQ(layout->lines.size(), 3u);
    EXPECT_TRUE(layout->lines[1].runs.empty());
    EXPECT_GT(layout->lines[1].height_px, 0.0f);
    EXPECT_FLOAT_EQ(layout->height_px, layout->lines[2].y_px + layout->lines[2].height_px);
}

// RTL paragraphs are right-aligned; LTR ones start at the left edge.
TEST(TextEngine, AlignmentFollowsTheLanguage)
{
    const auto arabic = shared_engine().layout("مرحبا بكم", Language::Arabic, 32, 800);
    const Line& rtl = arabic->lines.at(0);
    const PositionedGlyph& last = rtl.runs.back().glyphs.back();
    EXPECT_NEAR(last.x_px + last.advance_px, 800.0f, 0.5f);
    EXPECT_EQ(arabic->direction, TextDirection::RightToLeft);
    const auto english = shared_engine().layout("Welcome", Language::English, 32, 800);
    EXPECT_FLOAT_EQ(english->lines.at(0).runs.at(0).glyphs.at(0).x_px, 0.0f);
}

// A word longer than the box breaks between graphemes rather than overflowing.
TEST(TextEngine, OverlongWordBreaksBetweenGraphemes)
{
    const auto layout = shared_engine().layout("Safeguardingsafeguardingsafeguarding", Language::English, 32, 150);
    ASSERT_GT(layout->lines.size(), 2u);
    for (const Line& line : layout->lines) EXPECT_LE(line.width_px, 150.0f);
}

// Lines cover the input in order, and trailing spaces are not drawn.
TEST(TextEngine, LinesCoverTheInputInOrder)
{
    const std::string text = "You can bring a friend or a family member to support you.";
    const auto layout = shared_engine().layout(text, Language::English, 32, 260);
    std::uint32_t expected_begin = 0;
    for (const Line& line : layout->lines) {
        EXPECT_EQ(line.bytes.begin, expected_begin);
        expected_begin = line.bytes.end;
        for (const VisualRun& run : line.runs) EXPECT_NE(text[run.bytes.end - 1], ' ');
    }
    EXPECT_EQ(expected_begin, text.size());
}

}  // namespace kiosk::text

namespace kiosk::text {

// A break inside a joined Arabic word (a word wider than the box) cuts where HarfBuzz marked the
// glyphs unsafe to break: both halves are re-shaped, so each ends in the form it has on its own.
TEST(TextEngine, BreakInsideAJoinedWordReshapesBothHalves)
{
    TextEngine& engine = testing::shared_engine();
    const std::string word = "والمستشارين";
    const std::uint64_t reshaped_before = engine.counters().pieces_reshaped;
    const auto layout = engine.layout(word, Language::Arabic, 32, 70);
    ASSERT_GT(layout->lines.size(), 1u);
    EXPECT_GT(engine.counters().pieces_reshaped, reshaped_before);
    for (const Line& line : layout->lines) {
        const auto alone = engine.layout(word.substr(line.bytes.begin, line.bytes.end - line.bytes.begin), Language::Arabic, 32, 100000);
        std::vector<std::uint32_t> in_paragraph, on_its_own;
        for (const VisualRun& run : line.runs) for (const PositionedGlyph& g : run.glyphs) in_paragraph.push_back(g.id);
        for (const VisualRun& run : alone->lines.at(0).runs) for (const PositionedGlyph& g : run.glyphs) on_its_own.push_back(g.id);
        EXPECT_EQ(in_paragraph, on_its_own);
    }
}

}  // namespace kiosk::text

namespace kiosk::text {

// Pictograms come from the icon font by ligature name; an unknown name gives no icon, not letters.
TEST(TextEngine, IconsByLigatureName)
{
    TextEngine& engine = testing::shared_engine();
    const auto groups = engine.icon("groups", 40);
    ASSERT_NE(groups, nullptr);
    ASSERT_EQ(groups->lines.at(0).runs.at(0).glyphs.size(), 1u);
    EXPECT_EQ(engine.fonts().font(groups->lines[0].runs[0].font).label, "fonts/MaterialIcons-Regular.ttf");
    EXPECT_FLOAT_EQ(groups->height_px, 40.0f);
    EXPECT_EQ(engine.icon("no_such_pictogram", 40), nullptr);
}

// Every icon the guide's topics name exists in the icon font.
TEST(TextEngine, EveryTopicIconExists)
{
    const std::filesystem::path folder = std::filesystem::path(KIOSK_SOURCE_DIR) / "content" / "en";
    std::size_t checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream file(entry.path());
        for (std::string line; std::getline(file, line);) {
            if (line.rfind("icon: ", 0) != 0) continue;
            EXPECT_NE(testing::shared_engine().icon(line.substr(6), 40), nullptr) << entry.path() << ": " << line;
            ++checked;
        }
    }
    EXPECT_GE(checked, 14u);
}

}  // namespace kiosk::text
