// The kiosk driven as a person drives it: synthetic SDL touch, mouse and key events into the real
// app, drawing with SDL's software renderer; time is passed in, never slept.
#include "ui/kiosk_app.h"

#include "content/guide.h"
#include "text/text_engine.h"
#include "ui/app_driver.h"
#include "ui/software_screen.h"
#include "ui/test_screen_context.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace kiosk::ui {

// Failures show what was said, not its bytes.
void PrintTo(const SpokenLine& line, std::ostream* out) { *out << "\"" << line.text << "\" (" << language_code(line.language) << ")"; }

namespace {

using namespace std::chrono_literals;

class KioskAppTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const std::filesystem::path root(KIOSK_SOURCE_DIR);
        auto engine = text::TextEngine::create(root / "fonts");
        ASSERT_TRUE(engine.has_value()) << engine.error().message;
        m_engine = std::move(*engine);
        auto guide = content::load_guide(root / "content", "stockport");
        ASSERT_TRUE(guide.has_value()) << guide.error().message;
        m_guide = std::make_unique<content::Guide>(std::move(*guide));
        m_screen = std::make_unique<testing::SoftwareScreen>(*m_engine);
        ASSERT_NE(m_screen->renderer(), nullptr);
        m_renderer = m_screen->renderer();
        const ScreenContext context = testing::key_strings_context(*m_engine, *m_guide);
        m_app = std::make_unique<KioskApp>(*m_renderer, context, IdleTimer(90s, 30s), m_now);
        m_driver = std::make_unique<testing::AppDriver>(*m_app, m_now);
        m_app->draw_if_needed(m_now);
    }

    void TearDown() override
    {
        m_driver.reset();
        m_app.reset();
        m_screen.reset();
    }

    void send(const SDL_Event& event) { m_driver->send(event); }
    void finger(Uint32 type, float x, float y) { m_driver->finger(type, x, y); }
    void tap(float x, float y) { m_driver->tap(x, y); }
    void tap_action(ActionKind kind, int value = 0) { m_driver->tap_action(kind, value); }
    void key(SDL_Keycode code) { m_driver->key(code); }

    // Presses `code` until the focus is on the control that does `kind` (with `value`); false if
    // 60 presses never get there.
    bool focus_by_key(SDL_Keycode code, ActionKind kind, int value = 0)
    {
        for (int press = 0; press < 60; ++press) {
            key(code);
            const auto focus = m_app->focus();
            if (!focus || *focus >= m_app->controls().size()) continue;
            const Action& action = m_app->controls()[*focus].action;
            if (action.kind == kind && action.value == value) return true;
        }
        return false;
    }

    void audio_device_added(int is_capture)
    {
        SDL_Event event{};
        event.type = SDL_AUDIODEVICEADDED;
        event.adevice.iscapture = static_cast<Uint8>(is_capture);
        send(event);
    }

    bool offer_shown() const
    {
        return std::ranges::any_of(m_app->controls(), [](const Control& c) { return c.action.kind == ActionKind::AudioGuide && c.action.value == 1; });
    }

    void restart(const ScreenContext& context, const content::KioskSettings& site = {})
    {
        m_driver.reset();
        m_app = std::make_unique<KioskApp>(*m_renderer, context, IdleTimer(90s, 30s), m_now, SpeechOutput{}, nullptr, site);
        m_driver = std::make_unique<testing::AppDriver>(*m_app, m_now);
        m_app->draw_if_needed(m_now);
    }

    void mouse(Uint32 type, int x, int y, Uint32 which = 0)
    {
        SDL_Event event{};
        event.type = type;
        event.button.which = which;
        event.button.button = SDL_BUTTON_LEFT;
        event.button.x = x;
        event.button.y = y;
        send(event);
    }

    Clock::time_point m_now = Clock::time_point{} + 1000h;
    std::unique_ptr<text::TextEngine> m_engine;
    std::unique_ptr<content::Guide> m_guide;
    std::unique_ptr<testing::SoftwareScreen> m_screen;
    Renderer* m_renderer = nullptr;  // the screen's
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<testing::AppDriver> m_driver;
};

// A tap on a language's tile opens the home screen in that language.
TEST_F(KioskAppTest, TapOnATilePicksItsLanguage)
{
    const auto tiles = welcome_tiles({1920, 1080, 3.6f});
    tap(tiles[2].x + 50, tiles[2].y + 50);  // the third tile is Urdu
    EXPECT_EQ(m_app->view().screen, Screen::Home);
    EXPECT_EQ(m_app->view().language, Language::Urdu);
}

