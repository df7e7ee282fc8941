// Every screen in every language at every text size: labels fit their controls, controls are
// large touch targets, and right-to-left languages mirror the layout.
#include "ui/screens.h"

#include "ui/audio_guide.h"
#include "ui/shipped_guide.h"
#include "ui/software_screen.h"
#include "ui/test_screen_context.h"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>

namespace kiosk::ui {
namespace {

class ScreensTest : public testing::ShippedGuideTest {
protected:
    std::vector<Control> draw(const KioskView& view, StringLookup strings)
    {
        testing::SoftwareScreen screen(engine());
        Renderer& renderer = *screen.renderer();
        ScreenContext context = testing::key_strings_context(engine(), guide(), std::move(strings));
        context.speaks = m_speaks;
        context.timeline = [](std::chrono::year_month_day day, content::ConferenceKind kind) {
            return content::family_timeline(*guide().site, day, kind, WorkingCalendar(guide().site->closure_days));
        };
        renderer.begin_frame({0, 0, 0, 255});
        auto controls = draw_screen(renderer, view, context);
        renderer.end_frame();
        return controls;
    }

    std::array<bool, all_languages.size()> m_speaks{true, true, true, true, true, true};
};

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

// The shipped interface strings as written in locales/*.toml (no arguments filled in): for labels
// whose fit depends on the real words.
StringLookup shipped_strings()
{
    auto strings = std::make_shared<std::map<std::pair<Language, std::string>, std::string>>();
    for (const Language language : all_languages) {
        const auto path = std::filesystem::path(KIOSK_SOURCE_DIR) / "locales" / (std::string(language_code(language)) + ".toml");
        const toml::table root = toml::parse_file(path.string());
        if (const toml::table* table = root["strings"].as_table()) {
            for (const auto& [key, value] : *table) (*strings)[{language, std::string(key.str())}] = value.value_or(std::string());
        }
    }
    return [strings](Language language, std::string_view key) {
        const auto found = strings->find({language, std::string(key)});
        return found == strings->end() ? std::string(key) : found->second;
    };
}

// More than half a pixel of two rectangles in common.
bool overlap(const RectPx& a, const RectPx& b)
{
    return a.x < b.x + b.width - 0.5f && b.x < a.x + a.width - 0.5f && a.y < b.y + b.height - 0.5f && b.y < a.y + a.height - 0.5f;
}

// Labels fit their controls, targets are at least 15 mm (3.6 px/mm) and no two controls overlap.
// A control partly scrolled out of sight shows (and takes touches in) only its visible part.
void expect_fit_and_apart(const std::vector<Control>& controls, const std::string& where)
{
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const RectPx& a = controls[i].area;
        if (!controls[i].scrolled_out) {
            EXPECT_LE(controls[i].label_height_px, a.height + 0.5f) << where;
            EXPECT_GE(a.height / 3.6f, 15.0f) << where;
        }
        for (std::size_t j = i + 1; j < controls.size(); ++j) EXPECT_FALSE(overlap(a, controls[j].area)) << where << ": controls " << i << " and " << j;
    }
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
                view.speaking = screen == Screen::Topic && step != 1;  // the reader's speech controls, at two sizes
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

// Every step of "Tell us what you need", the review and the code, in every language at every
// text size: labels fit, targets are at least 15 mm, and no two controls overlap (the keyboard
// takes the touches where it covers the page).
TEST_F(ScreensTest, NeedsScreensFitAndNeverOverlap)
{
    store::AccessRequest request;
    for (const store::Need need : {store::Need::Interpreter, store::Need::SignLanguage, store::Need::Other}) {
        request.needs.push_back({need, need == store::Need::SignLanguage ? "bsl" : "", store::NeedStatus::Requested, ""});
    }
    std::vector<KioskView> views;
    for (const NeedsPage page : {NeedsPage::Communication, NeedsPage::Interpreter, NeedsPage::Building, NeedsPage::Reports, NeedsPage::Meeting,
                                 NeedsPage::AboutYou, NeedsPage::Date}) {
        KioskView view;
        view.screen = Screen::Needs;
        view.needs_page = page;
        view.request = request;
        views.push_back(view);
    }
    views.push_back(views[5]);
    views.back().typing = TextField::Name;
    views.push_back(views[0]);
    views.back().screen = Screen::NeedsReview;
    views.push_back(views[0]);
    views.back().screen = Screen::Reference;
    views.back().reference = "K7M-4QX";
    for (KioskView view : views) {
        for (Language language : all_languages) {
            for (int step = 0; step < 3; ++step) {
                view.language = language;
                view.text_scale_step = step;
                const auto controls = draw(view, long_label);
                const std::string where = std::string(language_code(language)) + " step " + std::to_string(step) + " screen " +
                                          std::to_string(static_cast<int>(view.screen)) + " page " + std::to_string(static_cast<int>(view.needs_page));
                ASSERT_FALSE(controls.empty()) << where;
                expect_fit_and_apart(controls, where);
            }
        }
    }
}

// The staff screens (English only) keep the same rules: labels fit, targets at least 15 mm.
TEST_F(ScreensTest, StaffScreensHaveLargeTargets)
{
    for (const StaffPage page : {StaffPage::Pin, StaffPage::Requests, StaffPage::Request, StaffPage::Audit}) {
        KioskView view;
        view.screen = Screen::Staff;
        view.staff_session = page != StaffPage::Pin;
        view.staff.page = page;
        store::AccessRequest request;
        request.reference = "K7M-4QX";
        request.needs = {{store::Need::Interpreter, "syl", store::NeedStatus::Arranged, "booked"}, {store::Need::Childcare, "", store::NeedStatus::Requested, ""}};
        view.staff.results = {request};
        view.staff.open = request;
        const auto controls = draw(view, [](Language, std::string_view key) { return std::string(key); });
        ASSERT_FALSE(controls.empty());
        for (const Control& control : controls) {
            if (control.scrolled_out) continue;
            EXPECT_LE(control.label_height_px, control.area.height + 0.5f) << static_cast<int>(page);
            EXPECT_GE(control.area.height / 3.6f, 15.0f) << static_cast<int>(page);
        }
    }
}

// The walkthrough in every family language at every text size: labels fit, targets are at least
// 15 mm and no two controls overlap (the two columns of text are laid out in their own halves).
TEST_F(ScreensTest, WalkthroughFitsInEveryLanguageAndSize)
{
    for (const WalkPage page : {WalkPage::Language, WalkPage::Date, WalkPage::Steps, WalkPage::Timeline, WalkPage::Summary}) {
        for (Language family : all_languages) {
            for (int step = 0; step < 3; ++step) {
                KioskView view;
                view.screen = Screen::Walkthrough;
                view.staff_session = true;
                view.text_scale_step = step;
                view.walk.page = page;
                view.walk.family = family;
                view.walk.step = 8;
                view.walk.conference_date = std::chrono::year{2026} / 12 / 17;
                const auto controls = draw(view, long_label);
                const std::string where = std::string(language_code(family)) + " step " + std::to_string(step) + " page " + std::to_string(static_cast<int>(page));
                ASSERT_FALSE(controls.empty()) << where;
                expect_fit_and_apart(controls, where);
            }
        }
    }
}

// The welcome screen's audio guide switch, off and on, on a 24-inch and a 15-inch panel: its six
// labels (the shipped words) fit inside it, and no control overlaps another.
TEST_F(ScreensTest, WelcomeSwitchLabelsFitAndNothingOverlaps)
{
    for (const ScreenGeometry geometry : {ScreenGeometry{1920, 1080, 3.6f}, ScreenGeometry{1920, 1080, 5.6f}}) {
        for (const bool guided : {false, true}) {
            testing::SoftwareScreen screen(engine());
            ScreenContext context = testing::key_strings_context(engine(), guide(), shipped_strings());
            context.geometry = geometry;
            KioskView view;
            view.audio_guided = guided;
            screen.renderer()->begin_frame({0, 0, 0, 255});
            const auto controls = draw_screen(*screen.renderer(), view, context);
            screen.renderer()->end_frame();
            const auto guide = std::ranges::find(controls, ActionKind::AudioGuide, [](const Control& c) { return c.action.kind; });
            ASSERT_NE(guide, controls.end());
            EXPECT_EQ(guide->action.value, guided ? 0 : 1);  // the switch turns the guide the other way
            EXPECT_GT(guide->label_height_px, 0.0f);
            EXPECT_LE(guide->label_height_px, guide->area.height) << geometry.px_per_mm;
            for (std::size_t i = 0; i < controls.size(); ++i) {
                for (std::size_t j = i + 1; j < controls.size(); ++j) EXPECT_FALSE(overlap(controls[i].area, controls[j].area)) << i << " " << j;
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

// The offer of the audio guide (headphones just plugged in) fits in every language at every text
// size: its button's label fits, it is a large target, and it takes the touches where it covers
// the screen.
TEST_F(ScreensTest, GuideOfferFitsOverEveryScreen)
{
    for (const Screen screen : {Screen::Home, Screen::Help, Screen::Needs}) {
        for (const Language language : all_languages) {
            for (int step = 0; step < 3; ++step) {
                KioskView view;
                view.screen = screen;
                view.language = language;
                view.text_scale_step = step;
                view.guide_offered = true;
                const auto controls = draw(view, shipped_strings());
                const std::string where = std::string(language_code(language)) + " step " + std::to_string(step) + " screen " + std::to_string(static_cast<int>(screen));
                ASSERT_EQ(std::ranges::count_if(controls, [](const Control& c) { return c.action.kind == ActionKind::AudioGuide && c.action.value == 1; }), 1) << where;
                EXPECT_GE(controls.back().area.height / 3.6f, 20.0f) << where;
                expect_fit_and_apart(controls, where);
            }
        }
    }
}

// A keypad meets controls in reading order: rows from the top, each from the reading side. On the
// welcome screen: the six tiles as they read, then the audio guide's switch, then the lock; in the
// reader the bar comes first, and Previous before Next whichever side they are drawn on.
TEST_F(ScreensTest, ReadingOrderGoesByRowsFromTheReadingSide)
{
    std::vector<ActionKind> welcome;
    const auto welcome_controls = draw(KioskView{}, long_label);
    const std::vector<std::size_t> welcome_order = reading_order(welcome_controls, TextDirection::LeftToRight);
    for (const std::size_t i : welcome_order) welcome.push_back(welcome_controls[i].action.kind);
    for (int tile = 0; tile < 6; ++tile) EXPECT_EQ(welcome_controls[welcome_order[static_cast<std::size_t>(tile)]].action.value, tile);
    std::vector<ActionKind> expected(6, ActionKind::PickLanguage);
    expected.insert(expected.end(), {ActionKind::AudioGuide, ActionKind::OpenStaff});
    EXPECT_EQ(welcome, expected);
    for (const Language language : {Language::English, Language::Arabic}) {
        KioskView view;
        view.screen = Screen::Topic;
        view.language = language;
        const auto controls = draw(view, long_label);
        const std::vector<std::size_t> order = reading_order(controls, text_direction(language));
        ASSERT_EQ(order.size(), controls.size());
        EXPECT_EQ(controls[order.front()].action.kind, ActionKind::ChangeLanguage) << language_code(language);
        EXPECT_EQ(controls[order[3]].action.kind, ActionKind::Finished) << language_code(language);
        const auto position = [&](ActionKind kind) {
            return std::ranges::find_if(order, [&](std::size_t i) { return controls[i].action.kind == kind; }) - order.begin();
        };
        EXPECT_LT(position(ActionKind::Previous), position(ActionKind::Next));
        EXPECT_EQ(controls[order.back()].action.kind, ActionKind::ScrollDown);
    }
}

// What a parent typed about themselves is read aloud only when they tick the box to hear it
// (a kiosk's loudspeaker is public); the box is there only when they typed something.
TEST_F(ScreensTest, TypedDetailsAreReadAloudOnlyWhenChosen)
{
    KioskView view;
    view.screen = Screen::NeedsReview;
    store::RequestedNeed loop;
    loop.need = store::Need::HearingLoop;
    view.request.needs.push_back(loop);
    const ScreenContext context = testing::key_strings_context(engine(), guide());
    auto said = [&] {
        std::string all;
        for (const std::string& paragraph : speakable_text(view, context)) all += paragraph + "\n";
        return all;
    };
    auto has_box = [&] {
        const auto controls = draw(view, long_label);
        return std::ranges::any_of(controls, [](const Control& c) { return c.action.kind == ActionKind::ToggleReadTyped; });
    };
    EXPECT_FALSE(has_box());
    view.request.name = "Amina Begum";
    view.request.phone = "07700 900123";
    EXPECT_TRUE(has_box());
    EXPECT_EQ(said().find("Amina"), std::string::npos);
    EXPECT_EQ(said().find("07700"), std::string::npos);
    view = apply(view, {ActionKind::ToggleReadTyped, 0}, 13);
    EXPECT_NE(said().find("Amina Begum"), std::string::npos);
    EXPECT_NE(said().find("07700 900123"), std::string::npos);
    view = apply(view, {ActionKind::Finished, 0}, 13);
    EXPECT_FALSE(view.read_typed_aloud);
}

// Without speech the reader offers no Listen button (a control that does nothing would confuse);
// a language whose voice is missing loses it alone, on every screen that reads aloud.
TEST_F(ScreensTest, NoListenButtonWithoutSpeech)
{
    KioskView view;
    view.screen = Screen::Topic;
    auto has_listen = [](const std::vector<Control>& controls) {
        return std::any_of(controls.begin(), controls.end(), [](const Control& c) { return c.action.kind == ActionKind::Listen; });
    };
    EXPECT_TRUE(has_listen(draw(view, long_label)));
    m_speaks[static_cast<std::size_t>(Language::TraditionalChinese)] = false;
    EXPECT_TRUE(has_listen(draw(view, long_label)));
    for (Screen screen : {Screen::Topic, Screen::Needs}) {
        view.screen = screen;
        view.language = Language::TraditionalChinese;
        EXPECT_FALSE(has_listen(draw(view, long_label)));
        view.language = Language::Arabic;
        EXPECT_TRUE(has_listen(draw(view, long_label)));
    }
    m_speaks.fill(false);
    EXPECT_FALSE(has_listen(draw(view, long_label)));
}

}  // namespace
}  // namespace kiosk::ui
