#include "text/engine_fixture.h"

#include <gtest/gtest.h>

#include <map>

namespace kiosk::text::testing {

TextEngine& shared_engine()
{
    static std::unique_ptr<TextEngine> engine = [] {
        auto created = TextEngine::create(std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts");
        if (!created) {
            ADD_FAILURE() << created.error().message;
            std::abort();
        }
        return std::move(*created);
    }();
    return *engine;
}

std::string visual_text(const Line& line, std::string_view input)
{
    std::string out;
    for (const VisualRun& run : line.runs) {
        // Cluster boundaries of this run in logical order, to cut the input into clusters.
        std::vector<std::uint32_t> starts;
        for (const PositionedGlyph& glyph : run.glyphs) starts.push_back(glyph.cluster);
        std::vector<std::uint32_t> sorted = starts;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        std::uint32_t previous = UINT32_MAX;
        for (std::uint32_t start : starts) {
            if (start == previous) continue;
            previous = start;
            const auto next = std::upper_bound(sorted.begin(), sorted.end(), start);
            const std::uint32_t end = next == sorted.end() ? run.bytes.end : *next;
            out += input.substr(start, end - start);
        }
    }
    return out;
}

}  // namespace kiosk::text::testing