// The mouse click SDL synthesises from a touch is ignored, so a tap never counts twice.
TEST_F(KioskAppTest, TouchEmulatedMouseIsIgnored)
{
    const auto tiles = welcome_tiles({1920, 1080, 3.6f});
    mouse(SDL_MOUSEBUTTONDOWN, static_cast<int>(tiles[1].x + 40), static_cast<int>(tiles[1].y + 40), SDL_TOUCH_MOUSEID);
    mouse(SDL_MOUSEBUTTONUP, static_cast<int>(tiles[1].x + 40), static_cast<int>(tiles[1].y + 40), SDL_TOUCH_MOUSEID);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
    mouse(SDL_MOUSEBUTTONDOWN, static_cast<int>(tiles[1].x + 40), static_cast<int>(tiles[1].y + 40));
    mouse(SDL_MOUSEBUTTONUP, static_cast<int>(tiles[1].x + 40), static_cast<int>(tiles[1].y + 40));
    EXPECT_EQ(m_app->view().language, Language::Bengali);
}

// A tap acts on release inside the control it started on; sliding off cancels it.
TEST_F(KioskAppTest, ReleaseOutsideCancels)
{
    const auto tiles = welcome_tiles({1920, 1080, 3.6f});
    finger(SDL_FINGERDOWN, tiles[0].x + 20, tiles[0].y + 20);
    finger(SDL_FINGERUP, tiles[1].x + 20, tiles[1].y + 20);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
}

// A drag scrolls the topic and never triggers the button it started on.
// While a parent reads a topic, the topics either side are laid out between frames: turning
// to the next one lays out nothing.
TEST_F(KioskAppTest, PagesAheadLeaveATurnNothingToLayOut)
{
    m_driver->tap_action(ActionKind::PickLanguage, static_cast<int>(Language::Urdu));
    m_driver->tap_action(ActionKind::OpenTopic, 2);
    int prepared = 0;
    while (m_app->pages_to_prepare()) {
        m_app->prepare_ahead();
        ++prepared;
    }
    EXPECT_EQ(prepared, 2);  // topics 2 and 4 (indices 1 and 3)
    const std::uint64_t misses = m_engine->counters().layout_misses;
    m_driver->tap_action(ActionKind::Next);
    EXPECT_EQ(m_app->view().topic_index, 3);
    EXPECT_EQ(m_engine->counters().layout_misses, misses);
    m_driver->tap_action(ActionKind::Home);
    EXPECT_TRUE(m_app->pages_to_prepare());  // on home: every topic's first page
}

TEST_F(KioskAppTest, DragScrollsAndNeverPresses)
{
    tap(100, 100);                 // English
    tap_action(ActionKind::OpenTopic, 0);
    ASSERT_EQ(m_app->view().screen, Screen::Topic);
    finger(SDL_FINGERDOWN, 960, 700);
    finger(SDL_FINGERMOTION, 960, 600);
    finger(SDL_FINGERMOTION, 960, 400);
    finger(SDL_FINGERUP, 960, 400);
    EXPECT_EQ(m_app->view().screen, Screen::Topic);
    EXPECT_NEAR(m_app->view().scroll_px, 300.0f, 1.0f);
}

// "I'm finished" wipes the language, text size, theme and place, and goes back to welcome.
TEST_F(KioskAppTest, FinishedClearsEverything)
{
    tap(1800, 800);  // welcome: the last tile is Farsi
    ASSERT_EQ(m_app->view().language, Language::Farsi);
    EXPECT_EQ(m_app->view().screen, Screen::Home);
    // In RTL the bar is mirrored: "I'm finished" is at the left.
    tap(150, 60);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_EQ(m_app->view().language, Language::English);
    EXPECT_EQ(m_app->view().text_scale_step, 0);
}

// A glossary term in the text opens its definition in place; Close puts it away.
TEST_F(KioskAppTest, GlossaryTermOpensItsDefinitionInPlace)
{
    tap(100, 100);  // English
    tap_action(ActionKind::OpenTopic, 1);  // the second topic: who will be there
    ASSERT_EQ(m_app->view().screen, Screen::Topic);
    auto centre_of = [this](ActionKind kind) -> std::optional<std::pair<float, float>> {
        for (const Control& c : m_app->controls()) {
            if (c.action.kind == kind) return std::pair{c.area.x + c.area.width / 2, c.area.y + c.area.height / 2};
        }
        return std::nullopt;
    };
    const auto term = centre_of(ActionKind::OpenGlossary);
    ASSERT_TRUE(term.has_value()) << "no glossary link drawn";
    tap(term->first, term->second);
    EXPECT_GE(m_app->view().glossary_entry, 0);
    const auto close = centre_of(ActionKind::CloseGlossary);
    ASSERT_TRUE(close.has_value());
    tap(close->first, close->second);
    EXPECT_EQ(m_app->view().glossary_entry, -1);
    EXPECT_EQ(m_app->view().screen, Screen::Topic);
}

