// The on-screen keyboard, along the bottom of the screen: Latin capitals, digits and a little
// punctuation (a phone box gets digits and +), Space, Delete and Done, with what has been typed
// shown above the keys. Its keys keep their order in right-to-left languages, as a keyboard does.
// A physical keyboard types into the same box (SDL text input, on only while a box has focus).
#pragma once

#include "ui/frame.h"

#include <string>

namespace kiosk::ui {

// Draws over the lower part of the screen, after the page, and takes the touches there.
// `label` names the box ("Your name, as on the letter").
void draw_keyboard(Frame& frame, TextField field, const std::string& value, const std::string& label);

}  // namespace kiosk::ui
