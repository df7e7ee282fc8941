// `parent-kiosk check-content` as people and CI run it: the real binary on the shipped guide for
// every council, on the broken fixture, and with bad arguments; and the engine-backed measure.
#include "shell/check_content_command.h"

#include "shell/run_binary.h"
#include "text/text_engine.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

namespace kiosk::shell {
namespace {

using testing::Outcome;

// Standard output and error together.
Outcome run(const std::string& arguments) { return testing::run_binary(arguments + " 2>&1"); }

const std::string broken_content = std::string(KIOSK_FIXTURES_DIR) + "/content/broken";
const std::regex summary_line(R"(checked (\d+) files in (\d+) languages: (\d+) errors, (\d+) warnings\n$)");

class ShippedSite : public ::testing::TestWithParam<const char*> {};

// The shipped guide passes for every council: exit 0, no error lines, a summary of all six languages.
TEST_P(ShippedSite, HasNoErrors)
{
    const Outcome outcome = run(std::string("check-content --site ") + GetParam());
    EXPECT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_EQ(outcome.out.find("error: "), std::string::npos) << outcome.out;
    std::smatch match;
    ASSERT_TRUE(std::regex_search(outcome.out, match, summary_line)) << outcome.out;
    EXPECT_EQ(match[2], "6");
    EXPECT_EQ(match[3], "0");
}

INSTANTIATE_TEST_SUITE_P(AllCouncils, ShippedSite, ::testing::Values("city-of-london", "kent", "newcastle", "southwark", "stockport"),
                         [](const ::testing::TestParamInfo<const char*>& param_info) { return std::regex_replace(std::string(param_info.param), std::regex("-"), "_"); });

// Without --site the default from content/site.toml is used.
TEST(CheckContentCommand, DefaultSiteComesFromSiteToml)
{
    const Outcome outcome = run("check-content");
    EXPECT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_TRUE(std::regex_search(outcome.out, summary_line)) << outcome.out;
}

// Each problem is one line "severity: file:line: message"; any error makes the exit code 1.
TEST(CheckContentCommand, ReportsProblemsOnePerLine)
{
    const Outcome outcome = run("check-content --content " + broken_content + " --site testshire");
    EXPECT_EQ(outcome.exit_code, 1);
    for (const char* line : {
             "error: broken/ur/what-is-a-conference.md:20: glossary link to \"no-such-entry\"",
             "error: broken/ur/what-is-a-conference.md:18: malformed UTF-8 (bytes FF FE)",
             "error: broken/en/after-the-conference.md:16: a web link (https://www.example.org/plans)",
             "error: broken/ur/after-the-conference.md: topic \"after-the-conference\" is missing",
             "error: broken/sites/broken.toml:5: not valid TOML",
         }) {
        EXPECT_NE(outcome.out.find(line), std::string::npos) << line << "\n" << outcome.out;
    }
    std::smatch match;
    ASSERT_TRUE(std::regex_search(outcome.out, match, summary_line)) << outcome.out;
    EXPECT_EQ(match[1], "10");
    EXPECT_EQ(match[2], "2");
    EXPECT_NE(match[3], "0");
}

// An unknown site is a bad argument: exit 2 and a message listing the sites there are.
TEST(CheckContentCommand, UnknownSiteListsTheKnownOnes)
{
    const Outcome outcome = run("check-content --site atlantis");
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_NE(outcome.out.find("unknown site \"atlantis\"; the known sites are city-of-london, kent, newcastle, southwark, stockport"),
              std::string::npos) << outcome.out;
}

// Options the command does not know, or a --site without a value, exit 2 as well.
TEST(CheckContentCommand, NonsenseArgumentsExitTwo)
{
    EXPECT_EQ(run("check-content --frobnicate").exit_code, 2);
    EXPECT_EQ(run("check-content --site").exit_code, 2);
    EXPECT_EQ(run("check-content --help").exit_code, 0);
}

// A content folder that is not there is a bad argument too; missing fonts are a failure to run.
TEST(CheckContentCommand, BadFoldersAreClearErrors)
{
    EXPECT_EQ(run("check-content --content /nonexistent").exit_code, 2);
    const Outcome fonts = run("check-content --resources /nonexistent");
    EXPECT_EQ(fonts.exit_code, 1);
    EXPECT_NE(fonts.out.find("/nonexistent"), std::string::npos) << fonts.out;
}

TEST(CheckContentCommand, FormatsProblems)
{
    EXPECT_EQ(format_problem({content::Severity::Error, "content/ur/on-the-day.md", 12, "bad"}), "error: content/ur/on-the-day.md:12: bad");
    EXPECT_EQ(format_problem({content::Severity::Warning, "content/sites/kent.toml", 0, "odd"}), "warning: content/sites/kent.toml: odd");
}

class EngineMeasure : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        auto engine = text::TextEngine::create(std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts");
        ASSERT_TRUE(engine) << engine.error().message;
        s_engine = std::move(*engine);
    }
    static void TearDownTestSuite() { s_engine.reset(); }
    static inline std::unique_ptr<text::TextEngine> s_engine;
};

// Text in every script the guide uses is drawable with the bundled fonts.
TEST_F(EngineMeasure, BundledScriptsAreDrawable)
{
    EngineTextMeasure measure(*s_engine);
    EXPECT_TRUE(measure.undrawable_characters("Call the chair", Language::English).empty());
    EXPECT_TRUE(measure.undrawable_characters("میٹنگ کا دن", Language::Urdu).empty());
    EXPECT_TRUE(measure.undrawable_characters("兒童保護會議", Language::TraditionalChinese).empty());
}

// A character no bundled font has is reported with its code point and byte offset.
TEST_F(EngineMeasure, ReportsCharactersOutsideTheBundledFonts)
{
    EngineTextMeasure measure(*s_engine);
    const auto found = measure.undrawable_characters("ab \xE0\xAE\x95 cd", Language::English);  // U+0B95 TAMIL LETTER KA
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code_point, U'\u0B95');
    EXPECT_EQ(found[0].utf8_offset, 3u);
}

// Line counts follow the width: a long title wraps in the 600 px button, a short one does not.
TEST_F(EngineMeasure, CountsLines)
{
    EngineTextMeasure measure(*s_engine);
    EXPECT_EQ(measure.line_count("On the day", Language::English, 32, 600), 1u);
    EXPECT_GT(measure.line_count("What happens at the conference, who will be there, what they decide and what you can do next", Language::English, 32, 600), 2u);
}

}  // namespace
}  // namespace kiosk::shell
