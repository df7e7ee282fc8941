// The screens `screenshot` and `tour` can draw, by the names DESIGN.md gives them, each with the
// state it shows. Screens that show a parent's answers show an invented example, never a record.
#pragma once

#include "ui/kiosk_view.h"

#include <optional>
#include <span>
#include <string_view>

namespace kiosk::shell {

// "welcome", "welcome-audio-guide" (its audio guide switch on), "home", "home-headphones" (the
// audio guide offered after headphones were plugged in), "topic", "topic-listening" (read aloud,
// with the speech controls), "help", "idle-warning", "needs",
// "needs-interpreter", "needs-about-you" (with the keyboard open), "needs-date", "needs-review",
// "reference", "staff" (the PIN pad), "staff-requests", "staff-request" (in English, with invented
// requests), "walkthrough" (a step side by side with English), "walkthrough-date",
// "walkthrough-dates", "walkthrough-summary".
std::span<const std::string_view> example_screen_names();

struct ExampleScreen {
    ui::KioskView view;
    std::optional<int> idle_warning_seconds;  // "Are you still here?" over the view, with this countdown
};

// The view of a named screen in `language`; empty for a name not in the list.
std::optional<ExampleScreen> example_view(std::string_view name, Language language);

}  // namespace kiosk::shell
