#include "ui/glyph_atlas.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

std::vector<std::uint8_t> image(int width, int height, std::uint8_t value = 200)
{
    return std::vector<std::uint8_t>(static_cast<std::size_t>(width * height), value);
}

}  // namespace

// An inserted glyph is found again at its slot, with its pixels copied and the region dirty.
TEST(GlyphAtlas, InsertFindAndDirtyRegion)
{
    GlyphAtlas atlas(64);
    atlas.take_dirty();
    ASSERT_EQ(atlas.insert({1, 32, 7}, 10, 12, -1, 11, image(10, 12)), InsertResult::Inserted);
    const auto slot = atlas.find({1, 32, 7});
    ASSERT_TRUE(slot.has_value());
    EXPECT_EQ(slot->width, 10);
    EXPECT_EQ(slot->top_px, 11);
    EXPECT_EQ(atlas.pixels()[static_cast<std::size_t>(slot->y * 64 + slot->x)], 200);
    const DirtyRect dirty = atlas.take_dirty();
    EXPECT_EQ(dirty.width, 10);
    EXPECT_EQ(dirty.height, 12);
    EXPECT_EQ(atlas.take_dirty().width, 0) << "dirty region is handed out once";
}

// The same glyph at another size or from another font is a different entry.
TEST(GlyphAtlas, KeyedByFontSizeAndGlyph)
{
    GlyphAtlas atlas(64);
    atlas.insert({1, 32, 7}, 4, 4, 0, 4, image(4, 4));
    EXPECT_FALSE(atlas.find({1, 48, 7}).has_value());
    EXPECT_FALSE(atlas.find({2, 32, 7}).has_value());
}

// Glyphs never overlap, and a full atlas says so instead of overwriting.
TEST(GlyphAtlas, PacksWithoutOverlapUntilFull)
{
    GlyphAtlas atlas(32);
    std::vector<AtlasSlot> slots;
    InsertResult result = InsertResult::Inserted;
    std::uint32_t glyph = 0;
    while ((result = atlas.insert({0, 16, glyph}, 7, 9, 0, 9, image(7, 9))) == InsertResult::Inserted) {
        slots.push_back(*atlas.find({0, 16, glyph++}));
    }
    EXPECT_EQ(result, InsertResult::Full);
    EXPECT_EQ(slots.size(), 12u);  // 7x9 glyphs take 8x10 with padding: 4 per shelf, 3 shelves in 32 px
    for (std::size_t i = 0; i < slots.size(); ++i) {
        for (std::size_t j = i + 1; j < slots.size(); ++j) {
            const bool apart = slots[i].x + slots[i].width <= slots[j].x || slots[j].x + slots[j].width <= slots[i].x ||
                slots[i].y + slots[i].height <= slots[j].y || slots[j].y + slots[j].height <= slots[i].y;
            EXPECT_TRUE(apart) << i << " and " << j;
        }
    }
}

// A glyph bigger than the atlas is refused as too large; clear() empties it for reuse.
TEST(GlyphAtlas, TooLargeAndClear)
{
    GlyphAtlas atlas(16);
    EXPECT_EQ(atlas.insert({0, 99, 1}, 20, 5, 0, 5, image(20, 5)), InsertResult::TooLarge);
    atlas.insert({0, 16, 1}, 5, 5, 0, 5, image(5, 5));
    const auto generation = atlas.generation();
    atlas.clear();
    EXPECT_EQ(atlas.glyph_count(), 0u);
    EXPECT_GT(atlas.generation(), generation);
    EXPECT_EQ(atlas.take_dirty().width, 16);
}

}  // namespace kiosk::ui
