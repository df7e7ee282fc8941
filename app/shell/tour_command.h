// `parent-kiosk tour --out DIR`: every screen in every language at every text scale (and in high
// contrast), as PNG files, with an index.html contact sheet of them all, for reviewing the kiosk
// without walking up to it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct TourOptions {
    std::string out_dir;
    std::string size = "1920x1080";
    float px_per_mm = 3.6f;
    std::string site;
    std::string resources;
};

CLI::App* add_tour_command(CLI::App& app, TourOptions& options);
int run_tour_command(const TourOptions& options);

}  // namespace kiosk::shell
