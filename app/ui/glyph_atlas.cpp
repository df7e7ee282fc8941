#include "ui/glyph_atlas.h"

#include <algorithm>
#include <cassert>

namespace kiosk::ui {
namespace {
constexpr int padding_px = 1;
}

GlyphAtlas::GlyphAtlas(int side_px) : m_side_px(side_px), m_pixels(static_cast<std::size_t>(side_px * side_px), 0) {}

std::optional<AtlasSlot> GlyphAtlas::find(const GlyphKey& key) const
{
    const auto found = m_slots.find(key);
    if (found == m_slots.end()) return std::nullopt;
    return found->second;
}

InsertResult GlyphAtlas::insert(const GlyphKey& key, int width, int height, int left_px, int top_px,
                                const std::vector<std::uint8_t>& coverage)
{
    assert(coverage.size() == static_cast<std::size_t>(width * height));
    const int padded_width = width + padding_px;
    const int padded_height = height + padding_px;
    if (padded_width > m_side_px || padded_height > m_side_px) return InsertResult::TooLarge;
    Shelf* shelf = nullptr;
    for (Shelf& candidate : m_shelves) {
        if (candidate.height >= padded_height && candidate.used_width + padded_width <= m_side_px) {
            shelf = &candidate;
            break;
        }
    }
    if (!shelf) {
        const int next_y = m_shelves.empty() ? 0 : m_shelves.back().y + m_shelves.back().height;
        if (next_y + padded_height > m_side_px) return InsertResult::Full;
        m_shelves.push_back({next_y, padded_height, 0});
        shelf = &m_shelves.back();
    }
    const AtlasSlot slot{shelf->used_width, shelf->y, width, height, left_px, top_px};
    shelf->used_width += padded_width;
    for (int row = 0; row < height; ++row) {
        std::copy_n(coverage.begin() + row * width, width,
                    m_pixels.begin() + (slot.y + row) * m_side_px + slot.x);
    }
    m_slots.emplace(key, slot);
    mark_dirty(slot.x, slot.y, std::max(width, 1), std::max(height, 1));
    return InsertResult::Inserted;
}

void GlyphAtlas::clear()
{
    m_slots.clear();
    m_shelves.clear();
    std::fill(m_pixels.begin(), m_pixels.end(), 0);
    m_dirty = DirtyRect{0, 0, m_side_px, m_side_px};
    ++m_generation;
}

DirtyRect GlyphAtlas::take_dirty()
{
    const DirtyRect dirty = m_dirty.value_or(DirtyRect{});
    m_dirty.reset();
    return dirty;
}

void GlyphAtlas::mark_dirty(int x, int y, int width, int height)
{
    if (!m_dirty) {
        m_dirty = DirtyRect{x, y, width, height};
        return;
    }
    const int right = std::max(m_dirty->x + m_dirty->width, x + width);
    const int bottom = std::max(m_dirty->y + m_dirty->height, y + height);
    m_dirty->x = std::min(m_dirty->x, x);
    m_dirty->y = std::min(m_dirty->y, y);
    m_dirty->width = right - m_dirty->x;
    m_dirty->height = bottom - m_dirty->y;
}

}  // namespace kiosk::ui
