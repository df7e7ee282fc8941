// Which parts of the screen a frame changes, so the renderer repaints only those. The screen is
// cut into 64 px tiles; every quad drawn folds a hash of itself (place, colour, texture
// coordinates, clip) into the tiles it touches, in drawing order. A tile whose hash equals the
// last frame's shows the same pixels and is left alone: an unchanged frame paints nothing, a
// pressed button repaints the tiles around it, a spoken word moving on repaints two words' worth.
//
//   last frame      this frame      dirty tiles         regions repainted
//   [a][b][c]       [a][B][c]       [ ][x][ ]           one rectangle per run of dirty tiles
//   [d][e][f]       [d][E][f]       [ ][x][ ]           in a row, runs with the same columns
//                                                       in consecutive rows joined
#pragma once

#include <cstdint>
#include <vector>

namespace kiosk::ui {

struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;
    friend bool operator==(const PixelRect&, const PixelRect&) = default;
};

class DamageTiles {
public:
    static constexpr int tile_px = 64;

    // Starts recording a frame. A new size, or invalidate(), makes the whole frame dirty.
    void begin(int width_px, int height_px, std::uint64_t background);
    // Something whose look is summed up by `content` covers `left..right x top..bottom` (pixel
    // edges; parts off screen are ignored).
    void add(float left, float top, float right, float bottom, std::uint64_t content);
    // The regions whose pixels differ from the last frame's; empty when nothing changed. The
    // recorded frame becomes the one the next frame is compared with.
    std::vector<PixelRect> finish();
    // The screen's pixels can no longer be trusted (lost, or drawn over): repaint all next time.
    void invalidate() { m_previous.clear(); }

private:
    std::vector<PixelRect> dirty_regions() const;

    int m_width = 0, m_height = 0, m_columns = 0, m_rows = 0;
    std::vector<std::uint64_t> m_current;
    std::vector<std::uint64_t> m_previous;  // empty: nothing trustworthy on screen
};

// Folds `value` into `hash` (order matters, as drawing order does).
std::uint64_t mix_hash(std::uint64_t hash, std::uint64_t value);

}  // namespace kiosk::ui
