// Colours of the two themes. Contrast ratios (WCAG 2.2 relative luminance) are checked in
// tests/ui/theme_test: calm text at least 4.5:1 (SC 1.4.3), high-contrast text at least 7:1
// (SC 1.4.6), control borders and focus at least 3:1 (SC 1.4.11) in both.
#pragma once

#include "ui/renderer.h"

namespace kiosk::ui {

struct Theme {
    Colour background;
    Colour surface;       // buttons and tiles
    Colour text;
    Colour border;        // control outlines
    Colour focus;         // keyboard / switch focus ring
};

enum class ThemeName { Calm, HighContrast };

Theme theme(ThemeName name);

// WCAG 2.2 contrast ratio of two opaque colours, 1 to 21.
double contrast_ratio(Colour a, Colour b);

}  // namespace kiosk::ui
