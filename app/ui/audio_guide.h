// The audio guide's words and order, for people who cannot read the screen: what each screen
// says on arrival, how a control is named (name, role and state, in the name's language), what
// the guide says when switched or when the volume changes, and the order a keypad moves through
// the controls. Words come from the locale strings, so they speak in the parent's language.
#pragma once

#include "ui/screens.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

// The controls' indices in the order a person reads them: rows from the top, each row from the
// reading side (right first in a right-to-left language), as a keypad moves through them.
std::vector<std::size_t> reading_order(const std::vector<Control>& controls, TextDirection direction);

// A line the kiosk says aloud, in its language.
struct SpokenLine {
    std::string text;
    Language language = Language::English;
    bool operator==(const SpokenLine&) const = default;
};

// The audio guide's words. Where no language is chosen yet (the welcome screen) they come in
// every language in turn.
std::vector<SpokenLine> in_every_language(const ScreenContext& context, std::initializer_list<std::string_view> keys);
// What a screen says on arrival: the first thing it says when read aloud (a topic's title, a
// step's number) or its heading; the welcome screen's invitations; a word-list entry opened in place.
std::vector<SpokenLine> screen_announcement(const KioskView& view, const ScreenContext& context);
// A control's name, then its role and state, in the name's language ("Next, button").
std::vector<SpokenLine> spoken_name(const Control& control, const ScreenContext& context);
// The guide just switched on (how to use it, then where the parent is) or off.
std::vector<SpokenLine> guide_switched_words(const KioskView& view, const ScreenContext& context);
// The volume just set: "Volume 4 of 5".
std::vector<SpokenLine> volume_words(const KioskView& view, const ScreenContext& context);

}  // namespace kiosk::ui
