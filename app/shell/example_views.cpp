#include "shell/example_views.h"

#include <array>
#include <chrono>

namespace kiosk::shell {
namespace {

constexpr std::array<std::string_view, 21> names{"welcome",         "welcome-audio-guide", "home", "home-headphones", "topic", "topic-listening",        "help",         "idle-warning", "needs",
                                                 "needs-interpreter", "needs-about-you", "needs-date", "needs-review", "reference",
                                                 "staff",           "staff-requests", "staff-request", "walkthrough", "walkthrough-date",
                                                 "walkthrough-dates", "walkthrough-summary"};

// An invented family's answers: an interpreter, signing, step-free access, childcare and a note.
store::AccessRequest example_request()
{
    using store::Need;
    store::AccessRequest request;
    request.needs = {{Need::Interpreter, "syl", store::NeedStatus::Requested, ""},
                     {Need::SignLanguage, "bsl", store::NeedStatus::Requested, ""},
                     {Need::StepFreeAccess, "", store::NeedStatus::Requested, ""},
                     {Need::Childcare, "", store::NeedStatus::Requested, ""},
                     {Need::ReportsInOwnLanguage, "", store::NeedStatus::Requested, ""},
                     {Need::MeetChairFirst, "", store::NeedStatus::Requested, ""}};
    request.interpreter_same_gender = true;
    request.name = "AMINA KHAN";
    request.conference_date = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{3}};
    request.contact_by = store::ContactBy::TextMessage;
    return request;
}

}  // namespace

std::span<const std::string_view> example_screen_names() { return names; }

std::optional<ExampleScreen> example_view(std::string_view name, Language language)
{
    ui::KioskView view;
    view.language = language;
    if (name == "idle-warning") {
        view.screen = ui::Screen::Topic;
        return ExampleScreen{view, 30};
    }
    if (name == "welcome") view.screen = ui::Screen::Welcome;
    else if (name == "welcome-audio-guide") view.audio_guided = true;  // the welcome screen, its switch on
    else if (name == "home") view.screen = ui::Screen::Home;
    else if (name == "home-headphones") {
        view.screen = ui::Screen::Home;
        view.guide_offered = true;  // headphones just plugged in
    }
    else if (name == "topic") view.screen = ui::Screen::Topic;
    else if (name == "topic-listening") {
        view.screen = ui::Screen::Topic;
        view.speaking = true;  // read aloud: the speech controls show
    }
    else if (name == "help") view.screen = ui::Screen::Help;
    else if (name.starts_with("needs") || name == "reference") {
        view.request = example_request();
        view.screen = name == "needs-review" ? ui::Screen::NeedsReview : name == "reference" ? ui::Screen::Reference : ui::Screen::Needs;
        if (name == "needs-interpreter") view.needs_page = ui::NeedsPage::Interpreter;
        if (name == "needs-date") view.needs_page = ui::NeedsPage::Date;
        if (name == "needs-about-you") {
            view.needs_page = ui::NeedsPage::AboutYou;
            view.typing = ui::TextField::Name;
        }
        if (name == "reference") {
            view.request = {};
            view.reference = "K7M-4QX";
        }
    } else if (name.starts_with("walkthrough")) {
        // A worker with a family who reads `language`, for an invented conference on Thursday 17
        // December 2026 (the dates cross Christmas and New Year).
        view = ui::KioskView{};
        view.staff_session = true;
        view.screen = ui::Screen::Walkthrough;
        view.walk.family = language;
        view.walk.conference_date = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{17}};
        view.walk.step = 3;
        view.walk.page = name == "walkthrough-date"      ? ui::WalkPage::Date
                         : name == "walkthrough-dates"   ? ui::WalkPage::Timeline
                         : name == "walkthrough-summary" ? ui::WalkPage::Summary
                                                         : ui::WalkPage::Steps;
    } else if (name.starts_with("staff")) {
        // Staff screens are in English whatever the parent chose; the list shows invented requests.
        view = ui::KioskView{};
        view.screen = ui::Screen::Staff;
        if (name == "staff") {
            view.staff.pin_typed = "1234";
            return ExampleScreen{view, {}};
        }
        view.staff_session = true;
        store::AccessRequest example = example_request();
        example.id = 1;
        example.reference = "K7M-4QX";
        example.language = Language::Urdu;
        example.entered_by = "kiosk";
        example.needs[0].status = store::NeedStatus::Arranged;
        example.needs[0].staff_note = "Booked with the interpreting unit";
        store::AccessRequest second = example;
        second.id = 2;
        second.reference = "RW9-HJ3";
        second.language = Language::Bengali;
        second.name = "R. BEGUM";
        second.needs = {{store::Need::Childcare, "", store::NeedStatus::Requested, ""}};
        view.staff.results = {example, second};
        view.staff.open = example;
        view.staff.page = name == "staff-request" ? ui::StaffPage::Request : ui::StaffPage::Requests;
    } else {
        return std::nullopt;
    }
    return ExampleScreen{view, {}};
}

}  // namespace kiosk::shell
