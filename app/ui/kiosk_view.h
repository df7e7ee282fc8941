// What the parent sees now: the screen, the language, the text size, the theme and where they
// are in the guide. A plain value, so "I'm finished" and the idle reset are one assignment of a
// fresh KioskView, and nothing a parent chose survives for the next family.
#pragma once

#include "content/site_settings.h"
#include "core/language.h"
#include "core/utf8.h"
#include "store/access_request.h"
#include "ui/theme.h"

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class Screen { Welcome, Home, Topic, Help, Needs, NeedsReview, Reference, Staff, Walkthrough };

// A social worker's walkthrough with a family: their language, their conference date, the steps
// of the process side by side with English, their dates as a picture, and the take-away summary.
enum class WalkPage { Language, Date, Steps, Timeline, Summary };
inline constexpr int walk_step_count = 9;

struct WalkView {
    WalkPage page = WalkPage::Language;
    Language family = Language::English;
    std::optional<std::chrono::year_month_day> conference_date;
    bool review_conference = false;   // the date is of a review conference, not the first one
    int step = 0;                     // 0 .. walk_step_count - 1
    bool speak_english = false;       // Listen reads the English side
};

// Staff mode, behind the PIN: the PIN pad, a list of requests, one request, the audit.
enum class StaffPage { Pin, Requests, Request, Audit };
enum class StaffSearch { Upcoming, Code, Name, Date };

// What the desk has open. Filled by the app from the records store; wiped with everything else
// when staff sign out, the staff lock closes or the kiosk resets.
struct StaffView {
    StaffPage page = StaffPage::Pin;
    std::string pin_typed;            // digits on the PIN pad, wiped after each try
    std::string message;              // the last outcome: a wrong PIN, an export written, an error
    StaffSearch search = StaffSearch::Upcoming;
    std::string search_text;          // a reference code, part of a name, or a day (YYYY-MM-DD)
    std::vector<store::AccessRequest> results;
    store::AccessRequest open;        // the request on the Request page
    store::Need note_need = store::Need::Other;  // whose note the keyboard is typing
    std::vector<std::string> audit;   // newest first, one line each
};

// The steps of "Tell us what you need", in order. Interpreter is shown only when an interpreter
// is ticked; Date is opened from AboutYou and returns to it.
enum class NeedsPage { Communication, Interpreter, Building, Reports, Meeting, AboutYou, Date };

// The text box the on-screen keyboard types into, if any.
enum class TextField { None, Name, Phone, Dialect, Other, StaffSearch, StaffNote };

// Text size steps of the accessibility settings: 100 %, 150 %, 200 %.
inline constexpr float text_scales[] = {1.0f, 1.5f, 2.0f};

// Speaking rates (words a minute): slower, the calm default, faster.
inline constexpr int speech_rates_wpm[] = {120, 160, 210};
// Volume steps; every new family starts at the site's [kiosk] default_volume (1-5 there), or
// default_volume_step where the site does not say (a shared kiosk).
inline constexpr int volume_step_count = 5;
inline constexpr int default_volume_step = content::default_kiosk_volume - 1;
inline float volume_gain(int step) { return static_cast<float>(step + 1) / static_cast<float>(volume_step_count); }

struct KioskView {
    Screen screen = Screen::Welcome;
    Language language = Language::English;
    int text_scale_step = 0;          // index into text_scales
    ThemeName theme = ThemeName::Calm;
    int topic_index = 0;              // the topic being read, in the guide's order
    float scroll_px = 0;              // how far the topic text is scrolled up
    int glossary_entry = -1;          // the word-list entry shown in place, or -1
    bool speaking = false;            // the screen is being read aloud
    // The word being heard: its paragraph in speakable_text() order (-1 for none) and its bytes
    // in that paragraph's spoken text. The reader marks it and keeps it in view.
    int spoken_paragraph = -1;
    Utf8Range spoken_word;
    bool speech_paused = false;
    // Audio guide, for people who cannot read the screen: a touch says what a control is, a
    // double tap uses it, and each screen says what it is on arrival.
    bool audio_guided = false;
    // This person switched the guide off themselves: a keypad key then leaves it off, so someone
    // who can see and uses keys is not talked to for the rest of their visit.
    bool audio_guide_refused = false;
    // Headphones were just plugged in: a band offers the guide for a few seconds (the app times it).
    bool guide_offered = false;
    int speech_rate_step = 1;               // index into speech_rates_wpm
    int volume_step = default_volume_step;  // 0 .. volume_step_count - 1

