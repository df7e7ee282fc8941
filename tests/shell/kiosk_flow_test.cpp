// The whole kiosk as people meet it, headless: the real strings, guide, fonts and records store
// (a real SQLite file and staff PIN in a temporary data folder), driven by synthetic SDL touches
// and typing. A parent asks for help in Urdu and gets a code; the desk finds the same request by
// that code; nothing of either is left on screen afterwards.
#include "shell/example_views.h"
#include "shell/kiosk_records.h"
#include "shell/kiosk_resources.h"
#include "store/records_store.h"
#include "store/staff_pin.h"
#include "ui/app_driver.h"
#include "ui/software_screen.h"

#include "../store/temporary_directory.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::shell {
namespace {

using namespace std::chrono_literals;
using ui::ActionKind;
using ui::Screen;
using store::Need;

constexpr const char* staff_pin = "482916";

class KioskFlowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(m_data.path().empty());
        ASSERT_TRUE(store::set_staff_pin(m_data.path(), staff_pin).has_value());
        auto loaded = load_kiosk_resources(KIOSK_SOURCE_DIR, "stockport");
        ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
        m_resources = std::make_unique<KioskResources>(std::move(*loaded));
        m_records = open_kiosk_records(m_data.path(), 3, std::chrono::year{2026} / 11 / 23);
        ASSERT_TRUE(m_records->opened.store.has_value()) << m_records->opened.problem;
        m_screen = std::make_unique<ui::testing::SoftwareScreen>(*m_resources->engine);
        ASSERT_NE(m_screen->renderer(), nullptr);
        ui::ScreenContext context = screen_context(*m_resources, {1920, 1080, 3.6f});
        context.speaks.fill(false);
        attach_records(context, *m_records);
        m_app = std::make_unique<ui::KioskApp>(*m_screen->renderer(), std::move(context), ui::IdleTimer(90s, 30s), m_now, ui::SpeechOutput{},
                                               m_records->desk.get());
        m_app->draw_if_needed(m_now);
        m_driver = std::make_unique<ui::testing::AppDriver>(*m_app, m_now);
    }

    void TearDown() override
    {
        m_driver.reset();
        m_app.reset();
        m_screen.reset();
    }

    int interpreter_index(std::string_view code)
    {
        const auto codes = ui::interpreter_language_codes();
        return static_cast<int>(std::ranges::find(codes, code) - codes.begin());
    }

    // What a parent does: Urdu, an interpreter (Sylheti), a hearing loop, step-free access, their
    // name typed partly on the screen's keys and partly on a keyboard, then Send.
    std::string parent_asks_for_help()
    {
        ui::testing::AppDriver& d = *m_driver;
        d.tap_action(ActionKind::PickLanguage, 2);  // اردو
        EXPECT_EQ(m_app->view().language, Language::Urdu);
        d.tap_action(ActionKind::StartNeeds);
        d.tap_action(ActionKind::ToggleNeed, static_cast<int>(Need::Interpreter));
        d.tap_action(ActionKind::ToggleNeed, static_cast<int>(Need::HearingLoop));
        d.tap_action(ActionKind::NeedsNext);
        EXPECT_EQ(m_app->view().needs_page, ui::NeedsPage::Interpreter);
        d.tap_action(ActionKind::PickInterpreter, interpreter_index("syl"));
        d.tap_action(ActionKind::NeedsNext);
        d.tap_action(ActionKind::ToggleNeed, static_cast<int>(Need::StepFreeAccess));
        d.tap_action(ActionKind::NeedsNext);
        d.tap_action(ActionKind::NeedsNext);  // reports: nothing
        d.tap_action(ActionKind::NeedsNext);  // at the meeting: nothing
        EXPECT_EQ(m_app->view().needs_page, ui::NeedsPage::AboutYou);
        d.tap_action(ActionKind::StartTyping, static_cast<int>(ui::TextField::Name));
        for (const char letter : std::string("AMINA")) d.tap_action(ActionKind::TypeCharacter, letter);
        d.type(" Khan");
        d.tap_action(ActionKind::StopTyping);
        // The conference date: the first day the list offers.
        d.tap_action(ActionKind::OpenDatePicker);
        const auto day = std::ranges::find_if(m_app->controls(), [](const ui::Control& c) { return c.action.kind == ActionKind::PickDate && c.action.value >= 0; });
        EXPECT_NE(day, m_app->controls().end());
        if (day != m_app->controls().end()) {
            m_conference = std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day->action.value}}};
            d.tap_action(ActionKind::PickDate, day->action.value);
        }
        d.tap_action(ActionKind::NeedsNext);
        EXPECT_EQ(m_app->view().screen, Screen::NeedsReview);
        d.tap_action(ActionKind::SendRequest);
        EXPECT_EQ(m_app->view().screen, Screen::Reference);
        return m_app->view().reference;
    }

    store::testing::TemporaryDirectory m_data;
    std::chrono::year_month_day m_conference{};  // the day the parent picked
    ui::Clock::time_point m_now = ui::Clock::time_point{} + 1000h;
    std::unique_ptr<KioskResources> m_resources;
    std::unique_ptr<KioskRecords> m_records;
    std::unique_ptr<ui::testing::SoftwareScreen> m_screen;
    std::unique_ptr<ui::KioskApp> m_app;
    std::unique_ptr<ui::testing::AppDriver> m_driver;
};

