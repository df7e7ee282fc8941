#include "shell/summary_command.h"

#include "shell/kiosk_records.h"
#include "shell/kiosk_resources.h"
#include "shell/pdf_file.h"
#include "shell/png_file.h"
#include "shell/resources.h"
#include "shell/screen_png.h"
#include "store/iso_time.h"
#include "ui/walkthrough_screens.h"

#include <iostream>

namespace kiosk::shell {
namespace {

constexpr double print_dpi = 150;
constexpr double paper_scale = 0.6;

int failed(const std::string& message, int code)
{
    std::cerr << "parent-kiosk summary: " << message << "\n";
    return code;
}

}  // namespace

CLI::App* add_summary_command(CLI::App& app, SummaryOptions& options)
{
    CLI::App* command = app.add_subcommand("summary", "the family's one-page summary of their dates, as PNG or PDF");
    command->add_option("--lang", options.language_code, "the family's language: en, bn, ur, zh-Hant, ar or fa")->required();
    command->add_option("--conference-date", options.conference_date, "the conference day, YYYY-MM-DD")->required();
    command->add_flag("--review", options.review, "the date is of a review conference (default: the first, initial one)");
    command->add_option("--ref", options.reference, "a reference code: adds what the family asked for, from the records");
    command->add_option("--data", options.data_dir, "data directory of the records (default: $XDG_STATE_HOME/parent-kiosk)");
    command->add_option("--site", options.site, "council settings (default: content/site.toml)");
    command->add_option("--out", options.out, "the file to write, .png or .pdf")->required();
    command->add_option("--resources", options.resources, "folder holding fonts/, locales/ and content/");
    return command;
}

int run_summary_command(const SummaryOptions& options)
{
    const auto language = parse_language(options.language_code);
    if (!language) return failed(language.error().message, 2);
    const auto day = store::parse_iso_date(options.conference_date);
    if (!day) return failed("--conference-date must be a real day written YYYY-MM-DD, not \"" + options.conference_date + "\"", 2);
    const std::filesystem::path out(options.out);
    const bool pdf = out.extension() == ".pdf";
    if (!pdf && out.extension() != ".png") return failed("--out must end in .png or .pdf", 2);
    const auto resources = resource_dir(options.resources);
    if (!resources) return failed(resources.error().message, 1);
    auto loaded = load_kiosk_resources(*resources, options.site);
    if (!loaded) return failed(loaded.error().message, 1);

    std::optional<store::AccessRequest> request;
    if (!options.reference.empty()) {
        const auto data_dir = chosen_data_dir(options.data_dir);
        if (!data_dir) return failed(data_dir.error().message, 1);
        store::OpenedRecords opened = store::open_records(*data_dir, {.access = store::StoreAccess::ReadOnly});
        if (!opened.store) return failed(opened.problem, 1);
        auto found = opened.store->find_by_reference(options.reference);
        if (!found) return failed(found.error().message, 1);
        if (!*found) return failed("no request has the reference code \"" + options.reference + "\"", 1);
        request = std::move(**found);
    }

    const PdfPageOptions page{.title = "Conference dates"};
    const PixelSize size = printable_size_px(page, print_dpi);
    // The screens size text for arm's length (4 mm capitals); on paper held in the hand 60 % of
    // that (2.4 mm, about 12 point) is large print and lets the page hold everything.
    const ui::ScreenGeometry geometry{static_cast<float>(size.width_px), static_cast<float>(size.height_px),
                                      static_cast<float>(print_dpi / 25.4 * paper_scale)};
    const ui::ScreenContext context = screen_context(*loaded, geometry);
    const auto timeline = context.timeline(*day, options.review ? content::ConferenceKind::Review : content::ConferenceKind::Initial);
    if (!timeline) return failed(timeline.error().message, 1);
    auto written = render_offscreen(
        *loaded, geometry, {255, 255, 255, 255},
        [&](ui::Renderer& renderer, const ui::ScreenContext& page_context) {
            ui::draw_summary_page(renderer, page_context, *language, *timeline, request ? &*request : nullptr);
        },
        [&](const std::uint8_t* pixels, int width, int height, int stride) -> Result<void> {
            if (pdf) return write_image_pdf(pixels, width, height, stride, out, page);
            return write_png_rgba(pixels, width, height, stride, out);
        });
    if (!written) return failed(written.error().message, 1);
    std::cout << "Wrote the summary to " << out.string() << "\n";
    return 0;
}

}  // namespace kiosk::shell