// A definition shown in place stays open while the parent changes how the page is read (here the
// volume, a speech control), and closes for anything else (the next topic).
TEST_F(KioskAppTest, DefinitionStaysOpenThroughSpeechControls)
{
    tap(100, 100);  // English
    tap_action(ActionKind::OpenTopic, 1);
    const auto term = std::ranges::find(m_app->controls(), ActionKind::OpenGlossary, [](const Control& c) { return c.action.kind; });
    ASSERT_NE(term, m_app->controls().end());
    tap_action(ActionKind::OpenGlossary, term->action.value);
    ASSERT_GE(m_app->view().glossary_entry, 0);
    key(SDLK_VOLUMEDOWN);  // the first key switches the guide on
    key(SDLK_VOLUMEDOWN);
    EXPECT_EQ(m_app->view().volume_step, default_volume_step - 1);
    EXPECT_GE(m_app->view().glossary_entry, 0);
    EXPECT_EQ(apply(m_app->view(), {ActionKind::FasterSpeech, 0}, 14).glossary_entry, m_app->view().glossary_entry);
    EXPECT_EQ(apply(m_app->view(), {ActionKind::Next, 0}, 14).glossary_entry, -1);
    key(SDLK_ESCAPE);  // back closes the definition first, and stays on the page
    EXPECT_EQ(m_app->view().glossary_entry, -1);
    EXPECT_EQ(m_app->view().screen, Screen::Topic);
}

// "Listen" reads the topic aloud through the sound device; any other action stops it at once.
TEST_F(KioskAppTest, ListenSpeaksAndAnyActionStopsIt)
{
    setenv("SDL_AUDIODRIVER", "dummy", 0);  // no sound card in tests
    static auto synthesiser = speech::Synthesiser::create();
    ASSERT_TRUE(synthesiser.has_value()) << synthesiser.error().message;
    auto player = speech::Player::open((*synthesiser)->sample_rate_hz());
    ASSERT_TRUE(player.has_value()) << player.error().message;
    const ScreenContext context = testing::key_strings_context(*m_engine, *m_guide);
    m_app = std::make_unique<KioskApp>(*m_renderer, context, IdleTimer(90s, 30s), m_now, SpeechOutput{synthesiser->get(), player->get()});
    m_driver = std::make_unique<testing::AppDriver>(*m_app, m_now);
    m_app->draw_if_needed(m_now);
    tap(100, 100);   // English
    tap_action(ActionKind::OpenTopic, 0);
    const Control* listen = nullptr;
    for (const Control& c : m_app->controls()) {
        if (c.action.kind == ActionKind::Listen) listen = &c;
    }
    ASSERT_NE(listen, nullptr);
    tap(listen->area.x + listen->area.width / 2, listen->area.y + listen->area.height / 2);
    EXPECT_TRUE(m_app->view().speaking);
    EXPECT_GT(m_app->speech_pending(), 3u);
    // Wait for the first paragraph's synthesis (real work on the speech thread, not a timer).
    const auto give_up = Clock::now() + 20s;
    while (!(*player)->playing() && Clock::now() < give_up) {
        m_app->tick(m_now);
        std::this_thread::yield();
    }
    EXPECT_TRUE((*player)->playing());
    // The word being heard is followed: the title's first word, then on through the text.
    while (m_app->view().spoken_paragraph < 0 && Clock::now() < give_up) {
        m_app->tick(m_now);
        m_app->draw_if_needed(m_now);
        std::this_thread::yield();
    }
    EXPECT_EQ(m_app->view().spoken_paragraph, 0);
    EXPECT_LT(m_app->view().spoken_word.begin, m_app->view().spoken_word.end);
    // Pause holds the sound and carries on; rate and volume change without stopping the reading.
    tap_action(ActionKind::PauseSpeech);
    EXPECT_TRUE(m_app->view().speaking);
    EXPECT_TRUE((*player)->paused());
    tap_action(ActionKind::PauseSpeech);
    EXPECT_FALSE((*player)->paused());
    tap_action(ActionKind::FasterSpeech);
    EXPECT_TRUE(m_app->view().speaking);
    EXPECT_EQ(m_app->view().speech_rate_step, 2);
    EXPECT_GT(m_app->speech_pending(), 3u);  // read again from the paragraph being heard, faster
    tap_action(ActionKind::VolumeDown);
    EXPECT_EQ(m_app->view().volume_step, default_volume_step - 1);
    EXPECT_TRUE(m_app->view().speaking);
    tap_action(ActionKind::Next);
    EXPECT_FALSE(m_app->view().speaking);
    EXPECT_FALSE((*player)->playing());
    EXPECT_EQ(m_app->speech_pending(), 0u);
    EXPECT_EQ(m_app->view().topic_index, 1);
    EXPECT_EQ(m_app->view().spoken_paragraph, -1);
    EXPECT_EQ(m_app->view().volume_step, default_volume_step - 1);  // kept while this family is here
    tap_action(ActionKind::Finished);
    EXPECT_EQ(m_app->view().volume_step, default_volume_step);  // the next family starts at the default
}

