#include "ui/welcome_screen.h"

#include <algorithm>
#include <memory>

namespace kiosk::ui {
namespace {

constexpr int columns = 3;
constexpr int rows = 2;
constexpr float gap_mm = 6;          // space between targets, so a shaky touch never hits two
constexpr float margin_mm = 10;
constexpr float switch_mm = 30;      // the audio guide's switch: a main action, and two rows of labels
constexpr float name_cap_mm = 12;    // language names: readable from a few steps away
constexpr float invite_cap_mm = 5;   // above the 4 mm body text, since it is the first thing read
constexpr float switch_cap_mm = 4;   // the switch's six labels in two rows, at body size
constexpr float cap_height_em = 0.7f;  // Noto's cap height is about 0.71 em
constexpr float border_mm = 0.8f;

float font_px(float cap_mm, const ScreenGeometry& geometry) { return cap_mm * geometry.px_per_mm / cap_height_em; }

void draw_tiles(Renderer& renderer, text::TextEngine& engine, const StringLookup& strings, const ScreenGeometry& geometry, const Theme& theme,
                const WelcomeLayout& layout)
{
    const float border = std::max(2.0f, border_mm * geometry.px_per_mm);
    const float padding = 2 * gap_mm * geometry.px_per_mm;
    for (std::size_t i = 0; i < layout.tiles.size(); ++i) {
        const Language language = all_languages[i];
        const RectPx& tile = layout.tiles[i];
        renderer.fill_rect(tile, theme.border);
        renderer.fill_rect({tile.x + border, tile.y + border, tile.width - 2 * border, tile.height - 2 * border}, theme.surface);
        const float text_width = tile.width - 2 * padding;
        // The name on one line and both inside the tile: on a small, dense panel (or beside
        // Nastaliq's tall lines) the sizes step down until they fit.
        std::shared_ptr<const text::Layout> name, invite;
        float scale = 1;
        for (int step = 0; step < 8; ++step, scale *= 0.85f) {
            name = engine.layout(native_language_name(language), language, font_px(name_cap_mm, geometry) * scale, text_width);
            invite = engine.layout(strings(language, "welcome.invite"), language, font_px(invite_cap_mm, geometry) * scale, text_width);
            if (name->lines.size() <= 1 && name->height_px + invite->height_px <= tile.height - padding) break;
        }
        const float block_height = name->height_px + invite->height_px;
        const float top = tile.y + std::max(padding / 2, (tile.height - block_height) / 2);
        renderer.draw_text(*name, tile.x + padding, top, theme.text);
        renderer.draw_text(*invite, tile.x + padding, top + name->height_px, theme.text);
    }
}

// The switch: its state as the toggle's shape and a border three times as thick when on (never
// colour alone, as the tick boxes), headphones, then "Audio guide" in each language, in the
// tiles' order.
float draw_guide_switch(Renderer& renderer, text::TextEngine& engine, const StringLookup& strings, const ScreenGeometry& geometry,
                        const Theme& theme, const RectPx& area, GuideState guide)
{
    const float mm = geometry.px_per_mm;
    const float border = std::max(2.0f, border_mm * mm) * (guide == GuideState::On ? 3.0f : 1.0f);
    renderer.fill_rect(area, theme.border);
    renderer.fill_rect({area.x + border, area.y + border, area.width - 2 * border, area.height - 2 * border}, theme.surface);
    const float padding = 3 * mm;
    float x = area.x + padding;
    for (const char* icon : {guide == GuideState::On ? "toggle_on" : "toggle_off", "headphones"}) {
        if (const auto pictogram = engine.icon(icon, area.height * 0.5f)) {
            renderer.draw_text(*pictogram, x, area.y + (area.height - pictogram->height_px) / 2, theme.text);
            x += pictogram->width_px + padding;
        }
    }
    // One row of six where the panel is wide enough for 40 mm each, else two rows of three in
    // the tiles' order; the labels are as large as the invitations when they have a row to themselves.
    const float cell_gap = 2 * padding;
    const float labels_width = area.x + area.width - padding - x;
    const int label_columns = labels_width / 6 >= 40 * mm ? 6 : 3;
    const int label_rows = 6 / label_columns;
    const float cell_width = (labels_width - static_cast<float>(label_columns - 1) * cell_gap) / static_cast<float>(label_columns);
    const float row_height = (area.height - 2 * padding) / static_cast<float>(label_rows);
    const float label_px = font_px(label_rows == 1 ? invite_cap_mm : switch_cap_mm, geometry);
    float tallest = 0;
    for (std::size_t i = 0; i < all_languages.size(); ++i) {
        const Language language = all_languages[i];
        const auto label = engine.layout(strings(language, "guide.switch"), language, label_px, cell_width);
        const auto column = static_cast<float>(i % static_cast<std::size_t>(label_columns));
        const auto row = static_cast<float>(i / static_cast<std::size_t>(label_columns));
        const float cell_x = x + column * (cell_width + cell_gap);
        const float row_y = area.y + padding + row * row_height;
        renderer.draw_text(*label, cell_x, row_y + std::max(0.0f, (row_height - label->height_px) / 2), theme.text, TextAlign::Centre);
        tallest = std::max(tallest, label->height_px);
    }
    return static_cast<float>(label_rows) * tallest + 2 * padding;
}

}  // namespace

WelcomeLayout welcome_layout(const ScreenGeometry& geometry)
{
    const float margin = margin_mm * geometry.px_per_mm;
    const float gap = gap_mm * geometry.px_per_mm;
    const float switch_height = switch_mm * geometry.px_per_mm;
    const float tiles_bottom = geometry.height_px - margin - switch_height - gap;
    const float tile_width = (geometry.width_px - 2 * margin - (columns - 1) * gap) / columns;
    const float tile_height = (tiles_bottom - margin - (rows - 1) * gap) / rows;
    WelcomeLayout layout{};
    for (std::size_t i = 0; i < layout.tiles.size(); ++i) {
        const auto column = static_cast<float>(i % columns);
        const auto row = static_cast<float>(i / columns);
        layout.tiles[i] = {margin + column * (tile_width + gap), margin + row * (tile_height + gap), tile_width, tile_height};
    }
    layout.guide_switch = {margin, tiles_bottom + gap, geometry.width_px - 2 * margin, switch_height};
    // The desk's way in sits in the margin at the corner, beside the switch's end, so a parent's
    // touch on the switch can never open it.
    layout.staff_corner = {geometry.width_px - margin, geometry.height_px - margin, margin, margin};
    return layout;
}

std::array<RectPx, all_languages.size()> welcome_tiles(const ScreenGeometry& geometry) { return welcome_layout(geometry).tiles; }

std::optional<Language> welcome_hit(const ScreenGeometry& geometry, float x_px, float y_px)
{
    const auto tiles = welcome_tiles(geometry);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const RectPx& t = tiles[i];
        if (x_px >= t.x && x_px < t.x + t.width && y_px >= t.y && y_px < t.y + t.height) return all_languages[i];
    }
    return std::nullopt;
}

float draw_welcome(Renderer& renderer, text::TextEngine& engine, const StringLookup& strings, const ScreenGeometry& geometry,
                   const Theme& theme, GuideState guide)
{
    const WelcomeLayout layout = welcome_layout(geometry);
    draw_tiles(renderer, engine, strings, geometry, theme, layout);
    return draw_guide_switch(renderer, engine, strings, geometry, theme, layout.guide_switch, guide);
}

}  // namespace kiosk::ui
