#include "ui/welcome_screen.h"

#include <gtest/gtest.h>

namespace kiosk::ui {

// Every language's tile is a main-action touch target: at least 20 mm square, with space
// between tiles, on a 24-inch 1080p panel and on a 15-inch one.
TEST(WelcomeScreen, TilesAreLargeTouchTargetsWithGaps)
{
    for (const ScreenGeometry geometry : {ScreenGeometry{1920, 1080, 3.6f}, ScreenGeometry{1280, 800, 5.6f}}) {
        const auto tiles = welcome_tiles(geometry);
        for (std::size_t i = 0; i < tiles.size(); ++i) {
            EXPECT_GE(tiles[i].width / geometry.px_per_mm, 20.0f);
            EXPECT_GE(tiles[i].height / geometry.px_per_mm, 20.0f);
            EXPECT_EQ(welcome_hit(geometry, tiles[i].x + 1, tiles[i].y + 1), all_languages[i]);
            EXPECT_EQ(welcome_hit(geometry, tiles[i].x + tiles[i].width - 1, tiles[i].y + tiles[i].height - 1), all_languages[i]);
        }
        // The gap between the first two tiles picks nothing.
        EXPECT_FALSE(welcome_hit(geometry, tiles[0].x + tiles[0].width + 2, tiles[0].y + 10).has_value());
    }
}

// The audio guide's switch is a main action along the bottom (at least 20 mm tall and the
// screen's width), apart from every tile and from the desk's lock, on a 24-inch and a 15-inch panel.
TEST(WelcomeScreen, GuideSwitchIsALargeTargetApartFromTilesAndLock)
{
    for (const ScreenGeometry geometry : {ScreenGeometry{1920, 1080, 3.6f}, ScreenGeometry{1920, 1080, 5.6f}, ScreenGeometry{1280, 800, 5.6f}}) {
        const WelcomeLayout layout = welcome_layout(geometry);
        const RectPx& guide = layout.guide_switch;
        EXPECT_GE(guide.height / geometry.px_per_mm, 20.0f);
        EXPECT_GE(guide.width, geometry.width_px * 0.8f);
        EXPECT_LE(guide.y + guide.height, geometry.height_px);
        for (const RectPx& tile : layout.tiles) {
            EXPECT_GE(guide.y - (tile.y + tile.height), 4 * geometry.px_per_mm);  // a gap a shaky finger will not cross
            EXPECT_GE(tile.height / geometry.px_per_mm, 20.0f);
        }
        const RectPx& lock = layout.staff_corner;
        EXPECT_TRUE(lock.x >= guide.x + guide.width || lock.y >= guide.y + guide.height);
        EXPECT_FALSE(welcome_hit(geometry, guide.x + guide.width / 2, guide.y + guide.height / 2).has_value());
    }
}

}  // namespace kiosk::ui
