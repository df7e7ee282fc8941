// One frame of a parent's screen being drawn: sizes from the panel's millimetres, the language's
// direction (right-to-left mirrors the whole layout) and the controls drawn so far, so every
// screen builds its buttons, tick boxes and paragraphs the same way.
#pragma once

#include "ui/screens.h"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::ui {

// Sizes in millimetres on the panel: controls at least 15 mm, main actions 20 mm, with gaps
// (the brief's reading of WCAG 2.2 SC 2.5.5 for a public touchscreen).
constexpr float bar_height_mm = 22;
constexpr float gap_mm = 4;
constexpr float margin_mm = 8;
constexpr float body_cap_mm = 4;        // comfortable at arm's length; 200 % gives 8 mm
constexpr float cap_height_em = 0.7f;   // Noto's cap height is about 0.71 em
constexpr float border_mm = 0.6f;

// Whether a control is the one chosen (a ticked box, the picked option).
enum class Chosen { No, Yes };

class Frame {
public:
    Frame(Renderer& renderer, const KioskView& view, const ScreenContext& context)
        : m_renderer(renderer), m_view(view), m_context(context), m_colours(theme(view.theme))
    {
    }

    std::vector<Control> take_controls() { return std::move(m_controls); }

    float mm(float value) const { return value * m_context.geometry.px_per_mm; }
    float width() const { return m_context.geometry.width_px; }
    float height() const { return m_context.geometry.height_px; }
    float body_px() const { return body_cap_mm * m_context.geometry.px_per_mm / cap_height_em * m_view.text_scale(); }
    bool rtl() const { return text_direction(m_view.language) == TextDirection::RightToLeft; }
    std::string text(std::string_view key) const { return m_context.strings(m_view.language, key); }

    // Mirrors a rectangle laid out for a left-to-right reader when the language reads right to left.
    RectPx placed(RectPx rect) const
    {
        if (rtl()) rect.x = width() - rect.x - rect.width;
        return rect;
    }

    // A bordered control with its label centred, and up to two pictograms at its start side (a
    // tick box, then the thing itself). `area` is given left to right and mirrored here. A chosen
    // control (a ticked box) gets a border three times as thick: its state shows in the shape of
    // its tick-box pictogram and its outline, never in colour alone.
    void button(RectPx area, std::string_view label, Action action, float font_px, std::string_view icon = {},
                std::string_view second_icon = {}, Chosen chosen = Chosen::No, ControlRole role = ControlRole::Button)
    {
        area = placed(area);
        const float border = std::max(2.0f, mm(border_mm)) * (chosen == Chosen::Yes ? 3.0f : 1.0f);
        m_renderer.fill_rect(area, m_colours.border);
        m_renderer.fill_rect({area.x + border, area.y + border, area.width - 2 * border, area.height - 2 * border}, m_colours.surface);
        const float padding = mm(2);
        float label_x = area.x + padding;
        float icon_x = rtl() ? area.x + area.width - padding : area.x + padding;
        for (const std::string_view name : {icon, second_icon}) {
            const auto pictogram = name.empty() ? nullptr : m_context.engine.icon(name, icon_px(font_px));
            if (!pictogram) continue;
            const float x = rtl() ? icon_x - pictogram->width_px : icon_x;
            m_renderer.draw_text(*pictogram, x, area.y + (area.height - pictogram->height_px) / 2, m_colours.text);
            const float step = pictogram->width_px + 2 * padding;
            icon_x += rtl() ? -step : step;
            if (!rtl()) label_x += step;
        }
        const float label_width = label_width_in(area.width, font_px, icon, second_icon);
        const auto layout = m_context.engine.layout(label, m_view.language, font_px, label_width);
        m_renderer.draw_text(*layout, label_x, area.y + std::max(padding, (area.height - layout->height_px) / 2), m_colours.text,
                             icon.empty() ? TextAlign::Centre : TextAlign::Start);
        m_controls.push_back({area, action, layout->height_px + 2 * padding, false, std::string(label), m_view.language, {}, role, chosen == Chosen::Yes});
    }

    // A button that shows only a pictogram (a scroll arrow): the audio guide says `name`.
    void icon_button(RectPx area, std::string_view name, Action action, float font_px, std::string_view icon)
    {
        button(area, "", action, font_px, icon);
        name_last(name);
    }

    // The audio guide says `name` for the control drawn last instead of its label.
    void name_last(std::string_view name) { m_controls.back().name = name; }

    // Pictograms are a little taller than two lines of their label's capitals.
    float icon_px(float font_px) const { return font_px * 1.6f; }

    // The width a control's label gets, after padding and its pictograms.
    float label_width_in(float control_width, float font_px, std::string_view icon, std::string_view second_icon = {}) const
    {
        const float padding = mm(2);
        float width = control_width - 2 * padding;
        for (const std::string_view name : {icon, second_icon}) {
            if (const auto pictogram = name.empty() ? nullptr : m_context.engine.icon(name, icon_px(font_px))) width -= pictogram->width_px + 2 * padding;
        }
        return width;
    }

