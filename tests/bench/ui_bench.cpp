// The kiosk's frames on the real guide, strings, fonts and council settings (Stockport), at
// 1920x1080 with SDL's software renderer (what a kiosk without a working GPU driver falls back
// to, so the slowest path it may have), for every language at 100, 150 and 200 % text:
//   unchanged/<lang>/<percent>  a topic page drawn again as it was: every layout from the cache,
//                               and nothing painted (the renderer compares it with the last frame).
//   turn/<lang>/<percent>       the next topic, cycling through the guide, with the text engine's
//                               caches cleared first: bidi, shaping, line breaking and reordering
//                               of everything on screen are in the time (the control bar's labels
//                               too, so this is a little worse than a real turn). The glyph atlas
//                               stays warm: every topic is drawn once before timing.
//   prepared/<lang>/<percent>   the turn as the kiosk makes it: caches cleared, then the next topic
//                               laid out in a layout pass (as the kiosk does while a parent reads),
//                               then the turn timed: painting the new page.
//   tour_peak_rss               `parent-kiosk tour` of every screen as a child process: its peak
//                               resident set (wait4's ru_maxrss).
// Each frame is begin_frame, draw_screen, end_frame and SDL_RenderPresent, timed alone.
// Targets (the screens issue): p99 < 4 ms unchanged, p99 < 16 ms turn (judged on the cold turn),
// tour peak RSS < 120 MiB.
#include "shell/kiosk_resources.h"
#include "ui/renderer.h"
#include "ui/screens.h"

#include <benchmark/benchmark.h>
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <string>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace kiosk::bench {
namespace {

constexpr ui::ScreenGeometry geometry{1920, 1080, 3.6f};
constexpr int unchanged_frames = 300;
constexpr int turns_per_topic = 20;
constexpr double unchanged_target_ms = 4, turn_target_ms = 16, tour_rss_target_mib = 120;

struct SurfaceCloser {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
struct SdlRendererCloser {
    void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
};

// Wall-clock time is what a parent waits; this thread's CPU time tells the frame's own cost apart
// from waiting for a core on a busy machine.
struct FrameTime {
    double wall_seconds = 0;
    double cpu_seconds = 0;
};

class Stopwatch {
public:
    FrameTime elapsed() const
    {
        return {std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall_start).count(), thread_cpu_seconds() - m_cpu_start};
    }

private:
    static double thread_cpu_seconds()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    }

    std::chrono::steady_clock::time_point m_wall_start = std::chrono::steady_clock::now();
    double m_cpu_start = thread_cpu_seconds();
};

// One case's frame times; Google Benchmark's own Time column is their wall-clock mean.
class FrameTimes {
public:
    void add(benchmark::State& state, FrameTime time)
    {
        m_wall_seconds.push_back(time.wall_seconds);
        m_cpu_seconds.push_back(time.cpu_seconds);
        state.SetIterationTime(time.wall_seconds);
    }

    void report(benchmark::State& state) const
    {
        state.counters["p50_ms"] = percentile_ms(m_wall_seconds, 0.50);
        state.counters["p99_ms"] = percentile_ms(m_wall_seconds, 0.99);
        state.counters["cpu_p50_ms"] = percentile_ms(m_cpu_seconds, 0.50);
        state.counters["cpu_p99_ms"] = percentile_ms(m_cpu_seconds, 0.99);
    }

private:
    // Nearest rank.
    static double percentile_ms(std::vector<double> seconds, double fraction)
    {
        std::ranges::sort(seconds);
        const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(seconds.size())));
        return seconds[std::clamp<std::size_t>(rank, 1, seconds.size()) - 1] * 1e3;
    }

    std::vector<double> m_wall_seconds;
    std::vector<double> m_cpu_seconds;
};

// The resources, a 1920x1080 picture and a renderer drawing into it, made once for every case.
class ScreenBench {
public:
    static std::unique_ptr<ScreenBench> create()
    {
        auto bench = std::unique_ptr<ScreenBench>(new ScreenBench);
        auto loaded = shell::load_kiosk_resources(KIOSK_SOURCE_DIR, "stockport");
        if (!loaded) return give_up(loaded.error().message);
        bench->m_resources = std::move(*loaded);
        bench->m_surface.reset(SDL_CreateRGBSurfaceWithFormat(0, static_cast<int>(geometry.width_px), static_cast<int>(geometry.height_px),
                                                               32, SDL_PIXELFORMAT_RGBA32));
        if (!bench->m_surface) return give_up(SDL_GetError());
        bench->m_sdl_renderer.reset(SDL_CreateSoftwareRenderer(bench->m_surface.get()));
        if (!bench->m_sdl_renderer) return give_up(SDL_GetError());
        auto renderer = ui::Renderer::create(bench->m_sdl_renderer.get(), *bench->m_resources.engine);
        if (!renderer) return give_up(renderer.error().message);
        bench->m_renderer = std::move(*renderer);
        return bench;
    }

