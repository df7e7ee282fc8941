// No shipped string lacks a glyph: every line of every content file, in every language, lays out
// with bundled fonts only and without .notdef (which also proves the CJK subset is complete).
#include "text/engine_fixture.h"

#include <gtest/gtest.h>

#include <fstream>

namespace kiosk::text {
namespace {

using testing::shared_engine;

// Content and interface-string files of one language.
std::vector<std::filesystem::path> shipped_files(Language language)
{
    std::vector<std::filesystem::path> files;
    const std::filesystem::path root(KIOSK_SOURCE_DIR);
    const std::string code(language_code(language));
    for (const auto& entry : std::filesystem::directory_iterator(root / "content" / code)) files.push_back(entry.path());
    files.push_back(root / "locales" / (code + ".toml"));
    return files;
}

class ShippedGlyphs : public ::testing::TestWithParam<Language> {};

TEST_P(ShippedGlyphs, EveryCharacterHasABundledGlyph)
{
    const Language language = GetParam();
    const auto files = shipped_files(language);
    ASSERT_FALSE(files.empty()) << "no content for " << language_code(language);
    std::size_t lines_checked = 0;
    for (const auto& path : files) {
        std::ifstream file(path);
        for (std::string text; std::getline(file, text);) {
            if (text.empty()) continue;
            const auto layout = shared_engine().layout(text, language, 32, 100000);
            for (const Line& line : layout->lines) {
                for (const VisualRun& run : line.runs) {
                    const std::string& font = shared_engine().fonts().font(run.font).label;
                    EXPECT_EQ(font.rfind("fonts/", 0), 0u) << path << ": \"" << text << "\" needs system font " << font;
                    for (const PositionedGlyph& glyph : run.glyphs) {
                        EXPECT_NE(glyph.id, 0u) << path << ": no glyph at byte " << glyph.cluster << " of \"" << text << "\"";
                    }
                }
            }
            ++lines_checked;
        }
    }
    EXPECT_GT(lines_checked, 100u);
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, ShippedGlyphs, ::testing::ValuesIn(all_languages),
                         [](const ::testing::TestParamInfo<Language>& param_info) {
                             std::string name(language_code(param_info.param));
                             std::erase(name, '-');
                             return name;
                         });

}  // namespace
}  // namespace kiosk::text
