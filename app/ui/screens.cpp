#include "ui/screens.h"

#include <algorithm>
#include <string>

namespace kiosk::ui {
namespace {

// Sizes in millimetres on the panel: controls at least 15 mm, main actions 20 mm, with gaps
// (the brief's reading of WCAG 2.2 SC 2.5.5 for a public touchscreen).
constexpr float bar_height_mm = 22;
constexpr float gap_mm = 4;
constexpr float margin_mm = 8;
constexpr float body_cap_mm = 4;        // comfortable at arm's length; 200 % gives 8 mm
constexpr float cap_height_em = 0.7f;   // Noto's cap height is about 0.71 em
constexpr float border_mm = 0.6f;

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

    // A bordered control with its label centred, and a pictogram at its start side when `icon`
    // names one. `area` is given left to right and mirrored here.
    void button(RectPx area, std::string_view label, Action action, float font_px, std::string_view icon = {})
    {
        area = placed(area);
        const float border = std::max(2.0f, mm(border_mm));
        m_renderer.fill_rect(area, m_colours.border);
        m_renderer.fill_rect({area.x + border, area.y + border, area.width - 2 * border, area.height - 2 * border}, m_colours.surface);
        const float padding = mm(2);
        float label_x = area.x + padding;
        const float label_width = label_width_in(area.width, font_px, icon);
        if (const auto pictogram = icon.empty() ? nullptr : m_context.engine.icon(icon, icon_px(font_px))) {
            const float icon_x = rtl() ? area.x + area.width - padding - pictogram->width_px : area.x + padding;
            m_renderer.draw_text(*pictogram, icon_x, area.y + (area.height - pictogram->height_px) / 2, m_colours.text);
            if (!rtl()) label_x += pictogram->width_px + 2 * padding;
        }
        const auto layout = m_context.engine.layout(label, m_view.language, font_px, label_width);
        m_renderer.draw_text(*layout, label_x, area.y + std::max(padding, (area.height - layout->height_px) / 2), m_colours.text,
                             TextAlign::Centre);
        m_controls.push_back({area, action, layout->height_px + 2 * padding});
    }

    // Pictograms are a little taller than two lines of their label's capitals.
    float icon_px(float font_px) const { return font_px * 1.6f; }

    // The width a control's label gets, after padding and its pictogram.
    float label_width_in(float control_width, float font_px, std::string_view icon) const
    {
        const float padding = mm(2);
        float width = control_width - 2 * padding;
        if (const auto pictogram = icon.empty() ? nullptr : m_context.engine.icon(icon, icon_px(font_px))) width -= pictogram->width_px + 2 * padding;
        return width;
    }