// Keyboard and switch users reach every control with Tab and activate it with Enter; the first
// key press only switches the audio guide on, as a keypad's does.
TEST_F(KioskAppTest, KeyboardFocusAndEnter)
{
    key(SDLK_TAB);
    ASSERT_TRUE(m_app->view().audio_guided);
    EXPECT_FALSE(m_app->focus().has_value());
    key(SDLK_TAB);
    key(SDLK_TAB);   // the second tile: Bengali
    key(SDLK_RETURN);
    EXPECT_EQ(m_app->view().language, Language::Bengali);
    EXPECT_EQ(m_app->view().screen, Screen::Home);
}

// After the idle time a warning counts down; then everything is wiped. A touch during the
// warning keeps the session.
TEST_F(KioskAppTest, IdleWarningThenReset)
{
    tap(100, 100);
    ASSERT_EQ(m_app->view().screen, Screen::Home);
    m_now += 95s;
    m_app->tick(m_now);
    EXPECT_TRUE(m_app->draw_if_needed(m_now));
    tap(960, 700);  // any touch: still here
    EXPECT_EQ(m_app->view().screen, Screen::Home);
    m_now += 121s;
    m_app->tick(m_now);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_EQ(m_app->view().language, Language::English);
}

// A council's [kiosk] default_volume is where every family starts, after an idle reset too.
TEST_F(KioskAppTest, EveryFamilyStartsAtTheSitesVolume)
{
    content::KioskSettings site;
    site.default_volume = 2;
    restart(testing::key_strings_context(*m_engine, *m_guide), site);
    EXPECT_EQ(m_app->view().volume_step, 1);
    tap(100, 100);
    key(SDLK_VOLUMEUP);  // the first key switches the guide on
    key(SDLK_VOLUMEUP);
    key(SDLK_VOLUMEUP);
    EXPECT_EQ(m_app->view().volume_step, 3);
    m_now += 121s;
    m_app->tick(m_now);
    m_app->draw_if_needed(m_now);
    ASSERT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_EQ(m_app->view().volume_step, 1);
    tap(100, 100);
    key(SDLK_VOLUMEDOWN);
    key(SDLK_VOLUMEDOWN);
    EXPECT_EQ(m_app->view().volume_step, 0);
    tap_action(ActionKind::Finished);  // guided: the first tap names it, the second uses it
    m_now += 200ms;
    tap_action(ActionKind::Finished);
    ASSERT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_EQ(m_app->view().volume_step, 1);
}

// Someone using the audio guide hears "Are you still here?" and the countdown when it comes up, once.
TEST_F(KioskAppTest, GuideSaysTheIdleWarning)
{
    tap_action(ActionKind::PickLanguage, 5);  // فارسی
    key(SDLK_TAB);                            // switches the guide on
    m_now += 95s;
    m_app->tick(m_now);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"idle.title", Language::Farsi}, {"25 s", Language::Farsi}}));
    m_now += 1s;
    m_app->tick(m_now);
    EXPECT_EQ(m_app->last_said().back().text, "25 s");  // not said again as it counts down
}

