// `parent-kiosk` with no subcommand: the kiosk itself, in an SDL window (or full screen).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct KioskOptions {
    bool fullscreen = false;
    std::string site;
    std::string resources;
    std::string data_dir;  // --data; empty: the default data directory
    float px_per_mm = 3.6f;
    int idle_seconds = 90;
    int warning_seconds = 30;
};

// Adds the kiosk's own options to the top-level command.
void add_kiosk_options(CLI::App& app, KioskOptions& options);

// Runs the kiosk until the window is closed; returns the process exit code. Without a display it
// says what it needs and how to render screens instead.
int run_kiosk_window(const KioskOptions& options);

}  // namespace kiosk::shell
