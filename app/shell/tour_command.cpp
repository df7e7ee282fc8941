#include "shell/tour_command.h"

#include "shell/contact_sheet.h"
#include "shell/example_views.h"
#include "shell/resources.h"
#include "shell/screen_png.h"

#include <cmath>
#include <iostream>
#include <vector>

namespace kiosk::shell {
namespace {

struct TourShot {
    std::string_view screen;
    Language language = Language::English;
    int text_scale_step = 0;  // index into ui::text_scales
    ui::ThemeName theme = ui::ThemeName::Calm;
};

// Every screen in every language at every text size, plus high contrast once per screen and
// language at the default size. Staff screens are in English whatever the parent chose, so they
// are drawn in English only.
std::vector<TourShot> tour_shots()
{
    std::vector<TourShot> shots;
    for (const std::string_view screen : example_screen_names()) {
        for (const Language language : all_languages) {
            if (screen.starts_with("staff") && language != Language::English) continue;
            for (int step = 0; step < static_cast<int>(std::size(ui::text_scales)); ++step) {
                shots.push_back({screen, language, step, ui::ThemeName::Calm});
            }
            shots.push_back({screen, language, 0, ui::ThemeName::HighContrast});
        }
    }
    return shots;
}

ContactSheetEntry sheet_entry(const TourShot& shot)
{
    ContactSheetEntry entry;
    entry.screen = shot.screen;
    entry.language_code = language_code(shot.language);
    entry.text_size_percent = static_cast<int>(std::lround(ui::text_scales[shot.text_scale_step] * 100));
    const bool high_contrast = shot.theme == ui::ThemeName::HighContrast;
    entry.theme = high_contrast ? "high-contrast" : "calm";
    entry.file_name = entry.screen + "-" + entry.language_code + "-" + std::to_string(entry.text_size_percent) +
        (high_contrast ? "-high-contrast" : "") + ".png";
    return entry;
}

}  // namespace

CLI::App* add_tour_command(CLI::App& app, TourOptions& options)
{
    CLI::App* command =
        app.add_subcommand("tour", "render every screen in every language and text size to PNG files, with an index.html contact sheet");
    command->add_option("--out", options.out_dir, "folder for the PNG files and index.html (made if missing)")->required();
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
    const std::vector<TourShot> shots = tour_shots();
    std::vector<ContactSheetEntry> sheet;
    for (const TourShot& shot : shots) {
        const ExampleScreen example = *example_view(shot.screen, shot.language);
        ui::KioskView view = example.view;
        view.text_scale_step = shot.text_scale_step;
        view.theme = shot.theme;
        const ContactSheetEntry entry = sheet_entry(shot);
        const std::filesystem::path path = std::filesystem::path(options.out_dir) / entry.file_name;
        if (auto result = render_screen_png(*loaded, view, *geometry, path, example.idle_warning_seconds); !result) {
            std::cerr << "parent-kiosk tour: " << result.error().message << "\n";
            return 1;
        }
        sheet.push_back(entry);
    }
    if (auto result = write_contact_sheet(sheet, std::filesystem::path(options.out_dir) / "index.html"); !result) {
        std::cerr << "parent-kiosk tour: " << result.error().message << "\n";
        return 1;
    }
    std::cout << "wrote " << shots.size() << " screens and index.html to " << options.out_dir << "\n";
    return 0;
}

}  // namespace kiosk::shell
