// `parent-kiosk summary` as a social worker's office would run it.
#include "shell/run_binary.h"

#include "../store/temporary_directory.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kiosk::shell {
namespace {

using testing::run_binary;

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(SummaryCommand, WritesAPdfAndAPngInEveryLanguage)
{
    store::testing::TemporaryDirectory out;
    ASSERT_FALSE(out.path().empty());
    for (const char* language : {"en", "bn", "ur", "zh-Hant", "ar", "fa"}) {
        const auto pdf = out.path() / (std::string(language) + ".pdf");
        const auto outcome = run_binary(std::string("summary --lang ") + language + " --conference-date 2026-12-17 --out '" + pdf.string() + "' 2>&1");
        ASSERT_EQ(outcome.exit_code, 0) << language << ": " << outcome.out;
        const std::string text = read_file(pdf);
        EXPECT_EQ(text.rfind("%PDF-1.4", 0), 0u) << language;
        EXPECT_NE(text.find("%%EOF"), std::string::npos) << language;
    }
    const auto png = out.path() / "review.png";
    const auto outcome = run_binary("summary --lang ur --review --conference-date 2027-03-17 --out '" + png.string() + "' 2>&1");
    ASSERT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_EQ(read_file(png).substr(1, 3), "PNG");
}

TEST(SummaryCommand, BadArgumentsAndUnknownCodesAreRefusedClearly)
{
    store::testing::TemporaryDirectory data;
    const std::string out = " --out '" + (data.path() / "x.pdf").string() + "'";
    auto outcome = run_binary("summary --lang xx --conference-date 2026-12-17" + out + " 2>&1");
    EXPECT_EQ(outcome.exit_code, 2) << outcome.out;
    outcome = run_binary("summary --lang ur --conference-date 2026-02-30" + out + " 2>&1");
    EXPECT_EQ(outcome.exit_code, 2) << outcome.out;
    outcome = run_binary("summary --lang ur --conference-date 2026-12-19" + out + " 2>&1");  // a Saturday
    EXPECT_EQ(outcome.exit_code, 1) << outcome.out;
    EXPECT_NE(outcome.out.find("parent-kiosk summary:"), std::string::npos);
    outcome = run_binary("summary --lang ur --conference-date 2026-12-17 --out x.txt 2>&1");
    EXPECT_EQ(outcome.exit_code, 2) << outcome.out;
    outcome = run_binary("summary --lang ur --conference-date 2026-12-17 --ref K7M-4QX --data '" + data.path().string() + "'" + out + " 2>&1");
    EXPECT_EQ(outcome.exit_code, 1) << outcome.out;
    EXPECT_FALSE(std::filesystem::exists(data.path() / "x.pdf"));
}

}  // namespace
}  // namespace kiosk::shell