// A frame that changes nothing is not redrawn.
TEST_F(KioskAppTest, IdleFramesAreNotRedrawn)
{
    EXPECT_FALSE(m_app->draw_if_needed(m_now));
    const auto counters = m_engine->counters();
    m_app->tick(m_now + 1s);
    EXPECT_FALSE(m_app->draw_if_needed(m_now + 1s));
    EXPECT_EQ(m_engine->counters().paragraphs_shaped, counters.paragraphs_shaped);
}

// A save that fails (full disk, read-only file) tells the parent to ask at the desk and keeps
// everything they chose on screen, so staff can copy it; nothing is lost.
TEST_F(KioskAppTest, FailedSaveAsksForTheDeskAndKeepsTheChoices)
{
    ScreenContext context = testing::key_strings_context(*m_engine, *m_guide);
    int attempts = 0;
    context.records.save_request = [&attempts](const store::AccessRequest&) -> Result<std::string> {
        ++attempts;
        return fail("The records database is full");
    };
    m_driver.reset();
    m_app = std::make_unique<KioskApp>(*m_renderer, context, IdleTimer(90s, 30s), m_now);
    m_driver = std::make_unique<testing::AppDriver>(*m_app, m_now);
    m_app->draw_if_needed(m_now);
    tap_action(ActionKind::PickLanguage, 5);  // فارسی
    tap_action(ActionKind::StartNeeds);
    tap_action(ActionKind::NeedsNext);  // to "getting there and the building"
    tap_action(ActionKind::ToggleNeed, static_cast<int>(store::Need::Childcare));
    for (int step = 0; step < 4; ++step) tap_action(ActionKind::NeedsNext);
    ASSERT_EQ(m_app->view().screen, Screen::NeedsReview);
    tap_action(ActionKind::SendRequest);
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(m_app->view().screen, Screen::NeedsReview);
    EXPECT_TRUE(m_app->view().save_failed);
    EXPECT_NE(m_app->view().request.find(store::Need::Childcare), nullptr);
    EXPECT_TRUE(m_app->view().reference.empty());
}

// Typing is on only while a text box has focus; Backspace deletes, Enter closes the keyboard.
TEST_F(KioskAppTest, PhysicalKeyboardTypesIntoTheFocusedBoxOnly)
{
    tap_action(ActionKind::PickLanguage, 0);
    tap_action(ActionKind::StartNeeds);
    for (int step = 0; step < 4; ++step) tap_action(ActionKind::NeedsNext);
    ASSERT_EQ(m_app->view().needs_page, NeedsPage::AboutYou);
    m_driver->type("ignored");  // no box has focus
    EXPECT_TRUE(m_app->view().request.name.empty());
    EXPECT_FALSE(SDL_IsTextInputActive());
    tap_action(ActionKind::StartTyping, static_cast<int>(TextField::Phone));
    EXPECT_TRUE(SDL_IsTextInputActive());
    m_driver->type("0161 abc 477");
    EXPECT_EQ(m_app->view().request.phone, "0161  477");  // a phone box takes digits, spaces and +
    key(SDLK_BACKSPACE);
    EXPECT_EQ(m_app->view().request.phone, "0161  47");
    key(SDLK_RETURN);
    EXPECT_EQ(m_app->view().typing, TextField::None);
    EXPECT_FALSE(SDL_IsTextInputActive());
}

// The audio guide: a long press switches it on; then a touch only says what a control is and a
// double tap uses it; another long press switches it off.
TEST_F(KioskAppTest, AudioGuideTouchSaysDoubleTapUses)
{
    const auto tiles = welcome_tiles({1920, 1080, 3.6f});
    finger(SDL_FINGERDOWN, tiles[4].x + 30, tiles[4].y + 30);
    m_now += 2s;
    finger(SDL_FINGERUP, tiles[4].x + 30, tiles[4].y + 30);
    ASSERT_TRUE(m_app->view().audio_guided);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);  // the long press picked nothing
    // Each tile is named in its own language, for the guide to say.
    const Control* arabic = control_at(m_app->controls(), tiles[4].x + 30, tiles[4].y + 30);
    ASSERT_NE(arabic, nullptr);
    EXPECT_EQ(arabic->name_language, Language::Arabic);
    EXPECT_EQ(arabic->name, "welcome.invite");  // this test's strings are their own keys
    tap(tiles[4].x + 30, tiles[4].y + 30);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);  // one touch: said, not used
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"welcome.invite\u060C role.button", Language::Arabic}}));
    m_now += 300ms;
    tap(tiles[4].x + 30, tiles[4].y + 30);
    EXPECT_EQ(m_app->view().screen, Screen::Home);  // a double tap: used
    EXPECT_EQ(m_app->view().language, Language::Arabic);
    m_now += 2s;
    tap_action(ActionKind::OpenTopic, 0);
    EXPECT_EQ(m_app->view().screen, Screen::Home);  // a single touch again
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    EXPECT_FALSE(m_app->view().audio_guided);
    tap_action(ActionKind::OpenTopic, 0);
    EXPECT_EQ(m_app->view().screen, Screen::Topic);  // guide off: one tap uses it
}

