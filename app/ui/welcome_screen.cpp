#include "ui/welcome_screen.h"

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr int columns = 3;
constexpr int rows = 2;
constexpr float gap_mm = 6;          // space between targets, so a shaky touch never hits two
constexpr float margin_mm = 10;
constexpr float name_cap_mm = 12;    // language names: readable from a few steps away
constexpr float invite_cap_mm = 5;   // above the 4 mm body text, since it is the first thing read
constexpr float cap_height_em = 0.7f;  // Noto's cap height is about 0.71 em
constexpr float border_mm = 0.8f;

float font_px(float cap_mm, const ScreenGeometry& geometry) { return cap_mm * geometry.px_per_mm / cap_height_em; }

}  // namespace

std::array<RectPx, all_languages.size()> welcome_tiles(const ScreenGeometry& geometry)
{
    const float margin = margin_mm * geometry.px_per_mm;
    const float gap = gap_mm * geometry.px_per_mm;
    const float tile_width = (geometry.width_px - 2 * margin - (columns - 1) * gap) / columns;
    const float tile_height = (geometry.height_px - 2 * margin - (rows - 1) * gap) / rows;
    std::array<RectPx, all_languages.size()> tiles{};
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const auto column = static_cast<float>(i % columns);
        const auto row = static_cast<float>(i / columns);
        tiles[i] = {margin + column * (tile_width + gap), margin + row * (tile_height + gap), tile_width, tile_height};
    }
    return tiles;
}

std::optional<Language> welcome_hit(const ScreenGeometry& geometry, float x_px, float y_px)
{
    const auto tiles = welcome_tiles(geometry);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const RectPx& t = tiles[i];
        if (x_px >= t.x && x_px < t.x + t.width && y_px >= t.y && y_px < t.y + t.height) return all_languages[i];
    }
    return std::nullopt;
}

void draw_welcome(Renderer& renderer, text::TextEngine& engine, const StringLookup& strings,
                  const ScreenGeometry& geometry, const Theme& theme)
{
    const auto tiles = welcome_tiles(geometry);
    const float border = std::max(2.0f, border_mm * geometry.px_per_mm);
    const float padding = 2 * gap_mm * geometry.px_per_mm;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const Language language = all_languages[i];
        const RectPx& tile = tiles[i];
        renderer.fill_rect(tile, theme.border);
        renderer.fill_rect({tile.x + border, tile.y + border, tile.width - 2 * border, tile.height - 2 * border}, theme.surface);
        const float text_width = tile.width - 2 * padding;
        const auto name = engine.layout(native_language_name(language), language, font_px(name_cap_mm, geometry), text_width);
        const auto invite = engine.layout(strings(language, "welcome.invite"), language, font_px(invite_cap_mm, geometry), text_width);
        const float block_height = name->height_px + invite->height_px;
        const float top = tile.y + std::max(padding, (tile.height - block_height) / 2);
        renderer.draw_text(*name, tile.x + padding, top, theme.text);
        renderer.draw_text(*invite, tile.x + padding, top + name->height_px, theme.text);
    }
}

}  // namespace kiosk::ui
