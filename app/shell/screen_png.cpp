#include "shell/screen_png.h"

#include "shell/png_file.h"
#include "ui/screens.h"

#include <SDL.h>
#include <memory>
#include <sstream>

namespace kiosk::shell {
namespace {

struct SurfaceCloser {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
struct RendererCloser {
    void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
};

}  // namespace

std::optional<ui::ScreenGeometry> parse_screen_size(const std::string& size, float px_per_mm)
{
    int width = 0, height = 0;
    char x = 0;
    std::istringstream in(size);
    if (!(in >> width >> x >> height) || x != 'x' || width < 320 || height < 240 || width > 8192 || height > 8192) return std::nullopt;
    return ui::ScreenGeometry{static_cast<float>(width), static_cast<float>(height), px_per_mm};
}

Result<void> render_offscreen(KioskResources& resources, const ui::ScreenGeometry& geometry, ui::Colour background, const DrawFunction& draw,
                              const WriteFunction& write)
{
    const int width = static_cast<int>(geometry.width_px), height = static_cast<int>(geometry.height_px);
    std::unique_ptr<SDL_Surface, SurfaceCloser> surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32));
    if (!surface) return fail(std::string("cannot make a picture to draw on: ") + SDL_GetError());
    std::unique_ptr<SDL_Renderer, RendererCloser> sdl_renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!sdl_renderer) return fail(std::string("cannot start SDL's software renderer: ") + SDL_GetError());
    auto renderer = ui::Renderer::create(sdl_renderer.get(), *resources.engine);
    if (!renderer) return std::unexpected(renderer.error());
    (*renderer)->begin_frame(background);
    draw(**renderer, screen_context(resources, geometry));
    (*renderer)->end_frame();
    SDL_RenderPresent(sdl_renderer.get());
    return write(static_cast<const std::uint8_t*>(surface->pixels), width, height, surface->pitch);
}

Result<void> render_screen_png(KioskResources& resources, const ui::KioskView& view, const ui::ScreenGeometry& geometry,
                               const std::filesystem::path& path, std::optional<int> idle_warning_seconds)
{
    return render_offscreen(
        resources, geometry, ui::theme(view.theme).background,
        [&](ui::Renderer& renderer, const ui::ScreenContext& context) {
            if (idle_warning_seconds) ui::draw_idle_warning(renderer, view, context, *idle_warning_seconds);
            else ui::draw_screen(renderer, view, context);
        },
        [&](const std::uint8_t* pixels, int width, int height, int stride) { return write_png_rgba(pixels, width, height, stride, path); });
}

}  // namespace kiosk::shell