// The welcome screen's switch turns the guide on; with no language chosen yet it says so in every
// language in turn, each followed by that language's invitation. Then one touch on the switch
// names it (in every language), and a double tap turns the guide off, again said in every language.
TEST_F(KioskAppTest, GuideSwitchOnWelcomeSpeaksInEveryLanguage)
{
    tap_action(ActionKind::AudioGuide, 1);
    ASSERT_TRUE(m_app->view().audio_guided);
    const std::vector<SpokenLine>& said = m_app->last_said();
    ASSERT_EQ(said.size(), 2 * all_languages.size());
    for (std::size_t i = 0; i < all_languages.size(); ++i) {
        EXPECT_EQ(said[2 * i], (SpokenLine{"guide.on", all_languages[i]}));
        EXPECT_EQ(said[2 * i + 1], (SpokenLine{"welcome.invite", all_languages[i]}));
    }
    m_now += 2s;
    tap_action(ActionKind::AudioGuide, 0);  // the switch now turns it off: one touch names it
    EXPECT_TRUE(m_app->view().audio_guided);
    ASSERT_EQ(m_app->last_said().size(), all_languages.size());
    EXPECT_EQ(m_app->last_said().back(), (SpokenLine{"guide.switch\u060C role.switch_on", Language::Farsi}));
    m_now += 300ms;
    tap_action(ActionKind::AudioGuide, 0);
    EXPECT_FALSE(m_app->view().audio_guided);
    EXPECT_TRUE(m_app->view().audio_guide_refused);
    ASSERT_EQ(m_app->last_said().size(), all_languages.size());
    EXPECT_EQ(m_app->last_said().front(), (SpokenLine{"guide.off", Language::English}));
}

// Past the welcome screen a long press says "guide on" in the parent's language and then where
// they are; switching it off says "guide off".
TEST_F(KioskAppTest, LongPressSaysGuideOnAndWhereYouAre)
{
    tap_action(ActionKind::PickLanguage, 1);  // বাংলা
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    ASSERT_TRUE(m_app->view().audio_guided);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"guide.on", Language::Bengali}, {"home.title", Language::Bengali}}));
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    EXPECT_FALSE(m_app->view().audio_guided);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"guide.off", Language::Bengali}}));
    EXPECT_EQ(m_app->view().screen, Screen::Home);  // neither press used what was under the finger
}

// Guided, a touch says a control's name and role with its state; a double tap uses it, and where
// that opens nothing new the control is said again with its new state.
TEST_F(KioskAppTest, GuideSaysNameRoleAndNewState)
{
    tap_action(ActionKind::PickLanguage, 0);
    tap_action(ActionKind::StartNeeds);
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    ASSERT_TRUE(m_app->view().audio_guided);
    m_now += 2s;
    const int interpreter = static_cast<int>(store::Need::Interpreter);
    tap_action(ActionKind::ToggleNeed, interpreter);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"need.interpreter, role.tickbox_off", Language::English}}));
    m_now += 200ms;
    tap_action(ActionKind::ToggleNeed, interpreter);
    ASSERT_NE(m_app->view().request.find(store::Need::Interpreter), nullptr);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"need.interpreter, role.tickbox_on", Language::English}}));
}

// Controls that show only a pictogram have spoken names: the reader's scroll arrows.
TEST_F(KioskAppTest, ScrollArrowsHaveSpokenNames)
{
    tap_action(ActionKind::PickLanguage, 3);  // 繁體中文
    tap_action(ActionKind::OpenTopic, 0);
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    ASSERT_TRUE(m_app->view().audio_guided);
    for (const Control& control : m_app->controls()) {
        if (control.action.kind != ActionKind::ScrollUp) continue;
        m_now += 2s;
        tap(control.area.x + control.area.width / 2, control.area.y + control.area.height / 2);
        EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"reader.scroll_up\uFF0Crole.button", Language::TraditionalChinese}}));
        return;
    }
    ADD_FAILURE() << "no scroll arrow drawn";
}

