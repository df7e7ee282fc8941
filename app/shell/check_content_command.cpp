#include "shell/check_content_command.h"

#include "content/checker.h"
#include "content/content_files.h"
#include "content/site_settings.h"
#include "core/utf8.h"
#include "shell/resources.h"
#include "text/text_engine.h"

#include <algorithm>
#include <iostream>

namespace kiosk::shell {
namespace {

// Wide enough that nothing wraps: the glyph check looks at characters, not lines.
constexpr float unwrapped_width_px = 100000;
constexpr float glyph_check_font_size_px = 32;

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

CLI::App* add_check_content_command(CLI::App& app, CheckContentOptions& options)
{
    CLI::App* command = app.add_subcommand("check-content", "check the guide's content in every language; exit 1 on any error");
    command->add_option("--site", options.site, "council settings to check with (default: default_site in content/site.toml)");
    command->add_option("--resources", options.resources, "folder holding fonts/ and content/ (default: the source tree)");
    command->add_option("--content", options.content_dir, "content folder to check (default: <resources>/content)");
    return command;
}

std::string format_problem(const content::Problem& problem)
{
    std::string out = problem.severity == content::Severity::Error ? "error: " : "warning: ";
    out += problem.file;
    if (problem.line > 0) out += ":" + std::to_string(problem.line);
    return out + ": " + problem.message;
}

std::vector<content::UndrawableCharacter> EngineTextMeasure::undrawable_characters(std::string_view utf8, Language language)
{
    std::vector<content::UndrawableCharacter> found;
    const text::FontSet& fonts = m_engine.fonts();
    const std::vector<text::FontId>& chain = fonts.chain(language);
    const auto layout = m_engine.layout(utf8, language, glyph_check_font_size_px, unwrapped_width_px);
    for (const text::Line& line : layout->lines) {
        for (const text::VisualRun& run : line.runs) {
            const std::string& font = fonts.font(run.font).label;
            const bool bundled = font.starts_with("fonts/");
            for (const text::PositionedGlyph& glyph : run.glyphs) {
                if (bundled && glyph.id != 0) continue;
                const DecodedUtf8 decoded = decode_utf8(utf8.substr(glyph.cluster, 4));
                const char32_t code_point = decoded.code_points.empty() ? 0 : decoded.code_points.front().value;
                // Spaces and punctuation join a system font's run though a bundled font has them.
                const bool bundled_has_it = std::any_of(chain.begin(), chain.end(), [&](text::FontId id) { return fonts.has_glyph(id, code_point); });
                const bool seen = std::any_of(found.begin(), found.end(), [code_point](const auto& c) { return c.code_point == code_point; });
                if (seen || (glyph.id != 0 && bundled_has_it)) continue;
                found.push_back({glyph.cluster, code_point,
                                 glyph.id == 0 ? "no font has it" : "only the system font " + font + " has it; the kiosk ships fonts/ only"});
            }
        }
    }
    return found;
}

std::size_t EngineTextMeasure::line_count(std::string_view utf8, Language language, float font_size_px, float width_px)
{
    return m_engine.layout(utf8, language, font_size_px, width_px)->lines.size();
}

int run_check_content_command(const CheckContentOptions& options)
{
    const auto resources = resource_dir(options.resources);
    if (!resources) {
        std::cerr << "parent-kiosk check-content: " << resources.error().message << "\n";
        return 1;
    }
    const std::filesystem::path content_dir = options.content_dir.empty() ? *resources / "content" : std::filesystem::path(options.content_dir);
    if (!std::filesystem::is_directory(content_dir)) {
        std::cerr << "parent-kiosk check-content: no content folder at " << content_dir.string() << "\n";
        return 2;
    }
    std::string site = options.site;
    if (site.empty()) {
        const auto default_site = content::default_site_id(content_dir);
        if (!default_site) {
            std::cerr << "parent-kiosk check-content: " << default_site.error().message << "; pass --site\n";
            return 1;
        }
        site = *default_site;
    }
    const std::vector<std::string> sites = content::known_site_ids(content_dir);
    if (!std::binary_search(sites.begin(), sites.end(), site)) {
        std::cerr << "parent-kiosk check-content: unknown site \"" << site << "\"; the known sites are " << joined(sites) << "\n";
        return options.site.empty() ? 1 : 2;
    }
    auto engine = text::TextEngine::create(*resources / "fonts");
    if (!engine) {
        std::cerr << "parent-kiosk check-content: " << engine.error().message << "\n";
        return 1;
    }
    EngineTextMeasure measure(**engine);
    const std::vector<content::Problem> problems = content::check_content(content_dir, site, &measure);
    std::size_t errors = 0;
    for (const content::Problem& problem : problems) {
        std::cout << format_problem(problem) << "\n";
        if (problem.severity == content::Severity::Error) ++errors;
    }
    std::cout << "checked " << content::count_content_files(content_dir) << " files in " << content::count_language_folders(content_dir)
              << " languages: " << errors << " errors, " << problems.size() - errors << " warnings\n";
    return errors == 0 ? 0 : 1;
}

}  // namespace kiosk::shell
