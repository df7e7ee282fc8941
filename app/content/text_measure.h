// What the content checker needs to know about drawing text. The text engine answers it, but
// content and text are sibling layers (DESIGN.md), so the shell passes an implementation in and
// kiosk_content never links the engine.
#pragma once

#include "core/language.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

struct UndrawableCharacter {
    std::uint32_t utf8_offset = 0;  // into the text that was measured
    char32_t code_point = 0;
    std::string reason;             // e.g. "no bundled font has it"
};

class TextMeasure {
public:
    virtual ~TextMeasure() = default;

    // The characters of `utf8` that the kiosk's bundled fonts cannot draw, each once per text.
    virtual std::vector<UndrawableCharacter> undrawable_characters(std::string_view utf8, Language language) = 0;

    // How many lines `utf8` takes when laid out at `font_size_px` in a box `width_px` wide.
    virtual std::size_t line_count(std::string_view utf8, Language language, float font_size_px, float width_px) = 0;
};

// A box the ui draws a label in, which the label must fit.
struct LabelBox {
    float width_px = 0;
    float font_size_px = 0;
    std::size_t max_lines = 0;
};

// The topic button on the home screen: its title and its summary.
inline constexpr LabelBox topic_title_box{600, 32, 2};
inline constexpr LabelBox topic_summary_box{600, 24, 2};

}  // namespace kiosk::content