    // How tall a control must be for its label to fit inside, padding included.
    float control_height(std::string_view label, float control_width, float font_px, float minimum, std::string_view icon = {}) const
    {
        const float padding = mm(2);
        const auto layout = m_context.engine.layout(label, m_view.language, font_px, label_width_in(control_width, font_px, icon));
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

    // Underlines words of a drawn layout and makes them a control (a glossary term).
    // Only the part inside `visible` (the scrolled reading area) can be touched.
    void link(const text::Layout& layout, float box_x, float box_y, Utf8Range bytes, Action action, const RectPx& visible)
    {
        for (const text::Line& line : layout.lines) {
            float left = 1e9f, right = -1e9f;
            for (const text::VisualRun& run : line.runs) {
                for (const text::PositionedGlyph& glyph : run.glyphs) {
                    if (glyph.cluster < bytes.begin || glyph.cluster >= bytes.end) continue;
                    left = std::min(left, glyph.x_px);
                    right = std::max(right, glyph.x_px + glyph.advance_px);
                }
            }
            if (right <= left) continue;
            const float thickness = std::max(2.0f, mm(0.4f));
            const float baseline = box_y + line.y_px + line.baseline_px;
            m_renderer.fill_rect({box_x + left, baseline + thickness * 2, right - left, thickness}, m_colours.text);
            // The touch area is the whole line box of the words, at least 15 mm tall.
            const float extra = std::max(0.0f, mm(15) - line.height_px) / 2;
            const float top = std::max(visible.y, box_y + line.y_px - extra);
            const float bottom = std::min(visible.y + visible.height, box_y + line.y_px + line.height_px + extra);
            if (bottom > top) m_controls.push_back({{box_x + left, top, right - left, bottom - top}, action, 0});
        }
    }

    void add_control(const Control& control) { m_controls.push_back(control); }
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
};

void draw_home(Frame& frame, const content::LanguageGuide& guide)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float heading_px = frame.body_px() * 1.5f;
    float y = top + frame.mm(gap_mm) - frame.view().scroll_px;
    y += frame.paragraph(frame.text("home.title"), margin, y, frame.width() - 2 * margin, heading_px) + frame.mm(gap_mm);
    // Two columns of topic buttons, one column at the largest text size so titles stay whole.
    const int columns = frame.view().text_scale() >= 2.0f ? 1 : 2;
    const float gap = frame.mm(gap_mm);
    const float button_width = (frame.width() - 2 * margin - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    // Each row is as tall as its tallest label, so titles and summaries always fit.
    auto label_of = [&guide](std::size_t i) { return guide.topics[i].front_matter.title + "\n" + guide.topics[i].front_matter.summary; };
    for (std::size_t row_start = 0; row_start < guide.topics.size(); row_start += static_cast<std::size_t>(columns)) {
        const std::size_t row_end = std::min(guide.topics.size(), row_start + static_cast<std::size_t>(columns));
        float row_height = frame.mm(22);
        for (std::size_t i = row_start; i < row_end; ++i) {
            row_height = frame.control_height(label_of(i), button_width, frame.body_px(), row_height, guide.topics[i].front_matter.icon);
        }
        for (std::size_t i = row_start; i < row_end; ++i) {
            const auto column = static_cast<float>(i - row_start);
            frame.button({margin + column * (button_width + gap), y, button_width, row_height}, label_of(i), {ActionKind::OpenTopic, static_cast<int>(i)},
                         frame.body_px(), guide.topics[i].front_matter.icon);
        }
        y += row_height + gap;
    }
    // After the topics, the way to a person: always there, in the same place.
    const std::string help = frame.text("help.title");
    frame.button({margin, y, button_width, frame.control_height(help, button_width, frame.body_px() * 1.2f, frame.mm(22), "support_agent")}, help,
                 {ActionKind::Help, 0}, frame.body_px() * 1.2f, "support_agent");
}

void draw_help(Frame& frame)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float column_width = std::min(frame.width() - 2 * margin, frame.body_px() * 34);
    const float column_x = (frame.width() - column_width) / 2;
    float y = top + gap - frame.view().scroll_px;
    y += frame.paragraph(frame.text("help.title"), column_x, y, column_width, frame.body_px() * 1.6f) + gap;
    y += frame.paragraph(frame.text("help.body"), column_x, y, column_width, frame.body_px() * 1.2f) + gap;
    // Council numbers as written (they are dialled), large enough to copy down.
    const std::pair<const char*, const char*> lines[] = {{"help.phone_duty", "phone.duty"},
                                                        {"help.phone_out_of_hours", "phone.out_of_hours"},
                                                        {"help.phone_interpreting", "phone.interpreting"}};
    for (const auto& [label, key] : lines) {
        const std::string number = frame.context().site_value(frame.view().language, key);
        if (number.empty()) continue;
        y += frame.paragraph(frame.text(label), column_x, y, column_width, frame.body_px());
        y += frame.paragraph(number, column_x, y, column_width, frame.body_px() * 1.6f) + gap / 2;
    }
    const float button_width = frame.width() / 3;
    const float button_height = frame.control_height(frame.text("nav.home"), button_width, frame.body_px(), frame.mm(22));
    frame.button({margin, frame.height() - gap - button_height, button_width, button_height}, frame.text("nav.home"), {ActionKind::Home, 0},
                 frame.body_px());
}

struct BlockText {
    std::string text;
    std::vector<std::pair<Utf8Range, std::string>> glossary_links;  // byte range and entry id
};

BlockText block_text(const content::Block& block, const Frame& frame)
{
    BlockText out;
    const Language language = frame.view().language;
    if (block.kind == content::BlockKind::BulletItem) out.text = "\u2022 ";  // the bullet sits on the reading side
    if (block.kind == content::BlockKind::NumberedItem) out.text = frame.context().number(language, block.item_number) + ". ";
    for (const content::Span& span : block.spans) {
        const auto begin = static_cast<std::uint32_t>(out.text.size());
        out.text += span.site_key.empty() ? span.text : frame.context().site_value(language, span.site_key);
        if (!span.glossary_id.empty()) out.glossary_links.push_back({{begin, static_cast<std::uint32_t>(out.text.size())}, span.glossary_id});
    }
    return out;
}

int entry_index(const content::LanguageGuide& guide, const std::string& id)
{
    for (std::size_t i = 0; i < guide.glossary_entries.size(); ++i) {
        if (guide.glossary_entries[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

// The word-list entry, in place over the lower part of the reading area, with a Close button.
void draw_definition(Frame& frame, const content::GlossaryEntry& entry, float top, float bottom)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float height = std::max((bottom - top) * 0.5f, frame.mm(60));
    const RectPx area{margin, bottom - height, frame.width() - 2 * margin, height};
    const float border = frame.panel(area);
    const float close_width = std::max(frame.mm(40), area.width * 0.2f);
    const std::string close = frame.text("reader.glossary_close");
    const float close_height = frame.control_height(close, close_width, frame.body_px(), frame.mm(20));
    const float text_width = area.width - close_width - 3 * gap - 2 * border;
    frame.button({area.x + area.width - border - gap - close_width, area.y + border + gap, close_width, close_height}, close,
                 {ActionKind::CloseGlossary, 0}, frame.body_px());
    float y = area.y + border + gap;
    const float x = area.x + border + gap;
    y += frame.paragraph(entry.term, x, y, text_width, frame.body_px() * 1.3f) + gap / 2;
    for (const content::Block& block : entry.blocks) {
        y += frame.paragraph(block_text(block, frame).text, x, y, text_width, frame.body_px()) + gap / 2;
    }
}

void draw_topic(Frame& frame, const content::LanguageGuide& guide)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float nav_width = (frame.width() - 2 * margin - 3 * gap) / 4;
    float nav_height = frame.mm(22);
    for (const char* key : {"nav.previous", "nav.home", "nav.next"}) nav_height = frame.control_height(frame.text(key), nav_width, frame.body_px(), nav_height);
    nav_height = frame.control_height(frame.text("reader.listen"), nav_width, frame.body_px(), nav_height, "volume_up");
    nav_height = frame.control_height(frame.text("reader.stop"), nav_width, frame.body_px(), nav_height, "stop");
    const float nav_top = frame.height() - gap - nav_height;
    const int count = static_cast<int>(guide.topics.size());
    const int index = std::clamp(frame.view().topic_index, 0, count - 1);
    const content::Topic& topic = guide.topics[static_cast<std::size_t>(index)];

    // Navigation: previous at the start side, next at the end side (mirrored for RTL), and
    // Listen in between, labelled Stop while it speaks.
    const float nav_x[] = {margin, margin + nav_width + gap, margin + 2 * (nav_width + gap), margin + 3 * (nav_width + gap)};
    frame.button({nav_x[0], nav_top, nav_width, nav_height}, frame.text("nav.previous"), {ActionKind::Previous, 0}, frame.body_px());
    if (frame.context().speech_available) {
        frame.button({nav_x[1], nav_top, nav_width, nav_height}, frame.text(frame.view().speaking ? "reader.stop" : "reader.listen"),
                     {ActionKind::Listen, 0}, frame.body_px(), frame.view().speaking ? "stop" : "volume_up");
    } else {
        frame.paragraph(frame.text("speech.unavailable"), nav_x[1], nav_top, nav_width, frame.body_px() * 0.8f);
    }
    frame.button({nav_x[2], nav_top, nav_width, nav_height}, frame.text("nav.home"), {ActionKind::Home, 0}, frame.body_px());
    frame.button({nav_x[3], nav_top, nav_width, nav_height}, frame.text("nav.next"), {ActionKind::Next, 0}, frame.body_px());

    // The reading column, clipped between the bar and the navigation, scrolled by the view.
    const float column_width = std::min(frame.width() - 2 * margin, frame.body_px() * 34);  // about 60-70 characters a line
    const float column_x = (frame.width() - column_width) / 2;
    const RectPx reading_area{0, top, frame.width(), nav_top - gap - top};
    frame.renderer().set_clip(reading_area);
    float y = top + gap - frame.view().scroll_px;
    y += frame.paragraph(frame.context().topic_position(frame.view().language, index + 1, count),
                         column_x, y, column_width, frame.body_px() * 0.9f);
    y += frame.paragraph(topic.front_matter.title, column_x, y, column_width, frame.body_px() * 1.6f) + gap;
    for (const content::Block& block : topic.document.blocks) {
        const bool heading = block.kind == content::BlockKind::Heading;
        const float font_px = heading ? frame.body_px() * 1.3f : frame.body_px();
        const bool item = block.kind == content::BlockKind::BulletItem || block.kind == content::BlockKind::NumberedItem;
        const float indent = item ? frame.body_px() : 0.0f;
        const BlockText words = block_text(block, frame);
        const auto [layout, box_x] = frame.placed_paragraph(words.text, column_x + indent, y, column_width - indent, font_px);
        for (const auto& [bytes, id] : words.glossary_links) {
            const int entry = entry_index(guide, id);
            if (entry >= 0) frame.link(*layout, box_x, y, bytes, {ActionKind::OpenGlossary, entry}, reading_area);
        }
        y += layout->height_px + (item ? gap / 2 : gap);
    }
    frame.renderer().clear_clip();
    const int entry = frame.view().glossary_entry;
    if (entry >= 0 && entry < static_cast<int>(guide.glossary_entries.size())) {
        draw_definition(frame, guide.glossary_entries[static_cast<std::size_t>(entry)], top, nav_top - gap);
    }
}

}  // namespace

std::vector<Control> draw_screen(Renderer& renderer, const KioskView& view, const ScreenContext& context)
{
    if (view.screen == Screen::Welcome) {
        draw_welcome(renderer, context.engine, context.strings, context.geometry, theme(view.theme));
        std::vector<Control> controls;
        const auto tiles = welcome_tiles(context.geometry);
        for (std::size_t i = 0; i < tiles.size(); ++i) controls.push_back({tiles[i], {ActionKind::PickLanguage, static_cast<int>(i)}});
        return controls;
    }
    Frame frame(renderer, view, context);
    const content::LanguageGuide* guide = context.guide.find(view.language);
    if (!guide || guide->topics.empty()) guide = context.guide.find(Language::English);
    if (guide && !guide->topics.empty()) {
        if (view.screen == Screen::Home) draw_home(frame, *guide);
        if (view.screen == Screen::Topic) draw_topic(frame, *guide);
        if (view.screen == Screen::Help) draw_help(frame);
    } else {
        frame.control_bar();
    }
    return frame.take_controls();
}

std::vector<std::string> speakable_text(const KioskView& view, const ScreenContext& context)
{
    std::vector<std::string> paragraphs;
    const content::LanguageGuide* guide = context.guide.find(view.language);
    if (view.screen != Screen::Topic || !guide || guide->topics.empty()) return paragraphs;
    const int count = static_cast<int>(guide->topics.size());
    const content::Topic& topic = guide->topics[static_cast<std::size_t>(std::clamp(view.topic_index, 0, count - 1))];
    paragraphs.push_back(topic.front_matter.title);
    for (const content::Block& block : topic.document.blocks) {
        paragraphs.push_back(block.text_with_values([&](std::string_view key) { return context.site_value(view.language, key); }));
    }
    return paragraphs;
}

const Control* control_at(const std::vector<Control>& controls, float x_px, float y_px)
{
    // Last drawn is on top (the definition panel over the text it explains).
    for (auto it = controls.rbegin(); it != controls.rend(); ++it) {
        const RectPx& a = it->area;
        if (x_px >= a.x && x_px < a.x + a.width && y_px >= a.y && y_px < a.y + a.height) return &*it;
    }
    return nullptr;
}

}  // namespace kiosk::ui
