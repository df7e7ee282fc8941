#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

double channel(std::uint8_t value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Colour c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

}  // namespace

Theme theme(ThemeName name)
{
    if (name == ThemeName::HighContrast) {
        return {{0, 0, 0, 255}, {0, 0, 0, 255}, {255, 255, 255, 255}, {255, 255, 255, 255}, {255, 221, 0, 255}};
    }
    // Warm off-white and deep slate: calm, not stark, and well above the 4.5:1 minimum.
    return {{247, 244, 237, 255}, {255, 255, 255, 255}, {31, 41, 51, 255}, {82, 96, 109, 255}, {0, 95, 204, 255}};
}

double contrast_ratio(Colour a, Colour b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace kiosk::ui
