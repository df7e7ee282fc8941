// `parent-kiosk layout`: lays out text with the engine and prints the layout JSON whose field
// names DESIGN.md fixes as a contract (lang, width, font_size, direction, lines[y, height,
// baseline, runs[font, script, direction, level, start, end, glyphs[id, cluster, x, y, advance]]]).
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::text {
struct Layout;
class FontSet;
}  // namespace kiosk::text

namespace kiosk::shell {

struct LayoutOptions {
    std::string language_code;
    float width_px = 0;
    float font_size_px = 32;
    std::string text;
    bool text_given = false;
    std::string resources;
    std::string png_path;  // also draw the layout into this PNG file
};

// Adds the subcommand and its options to `app`; `options` must outlive parsing.
CLI::App* add_layout_command(CLI::App& app, LayoutOptions& options);

// Runs it; returns the process exit code. Messages go to stderr, JSON to stdout.
int run_layout_command(const LayoutOptions& options);

nlohmann::json layout_to_json(const text::Layout& layout, const text::FontSet& fonts);

}  // namespace kiosk::shell
