// Every screen in every language at every text size: labels fit their controls, controls are
// large touch targets, and right-to-left languages mirror the layout.
#include "ui/screens.h"

#include "content/guide.h"
#include "ui/test_screen_context.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

class ScreensTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const std::filesystem::path root(KIOSK_SOURCE_DIR);
        auto engine = text::TextEngine::create(root / "fonts");
        ASSERT_TRUE(engine.has_value()) << engine.error().message;
        s_engine = std::move(*engine).release();
        auto guide = content::load_guide(root / "content", "stockport");
        ASSERT_TRUE(guide.has_value());
        s_guide = new content::Guide(std::move(*guide));
    }

    std::vector<Control> draw(const KioskView& view, StringLookup strings)
    {
        SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 1920, 1080, 32, SDL_PIXELFORMAT_RGBA32);
        SDL_Renderer* sdl = SDL_CreateSoftwareRenderer(surface);
        auto renderer = Renderer::create(sdl, *s_engine);
        ScreenContext context = testing::key_strings_context(*s_engine, *s_guide, std::move(strings));
        context.speech_available = m_speech_available;
        (*renderer)->begin_frame({0, 0, 0, 255});
        auto controls = draw_screen(**renderer, view, context);
        (*renderer)->end_frame();
        renderer->reset();
        SDL_DestroyRenderer(sdl);
        SDL_FreeSurface(surface);
        return controls;
    }

    bool m_speech_available = true;
    static text::TextEngine* s_engine;
    static content::Guide* s_guide;
};

text::TextEngine* ScreensTest::s_engine = nullptr;
content::Guide* ScreensTest::s_guide = nullptr;

// Long labels in each script, as translations tend to be.
std::string long_label(Language language, std::string_view)
{
    switch (language) {
    case Language::Bengali: return "আপনার সন্তানের নিরাপত্তা নিয়ে কথা হবে";
    case Language::Urdu: return "ایکسیسبیلٹی کے لیے ڈیسک پر پوچھیں";
    case Language::TraditionalChinese: return "會議會討論如何保障你孩子的安全";
    case Language::Arabic: return "سيتحدث الاجتماع عن سلامة طفلكم";
    case Language::Farsi: return "در جلسه درباره‌ی امنیت فرزندتان صحبت می‌شود";
    case Language::English: break;
    }
    return "Tell us what you need for your conference";
}

// No label is taller than its control, on any screen, in any language, at any text size; and
// every control but inline glossary words is at least 15 mm tall (main actions 20 mm).
TEST_F(ScreensTest, LabelsFitAndTargetsAreLarge)
{
    for (Screen screen : {Screen::Home, Screen::Topic, Screen::Help}) {
        for (Language language : all_languages) {
            for (int step = 0; step < 3; ++step) {
                KioskView view;
                view.screen = screen;
                view.language = language;
                view.text_scale_step = step;
                const auto controls = draw(view, long_label);
                ASSERT_FALSE(controls.empty());
                for (const Control& control : controls) {
                    EXPECT_LE(control.label_height_px, control.area.height + 0.5f)
                        << language_code(language) << " step " << step << " screen " << static_cast<int>(screen);
                    // Glossary terms are words inside sentences: WCAG 2.2 SC 2.5.8 exempts inline targets.
                    if (control.action.kind != ActionKind::OpenGlossary) {
                        EXPECT_GE(control.area.height / 3.6f, 15.0f);
                    }
                }
            }
        }
    }
}

// In Urdu, Arabic and Farsi the bar and navigation are mirrored: "I'm finished" sits on the
// left, and "Next" left of "Previous".
TEST_F(ScreensTest, RightToLeftMirrorsTheLayout)
{
    auto find = [](const std::vector<Control>& controls, ActionKind kind) {
        for (const Control& c : controls) {
            if (c.action.kind == kind) return c.area;
        }
        return RectPx{};
    };
    KioskView view;
    view.screen = Screen::Topic;
    view.language = Language::English;
    const auto ltr = draw(view, long_label);
    view.language = Language::Urdu;
    const auto rtl = draw(view, long_label);
    EXPECT_GT(find(ltr, ActionKind::Finished).x, 960.0f);
    EXPECT_LT(find(rtl, ActionKind::Finished).x, 960.0f);
    EXPECT_LT(find(ltr, ActionKind::Previous).x, find(ltr, ActionKind::Next).x);
    EXPECT_GT(find(rtl, ActionKind::Previous).x, find(rtl, ActionKind::Next).x);
}

// Without speech the reader offers no Listen button (a control that does nothing would confuse).
TEST_F(ScreensTest, NoListenButtonWithoutSpeech)
{
    KioskView view;
    view.screen = Screen::Topic;
    auto has_listen = [](const std::vector<Control>& controls) {
        return std::any_of(controls.begin(), controls.end(), [](const Control& c) { return c.action.kind == ActionKind::Listen; });
    };
    EXPECT_TRUE(has_listen(draw(view, long_label)));
    m_speech_available = false;
    EXPECT_FALSE(has_listen(draw(view, long_label)));
}

}  // namespace
}  // namespace kiosk::ui
