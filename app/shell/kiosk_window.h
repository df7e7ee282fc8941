// `parent-kiosk` with no subcommand: the kiosk itself, in an SDL window (or full screen).
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace kiosk::shell {

struct KioskOptions {
    bool fullscreen = false;
    std::string site;
    std::string resources;
    std::string data_dir;  // --data; empty: the default data directory
    // Given on the command line, these override the site's [kiosk] settings; otherwise the site's hold.
    std::optional<float> px_per_mm;
    std::optional<int> idle_seconds;
    std::optional<int> warning_seconds;
};

// Adds the kiosk's own options to the top-level command.
void add_kiosk_options(CLI::App& app, KioskOptions& options);

// Runs the kiosk until the window is closed; returns the process exit code. Without a display it
// says what it needs and how to render screens instead.
int run_kiosk_window(const KioskOptions& options);

}  // namespace kiosk::shell
