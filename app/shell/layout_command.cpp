#include "shell/layout_command.h"

#include "shell/png_file.h"
#include "shell/resources.h"
#include "text/glyph_raster.h"
#include "text/text_engine.h"

#include <cmath>
#include <iostream>
#include <iterator>

namespace kiosk::shell {
namespace {

// Two decimals are finer than any screen can show and keep the JSON readable.
double rounded(float value) { return std::round(static_cast<double>(value) * 100.0) / 100.0; }

const char* direction_name(TextDirection direction)
{
    return direction == TextDirection::RightToLeft ? "rtl" : "ltr";
}

}  // namespace

CLI::App* add_layout_command(CLI::App& app, LayoutOptions& options)
{
    CLI::App* command = app.add_subcommand("layout", "lay out text (from --text or stdin) and print the layout as JSON");
    command->add_option("--lang", options.language_code, "language: en, bn, ur, zh-Hant, ar or fa")->required();
    command->add_option("--width", options.width_px, "width of the text box in pixels")->required()->check(CLI::Range(1.0f, 100000.0f));
    command->add_option("--font-size", options.font_size_px, "font size in pixels (default 32)")->check(CLI::Range(1.0f, 1000.0f));
    command->add_option("--text", options.text, "the text (UTF-8); read from stdin when absent")
        ->each([&options](const std::string&) { options.text_given = true; });
    command->add_option("--png", options.png_path, "also draw the layout into this PNG file (dark text on white)");
    command->add_option("--resources", options.resources, "folder holding fonts/ (default: the source tree)");
    return command;
}

nlohmann::json layout_to_json(const text::Layout& layout, const text::FontSet& fonts)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const text::Line& line : layout.lines) {
        nlohmann::json runs = nlohmann::json::array();
        for (const text::VisualRun& run : line.runs) {
            nlohmann::json glyphs = nlohmann::json::array();
            for (const text::PositionedGlyph& glyph : run.glyphs) {
                glyphs.push_back({{"id", glyph.id}, {"cluster", glyph.cluster}, {"x", rounded(glyph.x_px)},
                                  {"y", rounded(glyph.y_px)}, {"advance", rounded(glyph.advance_px)}});
            }
            runs.push_back({{"font", fonts.font(run.font).label}, {"script", text::script_tag(run.script)},
                            {"direction", direction_name(run.direction)}, {"level", run.level},
                            {"start", run.bytes.begin}, {"end", run.bytes.end}, {"glyphs", std::move(glyphs)}});
        }
        lines.push_back({{"y", rounded(line.y_px)}, {"height", rounded(line.height_px)}, {"baseline", rounded(line.baseline_px)},
                         {"width", rounded(line.width_px)}, {"start", line.bytes.begin}, {"end", line.bytes.end},
                         {"runs", std::move(runs)}});
    }
    nlohmann::json malformed = nlohmann::json::array();
    for (const Utf8Range& range : layout.malformed) malformed.push_back({{"start", range.begin}, {"end", range.end}});
    return {{"lang", language_code(layout.language)}, {"width", rounded(layout.width_px)},
            {"font_size", rounded(layout.font_size_px)}, {"direction", direction_name(layout.direction)},
            {"height", rounded(layout.height_px)}, {"malformed_utf8", std::move(malformed)}, {"lines", std::move(lines)}};
}

int run_layout_command(const LayoutOptions& options)
{
    const auto language = parse_language(options.language_code);
    if (!language) {
        std::cerr << "parent-kiosk layout: " << language.error().message << "\n";
        return 2;
    }
    const auto resources = resource_dir(options.resources);
    if (!resources) {
        std::cerr << "parent-kiosk layout: " << resources.error().message << "\n";
        return 1;
    }
    auto engine = text::TextEngine::create(*resources / "fonts");
    if (!engine) {
        std::cerr << "parent-kiosk layout: " << engine.error().message << "\n";
        return 1;
    }
    std::string input = options.text;
    if (!options.text_given) input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    const auto layout = (*engine)->layout(input, *language, options.font_size_px, options.width_px);
    if (!layout->malformed.empty()) {
        std::cerr << "parent-kiosk layout: the text has " << layout->malformed.size()
                  << " malformed UTF-8 sequence(s), shown as U+FFFD; the first is at byte " << layout->malformed.front().begin << "\n";
    }
    std::cout << layout_to_json(*layout, (*engine)->fonts()).dump() << "\n";
    if (!options.png_path.empty()) {
        if (auto written = write_png(text::rasterise_layout(*layout, (*engine)->fonts()), options.png_path); !written) {
            std::cerr << "parent-kiosk layout: " << written.error().message << "\n";
            return 1;
        }
    }
    return 0;
}

}  // namespace kiosk::shell
