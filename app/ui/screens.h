// The parent's screens: welcome, home (the guide's topics) and the topic reader, each with the
// same bar of controls at the top ("I'm finished", change language, text size, contrast). Drawing a
// screen returns its controls, so touch, mouse and keyboard act on exactly what was drawn.
// Right-to-left languages mirror the whole layout (bar, navigation, bullets), not just the text.
#pragma once

#include "content/family_timeline.h"
#include "content/guide.h"
#include "ui/kiosk_view.h"
#include "ui/renderer.h"
#include "ui/welcome_screen.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kiosk::ui {

// What a control is, which the audio guide says after its name ("Next, button").
enum class ControlRole { Button, TickBox, Option, Switch };

struct Control {
    RectPx area;
    Action action;
    float label_height_px = 0;  // the laid-out label's height, so tests can prove it fits
    // Partly scrolled out of sight: `area` is only the part that shows (and can be touched).
    bool scrolled_out = false;
    // What the audio guide says when the control is touched, and in which language.
    std::string name{};
    Language name_language = Language::English;
    // Instead of `name`, where no language is chosen yet (the welcome screen's switch and lock):
    // an interface string the guide says in every language in turn.
    std::string name_key{};
    ControlRole role = ControlRole::Button;
    bool on = false;  // a ticked box, the chosen option, a switch that is on
};

// A named value for a message: a number (plurals, digits) or a text (a reference code).
using MessageArguments = std::vector<std::pair<std::string, std::variant<std::int64_t, std::string>>>;

// What the access-needs screens need beyond the guide. Any may be empty in tests; an empty
// save_request means the kiosk has no records store and says "please tell the desk".
struct RecordsServices {
    // An interface string with arguments, e.g. "needs.step" with current and total.
    std::function<std::string(Language, std::string_view key, const MessageArguments&)> message;
    // A language an interpreter can be booked for ("syl", "pa"), named in the parent's language.
    std::function<std::string(Language, std::string_view code)> language_name;
    // A date as the family reads it (with the Gregorian date beside it for fa).
    std::function<std::string(Language, std::chrono::year_month_day)> date;
    std::function<std::chrono::year_month_day()> today;
    // Saves the request durably and gives its reference code, or says why it could not.
    std::function<Result<std::string>(const store::AccessRequest&)> save_request;
    // Why requests cannot be saved (a damaged database moved aside), shown at the desk; empty when they can.
    std::string records_problem;
    // Why staff cannot sign in (no staff PIN set), shown on the PIN pad; empty when they can.
    std::string pin_problem;
};

struct ScreenContext {
    text::TextEngine& engine;
    StringLookup strings;
    const content::Guide& guide;
    // The text a site key stands for, in the language's digits where it is a number.
    std::function<std::string(Language, std::string_view key)> site_value;
    // "Topic 3 of 14" in the language, and a number in the language's digits.
    std::function<std::string(Language, int current, int total)> topic_position;
    std::function<std::string(Language, std::int64_t)> number;
    // "The screen will clear in 20 seconds." with the language's plural rules.
    std::function<std::string(Language, int seconds)> countdown;
    ScreenGeometry geometry;
    // The languages the kiosk can read aloud, by Language: none without eSpeak NG data or a sound
    // device, and not one whose voice eSpeak NG lacks. Where a language cannot be heard the screen
    // says so where the Listen button would be, instead of offering a button that does nothing.
    std::array<bool, all_languages.size()> speaks{true, true, true, true, true, true};
    RecordsServices records;
    // The family's dates from their conference date and the council's timings (walkthrough).
    std::function<Result<std::vector<content::TimelineEvent>>(std::chrono::year_month_day, content::ConferenceKind)> timeline;
    // Told where the word being read aloud was drawn (its line, and the visible reading area), so
    // the app can scroll to keep it in view. Set by KioskApp.
    std::function<void(float word_top_px, float word_bottom_px, float area_top_px, float area_bottom_px)> spoken_word_drawn;
};

inline bool can_speak(const ScreenContext& context, Language language) { return context.speaks[static_cast<std::size_t>(language)]; }

// An interface string with arguments ("Step {current} of {total}"); without a message formatter
// (some tests), the plain string.
std::string message(const ScreenContext& context, Language language, std::string_view key, const MessageArguments& arguments = {});

// Draws the view's screen between begin_frame and end_frame; returns its controls. While the
// guide is offered (view.guide_offered) a band along the foot of any screen but welcome (which
// has its own switch) says so, with one large button that turns the guide on.
std::vector<Control> draw_screen(Renderer& renderer, const KioskView& view, const ScreenContext& context);

// "Are you still here?" over the whole screen, with the countdown and one large button to carry
// on; drawn between begin_frame and end_frame instead of the view's screen.
std::vector<Control> draw_idle_warning(Renderer& renderer, const KioskView& view, const ScreenContext& context, int seconds_left);

// The text of the view's screen in reading order, one paragraph per entry, as it is read aloud.
std::vector<std::string> speakable_text(const KioskView& view, const ScreenContext& context);

// The word-list entry shown in place, as the audio guide reads it: the word, then its meaning;
// empty when none is open.
std::vector<std::string> glossary_speakable_text(const KioskView& view, const ScreenContext& context);

// The language speakable_text is in: the view's, or in the walkthrough the family's or English.
Language speech_language(const KioskView& view);

// The control under a point, if any; where controls overlap, the one drawn last.
const Control* control_at(const std::vector<Control>& controls, float x_px, float y_px);

}  // namespace kiosk::ui