    // How tall a control must be for its label to fit inside, padding included.
    float control_height(std::string_view label, float control_width, float font_px, float minimum, std::string_view icon = {},
                         std::string_view second_icon = {}) const
    {
        const float padding = mm(2);
        const auto layout = m_context.engine.layout(label, m_view.language, font_px, label_width_in(control_width, font_px, icon, second_icon));
        return std::max(minimum, layout->height_px + 2 * padding);
    }

    // Text at the start side of a column from `x` (left to right) of `column_width`; returns its height.
    float paragraph(std::string_view words, float x, float y, float column_width, float font_px)
    {
        return placed_paragraph(words, x, y, column_width, font_px).first->height_px;
    }

    // The same, also giving the layout and the x where its box was drawn (after mirroring).
    std::pair<std::shared_ptr<const text::Layout>, float> placed_paragraph(std::string_view words, float x, float y, float column_width, float font_px)
    {
        const auto layout = m_context.engine.layout(words, m_view.language, font_px, column_width);
        const RectPx box = placed({x, y, column_width, layout->height_px});
        m_renderer.draw_text(*layout, box.x, y, m_colours.text);
        return {layout, box.x};
    }

    // Text in a language other than the view's (the walkthrough's two columns), at an absolute
    // place: the caller has already chosen the side. Returns its height.
    float text_in(Language language, std::string_view words, float x, float y, float width, float font_px)
    {
        const auto layout = m_context.engine.layout(words, language, font_px, width);
        m_renderer.draw_text(*layout, x, y, m_colours.text);
        return layout->height_px;
    }
    float text_height_in(Language language, std::string_view words, float width, float font_px) const
    {
        return m_context.engine.layout(words, language, font_px, width)->height_px;
    }

    // Where words of a laid-out paragraph sit, line by line (left and right from the box's left edge).
    struct WordSpan {
        float left = 0;
        float right = 0;
        const text::Line* line = nullptr;
    };
    static std::vector<WordSpan> spans_of(const text::Layout& layout, Utf8Range bytes)
    {
        std::vector<WordSpan> spans;
        for (const text::Line& line : layout.lines) {
            float left = 1e9f, right = -1e9f;
            for (const text::VisualRun& run : line.runs) {
                for (const text::PositionedGlyph& glyph : run.glyphs) {
                    if (glyph.cluster < bytes.begin || glyph.cluster >= bytes.end) continue;
                    left = std::min(left, glyph.x_px);
                    right = std::max(right, glyph.x_px + glyph.advance_px);
                }
            }
            if (right > left) spans.push_back({left, right, &line});
        }
        return spans;
    }

    // Underlines words of a drawn layout and makes them a control (a glossary term), which the
    // audio guide calls `name`. Only the part inside `visible` (the scrolled reading area) can be touched.
    void link(const text::Layout& layout, float box_x, float box_y, Utf8Range bytes, Action action, const RectPx& visible, std::string_view name)
    {
        for (const WordSpan& span : spans_of(layout, bytes)) {
            const text::Line& line = *span.line;
            const float thickness = std::max(2.0f, mm(0.4f));
            const float baseline = box_y + line.y_px + line.baseline_px;
            m_renderer.fill_rect({box_x + span.left, baseline + thickness * 2, span.right - span.left, thickness}, m_colours.text);
            // The touch area is the whole line box of the words, at least 15 mm tall.
            const float extra = std::max(0.0f, mm(15) - line.height_px) / 2;
            const float top = std::max(visible.y, box_y + line.y_px - extra);
            const float bottom = std::min(visible.y + visible.height, box_y + line.y_px + line.height_px + extra);
            if (bottom > top) m_controls.push_back({{box_x + span.left, top, span.right - span.left, bottom - top}, action, 0, false, std::string(name), m_view.language});
        }
    }

    // Marks the word being read aloud with a thick bar under it in the focus colour (a shape, not
    // only a colour, and the text keeps its contrast), and tells the app where it is so the view
    // can follow it.
    void mark_spoken(const text::Layout& layout, float box_x, float box_y, Utf8Range bytes, const RectPx& visible)
    {
        const auto spans = spans_of(layout, bytes);
        for (const WordSpan& span : spans) {
            const float thickness = std::max(3.0f, mm(1.0f));
            const float baseline = box_y + span.line->y_px + span.line->baseline_px;
            m_renderer.fill_rect({box_x + span.left, baseline + thickness, span.right - span.left, thickness}, m_colours.focus);
        }
        if (!spans.empty() && m_context.spoken_word_drawn) {
            const text::Line& line = *spans.front().line;
            m_context.spoken_word_drawn(box_y + line.y_px, box_y + line.y_px + line.height_px, visible.y, visible.y + visible.height);
        }
    }

    void add_control(const Control& control) { m_controls.push_back(control); }

