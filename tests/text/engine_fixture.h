// One text engine for every test in the binary (loading fonts and ICU rules once), and helpers
// that read a layout the way a person reading the screen would.
#pragma once

#include "text/text_engine.h"

#include <string>

namespace kiosk::text::testing {

TextEngine& shared_engine();

// The characters of the line in the order they appear on screen, left to right, taken from
// the glyphs' clusters (each cluster once). Lets a test say "the digits read 0161 477 9000".
std::string visual_text(const Line& line, std::string_view input);

}  // namespace kiosk::text::testing
