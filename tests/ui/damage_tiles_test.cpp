// Which tiles of the screen a frame changes.
#include "ui/damage_tiles.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

constexpr int width = 1920, height = 1080;

void frame(DamageTiles& tiles, std::uint64_t background, std::initializer_list<std::pair<PixelRect, std::uint64_t>> quads)
{
    tiles.begin(width, height, background);
    for (const auto& [r, content] : quads) {
        tiles.add(static_cast<float>(r.x), static_cast<float>(r.y), static_cast<float>(r.x + r.width), static_cast<float>(r.y + r.height), content);
    }
}

TEST(DamageTiles, FirstFrameIsWholeThenNothingWhenUnchanged)
{
    DamageTiles tiles;
    frame(tiles, 1, {{{100, 100, 50, 20}, 7}});
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{0, 0, width, height}}));
    frame(tiles, 1, {{{100, 100, 50, 20}, 7}});
    EXPECT_TRUE(tiles.finish().empty());
}

TEST(DamageTiles, ChangedQuadRepaintsOnlyItsTiles)
{
    DamageTiles tiles;
    frame(tiles, 1, {{{100, 100, 50, 20}, 7}, {{1000, 500, 10, 10}, 8}});
    tiles.finish();
    frame(tiles, 1, {{{100, 100, 50, 20}, 7}, {{1000, 500, 10, 10}, 9}});
    // 1000..1010 x 500..510 lies in tile column 15, row 7.
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{960, 448, 64, 64}}));
}

TEST(DamageTiles, MovedQuadRepaintsWhereItWasAndWhereItIs)
{
    DamageTiles tiles;
    frame(tiles, 1, {{{10, 10, 20, 20}, 7}});
    tiles.finish();
    frame(tiles, 1, {{{200, 10, 20, 20}, 7}});
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{0, 0, 64, 64}, {192, 0, 64, 64}}));
}

TEST(DamageTiles, RunsJoinAcrossRowsAndEdgesAreClamped)
{
    DamageTiles tiles;
    frame(tiles, 1, {});
    tiles.finish();
    // Two tiles wide, three rows tall, ending at the bottom edge (1080 is not a multiple of 64).
    frame(tiles, 1, {{{1800, 950, 120, 130}, 5}});
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{1792, 896, 128, 184}}));
}

TEST(DamageTiles, NewBackgroundSizeOrInvalidateRepaintsAll)
{
    DamageTiles tiles;
    frame(tiles, 1, {});
    tiles.finish();
    frame(tiles, 2, {});
    EXPECT_EQ(tiles.finish().size(), 1u);  // every tile differs: joined into one rectangle
    tiles.invalidate();
    frame(tiles, 2, {});
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{0, 0, width, height}}));
    tiles.begin(800, 600, 2);
    EXPECT_EQ(tiles.finish(), (std::vector<PixelRect>{{0, 0, 800, 600}}));
}

TEST(DamageTiles, DrawingOrderCounts)
{
    DamageTiles tiles;
    frame(tiles, 1, {{{10, 10, 20, 20}, 7}, {{15, 15, 20, 20}, 8}});
    tiles.finish();
    frame(tiles, 1, {{{15, 15, 20, 20}, 8}, {{10, 10, 20, 20}, 7}});
    EXPECT_EQ(tiles.finish().size(), 1u);
}

TEST(DamageTiles, ManyScatteredChangesBecomeOneBox)
{
    DamageTiles tiles;
    frame(tiles, 1, {});
    tiles.finish();
    tiles.begin(width, height, 1);
    for (int i = 0; i < 40; ++i) tiles.add(static_cast<float>(i * 128 % width), static_cast<float>(i * 27), static_cast<float>(i * 128 % width + 4), static_cast<float>(i * 27 + 4), 3);
    const auto regions = tiles.finish();
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions[0].y, 0);
}

}  // namespace
}  // namespace kiosk::ui