TEST_F(KioskFlowTest, ParentGetsACodeThatTheDeskFinds)
{
    const std::string code = parent_asks_for_help();
    ASSERT_EQ(code.size(), 7u) << code;

    // The code is on screen; the request itself has left the screen's state already.
    EXPECT_TRUE(m_app->view().request.needs.empty());
    EXPECT_TRUE(m_app->view().request.name.empty());

    // Saved before the code was shown: a second connection to the file sees it.
    store::OpenedRecords other = store::open_records(m_data.path());
    ASSERT_TRUE(other.store.has_value());
    const auto stored = other.store->find_by_reference(code);
    ASSERT_TRUE(stored.has_value() && stored->has_value());
    const store::AccessRequest& request = **stored;
    EXPECT_EQ(request.language, Language::Urdu);
    EXPECT_EQ(request.name, "AMINA Khan");
    EXPECT_EQ(request.entered_by, "kiosk");
    ASSERT_NE(request.find(Need::Interpreter), nullptr);
    EXPECT_EQ(request.find(Need::Interpreter)->detail, "syl");
    EXPECT_NE(request.find(Need::HearingLoop), nullptr);
    EXPECT_NE(request.find(Need::StepFreeAccess), nullptr);
    EXPECT_EQ(request.needs.size(), 3u);
    EXPECT_EQ(request.conference_date, m_conference);

    // "I'm finished": the next family sees the welcome screen and nothing of this one.
    m_driver->tap_action(ActionKind::Finished);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_TRUE(m_app->view().reference.empty());

    // The desk: the lock in the corner, the PIN, then the code as the parent reads it out.
    m_driver->tap_action(ActionKind::OpenStaff);
    for (const char digit : std::string(staff_pin)) m_driver->tap_action(ActionKind::PinDigit, digit - '0');
    m_driver->tap_action(ActionKind::PinEnter);
    ASSERT_TRUE(m_app->view().staff_session) << m_app->view().staff.message;
    m_driver->tap_action(ActionKind::StaffSearchBy, static_cast<int>(ui::StaffSearch::Code));
    std::string spoken = code;
    std::ranges::transform(spoken, spoken.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    m_driver->type(spoken);  // typed in lower case, with the hyphen: the store normalises it
    m_driver->tap_action(ActionKind::StopTyping);
    ASSERT_EQ(m_app->view().staff.results.size(), 1u) << m_app->view().staff.message;
    EXPECT_EQ(m_app->view().staff.results[0].reference, code);

    // The same request by the name and by the conference day the parent gave.
    m_driver->tap_action(ActionKind::StaffSearchBy, static_cast<int>(ui::StaffSearch::Name));
    m_driver->type("amina");
    m_driver->tap_action(ActionKind::StopTyping);
    ASSERT_EQ(m_app->view().staff.results.size(), 1u) << m_app->view().staff.message;
    m_driver->tap_action(ActionKind::StaffSearchBy, static_cast<int>(ui::StaffSearch::Date));
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(m_conference.year()), static_cast<unsigned>(m_conference.month()),
                  static_cast<unsigned>(m_conference.day()));
    m_driver->type(iso);
    m_driver->tap_action(ActionKind::StopTyping);
    ASSERT_EQ(m_app->view().staff.results.size(), 1u) << iso << ": " << m_app->view().staff.message;
    m_driver->tap_action(ActionKind::StaffSearchBy, static_cast<int>(ui::StaffSearch::Code));
    m_driver->type(code);
    m_driver->tap_action(ActionKind::StopTyping);
    ASSERT_EQ(m_app->view().staff.results.size(), 1u);

    // Arranging the interpreter is stored and audited.
    m_driver->tap_action(ActionKind::StaffOpenRequest, 0);
    const int arranged = static_cast<int>(Need::Interpreter) * 3 + static_cast<int>(store::NeedStatus::Arranged);
    m_driver->tap_action(ActionKind::StaffSetStatus, arranged);
    EXPECT_EQ(m_app->view().staff.open.find(Need::Interpreter)->status, store::NeedStatus::Arranged);
    const auto audit = other.store->audit_log(10);
    ASSERT_TRUE(audit.has_value());
    std::vector<std::string> actions;
    for (const store::AuditEntry& entry : *audit) actions.push_back(entry.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"set_need_status", "staff_login", "save_request", "purge_expired"}));

    // Signing out leaves nothing of the desk's work on screen.
    m_driver->tap_action(ActionKind::StaffSignOut);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
    EXPECT_FALSE(m_app->view().staff_session);
    EXPECT_TRUE(m_app->view().staff.results.empty());
    EXPECT_TRUE(m_app->view().staff.open.reference.empty());
}

