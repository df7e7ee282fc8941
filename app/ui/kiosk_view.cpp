#include "ui/kiosk_view.h"

#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace kiosk::ui {
namespace {

// Languages councils commonly book interpreters for (ISO 639-3 where 639-1 has none: syl Sylheti,
// phr Pahari-Pothwari / Mirpuri, cmn Mandarin, yue Cantonese, prs Dari, ckb Kurdish Sorani).
constexpr std::array<std::string_view, 27> interpreter_codes{
    "bn", "syl", "ur", "pa", "phr", "yue", "cmn", "ar", "fa", "prs", "ps", "ckb", "ku", "ti",
    "so", "pl", "ro", "tr", "pt", "lt", "sq", "am", "hi", "gu", "ta", "fr", "other"};

// Longest text a parent can type in each box, in code points: enough for the desk, no more.
std::size_t field_limit(TextField field)
{
    switch (field) {
    case TextField::Phone: return 20;
    case TextField::Other: return 120;
    case TextField::Name:
    case TextField::Dialect:
    case TextField::StaffSearch: return 60;
    case TextField::StaffNote: return 200;
    case TextField::None: break;
    }
    return 0;
}

std::string* field_text(KioskView& view, TextField field)
{
    return const_cast<std::string*>(typed_text(view, field));  // one lookup for reading and typing
}

// A phone box takes digits, spaces and a leading +; the others any printable character.
bool accepts(TextField field, char32_t character)
{
    if (character < 0x20 || character == 0x7F) return false;
    if (field == TextField::Phone) return (character >= '0' && character <= '9') || character == ' ' || character == '+';
    return true;
}

void toggle_need(store::AccessRequest& request, store::Need need)
{
    auto& needs = request.needs;
    if (const auto found = std::ranges::find(needs, need, &store::RequestedNeed::need); found != needs.end()) {
        needs.erase(found);
        if (need == store::Need::Interpreter) {
            request.interpreter_dialect.clear();
            request.interpreter_same_gender = false;
        }
        return;
    }
    store::RequestedNeed added{need, "", store::NeedStatus::Requested, ""};
    if (need == store::Need::SignLanguage) added.detail = "bsl";
    // Kept in all_needs order, so the review and the desk read them in the same order.
    const auto position = std::ranges::find_if(needs, [need](const store::RequestedNeed& n) { return n.need > need; });
    needs.insert(position, added);
}

void move_step(KioskView& next, int direction)
{
    const std::vector<NeedsPage> steps = needs_steps(next.request);
    const NeedsPage current = next.needs_page == NeedsPage::Date ? NeedsPage::AboutYou : next.needs_page;
    const auto at = std::ranges::find(steps, current);
    const auto index = at == steps.end() ? 0 : at - steps.begin();
    next.scroll_px = 0;
    if (next.needs_page == NeedsPage::Date) {
        next.needs_page = NeedsPage::AboutYou;  // leaving the date list goes back to its page
    } else if (index + direction < 0) {
        next.screen = Screen::Home;
    } else if (index + direction >= static_cast<long>(steps.size())) {
        next.screen = Screen::NeedsReview;
    } else {
        next.needs_page = steps[static_cast<std::size_t>(index + direction)];
    }
}

}  // namespace

const std::string* typed_text(const KioskView& view, TextField field)
{
    switch (field) {
    case TextField::Name: return &view.request.name;
    case TextField::Phone: return &view.request.phone;
    case TextField::Dialect: return &view.request.interpreter_dialect;
    case TextField::Other: {
        const store::RequestedNeed* other = view.request.find(store::Need::Other);
        return other ? &other->detail : nullptr;
    }
    case TextField::StaffSearch: return &view.staff.search_text;
    case TextField::StaffNote: {
        const store::RequestedNeed* need = view.staff.open.find(view.staff.note_need);
        return need ? &need->staff_note : nullptr;
    }
    case TextField::None: break;
    }
    return nullptr;
}

bool is_speech_control(ActionKind kind)
{
    return kind == ActionKind::PauseSpeech || kind == ActionKind::ReplaySpeech || kind == ActionKind::SlowerSpeech ||
           kind == ActionKind::FasterSpeech || kind == ActionKind::VolumeDown || kind == ActionKind::VolumeUp;
}

std::vector<NeedsPage> needs_steps(const store::AccessRequest& request)
{
    std::vector<NeedsPage> steps{NeedsPage::Communication};
    if (request.find(store::Need::Interpreter)) steps.push_back(NeedsPage::Interpreter);
    steps.insert(steps.end(), {NeedsPage::Building, NeedsPage::Reports, NeedsPage::Meeting, NeedsPage::AboutYou});
    return steps;
}

std::span<const std::string_view> interpreter_language_codes() { return interpreter_codes; }