    // Draws one whole frame of `view`: what the kiosk does when something changed.
    FrameTime frame(const ui::KioskView& view)
    {
        const ui::ScreenContext context = shell::screen_context(m_resources, geometry);
        const Stopwatch stopwatch;
        m_renderer->begin_frame(ui::theme(view.theme).background);
        benchmark::DoNotOptimize(ui::draw_screen(*m_renderer, view, context));
        m_renderer->end_frame();
        SDL_RenderPresent(m_sdl_renderer.get());
        return stopwatch.elapsed();
    }

    // Lays out `view` without drawing it, as the kiosk does for the page a parent may turn to.
    void layout_pass(const ui::KioskView& view)
    {
        const ui::ScreenContext context = shell::screen_context(m_resources, geometry);
        m_renderer->begin_layout_pass();
        ui::draw_screen(*m_renderer, view, context);
        m_renderer->end_layout_pass();
    }

    text::TextEngine& engine() { return *m_resources.engine; }

    int topic_count(Language language) const
    {
        for (const content::LanguageGuide& guide : m_resources.guide->languages) {
            if (guide.language == language) return static_cast<int>(guide.topics.size());
        }
        return 0;
    }

private:
    ScreenBench() = default;
    static std::unique_ptr<ScreenBench> give_up(const std::string& message)
    {
        std::fprintf(stderr, "ui_bench: %s\n", message.c_str());
        return nullptr;
    }

    shell::KioskResources m_resources;
    std::unique_ptr<SDL_Surface, SurfaceCloser> m_surface;
    std::unique_ptr<SDL_Renderer, SdlRendererCloser> m_sdl_renderer;  // draws into m_surface
    std::unique_ptr<ui::Renderer> m_renderer;                          // wraps m_sdl_renderer
};

// "ur/150": the language and text size a case is named by.
std::string case_name(Language language, float text_scale)
{
    return std::string(language_code(language)) + "/" + std::to_string(std::lround(text_scale * 100));
}

ui::KioskView topic_view(Language language, int text_scale_step, int topic_index)
{
    ui::KioskView view;
    view.screen = ui::Screen::Topic;
    view.language = language;
    view.text_scale_step = text_scale_step;
    view.topic_index = topic_index;
    return view;
}

void unchanged_frame(benchmark::State& state, ScreenBench& bench, Language language, int text_scale_step)
{
    const ui::KioskView view = topic_view(language, text_scale_step, 0);
    bench.frame(view);  // lays out and rasterises once; every later frame finds it cached
    const std::uint64_t misses_before = bench.engine().counters().layout_misses;
    FrameTimes times;
    for (auto _ : state) times.add(state, bench.frame(view));
    times.report(state);
    // Zero proves the frame was drawn from the cache alone.
    state.counters["layouts_made"] = static_cast<double>(bench.engine().counters().layout_misses - misses_before) /
        static_cast<double>(state.iterations());
}

// Whether a turn finds its page laid out: cold (every layout made in the timed frame) or, as the
// kiosk makes it, prepared: while the parent read the last page its neighbour was laid out in a
// layout pass, so the turn only paints.
enum class Turn { Cold, Prepared };

void page_turn(benchmark::State& state, ScreenBench& bench, Language language, int text_scale_step, Turn turn)
{
    const int topics = bench.topic_count(language);
    for (int topic = 0; topic < topics; ++topic) bench.frame(topic_view(language, text_scale_step, topic));
    const std::uint64_t misses_before = bench.engine().counters().layout_misses;
    FrameTimes times;
    int topic = 0;
    for (auto _ : state) {
        topic = (topic + 1) % topics;
        bench.engine().clear_caches();
        if (turn == Turn::Prepared) bench.layout_pass(topic_view(language, text_scale_step, topic));  // not timed
        times.add(state, bench.frame(topic_view(language, text_scale_step, topic)));
    }
    times.report(state);
    // Layouts made per turn (the layout pass's included): every paragraph and label on screen.
    state.counters["layouts_made"] = static_cast<double>(bench.engine().counters().layout_misses - misses_before) /
        static_cast<double>(state.iterations());
}

