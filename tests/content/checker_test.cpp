// The content checker end to end: each fault planted in the broken fixture is reported with its
// file, line and message; the shipped guide has no errors for any council.
#include "content/checker.h"

#include "content/site_settings.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>

namespace kiosk::content {
namespace {

const std::filesystem::path shipped_content = std::filesystem::path(KIOSK_SOURCE_DIR) / "content";
const std::filesystem::path broken_content = std::filesystem::path(KIOSK_FIXTURES_DIR) / "content" / "broken";

::testing::AssertionResult reports(const std::vector<Problem>& problems, const std::string& file, int line, std::string_view words)
{
    for (const Problem& problem : problems) {
        if (problem.severity == Severity::Error && problem.file == file && problem.line == line &&
            problem.message.find(words) != std::string::npos) {
            return ::testing::AssertionSuccess();
        }
    }
    auto failure = ::testing::AssertionFailure() << "no error " << file << ":" << line << " containing \"" << words << "\"; got:";
    for (const Problem& problem : problems) failure << "\n  " << problem.file << ":" << problem.line << ": " << problem.message;
    return failure;
}

class BrokenFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_problems = check_content(broken_content, "testshire"); }
    static inline std::vector<Problem> s_problems;
};

TEST_F(BrokenFixture, MissingTopic)
{
    EXPECT_TRUE(reports(s_problems, "broken/ur/after-the-conference.md", 0, "topic \"after-the-conference\" is missing"));
}

TEST_F(BrokenFixture, MalformedFrontMatter)
{
    EXPECT_TRUE(reports(s_problems, "broken/ur/on-the-day.md", 3, "not `key: value`: \"order 2\""));
    EXPECT_TRUE(reports(s_problems, "broken/ur/on-the-day.md", 7, "status \"finished\" must be draft or reviewed"));
}

TEST_F(BrokenFixture, UnknownGlossaryId)
{
    EXPECT_TRUE(reports(s_problems, "broken/ur/what-is-a-conference.md", 20, "glossary link to \"no-such-entry\""));
}

TEST_F(BrokenFixture, WebLinkHtmlAndImage)
{
    const std::string file = "broken/en/after-the-conference.md";
    EXPECT_TRUE(reports(s_problems, file, 16, "a web link (https://www.example.org/plans)"));
    EXPECT_TRUE(reports(s_problems, file, 18, "HTML (<b>)"));
    EXPECT_TRUE(reports(s_problems, file, 20, "an image (plan.png)"));
}

TEST_F(BrokenFixture, MalformedUtf8)
{
    EXPECT_TRUE(reports(s_problems, "broken/ur/what-is-a-conference.md", 18, "malformed UTF-8 (bytes FF FE)"));
}

TEST_F(BrokenFixture, UntranslatedParagraph)
{
    EXPECT_TRUE(reports(s_problems, "broken/ur/what-is-a-conference.md", 22,
                        "left untranslated: the same text as broken/en/what-is-a-conference.md line 18"));
}

TEST_F(BrokenFixture, MissingSiteKey)
{
    EXPECT_TRUE(reports(s_problems, "broken/sites/testshire.toml", 0,
                        "no setting for {{timings.not_in_sites}}, which broken/en/on-the-day.md line 16 uses"));
}

TEST_F(BrokenFixture, OverLongEnglishSentence)
{
    EXPECT_TRUE(reports(s_problems, "broken/en/what-is-a-conference.md", 16, "a sentence of 35 words"));
}

TEST_F(BrokenFixture, BrokenTomlSiteFile)
{
    EXPECT_TRUE(reports(s_problems, "broken/sites/broken.toml", 5, "not valid TOML"));
}

// Problems come sorted by file, then line, so the output reads top to bottom.
TEST_F(BrokenFixture, ProblemsAreSorted)
{
    EXPECT_TRUE(std::is_sorted(s_problems.begin(), s_problems.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    }));
}

// The good files in the broken tree produce no errors of their own.
TEST_F(BrokenFixture, GoodFilesAreClean)
{
    for (const Problem& problem : s_problems) {
        if (problem.severity != Severity::Error) continue;
        EXPECT_NE(problem.file, "broken/en/glossary.md") << problem.message;
        EXPECT_NE(problem.file, "broken/ur/glossary.md") << problem.message;
        EXPECT_NE(problem.file, "broken/en/on-the-day.md") << problem.message;
    }
}

// Records what it was asked, and answers from fixed rules: U+E000 cannot be drawn, and a text
// takes one line per 20 characters.
class FakeMeasure : public TextMeasure {
public:
    std::vector<UndrawableCharacter> undrawable_characters(std::string_view utf8, Language) override
    {
        ++m_texts_checked;
        const auto at = utf8.find("\xEE\x80\x80");
        if (at == std::string_view::npos) return {};
        return {{static_cast<std::uint32_t>(at), U'\uE000', "no font has it"}};
    }
    std::size_t line_count(std::string_view utf8, Language, float font_size_px, float width_px) override
    {
        EXPECT_EQ(width_px, 600);
        EXPECT_TRUE(font_size_px == 32 || font_size_px == 24);
        return utf8.size() / 20 + 1;
    }
    int m_texts_checked = 0;
};

// The drawing checks run through the measure the shell passes in, on titles, summaries and text.
TEST(Checker, DrawingChecksUseTheMeasure)
{
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "checker_drawing" / "content";
    std::filesystem::remove_all(dir.parent_path());
    std::filesystem::create_directories(dir / "en");
    std::filesystem::copy(broken_content / "sites", dir / "sites");
    std::filesystem::copy_file(broken_content / "site.toml", dir / "site.toml");
    std::ofstream(dir / "en" / "glossary.md") << "---\nid: glossary\norder: 2\ntitle: Word list\nsummary: Words.\nicon: menu_book\nstatus: draft\n---\n\nA word.\n";
    std::ofstream(dir / "en" / "t.md") << "---\nid: t\norder: 1\ntitle: A title that is far too long for its button\n"
                                          "summary: Short.\nicon: event\nstatus: draft\n---\n\nA private \xEE\x80\x80 character.\n";
    FakeMeasure measure;
    const std::vector<Problem> problems = check_content(dir, "testshire", &measure);
    EXPECT_TRUE(reports(problems, "content/en/t.md", 4, "the title takes 3 lines at 32 px in the 600 px topic button"));
    EXPECT_TRUE(reports(problems, "content/en/t.md", 10, "cannot draw U+E000"));
    EXPECT_GT(measure.m_texts_checked, 4);
}

// The shipped guide has no errors for any council (warnings are allowed).
TEST(Checker, ShippedContentHasNoErrors)
{
    for (const std::string& site : known_site_ids(shipped_content)) {
        for (const Problem& problem : check_content(shipped_content, site)) {
            if (problem.severity == Severity::Error) ADD_FAILURE() << site << ": " << problem.file << ":" << problem.line << ": " << problem.message;
        }
    }
}

}  // namespace
}  // namespace kiosk::content