// Guided, a word from the word list is named by its words; using it reads its meaning.
TEST_F(KioskAppTest, GuideReadsTheDefinitionItOpens)
{
    tap(100, 100);  // English
    tap_action(ActionKind::OpenTopic, 1);
    finger(SDL_FINGERDOWN, 960, 540);
    m_now += 2s;
    finger(SDL_FINGERUP, 960, 540);
    const auto term = std::ranges::find(m_app->controls(), ActionKind::OpenGlossary, [](const Control& c) { return c.action.kind; });
    ASSERT_NE(term, m_app->controls().end());
    const int entry = term->action.value;
    const std::string words = term->name;
    EXPECT_FALSE(words.empty());
    m_now += 2s;
    tap_action(ActionKind::OpenGlossary, entry);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{words + ", role.button", Language::English}}));
    m_now += 200ms;
    tap_action(ActionKind::OpenGlossary, entry);
    ASSERT_EQ(m_app->view().glossary_entry, entry);
    ASSERT_GE(m_app->last_said().size(), 2u);
    EXPECT_EQ(m_app->last_said().front().text, m_guide->find(Language::English)->glossary_entries[static_cast<std::size_t>(entry)].term);
}

// Someone who cannot see the screen, with only the keypad's default keys: the first key switches
// the guide on; then they pick Bengali, open the third topic, move to Next and go there, raise the
// volume and go back home, hearing at each step where they are or what they are on.
TEST_F(KioskAppTest, KeypadAloneDrivesTheKioskWithSpeech)
{
    ScreenContext context = testing::key_strings_context(*m_engine, *m_guide);
    context.records.message = [](Language, std::string_view key, const MessageArguments& arguments) {
        std::string text(key);
        for (const auto& [name, value] : arguments) text += " " + name + "=" + std::to_string(std::get<std::int64_t>(value));
        return text;
    };
    restart(context);
    const Language bn = Language::Bengali;
    using Said = std::vector<SpokenLine>;
    key(SDLK_DOWN);
    ASSERT_TRUE(m_app->view().audio_guided);
    EXPECT_EQ(m_app->last_said().front(), (SpokenLine{"guide.on", Language::English}));
    key(SDLK_RIGHT);
    EXPECT_EQ(m_app->last_said(), (Said{{"welcome.invite, role.button", Language::English}}));
    key(SDLK_RIGHT);
    EXPECT_EQ(m_app->last_said(), (Said{{"welcome.invite, role.button", bn}}));
    key(SDLK_RETURN);
    ASSERT_EQ(m_app->view().screen, Screen::Home);
    EXPECT_EQ(m_app->view().language, bn);
    EXPECT_EQ(m_app->last_said(), (Said{{"home.title", bn}}));

    const content::LanguageGuide& guide = *m_guide->find(bn);
    const content::FrontMatter& third = guide.topics[2].front_matter;
    ASSERT_TRUE(focus_by_key(SDLK_DOWN, ActionKind::OpenTopic, 2));
    EXPECT_EQ(m_app->last_said(), (Said{{third.title + "\n" + third.summary + ", role.button", bn}}));
    key(SDLK_RETURN);
    ASSERT_EQ(m_app->view().screen, Screen::Topic);
    EXPECT_EQ(m_app->view().topic_index, 2);
    EXPECT_EQ(m_app->last_said(), (Said{{third.title, bn}}));

    ASSERT_TRUE(focus_by_key(SDLK_DOWN, ActionKind::Next));
    EXPECT_EQ(m_app->last_said(), (Said{{"nav.next, role.button", bn}}));
    key(SDLK_KP_ENTER);
    EXPECT_EQ(m_app->view().topic_index, 3);
    EXPECT_EQ(m_app->last_said(), (Said{{guide.topics[3].front_matter.title, bn}}));

    key(SDLK_VOLUMEUP);
    EXPECT_EQ(m_app->view().volume_step, default_volume_step + 1);
    EXPECT_EQ(m_app->last_said(), (Said{{"guide.volume current=5 total=5", bn}}));
    key(SDLK_ESCAPE);
    EXPECT_EQ(m_app->view().screen, Screen::Home);
    EXPECT_EQ(m_app->last_said(), (Said{{"home.title", bn}}));
}

