// Draws a frame with SDL as batched geometry: filled rectangles and text laid out by the text
// engine, whose glyphs come from the glyph atlas. The only place that knows SDL rendering; it
// uses the text layer's API only (never HarfBuzz or ICU directly).
#pragma once

#include "core/result.h"
#include "text/text_engine.h"
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
    // `renderer` and `engine` must outlive this object.
    static Result<std::unique_ptr<Renderer>> create(SDL_Renderer* renderer, text::TextEngine& engine);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Calls come in this order each frame: begin_frame, any fills and texts, end_frame.
    void begin_frame(Colour background);
    void fill_rect(const RectPx& rect, Colour colour);
    // Draws a layout with its box's top-left corner at (x, y).
    void draw_text(const text::Layout& layout, float x_px, float y_px, Colour colour, TextAlign align = TextAlign::Start);
    // Draws nothing outside `area` until clear_clip() (flushes what is queued first).
    void set_clip(const RectPx& area);
    void clear_clip();
    // Uploads new glyphs once and draws every batch; returns the number of draw calls made.
    int end_frame();

    const GlyphAtlas& atlas() const { return m_atlas; }

private:
    struct Batch {
        bool textured = false;
        std::vector<SDL_Vertex> vertices;
        std::vector<int> indices;
    };
    Renderer(SDL_Renderer* renderer, SDL_Texture* texture, text::TextEngine& engine);
    Batch& batch_for(bool textured);
    void add_quad(bool textured, const RectPx& where, const RectPx& texture_rect, Colour colour);
    std::optional<AtlasSlot> slot_for(text::FontId font, float size_px, std::uint32_t glyph);
    void upload_atlas();
    int flush();

    SDL_Renderer* m_renderer = nullptr;
    SDL_Texture* m_texture = nullptr;  // owned; the atlas, white with coverage as alpha
    text::TextEngine& m_engine;
    GlyphAtlas m_atlas;
    std::vector<Batch> m_batches;  // in drawing order
    bool m_in_frame = false;
};

}  // namespace kiosk::ui
