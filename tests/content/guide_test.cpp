// Loading the whole guide: topics in order, glossaries, the site; a broken file never loses the
// others.
#include "content/guide.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::content {
namespace {

const std::filesystem::path shipped_content = std::filesystem::path(KIOSK_SOURCE_DIR) / "content";
const std::filesystem::path broken_content = std::filesystem::path(KIOSK_FIXTURES_DIR) / "content" / "broken";

// Every language has the same 13 topics in home-screen order, and a 24-entry glossary.
TEST(Guide, LoadsTheShippedGuide)
{
    const auto guide = load_guide(shipped_content, "stockport");
    ASSERT_TRUE(guide) << guide.error().message;
    for (const Problem& problem : guide->problems) ADD_FAILURE() << problem.file << ":" << problem.line << ": " << problem.message;
    ASSERT_EQ(guide->languages.size(), all_languages.size());
    for (const LanguageGuide& language : guide->languages) {
        EXPECT_EQ(language.topics.size(), 13u) << language.folder;
        for (std::size_t i = 1; i < language.topics.size(); ++i) {
            EXPECT_LT(language.topics[i - 1].front_matter.order, language.topics[i].front_matter.order) << language.folder;
        }
        ASSERT_TRUE(language.glossary) << language.folder;
        EXPECT_EQ(language.glossary_entries.size(), 24u) << language.folder;
        ASSERT_TRUE(language.find_entry("core-group")) << language.folder;
        EXPECT_FALSE(language.find_entry("core-group")->blocks.empty());
    }
    EXPECT_EQ(guide->find(Language::English)->topics.front().file_id, "what-is-a-conference");
    ASSERT_TRUE(guide->site);
    EXPECT_EQ(guide->site->council_name, "Stockport Council");
}

// The fixture's broken files are reported, and everything else in the tree still loads: both
// languages, every topic, both glossaries, the site, and the good parts of the broken files.
TEST(Guide, BrokenFilesDoNotLoseTheOthers)
{
    const auto guide = load_guide(broken_content, "testshire");
    ASSERT_TRUE(guide);
    EXPECT_FALSE(guide->problems.empty());
    const LanguageGuide* english = guide->find(Language::English);
    const LanguageGuide* urdu = guide->find(Language::Urdu);
    ASSERT_TRUE(english && urdu);
    EXPECT_EQ(english->topics.size(), 3u);
    EXPECT_EQ(english->glossary_entries.size(), 2u);
    ASSERT_EQ(urdu->topics.size(), 2u);
    EXPECT_EQ(urdu->glossary_entries.size(), 2u);
    ASSERT_TRUE(guide->site);
    EXPECT_EQ(guide->site->council_name, "Testshire Council");

    // on-the-day.md has malformed front matter: its title and body are still there, and with
    // no readable order it sorts last.
    const Topic& day = urdu->topics.back();
    EXPECT_EQ(day.file_id, "on-the-day");
    EXPECT_EQ(day.front_matter.title, "میٹنگ کا دن");
    EXPECT_EQ(day.document.blocks.size(), 3u);
    // what-is-a-conference.md has malformed bytes: every block still loads.
    EXPECT_EQ(urdu->find_topic("what-is-a-conference")->document.blocks.size(), 5u);
}

// A content folder that does not exist is the one failure load_guide returns.
TEST(Guide, FailsOnlyWithoutAContentFolder)
{
    const auto guide = load_guide(broken_content / "nowhere", "testshire");
    ASSERT_FALSE(guide);
    EXPECT_NE(guide.error().message.find("nowhere"), std::string::npos);
}

// A missing site file is a problem; the languages still load.
TEST(Guide, UnknownSiteIsAProblem)
{
    const auto guide = load_guide(broken_content, "atlantis");
    ASSERT_TRUE(guide);
    EXPECT_FALSE(guide->site);
    EXPECT_TRUE(std::any_of(guide->problems.begin(), guide->problems.end(),
                            [](const Problem& p) { return p.file == "broken/sites/atlantis.toml"; }));
    EXPECT_EQ(guide->languages.size(), 2u);
}

}  // namespace
}  // namespace kiosk::content
