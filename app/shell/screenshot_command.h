// `parent-kiosk screenshot --screen S --lang L [--scale X] [--theme high-contrast] [--size WxH]
// --out F.png`: renders one screen headlessly with SDL's software renderer (no display needed).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct ScreenshotOptions {
    std::string screen;
    std::string language_code = "en";
    float text_scale = 1.0f;
    std::string theme_name = "calm";
    std::string size = "1920x1080";
    float px_per_mm = 3.6f;
    std::string topic_id;
    std::string glossary_id;
    std::string site;
    std::string png_path;
    std::string resources;
};

CLI::App* add_screenshot_command(CLI::App& app, ScreenshotOptions& options);
int run_screenshot_command(const ScreenshotOptions& options);

}  // namespace kiosk::shell