// A wrong PIN keeps staff mode shut and says so; the PIN typed is not kept.
TEST_F(KioskFlowTest, WrongPinDoesNotOpenStaffMode)
{
    m_driver->tap_action(ActionKind::OpenStaff);
    for (const char digit : std::string("111111")) m_driver->tap_action(ActionKind::PinDigit, digit - '0');
    m_driver->tap_action(ActionKind::PinEnter);
    EXPECT_FALSE(m_app->view().staff_session);
    EXPECT_TRUE(m_app->view().staff.pin_typed.empty());
    EXPECT_NE(m_app->view().staff.message.find("not right"), std::string::npos);
}

// Staff mode closes by itself after two quiet minutes, wiping what it showed.
TEST_F(KioskFlowTest, StaffModeLocksAfterTwoQuietMinutes)
{
    m_driver->tap_action(ActionKind::OpenStaff);
    for (const char digit : std::string(staff_pin)) m_driver->tap_action(ActionKind::PinDigit, digit - '0');
    m_driver->tap_action(ActionKind::PinEnter);
    ASSERT_TRUE(m_app->view().staff_session);
    m_now += 119s;
    m_app->tick(m_now);
    EXPECT_TRUE(m_app->view().staff_session);
    m_now += 2s;
    m_app->tick(m_now);
    EXPECT_FALSE(m_app->view().staff_session);
    EXPECT_EQ(m_app->view().screen, Screen::Welcome);
}

// A social worker walks a family through the steps in Farsi beside English, with their dates;
// leaving the walkthrough wipes the family's language and date.
TEST_F(KioskFlowTest, WalkthroughFromStaffModeAndLeavingWipesIt)
{
    m_driver->tap_action(ActionKind::OpenStaff);
    for (const char digit : std::string(staff_pin)) m_driver->tap_action(ActionKind::PinDigit, digit - '0');
    m_driver->tap_action(ActionKind::PinEnter);
    ASSERT_TRUE(m_app->view().staff_session);
    m_driver->tap_action(ActionKind::StartWalkthrough);
    ASSERT_EQ(m_app->view().screen, Screen::Walkthrough);
    m_driver->tap_action(ActionKind::WalkLanguage, 5);  // فارسی
    EXPECT_EQ(m_app->view().walk.family, Language::Farsi);
    const auto day = std::ranges::find_if(m_app->controls(), [](const ui::Control& c) { return c.action.kind == ActionKind::WalkDate; });
    ASSERT_NE(day, m_app->controls().end());
    m_driver->tap_action(ActionKind::WalkDate, day->action.value);
    ASSERT_TRUE(m_app->view().walk.conference_date.has_value());
    m_driver->tap_action(ActionKind::WalkPage, static_cast<int>(ui::WalkPage::Steps));
    for (int step = 0; step < 12; ++step) m_driver->tap_action(ActionKind::WalkStep, 1);
    EXPECT_EQ(m_app->view().walk.step, ui::walk_step_count - 1);  // stops at the last step
    m_driver->tap_action(ActionKind::WalkPage, static_cast<int>(ui::WalkPage::Timeline));
    EXPECT_EQ(m_app->view().walk.page, ui::WalkPage::Timeline);
    m_driver->tap_action(ActionKind::WalkPage, static_cast<int>(ui::WalkPage::Summary));
    m_driver->tap_action(ActionKind::LeaveWalkthrough);
    EXPECT_EQ(m_app->view().screen, Screen::Staff);
    EXPECT_FALSE(m_app->view().walk.conference_date.has_value());
    EXPECT_EQ(m_app->view().walk.family, Language::English);
}

