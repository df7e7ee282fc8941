#include "ui/keyboard.h"

#include <algorithm>

namespace kiosk::ui {

void draw_keyboard(Frame& frame, TextField field, const std::string& value, const std::string& label)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(2);
    const std::vector<std::string_view> rows =
        field == TextField::Phone ? std::vector<std::string_view>{"1234567890"} : std::vector<std::string_view>{"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.,"};
    const float key_width = (frame.width() - 2 * margin - 9 * gap) / 10;
    const float wide_key = 2 * key_width + gap;
    const float space_width = frame.width() - 2 * margin - 2 * (wide_key + gap) - (field == TextField::Phone ? wide_key + gap : 0);
    // One height for every key: the tallest label decides (a long word for Delete in some language).
    float key_height = std::max(frame.mm(16), frame.control_height("W", key_width, frame.body_px(), 0));
    key_height = frame.control_height(frame.text("keyboard.space"), space_width, frame.body_px(), key_height);
    for (const char* name : {"keyboard.delete", "keyboard.done"}) key_height = frame.control_height(frame.text(name), wide_key, frame.body_px(), key_height);
    const auto rows_count = static_cast<float>(rows.size() + 1);
    float y = frame.height() - gap - rows_count * (key_height + gap);
    // What has been typed so far, above the keys, with a caret after it.
    const float shown_height = frame.control_height(label + "\n" + value + "|", frame.width() - 2 * margin, frame.body_px(), frame.mm(20));
    const float top = y - shown_height - gap;
    frame.renderer().fill_rect({0, top - gap, frame.width(), frame.height() - top + gap}, frame.colours().background);
    frame.drop_controls_in({0, top - gap, frame.width(), frame.height() - top + gap});  // the page's, hidden under the keys
    frame.panel({margin, top, frame.width() - 2 * margin, shown_height});
    frame.paragraph(label + "\n" + value + "|", margin + frame.mm(3), top + frame.mm(1), frame.width() - 2 * margin - frame.mm(6), frame.body_px());
    auto key = [&](float x, float width, std::string_view caption, Action action) {
        frame.button(frame.placed({x, y, width, key_height}), caption, action, frame.body_px());  // placed twice: not mirrored
    };
    for (const std::string_view row : rows) {
        float x = margin + (10 - static_cast<float>(row.size())) * (key_width + gap) / 2;
        for (const char c : row) {
            key(x, key_width, std::string(1, c), {ActionKind::TypeCharacter, static_cast<int>(c)});
            x += key_width + gap;
        }
        y += key_height + gap;
    }
    float x = margin;
    if (field == TextField::Phone) {
        key(x, wide_key, "+", {ActionKind::TypeCharacter, '+'});
        x += wide_key + gap;
    }
    key(x, space_width, frame.text("keyboard.space"), {ActionKind::TypeCharacter, ' '});
    x += space_width + gap;
    key(x, wide_key, frame.text("keyboard.delete"), {ActionKind::DeleteCharacter, 0});
    x += wide_key + gap;
    key(x, wide_key, frame.text("keyboard.done"), {ActionKind::StopTyping, 0});
}

}  // namespace kiosk::ui
