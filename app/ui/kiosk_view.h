// What the parent sees now: the screen, the language, the text size, the theme and where they
// are in the guide. A plain value, so "I'm finished" and the idle reset are one assignment of a
// fresh KioskView, and nothing a parent chose survives for the next family.
#pragma once

#include "core/language.h"
#include "ui/theme.h"

namespace kiosk::ui {

enum class Screen { Welcome, Home, Topic, Help };

// Text size steps of the accessibility settings: 100 %, 150 %, 200 %.
inline constexpr float text_scales[] = {1.0f, 1.5f, 2.0f};

struct KioskView {
    Screen screen = Screen::Welcome;
    Language language = Language::English;
    int text_scale_step = 0;          // index into text_scales
    ThemeName theme = ThemeName::Calm;
    int topic_index = 0;              // the topic being read, in the guide's order
    float scroll_px = 0;              // how far the topic text is scrolled up
    int glossary_entry = -1;          // the word-list entry shown in place, or -1
    bool speaking = false;            // the screen is being read aloud

    float text_scale() const { return text_scales[text_scale_step]; }
};

// What a control does when it is activated.
enum class ActionKind { PickLanguage, Finished, ChangeLanguage, TextSize, Contrast, OpenTopic, Home, Next, Previous, ScrollUp, ScrollDown, StillHere, Help, OpenGlossary, CloseGlossary, Listen };

struct Action {
    ActionKind kind = ActionKind::Finished;
    int value = 0;  // the language (PickLanguage) or topic index (OpenTopic)
};

// Applies an action to the view. `topic_count` bounds Next and OpenTopic.
KioskView apply(const KioskView& view, const Action& action, int topic_count);

}  // namespace kiosk::ui
