#include "shell/screenshot_command.h"

#include "shell/kiosk_resources.h"
#include "shell/png_file.h"
#include "shell/resources.h"
#include "ui/screens.h"

#include <SDL.h>
#include <algorithm>
#include <iostream>
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

// The screens this build can draw; the rest of DESIGN.md's list arrives with the screens issue.
constexpr std::string_view available_screens = "welcome, home, topic";

std::optional<ui::Screen> parse_screen(const std::string& name)
{
    if (name == "welcome") return ui::Screen::Welcome;
    if (name == "home") return ui::Screen::Home;
    if (name == "topic") return ui::Screen::Topic;
    return std::nullopt;
}

std::optional<ui::ScreenGeometry> parse_size(const std::string& size, float px_per_mm)
{
    int width = 0, height = 0;
    char x = 0;
    std::istringstream in(size);
    if (!(in >> width >> x >> height) || x != 'x' || width < 320 || height < 240 || width > 8192 || height > 8192) return std::nullopt;
    return ui::ScreenGeometry{static_cast<float>(width), static_cast<float>(height), px_per_mm};
}

int failed(const std::string& message, int code)
{
    std::cerr << "parent-kiosk screenshot: " << message << "\n";
    return code;
}

}  // namespace

CLI::App* add_screenshot_command(CLI::App& app, ScreenshotOptions& options)
{
    CLI::App* command = app.add_subcommand("screenshot", "render one screen to a PNG file without a display");
    command->add_option("--screen", options.screen, "the screen: " + std::string(available_screens))->required();
    command->add_option("--lang", options.language_code, "language: en, bn, ur, zh-Hant, ar or fa (default en)");
    command->add_option("--scale", options.text_scale, "text size: 1, 1.5 or 2")->check(CLI::IsMember({1.0f, 1.5f, 2.0f}));
    command->add_option("--theme", options.theme_name, "calm or high-contrast")->check(CLI::IsMember({"calm", "high-contrast"}));
    command->add_option("--size", options.size, "screen size in pixels, WIDTHxHEIGHT (default 1920x1080)");
    command->add_option("--px-per-mm", options.px_per_mm, "panel pixel density (default 3.6: 24-inch 1080p)")->check(CLI::Range(1.0f, 20.0f));
    command->add_option("--topic", options.topic_id, "with --screen topic: the topic id (default the first)");
    command->add_option("--site", options.site, "council settings to show (default: content/site.toml)");
    command->add_option("--out", options.png_path, "the PNG file to write")->required();
    command->add_option("--resources", options.resources, "folder holding fonts/ and locales/ (default: the source tree)");
    return command;
}

int run_screenshot_command(const ScreenshotOptions& options)
{
    const auto language = parse_language(options.language_code);
    if (!language) return failed(language.error().message, 2);
    const auto screen = parse_screen(options.screen);
    if (!screen) return failed("unknown screen \"" + options.screen + "\"; this build can draw: " + std::string(available_screens), 2);
    const auto geometry = parse_size(options.size, options.px_per_mm);
    if (!geometry) return failed("--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, e.g. 1920x1080", 2);
    const auto resources = resource_dir(options.resources);
    if (!resources) return failed(resources.error().message, 1);
    auto loaded = load_kiosk_resources(*resources, options.site);
    if (!loaded) return failed(loaded.error().message, 1);
    ui::KioskView view;
    view.screen = *screen;
    view.language = *language;
    view.theme = options.theme_name == "high-contrast" ? ui::ThemeName::HighContrast : ui::ThemeName::Calm;
    view.text_scale_step = options.text_scale >= 2.0f ? 2 : options.text_scale >= 1.5f ? 1 : 0;
    if (!options.topic_id.empty()) {
        const content::LanguageGuide* guide = loaded->guide->find(*language);
        const auto found = guide ? std::find_if(guide->topics.begin(), guide->topics.end(),
                                                [&](const content::Topic& topic) { return topic.front_matter.id == options.topic_id; })
                                 : std::vector<content::Topic>::const_iterator{};
        if (!guide || found == guide->topics.end()) return failed("no topic \"" + options.topic_id + "\" in " + options.language_code, 2);
        view.topic_index = static_cast<int>(found - guide->topics.begin());
    }

    const int width = static_cast<int>(geometry->width_px), height = static_cast<int>(geometry->height_px);
    std::unique_ptr<SDL_Surface, SurfaceCloser> surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32));
    if (!surface) return failed(std::string("cannot make a picture to draw on: ") + SDL_GetError(), 1);
    std::unique_ptr<SDL_Renderer, RendererCloser> sdl_renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!sdl_renderer) return failed(std::string("cannot start SDL's software renderer: ") + SDL_GetError(), 1);
    auto renderer = ui::Renderer::create(sdl_renderer.get(), *loaded->engine);
    if (!renderer) return failed(renderer.error().message, 1);

    (*renderer)->begin_frame(ui::theme(view.theme).background);
    ui::draw_screen(**renderer, view, screen_context(*loaded, *geometry));
    (*renderer)->end_frame();
    SDL_RenderPresent(sdl_renderer.get());
    if (auto written = write_png_rgba(static_cast<const std::uint8_t*>(surface->pixels), width, height, surface->pitch, options.png_path); !written) {
        return failed(written.error().message, 1);
    }
    return 0;
}

}  // namespace kiosk::shell
