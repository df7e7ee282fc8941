#include "shell/screenshot_command.h"

#include "shell/example_views.h"
#include "shell/kiosk_resources.h"
#include "shell/screen_png.h"
#include "shell/resources.h"
#include "ui/screens.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>

namespace kiosk::shell {
namespace {

std::string screen_list()
{
    std::string list;
    for (const std::string_view name : example_screen_names()) list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
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
    command->add_option("--screen", options.screen, "the screen: " + screen_list())->required();
    command->add_option("--lang", options.language_code, "language: en, bn, ur, zh-Hant, ar or fa (default en)");
    command->add_option("--scale", options.text_scale, "text size: 1, 1.5 or 2")->check(CLI::IsMember({1.0f, 1.5f, 2.0f}));
    command->add_option("--theme", options.theme_name, "calm or high-contrast")->check(CLI::IsMember({"calm", "high-contrast"}));
    command->add_option("--size", options.size, "screen size in pixels, WIDTHxHEIGHT (default 1920x1080)");
    command->add_option("--px-per-mm", options.px_per_mm, "panel pixel density (default 3.6: 24-inch 1080p)")->check(CLI::Range(1.0f, 20.0f));
    command->add_option("--topic", options.topic_id, "with --screen topic: the topic id (default the first)");
    command->add_option("--glossary", options.glossary_id, "with --screen topic: show this word-list entry in place");
    command->add_option("--site", options.site, "council settings to show (default: content/site.toml)");
    command->add_option("--out", options.png_path, "the PNG file to write")->required();
    command->add_option("--resources", options.resources, "folder holding fonts/ and locales/ (default: the source tree)");
    return command;
}

int run_screenshot_command(const ScreenshotOptions& options)
{
    const auto language = parse_language(options.language_code);
    if (!language) return failed(language.error().message, 2);
    auto example = example_view(options.screen, *language);
    if (!example) return failed("unknown screen \"" + options.screen + "\"; this build can draw: " + screen_list(), 2);
    const auto geometry = parse_screen_size(options.size, options.px_per_mm);
    if (!geometry) return failed("--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, e.g. 1920x1080", 2);
    const auto resources = resource_dir(options.resources);
    if (!resources) return failed(resources.error().message, 1);
    auto loaded = load_kiosk_resources(*resources, options.site);
    if (!loaded) return failed(loaded.error().message, 1);
    ui::KioskView view = std::move(example->view);
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
    if (!options.glossary_id.empty()) {
        const content::LanguageGuide* guide = loaded->guide->find(*language);
        const content::GlossaryEntry* entry = guide ? guide->find_entry(options.glossary_id) : nullptr;
        if (!entry) return failed("no word-list entry \"" + options.glossary_id + "\" in " + options.language_code, 2);
        view.glossary_entry = static_cast<int>(entry - guide->glossary_entries.data());
    }

    if (auto written = render_screen_png(*loaded, view, *geometry, options.png_path, example->idle_warning_seconds); !written) return failed(written.error().message, 1);
    return 0;
}

}  // namespace kiosk::shell