std::optional<Action> back_action(const KioskView& view)
{
    if (view.glossary_entry >= 0) return Action{ActionKind::CloseGlossary, 0};
    switch (view.screen) {
    case Screen::Topic:
    case Screen::Help:
    case Screen::Reference: return Action{ActionKind::Home, 0};  // a request sent is kept; home is safe
    case Screen::Home: return Action{ActionKind::ChangeLanguage, 0};
    case Screen::Needs:
    case Screen::NeedsReview: return Action{ActionKind::NeedsBack, 0};
    case Screen::Welcome:
    case Screen::Staff:
    case Screen::Walkthrough: break;
    }
    return std::nullopt;
}

KioskView apply(const KioskView& view, const Action& action, int topic_count, const KioskView& fresh)
{
    KioskView next = view;
    // A definition shown in place belongs to the page it was opened on; changing how the page is
    // shown or read aloud (scrolling, text size, contrast, the speech controls, the audio guide) keeps it.
    if (action.kind != ActionKind::OpenGlossary && action.kind != ActionKind::ScrollUp && action.kind != ActionKind::ScrollDown &&
        action.kind != ActionKind::TextSize && action.kind != ActionKind::Contrast && action.kind != ActionKind::AudioGuide &&
        !is_speech_control(action.kind)) {
        next.glossary_entry = -1;
    }
    // Speech stops at once on any other action; Listen toggles it; the speech controls keep it.
    next.speaking = action.kind == ActionKind::Listen ? !view.speaking : is_speech_control(action.kind) && view.speaking;
    if (!is_speech_control(action.kind)) next.walk.speak_english = false;
    if (!next.speaking) {
        next.spoken_paragraph = -1;
        next.speech_paused = false;
    }
    // The keyboard closes when the parent does anything but type.
    if (action.kind != ActionKind::TypeCharacter && action.kind != ActionKind::DeleteCharacter && action.kind != ActionKind::StartTyping &&
        action.kind != ActionKind::TextSize && action.kind != ActionKind::Contrast && action.kind != ActionKind::StaffNote) {
        next.typing = TextField::None;
    }
    switch (action.kind) {
    case ActionKind::Listen: break;
    case ActionKind::PauseSpeech: next.speech_paused = view.speaking && !view.speech_paused; break;
    case ActionKind::ReplaySpeech: next.speech_paused = false; break;
    case ActionKind::SlowerSpeech:
    case ActionKind::FasterSpeech:
        next.speech_rate_step = std::clamp(view.speech_rate_step + (action.kind == ActionKind::FasterSpeech ? 1 : -1), 0,
                                           static_cast<int>(std::size(speech_rates_wpm)) - 1);
        next.speech_paused = false;
        break;
    case ActionKind::VolumeDown:
    case ActionKind::VolumeUp:
        next.volume_step = std::clamp(view.volume_step + (action.kind == ActionKind::VolumeUp ? 1 : -1), 0, volume_step_count - 1);
        break;
    case ActionKind::PickLanguage:
        next.language = all_languages[static_cast<std::size_t>(action.value)];
        next.screen = view.screen == Screen::Welcome ? Screen::Home : view.screen;
        break;
    case ActionKind::Finished: return fresh;  // wipes everything the parent chose
    case ActionKind::ChangeLanguage: next.screen = Screen::Welcome; break;
    case ActionKind::TextSize:
        next.text_scale_step = (view.text_scale_step + 1) % static_cast<int>(std::size(text_scales));
        // Text grows in proportion, so scaling the offset keeps the reader near the same words.
        next.scroll_px = view.scroll_px * next.text_scale() / view.text_scale();
        break;
    case ActionKind::Contrast: next.theme = view.theme == ThemeName::Calm ? ThemeName::HighContrast : ThemeName::Calm; break;
    case ActionKind::OpenTopic:
        next.screen = Screen::Topic;
        next.topic_index = std::clamp(action.value, 0, std::max(0, topic_count - 1));
        next.scroll_px = 0;
        break;
    case ActionKind::Home: next.screen = Screen::Home; break;
    case ActionKind::Next:
    case ActionKind::Previous: {
        const int step = action.kind == ActionKind::Next ? 1 : -1;
        next.topic_index = std::clamp(view.topic_index + step, 0, std::max(0, topic_count - 1));
        next.scroll_px = 0;
        break;
    }
    case ActionKind::ScrollUp: next.scroll_px = std::max(0.0f, view.scroll_px - static_cast<float>(action.value)); break;
    case ActionKind::ScrollDown: next.scroll_px = view.scroll_px + static_cast<float>(action.value); break;
    case ActionKind::StillHere: break;
    case ActionKind::Help: next.screen = Screen::Help; break;
    case ActionKind::OpenGlossary: next.glossary_entry = action.value; break;
    case ActionKind::CloseGlossary: next.glossary_entry = -1; break;  // the touch itself restarted the idle timer
    case ActionKind::AudioGuide:
        next.audio_guided = action.value != 0;
        next.audio_guide_refused = action.value == 0;
        break;
    case ActionKind::StartNeeds:
        next.screen = Screen::Needs;
        next.needs_page = NeedsPage::Communication;
        next.save_failed = false;
        next.scroll_px = 0;
        break;
    case ActionKind::ToggleNeed: toggle_need(next.request, static_cast<store::Need>(action.value)); break;
    case ActionKind::PickSigning:
        if (store::RequestedNeed* signing = next.request.find(store::Need::SignLanguage)) signing->detail = action.value == 0 ? "bsl" : "other";
        break;
    case ActionKind::PickInterpreter:
        if (store::RequestedNeed* interpreter = next.request.find(store::Need::Interpreter);
            interpreter && action.value >= 0 && action.value < static_cast<int>(interpreter_codes.size())) {
            interpreter->detail = interpreter_codes[static_cast<std::size_t>(action.value)];
        }
        break;
    case ActionKind::ToggleSameGender: next.request.interpreter_same_gender = !view.request.interpreter_same_gender; break;
    case ActionKind::ToggleReadTyped: next.read_typed_aloud = !view.read_typed_aloud; break;
    case ActionKind::StartTyping: next.typing = field_text(next, static_cast<TextField>(action.value)) ? static_cast<TextField>(action.value) : TextField::None; break;
    case ActionKind::TypeCharacter: {
        std::string* text = field_text(next, view.typing);
        const auto character = static_cast<char32_t>(action.value);
        if (text && accepts(view.typing, character) && count_code_points(*text) < field_limit(view.typing)) append_utf8(*text, character);
        break;
    }
    case ActionKind::DeleteCharacter:
        if (std::string* text = field_text(next, view.typing)) remove_last_code_point(*text);
        break;
    case ActionKind::StopTyping: break;
    case ActionKind::OpenDatePicker: next.needs_page = NeedsPage::Date; next.scroll_px = 0; break;
    case ActionKind::PickDate:
        next.request.conference_date.reset();
        if (action.value >= 0) next.request.conference_date = std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{action.value}}};
        next.needs_page = NeedsPage::AboutYou;
        next.scroll_px = 0;
        break;
    case ActionKind::PickContact: next.request.contact_by = static_cast<store::ContactBy>(action.value); break;
    case ActionKind::NeedsNext: move_step(next, +1); break;
    case ActionKind::NeedsBack:
        if (view.screen == Screen::NeedsReview) {
            next.screen = Screen::Needs;
            next.needs_page = NeedsPage::AboutYou;
            next.scroll_px = 0;
        } else {
            move_step(next, -1);
        }
        break;
    case ActionKind::SendRequest: break;  // saving needs the records store: KioskApp does it
    case ActionKind::OpenStaff:
        next = fresh;  // nothing of a parent's session comes into staff mode
        next.screen = Screen::Staff;
        break;
    case ActionKind::PinDigit:
        if (view.staff.pin_typed.size() < 12) next.staff.pin_typed += static_cast<char>('0' + std::clamp(action.value, 0, 9));
        break;
    case ActionKind::PinDelete:
        if (!next.staff.pin_typed.empty()) next.staff.pin_typed.pop_back();
        break;
    case ActionKind::StaffNote:
        next.staff.note_need = static_cast<store::Need>(action.value);
        next.typing = TextField::StaffNote;
        break;
    case ActionKind::StaffSignOut: return fresh;
    case ActionKind::StartWalkthrough:
        if (!view.staff_session) break;  // only from staff mode
        next.screen = Screen::Walkthrough;
        next.walk = WalkView{};
        next.staff = StaffView{};  // the desk's lists are not shown beside a family
        next.staff.page = StaffPage::Requests;
        break;
    case ActionKind::WalkLanguage:
        next.walk.family = all_languages[static_cast<std::size_t>(std::clamp(action.value, 0, static_cast<int>(all_languages.size()) - 1))];
        next.walk.page = WalkPage::Date;
        break;
    case ActionKind::WalkDate:
        next.walk.conference_date = std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{action.value}}};
        break;
    case ActionKind::WalkReviewToggle: next.walk.review_conference = !view.walk.review_conference; break;
    case ActionKind::WalkPage:
        next.walk.page = static_cast<WalkPage>(action.value);
        next.scroll_px = 0;
        break;
    case ActionKind::WalkStep:
        next.walk.step = std::clamp(view.walk.step + action.value, 0, walk_step_count - 1);
        next.scroll_px = 0;
        break;
    case ActionKind::WalkListenEnglish:
        next.walk.speak_english = true;
        next.speaking = !view.speaking;
        break;
    case ActionKind::LeaveWalkthrough:
        // Everything entered for the family goes; the worker is back at the desk's list.
        next.walk = WalkView{};
        next.screen = Screen::Staff;
        break;
    default: break;  // the staff actions that read or change the records: KioskApp carries them out
    }
    return next;
}

}  // namespace kiosk::ui
