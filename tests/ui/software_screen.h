// A 1920x1080 picture drawn by SDL's software renderer through the kiosk's Renderer: what ui and
// shell tests draw screens on, with no display.
#pragma once

#include "ui/renderer.h"

#include <SDL.h>
#include <memory>

namespace kiosk::ui::testing {

class SoftwareScreen {
public:
    // `engine` must outlive the screen. renderer() is null when SDL or the atlas could not start.
    explicit SoftwareScreen(text::TextEngine& engine, int width_px = 1920, int height_px = 1080, int atlas_side_px = 2048)
        : m_surface(SDL_CreateRGBSurfaceWithFormat(0, width_px, height_px, 32, SDL_PIXELFORMAT_RGBA32)),
          m_sdl_renderer(m_surface ? SDL_CreateSoftwareRenderer(m_surface) : nullptr)
    {
        if (!m_sdl_renderer) return;
        if (auto renderer = Renderer::create(m_sdl_renderer, engine, atlas_side_px)) m_renderer = std::move(*renderer);
    }
    SoftwareScreen(const SoftwareScreen&) = delete;
    SoftwareScreen& operator=(const SoftwareScreen&) = delete;
    ~SoftwareScreen()
    {
        m_renderer.reset();  // before the SDL renderer it draws with
        if (m_sdl_renderer) SDL_DestroyRenderer(m_sdl_renderer);
        if (m_surface) SDL_FreeSurface(m_surface);
    }

    Renderer* renderer() { return m_renderer.get(); }
    // The picture as drawn so far (RGBA, 4 bytes a pixel, rows `pitch` bytes apart).
    const SDL_Surface& surface() const { return *m_surface; }

private:
    SDL_Surface* m_surface = nullptr;
    SDL_Renderer* m_sdl_renderer = nullptr;
    std::unique_ptr<Renderer> m_renderer;
};

}  // namespace kiosk::ui::testing