// The whole tour in a child process, its output thrown away, its pictures in a fresh folder.
void tour_peak_rss(benchmark::State& state)
{
    for (auto _ : state) {
        std::string out_dir = (std::filesystem::temp_directory_path() / "kiosk-ui-bench-XXXXXX").string();
        if (!mkdtemp(out_dir.data())) {
            state.SkipWithError("cannot make a folder for the tour");
            return;
        }
        std::vector<std::string> arguments{PARENT_KIOSK_BINARY, "tour", "--out", out_dir, "--site", "stockport", "--resources", KIOSK_SOURCE_DIR};
        std::vector<char*> argv;
        for (std::string& argument : arguments) argv.push_back(argument.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        pid_t child = 0;
        const int spawned = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        int status = 0;
        rusage usage{};
        const bool finished = spawned == 0 && wait4(child, &status, 0, &usage) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        std::error_code ignored;
        const auto pictures = std::distance(std::filesystem::directory_iterator(out_dir, ignored), std::filesystem::directory_iterator{});
        std::filesystem::remove_all(out_dir, ignored);
        if (!finished) {
            state.SkipWithError("parent-kiosk tour failed");
            return;
        }
        state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux counts ru_maxrss in KiB
        state.counters["files"] = static_cast<double>(pictures);
    }
}

// Keeps each case's counters to print one table at the end.
class TableReporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, std::map<std::string, double>> counters;  // by benchmark name
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            for (const auto& [name, counter] : run.counters) counters[run.run_name.function_name][name] = counter.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

void print_table(const TableReporter& reporter)
{
    constexpr double not_run = std::numeric_limits<double>::quiet_NaN();
    auto at = [&](const std::string& name, const std::string& counter) {
        const auto found = reporter.counters.find(name);
        if (found == reporter.counters.end()) return not_run;
        const auto value = found->second.find(counter);
        return value == found->second.end() ? not_run : value->second;
    };
    // A case left out by --benchmark_filter is nan: not printed, neither met nor missed.
    int compared = 0;
    auto missed = [&compared](double value, double target) {
        compared += std::isnan(value) ? 0 : 1;
        return !std::isnan(value) && value >= target;
    };
    bool all_met = true;
    std::printf("\nFrames at 1920x1080, SDL software renderer, milliseconds; wall clock (this thread's CPU time)\n");
    std::printf("Targets: p99 < %.0f unchanged, p99 < %.0f turn, wall clock.\n", unchanged_target_ms, turn_target_ms);
    std::printf("%-8s %5s  %-13s %-13s %-13s %-13s %-13s %-13s\n", "lang", "text", "unchanged p50", "unchanged p99", "turn p50", "turn p99",
                "prepared p50", "prepared p99");
    auto cell = [&](const std::string& name, const std::string& percentile) {
        char text[32];
        std::snprintf(text, sizeof text, "%.2f (%.2f)", at(name, percentile + "_ms"), at(name, "cpu_" + percentile + "_ms"));
        return std::string(text);
    };
    for (Language language : all_languages) {
        for (float scale : ui::text_scales) {
            const std::string unchanged = "unchanged/" + case_name(language, scale), turn = "turn/" + case_name(language, scale),
                              prepared = "prepared/" + case_name(language, scale);
            if (std::isnan(at(unchanged, "p99_ms")) && std::isnan(at(turn, "p99_ms"))) continue;
            const bool unchanged_missed = missed(at(unchanged, "p99_ms"), unchanged_target_ms);
            const bool turn_missed = missed(at(turn, "p99_ms"), turn_target_ms);
            all_met = all_met && !unchanged_missed && !turn_missed;
            std::printf("%-8s %4ld%%  %-13s %-13s %-13s %-13s %-13s %-13s %s%s\n", std::string(language_code(language)).c_str(), std::lround(scale * 100),
                        cell(unchanged, "p50").c_str(), cell(unchanged, "p99").c_str(), cell(turn, "p50").c_str(), cell(turn, "p99").c_str(),
                        cell(prepared, "p50").c_str(), cell(prepared, "p99").c_str(),
                        unchanged_missed ? " unchanged MISSED" : "", turn_missed ? " turn MISSED" : "");
        }
    }
    if (const double rss = at("tour_peak_rss", "peak_rss_MiB"); !std::isnan(rss)) {
        all_met = all_met && !missed(rss, tour_rss_target_mib);
        std::printf("Tour peak RSS: %.1f MiB (target < %.0f)%s\n", rss, tour_rss_target_mib, missed(rss, tour_rss_target_mib) ? "  MISSED" : "");
    }
    std::printf("%s\n", compared == 0 ? "No case with a target ran." : all_met ? "All targets met." : "Some targets MISSED.");
}

}  // namespace
}  // namespace kiosk::bench

int main(int argc, char** argv)
{
    using namespace kiosk;
    // Never a window, whatever the environment says; the tour's child process inherits this.
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    benchmark::Initialize(&argc, argv);
    const auto bench = bench::ScreenBench::create();
    if (!bench) return 1;
    for (Language language : all_languages) {
        for (int step = 0; step < static_cast<int>(std::size(ui::text_scales)); ++step) {
            const std::string suffix = bench::case_name(language, ui::text_scales[step]);
            benchmark::RegisterBenchmark(("unchanged/" + suffix).c_str(), bench::unchanged_frame, std::ref(*bench), language, step)
                ->Iterations(bench::unchanged_frames)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("turn/" + suffix).c_str(), bench::page_turn, std::ref(*bench), language, step, bench::Turn::Cold)
                ->Iterations(bench::turns_per_topic * bench->topic_count(language))
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("prepared/" + suffix).c_str(), bench::page_turn, std::ref(*bench), language, step, bench::Turn::Prepared)
                ->Iterations(bench::turns_per_topic * bench->topic_count(language))
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::RegisterBenchmark("tour_peak_rss", bench::tour_peak_rss)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);
    bench::TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    bench::print_table(reporter);
    benchmark::Shutdown();
    return 0;
}