// A damaged records database: the parent is told to ask at the desk, and nothing crashes.
// Every control on every screen has a name the audio guide can say (pictogram-only ones too), in
// every language, with the real strings: the example screens, a topic read aloud (its speech
// controls) with a word-list entry open, and "Are you still here?".
TEST_F(KioskFlowTest, EveryControlHasASpokenName)
{
    ui::ScreenContext context = screen_context(*m_resources, {1920, 1080, 3.6f});
    attach_records(context, *m_records);
    ui::Renderer& renderer = *m_screen->renderer();
    std::size_t checked = 0;
    for (const Language language : all_languages) {
        std::vector<ExampleScreen> screens;
        for (const std::string_view name : example_screen_names()) screens.push_back(*example_view(name, language));
        screens.push_back(*example_view("topic", language));
        screens.back().view.speaking = true;
        screens.back().view.glossary_entry = 0;
        for (const ExampleScreen& screen : screens) {
            renderer.begin_frame({0, 0, 0, 255});
            const auto controls = screen.idle_warning_seconds ? ui::draw_idle_warning(renderer, screen.view, context, *screen.idle_warning_seconds)
                                                              : ui::draw_screen(renderer, screen.view, context);
            renderer.end_frame();
            for (const ui::Control& control : controls) {
                ++checked;
                const bool named = !control.name.empty() || !control.name_key.empty();
                EXPECT_TRUE(named) << language_code(language) << " screen " << static_cast<int>(screen.view.screen) << " action "
                                   << static_cast<int>(control.action.kind) << " at " << control.area.x << "," << control.area.y;
                if (!control.name_key.empty()) {
                    EXPECT_TRUE(m_resources->catalog->has_key(control.name_key)) << control.name_key;
                }
            }
        }
    }
    EXPECT_GT(checked, 1000u);
}

TEST(KioskFlowDamagedRecords, ParentIsToldToAskAtTheDesk)
{
    store::testing::TemporaryDirectory data;
    ASSERT_FALSE(data.path().empty());
    {
        std::FILE* file = std::fopen((data.path() / store::records_file_name).c_str(), "wb");
        ASSERT_NE(file, nullptr);
        const std::string garbage(8192, 'x');
        std::fwrite(garbage.data(), 1, garbage.size(), file);
        std::fclose(file);
    }
    auto records = open_kiosk_records(data.path(), 3, std::chrono::year{2026} / 11 / 23);
    EXPECT_FALSE(records->opened.store.has_value());
    EXPECT_FALSE(records->opened.problem.empty());
    EXPECT_TRUE(std::filesystem::exists(records->opened.quarantined_to)) << "the damaged file is kept for the council's IT";
    auto loaded = load_kiosk_resources(KIOSK_SOURCE_DIR, "stockport");
    ASSERT_TRUE(loaded.has_value());
    ui::ScreenContext context = screen_context(*loaded, {1920, 1080, 3.6f});
    attach_records(context, *records);
    EXPECT_EQ(context.records.records_problem, records->opened.problem);  // shown at the desk
    const auto saved = context.records.save_request(store::AccessRequest{});
    EXPECT_FALSE(saved.has_value());  // the parent then sees "please tell the desk"
}

}  // namespace
}  // namespace kiosk::shell
