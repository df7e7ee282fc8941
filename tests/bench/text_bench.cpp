// The text engine against HarfBuzz alone (one hb_shape per whole paragraph: the lower bound) and
// against Pango (pango_layout with the same font files, width and size), in one process on the
// same paragraphs: a guide page of about 20 paragraphs per language at 32 px in a 1000 px box.
// Also the cost of re-wrapping a page at a new width from the shaping cache.
// Targets (issue 3): engine <= 1.5x HarfBuzz, Pango >= 2x engine, cached re-wrap < 0.05 ms/page.
#include "bench_page.h"
#include "text/text_engine.h"

#include <benchmark/benchmark.h>
#include <fontconfig/fontconfig.h>
#include <harfbuzz/hb.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangoft2.h>

#include <cstdio>
#include <map>

namespace kiosk::bench {
namespace {

constexpr float font_size_px = 32;
constexpr float width_px = 1000;
const std::filesystem::path fonts_dir = std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts";

text::TextEngine& engine()
{
    static std::unique_ptr<text::TextEngine> instance = [] {
        auto created = text::TextEngine::create(fonts_dir);
        if (!created) {
            std::fprintf(stderr, "text_bench: %s\n", created.error().message.c_str());
            std::exit(1);
        }
        return std::move(*created);
    }();
    return *instance;
}

const std::vector<std::string>& page(Language language)
{
    static std::map<Language, std::vector<std::string>> pages;
    auto& paragraphs = pages[language];
    if (paragraphs.empty()) paragraphs = guide_page(language);
    return paragraphs;
}

// The engine from nothing cached: bidi, itemise, shape, break, reorder for every paragraph.
void engine_page(benchmark::State& state, Language language)
{
    const auto& paragraphs = page(language);
    const std::uint64_t reshaped_before = engine().counters().pieces_reshaped;
    for (auto _ : state) {
        engine().clear_caches();
        for (const std::string& paragraph : paragraphs) benchmark::DoNotOptimize(engine().layout(paragraph, language, font_size_px, width_px));
    }
    state.counters["reshaped_per_page"] = static_cast<double>(engine().counters().pieces_reshaped - reshaped_before) /
        static_cast<double>(state.iterations());
}

// A new width with the shaping cached: only line fitting and reordering run.
void engine_rewrap(benchmark::State& state, Language language)
{
    const auto& paragraphs = page(language);
    engine().clear_caches();
    for (const std::string& paragraph : paragraphs) engine().layout(paragraph, language, font_size_px, width_px);
    float width = width_px;
    for (auto _ : state) {
        // Widths cycle through more values than the layout cache holds, so every call re-fits.
        width = width <= 600 ? width_px : width - 1;
        for (const std::string& paragraph : paragraphs) benchmark::DoNotOptimize(engine().layout(paragraph, language, font_size_px, width));
    }
}

// HarfBuzz alone: one hb_shape of each whole paragraph with the language's main font.
void harfbuzz_page(benchmark::State& state, Language language)
{
    const auto& paragraphs = page(language);
    const text::FontSet& fonts = engine().fonts();
    hb_font_t* font = fonts.font(fonts.primary_font(language)).hb_font;
    hb_buffer_t* buffer = hb_buffer_create();
    const bool rtl = text_direction(language) == TextDirection::RightToLeft;
    const hb_script_t script = language == Language::English ? HB_SCRIPT_LATIN
        : language == Language::Bengali                      ? HB_SCRIPT_BENGALI
        : language == Language::TraditionalChinese           ? HB_SCRIPT_HAN
                                                              : HB_SCRIPT_ARABIC;
    const std::string_view code = language_code(language);
    for (auto _ : state) {
        for (const std::string& paragraph : paragraphs) {
            hb_buffer_clear_contents(buffer);
            hb_buffer_add_utf8(buffer, paragraph.data(), static_cast<int>(paragraph.size()), 0, -1);
            hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
            hb_buffer_set_script(buffer, script);
            hb_buffer_set_language(buffer, hb_language_from_string(code.data(), static_cast<int>(code.size())));
            hb_shape(font, buffer, nullptr, 0);
            benchmark::DoNotOptimize(hb_buffer_get_length(buffer));
        }
    }
    hb_buffer_destroy(buffer);
}

// Pango with only the kiosk's font files visible, the same size, width and language.
void pango_page(benchmark::State& state, Language language)
{
    const auto& paragraphs = page(language);
    FcConfig* config = FcConfigCreate();
    for (const auto& entry : std::filesystem::directory_iterator(fonts_dir)) {
        const auto extension = entry.path().extension();
        if (extension == ".ttf" || extension == ".otf") FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8*>(entry.path().c_str()));
    }
    PangoFontMap* font_map = pango_ft2_font_map_new();
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map), config);
    PangoContext* context = pango_font_map_create_context(font_map);
    const std::string code(language_code(language));
    pango_context_set_language(context, pango_language_from_string(code.c_str()));
    const bool rtl = text_direction(language) == TextDirection::RightToLeft;
    pango_context_set_base_dir(context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    const char* family = language == Language::English ? "Noto Sans"
        : language == Language::Bengali                ? "Noto Sans Bengali"
        : language == Language::Urdu                   ? "Noto Nastaliq Urdu"
        : language == Language::TraditionalChinese     ? "Noto Sans CJK TC"
                                                        : "Noto Naskh Arabic";
    PangoFontDescription* description = pango_font_description_from_string(family);
    pango_font_description_set_absolute_size(description, font_size_px * PANGO_SCALE);
    PangoLayout* layout = pango_layout_new(context);
    pango_layout_set_font_description(layout, description);
    pango_layout_set_width(layout, static_cast<int>(width_px) * PANGO_SCALE);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_auto_dir(layout, false);
    for (auto _ : state) {
        for (const std::string& paragraph : paragraphs) {
            pango_layout_set_text(layout, paragraph.data(), static_cast<int>(paragraph.size()));
            PangoRectangle logical{};
            pango_layout_get_extents(layout, nullptr, &logical);
            benchmark::DoNotOptimize(logical.height);
        }
    }
    g_object_unref(layout);
    pango_font_description_free(description);
    g_object_unref(context);
    g_object_unref(font_map);
    FcConfigDestroy(config);
}

