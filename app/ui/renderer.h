// Draws a frame with SDL as batched geometry: filled rectangles and text laid out by the text
// engine, whose glyphs come from the glyph atlas. The only place that knows SDL rendering; it
// uses the text layer's API only (never HarfBuzz or ICU directly).
//
// A frame is recorded first and painted at end_frame, and only where it differs from the last
// one (DamageTiles): screens are drawn whole every time they change, which keeps the screens'
// code simple, while the pixels painted follow what changed. The picture is kept between frames
// in a canvas texture, since a GPU's back buffer is undefined after SDL_RenderPresent; SDL's
// software renderer paints into a surface that keeps its pixels, so it needs none.
#pragma once

#include "core/result.h"
#include "text/text_engine.h"
#include "ui/damage_tiles.h"
#include "ui/glyph_atlas.h"

#include <SDL.h>
#include <memory>
#include <vector>

namespace kiosk::ui {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

// Where each line sits in its layout's box: as laid out (start side of the language) or centred.
enum class TextAlign { Start, Centre };

struct RectPx {
    float x = 0, y = 0, width = 0, height = 0;
};

class Renderer {
public:
    // Wraps an SDL renderer it does not own (a window's, or a software one for screenshots);
    // `renderer` and `engine` must outlive this object. The glyph atlas is `atlas_side_px`
    // square: 2048 holds every glyph of a screen at the largest text size with room to spare.
    static Result<std::unique_ptr<Renderer>> create(SDL_Renderer* renderer, text::TextEngine& engine, int atlas_side_px = 2048);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Calls come in this order each frame: begin_frame, any fills and texts, end_frame.
    void begin_frame(Colour background);
    // A pass that draws nothing: the screens' code runs as for a frame and the text engine lays
    // out and caches everything it would show. The kiosk lays out the pages a parent is likely
    // to turn to while they read, so the turn itself only paints. Ended by end_layout_pass().
    void begin_layout_pass();
    void end_layout_pass();
    void fill_rect(const RectPx& rect, Colour colour);
    // Draws a layout with its box's top-left corner at (x, y).
    void draw_text(const text::Layout& layout, float x_px, float y_px, Colour colour, TextAlign align = TextAlign::Start);
    // Draws nothing outside `area` until clear_clip() (flushes what is queued first).
    void set_clip(const RectPx& area);
    void clear_clip();
    // Uploads new glyphs once and paints what changed since the last frame; returns the area
    // painted in pixels (0 for a frame like the last).
    std::int64_t end_frame();

    const GlyphAtlas& atlas() const { return m_atlas; }

private:
    struct Quad {
        RectPx where;
        RectPx texture_rect;  // in atlas pixels; unused for fills
        Colour colour;
        bool textured = false;
        int clip = 0;  // index in m_clips
    };
    Renderer(SDL_Renderer* renderer, SDL_Texture* atlas_texture, text::TextEngine& engine, int atlas_side_px);
    void add_quad(bool textured, const RectPx& where, const RectPx& texture_rect, Colour colour);
    std::optional<AtlasSlot> slot_for(text::FontId font, float size_px, std::uint32_t glyph);
    bool prepare_canvas(int width_px, int height_px);
    void upload_atlas();
    void clear_region(const PixelRect& region);
    void paint(const PixelRect& region, std::size_t first_quad);
    void submit(const PixelRect& region, const SDL_Rect& clip, bool textured);
    void paint_all_so_far();

    SDL_Renderer* m_renderer = nullptr;
    SDL_Texture* m_atlas_texture = nullptr;  // owned; white with coverage as alpha
    SDL_Texture* m_canvas = nullptr;         // owned; the picture between frames (GPU renderers)
    bool m_needs_canvas = false;
    text::TextEngine& m_engine;
    GlyphAtlas m_atlas;
    DamageTiles m_damage;
    // The frame being recorded, in drawing order.
    std::vector<Quad> m_quads;
    std::vector<SDL_Rect> m_clips;  // [0] is the whole target
    int m_clip = 0;
    Colour m_background;
    int m_width_px = 0, m_height_px = 0;
    // The atlas filled up mid-frame: the quads before m_painted were painted with the glyphs
    // they refer to, over a cleared target, and the rest of the frame is painted whole.
    std::size_t m_painted = 0;
    bool m_painting_whole = false;
    // Reused between submits.
    std::vector<SDL_Vertex> m_vertices;
    std::vector<int> m_indices;
    bool m_in_frame = false;
    bool m_layout_only = false;
};

}  // namespace kiosk::ui
