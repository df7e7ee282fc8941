#include "ui/renderer.h"

#include "text/glyph_raster.h"

#include <bit>
#include <cassert>
#include <cmath>

namespace kiosk::ui {
namespace {

SDL_Color sdl_colour(Colour colour) { return {colour.r, colour.g, colour.b, colour.a}; }

std::uint64_t colour_bits(Colour c) { return (std::uint64_t{c.r} << 24) | (std::uint64_t{c.g} << 16) | (std::uint64_t{c.b} << 8) | c.a; }

std::uint64_t rect_hash(std::uint64_t hash, const RectPx& r)
{
    for (float value : {r.x, r.y, r.width, r.height}) hash = mix_hash(hash, std::bit_cast<std::uint32_t>(value));
    return hash;
}

SDL_Rect intersect(const SDL_Rect& a, const PixelRect& b)
{
    const SDL_Rect other{b.x, b.y, b.width, b.height};
    SDL_Rect both{};
    return SDL_IntersectRect(&a, &other, &both) ? both : SDL_Rect{};
}

// Whether any pixel of `r` may lie in `clip`.
bool touches(const RectPx& r, const SDL_Rect& clip)
{
    return clip.w > 0 && clip.h > 0 && r.x < static_cast<float>(clip.x + clip.w) && r.x + r.width > static_cast<float>(clip.x) &&
        r.y < static_cast<float>(clip.y + clip.h) && r.y + r.height > static_cast<float>(clip.y);
}

}  // namespace

Result<std::unique_ptr<Renderer>> Renderer::create(SDL_Renderer* renderer, text::TextEngine& engine, int atlas_side_px)
{
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, atlas_side_px, atlas_side_px);
    if (!texture) return fail(std::string("cannot create the glyph texture: ") + SDL_GetError());
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    return std::unique_ptr<Renderer>(new Renderer(renderer, texture, engine, atlas_side_px));
}

Renderer::Renderer(SDL_Renderer* renderer, SDL_Texture* atlas_texture, text::TextEngine& engine, int atlas_side_px)
    : m_renderer(renderer), m_atlas_texture(atlas_texture), m_engine(engine), m_atlas(atlas_side_px)
{
    m_atlas.clear();  // the texture starts undefined: upload the empty atlas once
    SDL_RendererInfo info{};
    m_needs_canvas = SDL_GetRendererInfo(renderer, &info) != 0 || (info.flags & SDL_RENDERER_SOFTWARE) == 0;
}

Renderer::~Renderer()
{
    if (m_canvas) SDL_DestroyTexture(m_canvas);
    SDL_DestroyTexture(m_atlas_texture);
}

// A canvas the size of the output; false when the renderer cannot make one (then every frame is
// painted whole, straight to the output).
bool Renderer::prepare_canvas(int width_px, int height_px)
{
    if (!m_needs_canvas) return true;
    int width = 0, height = 0;
    if (m_canvas && SDL_QueryTexture(m_canvas, nullptr, nullptr, &width, &height) == 0 && width == width_px && height == height_px) return true;
    if (m_canvas) SDL_DestroyTexture(m_canvas);
    m_canvas = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, width_px, height_px);
    if (m_canvas) SDL_SetTextureBlendMode(m_canvas, SDL_BLENDMODE_NONE);
    m_damage.invalidate();
    return m_canvas != nullptr;
}

void Renderer::begin_frame(Colour background)
{
    assert(!m_in_frame && "begin_frame called twice");
    m_in_frame = true;
    SDL_SetRenderTarget(m_renderer, nullptr);
    SDL_GetRendererOutputSize(m_renderer, &m_width_px, &m_height_px);
    if (!prepare_canvas(m_width_px, m_height_px)) m_damage.invalidate();
    m_damage.begin(m_width_px, m_height_px, colour_bits(background));
    m_background = background;
    m_quads.clear();
    m_clips.assign(1, SDL_Rect{0, 0, m_width_px, m_height_px});
    m_clip = 0;
    m_painted = 0;
    m_painting_whole = false;
}

void Renderer::begin_layout_pass()
{
    assert(!m_in_frame && "a layout pass inside a frame");
    m_in_frame = true;
    m_layout_only = true;
}

void Renderer::end_layout_pass()
{
    assert(m_in_frame && m_layout_only);
    m_in_frame = false;
    m_layout_only = false;
}

void Renderer::add_quad(bool textured, const RectPx& where, const RectPx& texture_rect, Colour colour)
{
    if (m_layout_only) return;
    m_quads.push_back({where, texture_rect, colour, textured, m_clip});
    const SDL_Rect& clip = m_clips[static_cast<std::size_t>(m_clip)];
    std::uint64_t content = mix_hash(rect_hash(0, where), colour_bits(colour));
    content = mix_hash(content, (std::uint64_t{static_cast<std::uint32_t>(clip.x)} << 32) | static_cast<std::uint32_t>(clip.y));
    content = mix_hash(content, (std::uint64_t{static_cast<std::uint32_t>(clip.w)} << 32) | static_cast<std::uint32_t>(clip.h));
    // The same atlas place holds another glyph after the atlas is cleared.
    if (textured) content = mix_hash(rect_hash(content, texture_rect), m_atlas.generation());
    m_damage.add(std::max(where.x, static_cast<float>(clip.x)), std::max(where.y, static_cast<float>(clip.y)),
                 std::min(where.x + where.width, static_cast<float>(clip.x + clip.w)),
                 std::min(where.y + where.height, static_cast<float>(clip.y + clip.h)), content);
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
        // Paint what is recorded with the glyphs it refers to, then start the atlas afresh.
        paint_all_so_far();
        m_atlas.clear();
        inserted = m_atlas.insert(key, bitmap->width_px, bitmap->height_px, bitmap->left_px, bitmap->top_px, bitmap->coverage);
    }
    if (inserted != InsertResult::Inserted) return std::nullopt;
    return m_atlas.find(key);
}

