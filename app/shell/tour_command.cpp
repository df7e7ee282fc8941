#include "shell/tour_command.h"

#include "shell/example_views.h"
#include "shell/resources.h"
#include "shell/screen_png.h"

#include <iostream>

namespace kiosk::shell {

CLI::App* add_tour_command(CLI::App& app, TourOptions& options)
{
    CLI::App* command = app.add_subcommand("tour", "render every screen in every language and text size to PNG files");
    command->add_option("--out", options.out_dir, "folder for the PNG files (made if missing)")->required();
    command->add_option("--size", options.size, "screen size in pixels, WIDTHxHEIGHT (default 1920x1080)");
    command->add_option("--px-per-mm", options.px_per_mm, "panel pixel density (default 3.6)")->check(CLI::Range(1.0f, 20.0f));
    command->add_option("--site", options.site, "council settings to show (default: content/site.toml)");
    command->add_option("--resources", options.resources, "folder holding fonts/, locales/ and content/");
    return command;
}

int run_tour_command(const TourOptions& options)
{
    const auto geometry = parse_screen_size(options.size, options.px_per_mm);
    if (!geometry) {
        std::cerr << "parent-kiosk tour: --size must be WIDTHxHEIGHT, e.g. 1920x1080\n";
        return 2;
    }
    std::error_code error;
    std::filesystem::create_directories(options.out_dir, error);
    if (error) {
        std::cerr << "parent-kiosk tour: cannot make " << options.out_dir << ": " << error.message() << "\n";
        return 1;
    }
    const auto resources = resource_dir(options.resources);
    if (!resources) {
        std::cerr << "parent-kiosk tour: " << resources.error().message << "\n";
        return 1;
    }
    auto loaded = load_kiosk_resources(*resources, options.site);
    if (!loaded) {
        std::cerr << "parent-kiosk tour: " << loaded.error().message << "\n";
        return 1;
    }
    int written = 0;
    for (const std::string_view screen : example_screen_names()) {
        for (Language language : all_languages) {
            // Staff screens are in English whatever the parent chose: once is enough.
            if (screen.starts_with("staff") && language != Language::English) continue;
            for (int step = 0; step < static_cast<int>(std::size(ui::text_scales)); ++step) {
                for (ui::ThemeName theme : {ui::ThemeName::Calm, ui::ThemeName::HighContrast}) {
                    // High contrast once per screen and language, at the default size.
                    if (theme == ui::ThemeName::HighContrast && step != 0) continue;
                    const ExampleScreen example = *example_view(screen, language);
                    ui::KioskView view = example.view;
                    view.text_scale_step = step;
                    view.theme = theme;
                    const std::string name = std::string(screen) + "-" + std::string(language_code(language)) + "-" +
                        std::to_string(static_cast<int>(ui::text_scales[step] * 100)) +
                        (theme == ui::ThemeName::HighContrast ? "-high-contrast" : "") + ".png";
                    if (auto result = render_screen_png(*loaded, view, *geometry, std::filesystem::path(options.out_dir) / name, example.idle_warning_seconds); !result) {
                        std::cerr << "parent-kiosk tour: " << result.error().message << "\n";
                        return 1;
                    }
                    ++written;
                }
            }
        }
    }
    std::cout << "wrote " << written << " screens to " << options.out_dir << "\n";
    return 0;
}

}  // namespace kiosk::shell