    // A parent's access-needs request while they make it; wiped with everything else.
    store::AccessRequest request;
    NeedsPage needs_page = NeedsPage::Communication;
    TextField typing = TextField::None;
    std::string reference;            // the code of the request just saved (Reference screen)
    bool save_failed = false;         // the last Send could not be saved: "please tell the desk"
    // The parent chose to hear what they typed (name, phone, ...) read back on the review screen;
    // otherwise it is never said aloud, since a kiosk's loudspeaker is public.
    bool read_typed_aloud = false;

    // Unlocked staff mode, including a request staff enter for a family (the needs steps).
    bool staff_session = false;
    StaffView staff;
    WalkView walk;

    float text_scale() const { return text_scales[text_scale_step]; }
};

// What a control does when it is activated.
enum class ActionKind {
    PickLanguage, Finished, ChangeLanguage, TextSize, Contrast, OpenTopic, Home, Next, Previous, ScrollUp, ScrollDown, StillHere,
    Help, OpenGlossary, CloseGlossary, Listen,
    // The audio guide's switch (welcome screen) and offer (a headset plugged in): value 1 on, 0 off.
    AudioGuide,
    // While reading aloud: these keep it going.
    PauseSpeech, ReplaySpeech, SlowerSpeech, FasterSpeech, VolumeDown, VolumeUp,
    // Access needs: start, tick, details, typing, moving between steps, sending.
    StartNeeds, ToggleNeed, PickSigning, PickInterpreter, ToggleSameGender, ToggleReadTyped, StartTyping, TypeCharacter, DeleteCharacter, StopTyping,
    OpenDatePicker, PickDate, PickContact, NeedsNext, NeedsBack, SendRequest,
    // Staff mode. The app carries these out against the records store.
    OpenStaff, PinDigit, PinDelete, PinEnter, StaffList, StaffSearchBy, StaffOpenRequest, StaffSetStatus, StaffNote,
    StaffCancelRequest, StaffNewRequest, StaffEditRequest, StaffExport, StaffAudit, StaffSignOut,
    // The walkthrough, from staff mode. Leaving it wipes everything entered.
    StartWalkthrough, WalkLanguage, WalkDate, WalkReviewToggle, WalkPage, WalkStep, WalkListenEnglish, LeaveWalkthrough,
};

struct Action {
    ActionKind kind = ActionKind::Finished;
    // The language (PickLanguage), topic (OpenTopic), store::Need (ToggleNeed), 0 BSL / 1 other
    // (PickSigning), index in interpreter_language_codes (PickInterpreter), TextField (StartTyping),
    // a code point (TypeCharacter), days since 1970-01-01 or -1 for "I do not know" (PickDate),
    // store::ContactBy (PickContact), a digit (PinDigit), StaffSearch (StaffSearchBy), an index in
    // the results (StaffOpenRequest), need * 3 + NeedStatus (StaffSetStatus), a store::Need
    // (StaffNote), days from today to export (StaffExport, 0 = today only), a language (WalkLanguage),
    // days since 1970-01-01 (WalkDate), a WalkPage (WalkPage), +1 / -1 (WalkStep).
    int value = 0;
};

// Pause, replay, rate and volume: they change how the page is read without stopping it.
bool is_speech_control(ActionKind kind);

// The steps of the needs flow this request goes through, in order (AboutYou last; Date is not a step).
std::vector<NeedsPage> needs_steps(const store::AccessRequest& request);

// The text a box holds (what the keyboard types into); null when the box does not exist now
// (the note of a need that is not on the open request).
const std::string* typed_text(const KioskView& view, TextField field);

// The language codes an interpreter can be asked for, in the order shown; "other" last.
std::span<const std::string_view> interpreter_language_codes();

// What a keypad's Back does here: a definition shown in place closes; otherwise the previous
// screen (home from a topic or help, welcome from home, the step before in the needs steps).
// Empty where there is nothing to go back to (welcome, staff mode).
std::optional<Action> back_action(const KioskView& view);

// Applies an action to the view. `topic_count` bounds Next and OpenTopic; "I'm finished" and
// the ways into and out of staff mode start again from `fresh` (the site's default volume).
KioskView apply(const KioskView& view, const Action& action, int topic_count, const KioskView& fresh = {});

}  // namespace kiosk::ui