void Renderer::draw_text(const text::Layout& layout, float x_px, float y_px, Colour colour, TextAlign align)
{
    assert(m_in_frame);
    if (m_layout_only) return;
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
    if (m_layout_only) return;
    m_clips.push_back({static_cast<int>(area.x), static_cast<int>(area.y), static_cast<int>(area.width), static_cast<int>(area.height)});
    m_clip = static_cast<int>(m_clips.size() - 1);
}

void Renderer::clear_clip() { m_clip = 0; }

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
    SDL_UpdateTexture(m_atlas_texture, &rect, argb.data(), dirty.width * 4);
}

void Renderer::clear_region(const PixelRect& region)
{
    const SDL_Rect rect{region.x, region.y, region.width, region.height};
    SDL_RenderSetClipRect(m_renderer, &rect);
    SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(m_renderer, m_background.r, m_background.g, m_background.b, m_background.a);
    SDL_RenderFillRect(m_renderer, &rect);
}

// Draws the queued vertices, clipped to both the quads' own clip and the region being painted.
void Renderer::submit(const PixelRect& region, const SDL_Rect& clip, bool textured)
{
    if (m_indices.empty()) return;
    const SDL_Rect both = intersect(clip, region);
    SDL_RenderSetClipRect(m_renderer, &both);
    SDL_RenderGeometry(m_renderer, textured ? m_atlas_texture : nullptr, m_vertices.data(), static_cast<int>(m_vertices.size()),
                       m_indices.data(), static_cast<int>(m_indices.size()));
    m_vertices.clear();
    m_indices.clear();
}

// Paints the quads from `first_quad` on that fall in `region`, in order, batched while the
// texture and clip stay the same.
void Renderer::paint(const PixelRect& region, std::size_t first_quad)
{
    const SDL_Rect whole_region{region.x, region.y, region.width, region.height};
    const float side = static_cast<float>(m_atlas.side_px());
    int batch_clip = -1;
    bool batch_textured = false;
    for (std::size_t i = first_quad; i < m_quads.size(); ++i) {
        const Quad& quad = m_quads[i];
        const SDL_Rect& clip = m_clips[static_cast<std::size_t>(quad.clip)];
        if (!touches(quad.where, clip) || !touches(quad.where, whole_region)) continue;
        if (quad.clip != batch_clip || quad.textured != batch_textured) {
            if (batch_clip >= 0) submit(region, m_clips[static_cast<std::size_t>(batch_clip)], batch_textured);
            batch_clip = quad.clip;
            batch_textured = quad.textured;
        }
        const SDL_Color c = sdl_colour(quad.colour);
        const RectPx& w = quad.where;
        const RectPx& t = quad.texture_rect;
        const float u0 = t.x / side, v0 = t.y / side, u1 = (t.x + t.width) / side, v1 = (t.y + t.height) / side;
        const int first = static_cast<int>(m_vertices.size());
        m_vertices.push_back({{w.x, w.y}, c, {u0, v0}});
        m_vertices.push_back({{w.x + w.width, w.y}, c, {u1, v0}});
        m_vertices.push_back({{w.x + w.width, w.y + w.height}, c, {u1, v1}});
        m_vertices.push_back({{w.x, w.y + w.height}, c, {u0, v1}});
        for (int index : {0, 1, 2, 0, 2, 3}) m_indices.push_back(first + index);
    }
    if (batch_clip >= 0) submit(region, m_clips[static_cast<std::size_t>(batch_clip)], batch_textured);
}

void Renderer::paint_all_so_far()
{
    const PixelRect whole{0, 0, m_width_px, m_height_px};
    if (m_canvas) SDL_SetRenderTarget(m_renderer, m_canvas);
    if (!m_painting_whole) clear_region(whole);
    m_painting_whole = true;
    upload_atlas();
    paint(whole, m_painted);
    m_painted = m_quads.size();
}

std::int64_t Renderer::end_frame()
{
    assert(m_in_frame && !m_layout_only && "end_frame without begin_frame");
    m_in_frame = false;
    std::vector<PixelRect> regions = m_damage.finish();
    std::int64_t area = 0;
    if (m_painting_whole) {
        paint_all_so_far();
        area = std::int64_t{m_width_px} * m_height_px;
    } else if (!regions.empty()) {
        if (m_canvas) SDL_SetRenderTarget(m_renderer, m_canvas);
        upload_atlas();
        for (const PixelRect& region : regions) {
            clear_region(region);
            paint(region, 0);
            area += std::int64_t{region.width} * region.height;
        }
    }
    if (m_canvas) {
        SDL_SetRenderTarget(m_renderer, nullptr);
        SDL_RenderSetClipRect(m_renderer, nullptr);
        SDL_RenderCopy(m_renderer, m_canvas, nullptr, nullptr);
    }
    SDL_RenderSetClipRect(m_renderer, nullptr);
    return area;
}

}  // namespace kiosk::ui