// In Urdu, Left and Right move the focus the way the parent sees it: Left goes on in reading
// order (leftwards), Right comes back.
TEST_F(KioskAppTest, RightToLeftArrowsFollowWhatTheParentSees)
{
    tap_action(ActionKind::PickLanguage, 2);  // اردو
    key(SDLK_TAB);                            // switches the guide on
    key(SDLK_TAB);
    const auto area_of_focus = [this] { return m_app->controls()[m_app->focus().value()].area; };
    ASSERT_EQ(m_app->controls()[m_app->focus().value()].action.kind, ActionKind::ChangeLanguage);  // reading starts at the right
    const RectPx first = area_of_focus();
    key(SDLK_LEFT);
    EXPECT_EQ(m_app->controls()[m_app->focus().value()].action.kind, ActionKind::TextSize);
    EXPECT_LT(area_of_focus().x, first.x);
    key(SDLK_RIGHT);
    EXPECT_EQ(area_of_focus().x, first.x);
}

// Someone who switched the guide off themselves can use keys without it being switched on again.
TEST_F(KioskAppTest, GuideSwitchedOffStaysOffForKeys)
{
    key(SDLK_TAB);
    ASSERT_TRUE(m_app->view().audio_guided);
    ASSERT_TRUE(focus_by_key(SDLK_TAB, ActionKind::AudioGuide, 0));
    key(SDLK_RETURN);
    ASSERT_FALSE(m_app->view().audio_guided);
    ASSERT_TRUE(focus_by_key(SDLK_TAB, ActionKind::PickLanguage, 1));
    EXPECT_FALSE(m_app->view().audio_guided);
    key(SDLK_RETURN);
    EXPECT_EQ(m_app->view().language, Language::Bengali);
    EXPECT_FALSE(m_app->view().audio_guided);
}

// Headphones plugged in after start-up (a sound output added; SDL's own report of the devices at
// start and a microphone are ignored) are offered the guide: said in the parent's language, and a
// band with one large button for ten seconds. The button turns the guide on.
TEST_F(KioskAppTest, HeadphonesPluggedInAreOfferedTheGuide)
{
    audio_device_added(0);  // at start-up: SDL reporting the devices it found
    EXPECT_TRUE(m_app->last_said().empty());
    tap_action(ActionKind::PickLanguage, 4);  // العربية
    m_now += 5s;
    audio_device_added(1);  // a microphone
    EXPECT_TRUE(m_app->last_said().empty());
    EXPECT_FALSE(offer_shown());
    audio_device_added(0);
    EXPECT_EQ(m_app->last_said(), (std::vector<SpokenLine>{{"guide.headset", Language::Arabic}}));
    EXPECT_TRUE(offer_shown());
    EXPECT_EQ(m_app->next_wake(m_now), m_now + 10s);
    m_now += 11s;
    m_app->tick(m_now);
    m_app->draw_if_needed(m_now);
    EXPECT_FALSE(offer_shown());  // it goes by itself
    audio_device_added(0);
    tap_action(ActionKind::AudioGuide, 1);
    EXPECT_TRUE(m_app->view().audio_guided);
    EXPECT_EQ(m_app->last_said().front(), (SpokenLine{"guide.on", Language::Arabic}));
    EXPECT_FALSE(offer_shown());
}

// On the welcome screen, where no language is chosen yet, the offer is said in every language;
// the screen's own switch is the way to take it up.
TEST_F(KioskAppTest, HeadphonesOnTheWelcomeScreenAreOfferedInEveryLanguage)
{
    m_now += 5s;
    audio_device_added(0);
    ASSERT_EQ(m_app->last_said().size(), all_languages.size());
    EXPECT_EQ(m_app->last_said()[1], (SpokenLine{"guide.headset", Language::Bengali}));
    EXPECT_EQ(std::ranges::count_if(m_app->controls(), [](const Control& c) { return c.action.kind == ActionKind::AudioGuide; }), 1);
}

// Every key name the site check accepts is one SDL resolves, so a [kiosk.keys] table that passes
// check-content works on the kiosk (the content layer, which has no SDL, keeps its own list).
TEST(KeypadKeyNames, EveryNameTheSiteCheckAcceptsIsAnSdlKey)
{
    for (const std::string_view name : content::keypad_key_names()) {
        EXPECT_NE(SDL_GetKeyFromName(std::string(name).c_str()), SDLK_UNKNOWN) << name;
    }
    for (char c = '!'; c < 0x7F; ++c) {
        ASSERT_TRUE(content::is_keypad_key_name(std::string(1, c)));
        EXPECT_NE(SDL_GetKeyFromName(std::string(1, c).c_str()), SDLK_UNKNOWN) << c;
    }
}

}  // namespace
}  // namespace kiosk::ui