    // Content that scrolls inside `visible`: drawing is clipped to it and, at end_scrolled(), so
    // are the touch areas of the controls drawn in between (those wholly outside are dropped), so
    // a button scrolled under the bar or the navigation can never be pressed through them.
    void begin_scrolled(const RectPx& visible)
    {
        m_renderer.set_clip(visible);
        m_scrolled_area = visible;
        m_scrolled_from = m_controls.size();
    }
    void end_scrolled()
    {
        m_renderer.clear_clip();
        const RectPx& v = m_scrolled_area;
        for (std::size_t i = m_scrolled_from; i < m_controls.size(); ++i) {
            RectPx& a = m_controls[i].area;
            const float top = std::max(a.y, v.y), bottom = std::min(a.y + a.height, v.y + v.height);
            m_controls[i].scrolled_out = top > a.y || bottom < a.y + a.height;
            a.y = top;
            a.height = bottom - top;
        }
        std::erase_if(m_controls, [](const Control& c) { return c.area.height <= 0; });
    }
    // Forgets the controls drawn so far that reach into `area` (covered by what is drawn next).
    void drop_controls_in(const RectPx& area)
    {
        std::erase_if(m_controls, [&area](const Control& c) {
            return c.area.x < area.x + area.width && c.area.x + c.area.width > area.x && c.area.y < area.y + area.height && c.area.y + c.area.height > area.y;
        });
    }
    float panel(const RectPx& area)
    {
        const float border = std::max(2.0f, mm(border_mm)) * 2;
        m_renderer.fill_rect(area, m_colours.border);
        m_renderer.fill_rect({area.x + border, area.y + border, area.width - 2 * border, area.height - 2 * border}, m_colours.surface);
        return border;
    }

    // The bar every screen has: "I'm finished" as the main action at the far end, then language,
    // text size and contrast. Returns its bottom edge.
    float control_bar()
    {
        const float label_px = body_px();
        const float finished_width = std::max(mm(60), width() * 0.22f);
        const float small_width = (width() - 2 * mm(margin_mm) - finished_width - 3 * mm(gap_mm)) / 3;
        const auto contrast_key = m_view.theme == ThemeName::Calm ? "settings.high_contrast" : "settings.calm_colours";
        const std::string labels[] = {text("nav.language"), text("settings.text_size"), text(contrast_key)};
        // One height for the whole bar: the tallest label decides (Nastaliq at 200 % is tall).
        float bar = control_height(text("nav.finished"), finished_width, label_px, mm(bar_height_mm));
        for (const std::string& label : labels) bar = std::max(bar, control_height(label, small_width, label_px, bar));
        button({width() - mm(margin_mm) - finished_width, mm(gap_mm), finished_width, bar}, text("nav.finished"), {ActionKind::Finished, 0}, label_px);
        const ActionKind actions[] = {ActionKind::ChangeLanguage, ActionKind::TextSize, ActionKind::Contrast};
        for (int i = 0; i < 3; ++i) {
            const float x = mm(margin_mm) + static_cast<float>(i) * (small_width + mm(gap_mm));
            button({x, mm(gap_mm), small_width, bar}, labels[i], {actions[i], 0}, label_px);
        }
        return mm(gap_mm) + bar + mm(gap_mm);
    }

    Renderer& renderer() { return m_renderer; }
    const Theme& colours() const { return m_colours; }
    const KioskView& view() const { return m_view; }
    const ScreenContext& context() const { return m_context; }

private:
    Renderer& m_renderer;
    const KioskView& m_view;
    const ScreenContext& m_context;
    Theme m_colours;
    std::vector<Control> m_controls;
    RectPx m_scrolled_area;
    std::size_t m_scrolled_from = 0;
};

// The column every step and the review read in: full width, or about 70 characters a line.
struct Column {
    float x = 0;
    float width = 0;
};

struct GridItem {
    std::string label;
    Action action;
    std::string icon;
    Chosen chosen = Chosen::No;
};

// Buttons in a grid of up to `columns` per row (fewer at larger text), each as tall as its row needs.
inline float button_grid(Frame& frame, float y, const Column& column, const std::vector<GridItem>& items, int columns)
{
    const float gap = frame.mm(gap_mm);
    if (frame.view().text_scale() >= 2.0f) columns = 1;
    else if (frame.view().text_scale() >= 1.5f) columns = std::min(columns, 2);
    const float width = (column.width - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    for (std::size_t start = 0; start < items.size(); start += static_cast<std::size_t>(columns)) {
        const std::size_t end = std::min(items.size(), start + static_cast<std::size_t>(columns));
        float height = frame.mm(20);
        for (std::size_t i = start; i < end; ++i) height = frame.control_height(items[i].label, width, frame.body_px(), height, items[i].icon);
        for (std::size_t i = start; i < end; ++i) {
            const float x = column.x + static_cast<float>(i - start) * (width + gap);
            // A grid offers one of a set (a language, a date): each is an option, chosen or not.
            frame.button({x, y, width, height}, items[i].label, items[i].action, frame.body_px(), items[i].icon, {}, items[i].chosen, ControlRole::Option);
        }
        y += height + gap / 2;
    }
    return y;
}

}  // namespace kiosk::ui
