#include "ui/theme.h"

#include <gtest/gtest.h>

namespace kiosk::ui {

// The formula gives the known extremes: black on white is 21:1, a colour on itself 1:1.
TEST(Theme, ContrastRatioFormula)
{
    EXPECT_NEAR(contrast_ratio({0, 0, 0, 255}, {255, 255, 255, 255}), 21.0, 0.01);
    EXPECT_NEAR(contrast_ratio({120, 30, 200, 255}, {120, 30, 200, 255}), 1.0, 0.001);
}

// Calm theme: text at least 4.5:1 on background and surface (WCAG 2.2 SC 1.4.3); borders and
// focus at least 3:1 (SC 1.4.11).
TEST(Theme, CalmThemeMeetsAA)
{
    const Theme t = theme(ThemeName::Calm);
    EXPECT_GE(contrast_ratio(t.text, t.background), 4.5);
    EXPECT_GE(contrast_ratio(t.text, t.surface), 4.5);
    EXPECT_GE(contrast_ratio(t.border, t.surface), 3.0);
    EXPECT_GE(contrast_ratio(t.border, t.background), 3.0);
    EXPECT_GE(contrast_ratio(t.focus, t.surface), 3.0);
}

// High-contrast theme: text at least 7:1 (SC 1.4.6), controls and focus at least 3:1.
TEST(Theme, HighContrastMeetsAAA)
{
    const Theme t = theme(ThemeName::HighContrast);
    EXPECT_GE(contrast_ratio(t.text, t.background), 7.0);
    EXPECT_GE(contrast_ratio(t.text, t.surface), 7.0);
    EXPECT_GE(contrast_ratio(t.border, t.background), 3.0);
    EXPECT_GE(contrast_ratio(t.focus, t.background), 3.0);
}

}  // namespace kiosk::ui
