// A screen context for ui tests: the real engine and guide, and strings that are their own keys,
// since these tests are about behaviour and geometry, not wording.
#pragma once

#include "ui/screens.h"

#include <string>

namespace kiosk::ui::testing {

inline ScreenContext key_strings_context(text::TextEngine& engine, const content::Guide& guide, StringLookup strings = {})
{
    if (!strings) strings = [](Language, std::string_view key) { return std::string(key); };
    return ScreenContext{engine, std::move(strings), guide,
                         [](Language, std::string_view) { return std::string("0161 217 6028"); },
                         [](Language, int current, int total) { return std::to_string(current) + "/" + std::to_string(total); },
                         [](Language, std::int64_t n) { return std::to_string(n); },
                         [](Language, int seconds) { return std::to_string(seconds) + " s"; },
                         {1920, 1080, 3.6f},
                         {true, true, true, true, true, true},
                         {},
                         {},
                         {}};
}

}  // namespace kiosk::ui::testing
