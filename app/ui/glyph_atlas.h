// Glyph images packed into one square coverage bitmap, for drawing text as textured quads.
// The cache (which glyph sits where) is kept apart from the texture upload: the renderer copies
// the dirty rectangle to the GPU once per frame. Keyed by font, size and glyph index, never by
// code point (shaped Bengali and Urdu glyphs have none). When the atlas is full it is cleared
// and refilled by the glyphs the next frames use, so a kiosk running for weeks stays bounded.
//
//   +---------------------+  shelves: each row of glyphs is as tall as its tallest glyph;
//   |[a][b][c]   shelf 0  |  a glyph goes on the first shelf with room, else on a new shelf
//   |[dd][e]     shelf 1  |  below; padding of 1 px keeps bilinear sampling from bleeding.
//   +---------------------+
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace kiosk::ui {

struct GlyphKey {
    std::uint16_t font = 0;
    std::uint16_t size_px = 0;
    std::uint32_t glyph = 0;
    friend bool operator==(const GlyphKey&, const GlyphKey&) = default;
};

struct GlyphKeyHash {
    std::size_t operator()(const GlyphKey& key) const
    {
        return (static_cast<std::size_t>(key.font) << 48) ^ (static_cast<std::size_t>(key.size_px) << 32) ^ key.glyph;
    }
};

// Where a glyph's image is in the atlas, and how to place it relative to the pen and baseline.
struct AtlasSlot {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    int left_px = 0;
    int top_px = 0;
};

struct DirtyRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

enum class InsertResult { Inserted, Full, TooLarge };

class GlyphAtlas {
public:
    explicit GlyphAtlas(int side_px);

    // The glyph's slot, if it is in the atlas now.
    std::optional<AtlasSlot> find(const GlyphKey& key) const;

    // Copies a glyph image (coverage bytes, width * height) into the atlas. `Full` leaves the
    // atlas unchanged: the caller clears it and inserts again; `TooLarge` means it never fits.
    InsertResult insert(const GlyphKey& key, int width, int height, int left_px, int top_px,
                        const std::vector<std::uint8_t>& coverage);

    // Forgets every glyph (the next frame refills what it draws). Counts as a full dirty upload.
    void clear();

    // The region changed since the last take_dirty(), then resets it. Empty width: nothing.
    DirtyRect take_dirty();

    int side_px() const { return m_side_px; }
    const std::vector<std::uint8_t>& pixels() const { return m_pixels; }
    std::size_t glyph_count() const { return m_slots.size(); }
    std::uint64_t generation() const { return m_generation; }  // bumped by clear()

private:
    struct Shelf {
        int y = 0;
        int height = 0;
        int used_width = 0;
    };
    void mark_dirty(int x, int y, int width, int height);

    int m_side_px = 0;
    std::vector<std::uint8_t> m_pixels;
    std::vector<Shelf> m_shelves;
    // Key: (font, size, glyph). A font's glyph images never change, so a slot stays right until
    // clear() empties the whole map.
    std::unordered_map<GlyphKey, AtlasSlot, GlyphKeyHash> m_slots;
    std::optional<DirtyRect> m_dirty;
    std::uint64_t m_generation = 0;
};

}  // namespace kiosk::ui
