// The first screen a parent meets: an invitation in all six languages at once, each language's
// name in its own script and large; touching anywhere in a language's tile picks it. Along the
// bottom, the audio guide's switch for people who cannot read the screen, labelled in all six.
//
//   +---------+---------+---------+
//   | English | বাংলা    |  اردو    |   3 x 2 tiles, gaps between them, each tile a touch
//   | invite  | invite  |  invite |   target far above the 20 mm minimum for main actions;
//   +---------+---------+---------+   RTL languages' text is right-aligned in their tiles
//   | 繁體中文 | العربية  |  فارسی   |
//   +---------+---------+---------+
//   | (o) ((headphones))  Audio guide   অডিও গাইড   آڈیو گائیڈ  |   the switch: 30 mm tall, its
//   |                     語音導覽   الدليل الصوتي   راهنمای صوتی |   state in the toggle's shape
//   +-----------------------------------------------------------+ [lock]
#pragma once

#include "core/language.h"
#include "text/text_engine.h"
#include "ui/renderer.h"
#include "ui/theme.h"

#include <array>
#include <functional>
#include <optional>
#include <string>

namespace kiosk::ui {

// A screen's size and the panel's pixel density (a site setting: about 3.6 px/mm on a 24-inch
// 1080p panel, 5.6 on a 15-inch one), from which touch targets and text sizes are sized.
struct ScreenGeometry {
    float width_px = 1920;
    float height_px = 1080;
    float px_per_mm = 3.6f;
};

// Looks up an interface string for a language (the i18n catalog, in the shell).
using StringLookup = std::function<std::string(Language, std::string_view key)>;

struct WelcomeLayout {
    std::array<RectPx, all_languages.size()> tiles;
    RectPx guide_switch;  // the full-width strip along the bottom
    RectPx staff_corner;  // the desk's lock, in the margin beside the strip's end
};

WelcomeLayout welcome_layout(const ScreenGeometry& geometry);
std::array<RectPx, all_languages.size()> welcome_tiles(const ScreenGeometry& geometry);

// The language whose tile holds the point, if any (gaps between tiles pick nothing).
std::optional<Language> welcome_hit(const ScreenGeometry& geometry, float x_px, float y_px);

enum class GuideState { Off, On };

// Draws the tiles and the audio guide's switch; returns the height the switch's labels take (two
// rows of the tallest, with padding), which must fit inside it (tests prove it).
float draw_welcome(Renderer& renderer, text::TextEngine& engine, const StringLookup& strings, const ScreenGeometry& geometry,
                   const Theme& theme, GuideState guide);

}  // namespace kiosk::ui
