// The `parent-kiosk layout` command as scripts and checks use it: run the real binary, read its
// JSON, check the field names DESIGN.md fixes, and the exit codes of bad input.
#include "shell/run_binary.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <string>

namespace {

using kiosk::shell::testing::Outcome;

// Runs the binary with `arguments` (already shell-quoted), stdin from `input`, stderr merged
// into the output when `merge_stderr`.
Outcome run(const std::string& arguments, const std::string& input = "", bool merge_stderr = false)
{
    // One input file per test: ctest runs the tests of this binary in parallel processes.
    const std::string input_path = ::testing::TempDir() + "/layout_input_" +
        ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".txt";
    std::ofstream(input_path, std::ios::binary) << input;
    return kiosk::shell::testing::run_binary(arguments + " < " + input_path + (merge_stderr ? " 2>&1" : " 2>/dev/null"));
}

}  // namespace

// The JSON carries every contract field: lang, width, font_size, direction, lines with y,
// height, baseline and runs with font, script, direction, level, start, end and glyphs.
TEST(LayoutCommand, PrintsTheContractFields)
{
    const Outcome outcome = run("layout --lang ur --width 1000 --font-size 32 --text 'فون نمبر 0161 477 9000 ہے'");
    ASSERT_EQ(outcome.exit_code, 0);
    const auto json = nlohmann::json::parse(outcome.out);
    EXPECT_EQ(json["lang"], "ur");
    EXPECT_EQ(json["width"], 1000);
    EXPECT_EQ(json["font_size"], 32);
    EXPECT_EQ(json["direction"], "rtl");
    const auto& line = json["lines"].at(0);
    for (const char* field : {"y", "height", "baseline", "runs"}) EXPECT_TRUE(line.contains(field)) << field;
    const auto& run = line["runs"].at(0);
    for (const char* field : {"font", "script", "direction", "level", "start", "end", "glyphs"}) EXPECT_TRUE(run.contains(field)) << field;
    EXPECT_EQ(run["font"], "fonts/NotoNastaliqUrdu-Regular.ttf");
    const auto& glyph = run["glyphs"].at(0);
    for (const char* field : {"id", "cluster", "x", "y", "advance"}) EXPECT_TRUE(glyph.contains(field)) << field;
}

// Text comes from stdin when --text is absent; the font size defaults to 32.
TEST(LayoutCommand, ReadsStdin)
{
    const Outcome outcome = run("layout --lang zh-Hant --width 400", "兒童保護會議。");
    ASSERT_EQ(outcome.exit_code, 0);
    const auto json = nlohmann::json::parse(outcome.out);
    EXPECT_EQ(json["font_size"], 32);
    EXPECT_EQ(json["lines"].at(0)["runs"].at(0)["font"], "fonts/NotoSansCJKtc-Regular-subset.otf");
}

// Malformed UTF-8 is laid out with U+FFFD and reported, with exit code 0.
TEST(LayoutCommand, ReportsMalformedUtf8)
{
    const Outcome outcome = run("layout --lang en --width 400", "ab\xFF" "cd", true);
    EXPECT_EQ(outcome.exit_code, 0);
    EXPECT_NE(outcome.out.find("malformed UTF-8"), std::string::npos) << outcome.out;
}

// Unknown languages and nonsense arguments get a clear message and a non-zero exit.
TEST(LayoutCommand, RejectsBadArguments)
{
    const Outcome unknown = run("layout --lang xx --width 400 --text hi", "", true);
    EXPECT_NE(unknown.exit_code, 0);
    EXPECT_NE(unknown.out.find("unknown language \"xx\""), std::string::npos) << unknown.out;
    EXPECT_NE(run("layout --lang en --width -5 --text hi").exit_code, 0);
    EXPECT_NE(run("layout --lang en --width wide --text hi").exit_code, 0);
    EXPECT_NE(run("layout --lang en --text hi").exit_code, 0);
    EXPECT_NE(run("frobnicate").exit_code, 0);
}

// A missing fonts folder is a clear error naming where the kiosk looked.
TEST(LayoutCommand, MissingFontsFolderIsAClearError)
{
    const Outcome outcome = run("layout --lang en --width 400 --text hi --resources /nonexistent", "", true);
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_NE(outcome.out.find("/nonexistent"), std::string::npos) << outcome.out;
}

// Without a display the kiosk explains what it needs and exits non-zero instead of crashing.
TEST(KioskCommand, NoDisplayExplainsAndExits)
{
    unsetenv("DISPLAY");
    unsetenv("WAYLAND_DISPLAY");
    const Outcome outcome = run("", "", true);
    EXPECT_NE(outcome.exit_code, 0);
    EXPECT_NE(outcome.out.find("display"), std::string::npos) << outcome.out;
}
