#include "shell/kiosk_window.h"

#include "shell/kiosk_records.h"
#include "shell/kiosk_resources.h"
#include "shell/single_instance.h"
#include "shell/resources.h"
#include "speech/missing_voices.h"
#include "ui/kiosk_app.h"

#include <SDL.h>
#include <cstdlib>
#include <iostream>

namespace kiosk::shell {
namespace {

bool display_available()
{
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    // SDL_VIDEODRIVER=dummy (set for tests) is no display a parent could see, so it does not count.
    return (display && *display) || (wayland && *wayland);
}

int failed(const std::string& message)
{
    std::cerr << "parent-kiosk: " << message << "\n";
    return 1;
}

}  // namespace

void add_kiosk_options(CLI::App& app, KioskOptions& options)
{
    app.add_flag("--fullscreen", options.fullscreen, "fill the screen (for deployment)");
    app.add_option("--site", options.site, "council settings to show (default: content/site.toml)");
    app.add_option("--resources", options.resources, "folder holding fonts/, locales/ and content/ (default: the source tree)");
    app.add_option_function<float>("--px-per-mm", [&options](float value) { options.px_per_mm = value; },
                                   "panel pixel density (default: the site's [kiosk] panel_px_per_mm, else 3.6 for 24-inch 1080p)")
        ->check(CLI::Range(1.0f, 20.0f));
    app.add_option_function<int>("--idle-seconds", [&options](int value) { options.idle_seconds = value; },
                                 "quiet time before \"Are you still here?\" (default: the site's [kiosk] idle_seconds, else 90)")
        ->check(CLI::Range(10, 3600));
    app.add_option("--data", options.data_dir, "folder for the records and the staff PIN (default: $XDG_STATE_HOME/parent-kiosk)");
    app.add_option_function<int>("--warning-seconds", [&options](int value) { options.warning_seconds = value; },
                                 "countdown before everything is cleared (default: the site's [kiosk] warning_seconds, else 30)")
        ->check(CLI::Range(20, 600));
}

int run_kiosk_window(const KioskOptions& options)
{
    if (!display_available()) {
        std::cerr << "parent-kiosk: no display found. The kiosk needs a graphical display (X11 or Wayland:\n"
                     "  set DISPLAY or WAYLAND_DISPLAY, or run it under Xvfb).\n"
                     "Without a display you can render its screens to PNG files:\n"
                     "  parent-kiosk screenshot --screen welcome --out welcome.png\n"
                     "Run parent-kiosk --help for every mode.\n";
        return 2;
    }
    const auto resources = resource_dir(options.resources);
    if (!resources) return failed(resources.error().message);
    auto loaded = load_kiosk_resources(*resources, options.site);
    if (!loaded) return failed(loaded.error().message);
    const auto data_dir = chosen_data_dir(options.data_dir);
    if (!data_dir) return failed(data_dir.error().message);
    auto instance = claim_single_instance(*data_dir);
    if (!instance) return failed(instance.error().message);
    const auto today = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    int retention_months = 0;
    if (loaded->guide->site) {
        if (auto months = loaded->guide->site->value("timings.requests_kept_months"); months && std::holds_alternative<std::int64_t>(*months)) {
            retention_months = static_cast<int>(std::get<std::int64_t>(*months));
        }
    }
    auto records = open_kiosk_records(*data_dir, retention_months, today);
    // Problems go to the terminal for the council's IT; the desk sees them in staff mode.
    if (!records->opened.problem.empty()) std::cerr << "parent-kiosk: " << records->opened.problem << "\n";
    if (!records->pin) std::cerr << "parent-kiosk: staff mode is locked: " << records->desk->services().pin_problem << "\n";
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return failed(std::string("SDL could not start the display: ") + SDL_GetError());
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    const Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | (options.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS : SDL_WINDOW_RESIZABLE);
    // Full screen is also made the display's size at its corner: a kiosk often runs with no window
    // manager to honour the full-screen request, and the window would stay small and off-centre.
    SDL_DisplayMode desktop{};
    const bool whole_display = options.fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0;
    SDL_Window* window = whole_display ? SDL_CreateWindow("Parent information kiosk", 0, 0, desktop.w, desktop.h, flags)
                                       : SDL_CreateWindow("Parent information kiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1600, 900, flags);
    if (!window) return failed(std::string("cannot open the kiosk window: ") + SDL_GetError());
    SDL_Renderer* sdl_renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!sdl_renderer) sdl_renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!sdl_renderer) return failed(std::string("cannot draw in the kiosk window: ") + SDL_GetError());
    int width = 0, height = 0;
    // Hi-DPI: lay out in the renderer's real pixels, and say so to the geometry.
    SDL_GetRendererOutputSize(sdl_renderer, &width, &height);
    auto renderer = ui::Renderer::create(sdl_renderer, *loaded->engine);
    if (!renderer) return failed(renderer.error().message);
    // The site's [kiosk] settings, unless the command line says otherwise.
    const content::KioskSettings site_kiosk = loaded->guide->site ? loaded->guide->site->kiosk : content::KioskSettings{};
    ui::ScreenGeometry geometry{static_cast<float>(width), static_cast<float>(height), options.px_per_mm.value_or(site_kiosk.panel_px_per_mm)};
    // Speech is welcome but not essential: without eSpeak NG data or a sound device the kiosk
    // still shows everything, and says why on the terminal for the council's IT.
    auto synthesiser = speech::Synthesiser::create();
    if (!synthesiser) std::cerr << "parent-kiosk: speech is off: " << synthesiser.error().message << "\n";
    auto player = synthesiser ? speech::Player::open((*synthesiser)->sample_rate_hz()) : Result<std::unique_ptr<speech::Player>>(fail("no synthesiser"));
    if (synthesiser && !player) std::cerr << "parent-kiosk: speech is off: " << player.error().message << "\n";
    const ui::SpeechOutput speech_output{synthesiser ? synthesiser->get() : nullptr, player ? player->get() : nullptr};
    ui::ScreenContext context = screen_context(*loaded, geometry);
    context.speaks.fill(speech_output.synthesiser && speech_output.player);
    if (context.speaks.front()) {
        const auto missing = speech::missing_voices(*speech_output.synthesiser);
        for (Language language : all_languages) {
            const auto& problem = missing[static_cast<std::size_t>(language)];
            if (problem) std::cerr << "parent-kiosk: " << *problem << "\n";
            context.speaks[static_cast<std::size_t>(language)] = !problem;
        }
    }
    attach_records(context, *records);
    const ui::IdleTimer idle(std::chrono::seconds(options.idle_seconds.value_or(site_kiosk.idle_seconds)),
                             std::chrono::seconds(options.warning_seconds.value_or(site_kiosk.warning_seconds)));
    ui::KioskApp app(**renderer, std::move(context), idle, ui::Clock::now(), speech_output, records->desk.get(), site_kiosk);
    while (!app.quit_requested()) {
        const auto now = ui::Clock::now();
        // While speech is being made, wake often enough to start it playing promptly.
        const auto wake = app.speech_pending() > 0 ? now + std::chrono::milliseconds(10) : app.next_wake(now);
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count();
        SDL_Event event;
        // Pages to lay out ahead are done one at a time, and only while no input is waiting.
        const bool ahead = app.pages_to_prepare();
        if (ahead ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, static_cast<int>(std::clamp<long long>(wait, 1, 1000)))) {
            do {
                app.handle(event, ui::Clock::now());
            } while (SDL_PollEvent(&event));
        } else if (ahead) {
            app.prepare_ahead();
        }
        SDL_GetRendererOutputSize(sdl_renderer, &width, &height);
        app.resize(static_cast<float>(width), static_cast<float>(height));
        app.tick(ui::Clock::now());
        purge_if_new_day(*records, retention_months, std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())});
        if (app.draw_if_needed(ui::Clock::now())) SDL_RenderPresent(sdl_renderer);
    }
    renderer->reset();
    SDL_DestroyRenderer(sdl_renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}

}  // namespace kiosk::shell
