// The renderer paints only what changed, and the picture it leaves is the one a whole repaint
// would have made.
#include "ui/renderer.h"

#include "ui/screens.h"
#include "ui/shipped_guide.h"
#include "ui/software_screen.h"
#include "ui/test_screen_context.h"

#include <gtest/gtest.h>

#include <cstring>

namespace kiosk::ui {
namespace {

class RendererTest : public testing::ShippedGuideTest {
protected:
    // Draws `view` on `screen`; returns the area painted.
    static std::int64_t draw(testing::SoftwareScreen& screen, const KioskView& view)
    {
        const ScreenContext context = testing::key_strings_context(engine(), guide());
        Renderer& renderer = *screen.renderer();
        renderer.begin_frame(theme(view.theme).background);
        draw_screen(renderer, view, context);
        return renderer.end_frame();
    }

    static bool same_pixels(const SDL_Surface& a, const SDL_Surface& b)
    {
        if (a.w != b.w || a.h != b.h || a.pitch != b.pitch) return false;
        return std::memcmp(a.pixels, b.pixels, static_cast<std::size_t>(a.pitch * a.h)) == 0;
    }

};

constexpr std::int64_t whole_screen = 1920 * 1080;

TEST_F(RendererTest, UnchangedFramePaintsNothing)
{
    testing::SoftwareScreen screen(engine());
    KioskView view;
    view.screen = Screen::Topic;
    EXPECT_EQ(draw(screen, view), whole_screen);
    EXPECT_EQ(draw(screen, view), 0);
}

TEST_F(RendererTest, SmallChangePaintsLittle)
{
    testing::SoftwareScreen screen(engine());
    KioskView view;
    view.screen = Screen::Topic;
    draw(screen, view);
    view.spoken_paragraph = 0;
    view.spoken_word = {0, 4};
    const std::int64_t painted = draw(screen, view);
    EXPECT_GT(painted, 0);
    EXPECT_LT(painted, whole_screen / 20);
}

// A layout pass paints nothing, and the frame after it finds every layout made.
TEST_F(RendererTest, LayoutPassPreparesTheNextFrame)
{
    testing::SoftwareScreen screen(engine());
    KioskView view;
    view.screen = Screen::Topic;
    view.language = Language::Urdu;
    view.topic_index = 4;
    draw(screen, KioskView{});
    engine().clear_caches();
    const ScreenContext context = testing::key_strings_context(engine(), guide());
    const std::uint64_t before = engine().counters().layout_misses;
    screen.renderer()->begin_layout_pass();
    draw_screen(*screen.renderer(), view, context);
    screen.renderer()->end_layout_pass();
    EXPECT_GT(engine().counters().layout_misses, before + 10);
    const std::uint64_t prepared = engine().counters().layout_misses;
    EXPECT_GT(draw(screen, view), 0);
    EXPECT_EQ(engine().counters().layout_misses, prepared);
}

// When the glyph atlas fills up in the middle of a frame, what was recorded is painted with the
// glyphs it refers to before the atlas starts afresh: the picture is still right.
TEST_F(RendererTest, AtlasFillingMidFrameKeepsThePictureRight)
{
    // A small atlas fills up within a few pages (the kiosk's 2048 px one holds several screens).
    testing::SoftwareScreen incremental(engine(), 1920, 1080, 512);
    const std::uint64_t generation = incremental.renderer()->atlas().generation();
    KioskView view;
    view.screen = Screen::Topic;
    view.language = Language::TraditionalChinese;
    for (int topic = 0; topic < 13 && incremental.renderer()->atlas().generation() == generation; ++topic) {
        for (int step = 0; step < 3; ++step) {
            view.topic_index = topic;
            view.text_scale_step = step;
            draw(incremental, view);
            testing::SoftwareScreen fresh(engine());
            draw(fresh, view);
            ASSERT_TRUE(same_pixels(incremental.surface(), fresh.surface())) << "topic " << topic << " size " << step;
        }
    }
    EXPECT_GT(incremental.renderer()->atlas().generation(), generation);  // the atlas did fill up
}

// A run of screens a parent goes through, each painted over the last: after every one the
// picture equals that screen painted on a fresh canvas.
TEST_F(RendererTest, PaintingChangesGivesTheWholePicture)
{
    testing::SoftwareScreen incremental(engine());
    std::vector<KioskView> views;
    KioskView view;
    views.push_back(view);
    view.screen = Screen::Home;
    views.push_back(view);
    view.screen = Screen::Topic;
    views.push_back(view);
    view.scroll_px = 137;
    views.push_back(view);
    view.spoken_paragraph = 1;
    view.spoken_word = {0, 3};
    views.push_back(view);
    view.glossary_entry = 0;
    views.push_back(view);
    view = {};
    view.screen = Screen::Topic;
    view.language = Language::Urdu;
    view.text_scale_step = 1;
    view.topic_index = 2;
    views.push_back(view);
    view.theme = ThemeName::HighContrast;
    views.push_back(view);
    view.text_scale_step = 2;
    view.topic_index = 3;
    views.push_back(view);
    view.screen = Screen::Needs;
    view.language = Language::Bengali;
    views.push_back(view);
    views.push_back(KioskView{});
    for (std::size_t i = 0; i < views.size(); ++i) {
        draw(incremental, views[i]);
        testing::SoftwareScreen fresh(engine());
        draw(fresh, views[i]);
        EXPECT_TRUE(same_pixels(incremental.surface(), fresh.surface())) << "view " << i;
    }
}

}  // namespace
}  // namespace kiosk::ui
