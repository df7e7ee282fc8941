#include "ui/renderer.h"

#include "text/glyph_raster.h"

#include <cassert>
#include <cmath>

namespace kiosk::ui {
namespace {

// 2048 px square holds every glyph of a screen at the largest text size with room to spare.
constexpr int atlas_side_px = 2048;

SDL_Color sdl_colour(Colour colour) { return {colour.r, colour.g, colour.b, colour.a}; }

}  // namespace

Result<std::unique_ptr<Renderer>> Renderer::create(SDL_Renderer* renderer, text::TextEngine& engine)
{
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, atlas_side_px, atlas_side_px);
    if (!texture) return fail(std::string("cannot create the glyph texture: ") + SDL_GetError());
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    return std::unique_ptr<Renderer>(new Renderer(renderer, texture, engine));
}

Renderer::Renderer(SDL_Renderer* renderer, SDL_Texture* texture, text::TextEngine& engine)
    : m_renderer(renderer), m_texture(texture), m_engine(engine), m_atlas(atlas_side_px)
{
    m_atlas.clear();  // the texture starts undefined: upload the empty atlas once
}

Renderer::~Renderer() { SDL_DestroyTexture(m_texture); }

void Renderer::begin_frame(Colour background)
{
    assert(!m_in_frame && "begin_frame called twice");
    m_in_frame = true;
    SDL_SetRenderDrawColor(m_renderer, background.r, background.g, background.b, background.a);
    SDL_RenderClear(m_renderer);
}

Renderer::Batch& Renderer::batch_for(bool textured)
{
    if (m_batches.empty() || m_batches.back().textured != textured) m_batches.push_back({textured, {}, {}});
    return m_batches.back();
}

void Renderer::add_quad(bool textured, const RectPx& where, const RectPx& texture_rect, Colour colour)
{
    Batch& batch = batch_for(textured);
    const int first = static_cast<int>(batch.vertices.size());
    const SDL_Color c = sdl_colour(colour);
    const float side = static_cast<float>(m_atlas.side_px());
    const float u0 = texture_rect.x / side, v0 = texture_rect.y / side;
    const float u1 = (texture_rect.x + texture_rect.width) / side, v1 = (texture_rect.y + texture_rect.height) / side;
    batch.vertices.push_back({{where.x, where.y}, c, {u0, v0}});
    batch.vertices.push_back({{where.x + where.width, where.y}, c, {u1, v0}});
    batch.vertices.push_back({{where.x + where.width, where.y + where.height}, c, {u1, v1}});
    batch.vertices.push_back({{where.x, where.y + where.height}, c, {u0, v1}});
    for (int index : {0, 1, 2, 0, 2, 3}) batch.indices.push_back(first + index);
}

void Renderer::fill_rect(const RectPx& rect, Colour colour)
{
    assert(m_in_frame);
    add_quad(false, rect, {}, colour);
}

std::optional<AtlasSlot> Renderer::slot_for(text::FontId font, float size_px, std::uint32_t glyph)
{
    const GlyphKey key{font, static_cast<std::uint16_t>(std::lround(size_px)), glyph};
    if (auto slot = m_atlas.find(key)) return slot;
    auto bitmap = text::rasterise_glyph(m_engine.fonts(), font, glyph, size_px);
    if (!bitmap) return std::nullopt;  // drawn as nothing; the layout stays readable around it
    InsertResult inserted = m_atlas.insert(key, bitmap->width_px, bitmap->height_px, bitmap->left_px, bitmap->top_px, bitmap->coverage);
    if (inserted == InsertResult::Full) {
        // Draw what is queued with the glyphs it refers to, then start the atlas afresh.
        flush();
        m_atlas.clear();
        inserted = m_atlas.insert(key, bitmap->width_px, bitmap->height_px, bitmap->left_px, bitmap->top_px, bitmap->coverage);
    }
    if (inserted != InsertResult::Inserted) return std::nullopt;
    return m_atlas.find(key);
}

void Renderer::draw_text(const text::Layout& layout, float x_px, float y_px, Colour colour, TextAlign align)
{
    assert(m_in_frame);
    const bool rtl = layout.direction == TextDirection::RightToLeft;
    for (const text::Line& line : layout.lines) {
        const float baseline = std::round(y_px + line.y_px + line.baseline_px);
        // Glyph x positions already include the start-side alignment (right edge for RTL).
        const float start_offset = rtl ? layout.width_px - line.width_px : 0.0f;
        const float line_x = align == TextAlign::Centre ? x_px + (layout.width_px - line.width_px) / 2 - start_offset : x_px;
        for (const text::VisualRun& run : line.runs) {
            for (const text::PositionedGlyph& glyph : run.glyphs) {
                const auto slot = slot_for(run.font, layout.font_size_px, glyph.id);
                if (!slot || slot->width == 0) continue;
                const float left = std::round(line_x + glyph.x_px) + static_cast<float>(slot->left_px);
                const float top = baseline + std::round(glyph.y_px) - static_cast<float>(slot->top_px);
                add_quad(true, {left, top, static_cast<float>(slot->width), static_cast<float>(slot->height)},
                         {static_cast<float>(slot->x), static_cast<float>(slot->y), static_cast<float>(slot->width),
                          static_cast<float>(slot->height)},
                         colour);
            }
        }
    }
}

void Renderer::set_clip(const RectPx& area)
{
    flush();
    const SDL_Rect rect{static_cast<int>(area.x), static_cast<int>(area.y), static_cast<int>(area.width), static_cast<int>(area.height)};
    SDL_RenderSetClipRect(m_renderer, &rect);
}

void Renderer::clear_clip()
{
    flush();
    SDL_RenderSetClipRect(m_renderer, nullptr);
}

void Renderer::upload_atlas()
{
    const DirtyRect dirty = m_atlas.take_dirty();
    if (dirty.width == 0) return;
    std::vector<std::uint32_t> argb(static_cast<std::size_t>(dirty.width * dirty.height));
    const auto& pixels = m_atlas.pixels();
    for (int row = 0; row < dirty.height; ++row) {
        for (int column = 0; column < dirty.width; ++column) {
            const std::uint32_t alpha = pixels[static_cast<std::size_t>((dirty.y + row) * m_atlas.side_px() + dirty.x + column)];
            argb[static_cast<std::size_t>(row * dirty.width + column)] = (alpha << 24) | 0x00FFFFFFu;
        }
    }
    const SDL_Rect rect{dirty.x, dirty.y, dirty.width, dirty.height};
    SDL_UpdateTexture(m_texture, &rect, argb.data(), dirty.width * 4);
}

int Renderer::flush()
{
    upload_atlas();
    int draw_calls = 0;
    for (const Batch& batch : m_batches) {
        SDL_RenderGeometry(m_renderer, batch.textured ? m_texture : nullptr, batch.vertices.data(),
                           static_cast<int>(batch.vertices.size()), batch.indices.data(), static_cast<int>(batch.indices.size()));
        ++draw_calls;
    }
    m_batches.clear();
    return draw_calls;
}

int Renderer::end_frame()
{
    assert(m_in_frame && "end_frame without begin_frame");
    m_in_frame = false;
    return flush();
}

}  // namespace kiosk::ui
