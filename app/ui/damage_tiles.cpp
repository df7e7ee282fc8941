#include "ui/damage_tiles.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

// Past this many regions one rectangle around them all is cheaper to repaint than the passes
// over the frame's quads that each region costs.
constexpr std::size_t most_regions = 32;

PixelRect bounding_box(const std::vector<PixelRect>& regions)
{
    int left = regions.front().x, top = regions.front().y, right = left, bottom = top;
    for (const PixelRect& r : regions) {
        left = std::min(left, r.x);
        top = std::min(top, r.y);
        right = std::max(right, r.x + r.width);
        bottom = std::max(bottom, r.y + r.height);
    }
    return {left, top, right - left, bottom - top};
}

}  // namespace

std::uint64_t mix_hash(std::uint64_t hash, std::uint64_t value)
{
    hash ^= value + 0x9E3779B97F4A7C15ull + (hash << 6) + (hash >> 2);
    return hash * 0xBF58476D1CE4E5B9ull;
}

void DamageTiles::begin(int width_px, int height_px, std::uint64_t background)
{
    if (width_px != m_width || height_px != m_height) m_previous.clear();
    m_width = width_px;
    m_height = height_px;
    m_columns = (width_px + tile_px - 1) / tile_px;
    m_rows = (height_px + tile_px - 1) / tile_px;
    m_current.assign(static_cast<std::size_t>(m_columns * m_rows), mix_hash(0, background));
}

void DamageTiles::add(float left, float top, float right, float bottom, std::uint64_t content)
{
    // A pixel is touched when the shape covers any of it.
    const int x0 = std::max(0, static_cast<int>(std::floor(left))), y0 = std::max(0, static_cast<int>(std::floor(top)));
    const int x1 = std::min(m_width, static_cast<int>(std::ceil(right))), y1 = std::min(m_height, static_cast<int>(std::ceil(bottom)));
    if (x0 >= x1 || y0 >= y1) return;
    for (int row = y0 / tile_px; row <= (y1 - 1) / tile_px; ++row) {
        for (int column = x0 / tile_px; column <= (x1 - 1) / tile_px; ++column) {
            std::uint64_t& tile = m_current[static_cast<std::size_t>(row * m_columns + column)];
            tile = mix_hash(tile, content);
        }
    }
}

std::vector<PixelRect> DamageTiles::finish()
{
    std::vector<PixelRect> regions;
    if (m_previous.size() != m_current.size()) {
        if (m_width > 0 && m_height > 0) regions.push_back({0, 0, m_width, m_height});
    } else {
        regions = dirty_regions();
    }
    m_previous.swap(m_current);
    if (regions.size() > most_regions) return {bounding_box(regions)};
    return regions;
}

std::vector<PixelRect> DamageTiles::dirty_regions() const
{
    std::vector<PixelRect> regions;
    std::vector<std::size_t> open;  // regions that end on the row above, to extend downwards
    for (int row = 0; row < m_rows; ++row) {
        std::vector<std::size_t> still_open;
        for (int column = 0; column < m_columns;) {
            const auto index = [&](int c) { return static_cast<std::size_t>(row * m_columns + c); };
            if (m_current[index(column)] == m_previous[index(column)]) {
                ++column;
                continue;
            }
            int end = column;
            while (end < m_columns && m_current[index(end)] != m_previous[index(end)]) ++end;
            const int x = column * tile_px, width = std::min(end * tile_px, m_width) - x;
            const int y = row * tile_px, height = std::min(y + tile_px, m_height) - y;
            const auto above = std::ranges::find_if(open, [&](std::size_t r) { return regions[r].x == x && regions[r].width == width; });
            if (above != open.end()) {
                regions[*above].height += height;
                still_open.push_back(*above);
            } else {
                still_open.push_back(regions.size());
                regions.push_back({x, y, width, height});
            }
            column = end;
        }
        open.swap(still_open);
    }
    return regions;
}

}  // namespace kiosk::ui