// Collects the median of each benchmark's repetitions to print the comparison table.
class MedianCollector : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> median_ms;
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
                median_ms[run.run_name.function_name] = run.GetAdjustedRealTime() / 1e3;  // registered in microseconds
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

void print_table(const MedianCollector& results)
{
    std::printf("\nMedians per page (about 20 paragraphs, 32 px, 1000 px box), milliseconds:\n");
    std::printf("%-8s %6s %10s %10s %10s %14s %14s %12s\n", "lang", "paras", "harfbuzz", "engine", "pango",
                "engine/hb", "pango/engine", "rewrap");
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        auto at = [&](const std::string& kind) {
            const auto found = results.median_ms.find(kind + "/" + code);
            return found == results.median_ms.end() ? 0.0 : found->second;
        };
        const double hb = at("harfbuzz"), eng = at("engine"), pango = at("pango"), rewrap = at("rewrap");
        std::printf("%-8s %6zu %10.3f %10.3f %10.3f %13.2fx %13.2fx %12.4f\n", code.c_str(), page(language).size(), hb, eng,
                    pango, eng / hb, pango / eng, rewrap);
    }
    std::printf("Targets: engine/hb <= 1.5, pango/engine >= 2, rewrap < 0.05 ms per page.\n");
}

}  // namespace
}  // namespace kiosk::bench

int main(int argc, char** argv)
{
    using namespace kiosk;
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        // Nine repetitions each, reported as medians, timed in microseconds.
        using Page = void (*)(benchmark::State&, Language);
        const std::pair<std::string, Page> kinds[] = {
            {"harfbuzz/", bench::harfbuzz_page}, {"engine/", bench::engine_page},
            {"pango/", bench::pango_page}, {"rewrap/", bench::engine_rewrap}};
        for (const auto& [kind, function] : kinds) {
            benchmark::RegisterBenchmark((kind + code).c_str(), function, language)
                ->Repetitions(9)
                ->ReportAggregatesOnly(true)
                ->Unit(benchmark::kMicrosecond)
                ->MinTime(0.1);
        }
    }
    benchmark::Initialize(&argc, argv);
    bench::MedianCollector reporter;
    benchmark::AddCustomContext("page", "about 20 paragraphs of the guide per language");
    benchmark::RunSpecifiedBenchmarks(&reporter);
    bench::print_table(reporter);
    benchmark::Shutdown();
    return 0;
}
