// One language's files on their own: ids, review fields, glossary links, orders, summaries.
#include "content/topic_checks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::content {
namespace {

Topic topic_from(const std::string& file_id, const std::string& front_matter, const std::string& body = "Text.\n")
{
    const std::string file = "content/xx/" + file_id + ".md";
    const std::string text = "---\n" + front_matter + "---\n" + body;
    SplitFile split = split_front_matter(text, file);
    EXPECT_TRUE(split.problems.empty()) << split.problems.front().message;
    return Topic{file, file_id, split.front_matter, parse_document(split.body, file, split.body_first_line)};
}

LanguageGuide guide_of(Language language, std::vector<Topic> topics)
{
    LanguageGuide guide;
    guide.language = language;
    guide.folder = "content/xx";
    guide.topics = std::move(topics);
    guide.glossary = topic_from("glossary", "id: glossary\norder: 9\ntitle: Words\nsummary: Words.\nicon: menu_book\nstatus: draft\n"
                                            + std::string(language == Language::English ? "" : "translated_from: en\ntranslated_by: T\n"),
                                "## Chair {#chair}\n\nThe person who leads.\n");
    guide.glossary_entries.push_back({"chair", "Chair", 10, {}});
    return guide;
}

bool has_error(const std::vector<Problem>& problems, const std::string& file, int line, std::string_view words)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.severity == Severity::Error && p.file == file && p.line == line && p.message.find(words) != std::string::npos;
    });
}

const std::string common = "order: 1\ntitle: T\nsummary: S\nicon: event\n";

// The id must be the file name.
TEST(TopicChecks, IdMustEqualFileName)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::English, {topic_from("on-the-day", "id: the-day\n" + common + "status: draft\n")}), problems);
    EXPECT_TRUE(has_error(problems, "content/xx/on-the-day.md", 2, "id \"the-day\" must equal the file name \"on-the-day\""));
}

// reviewed needs a reviewer and a date; draft must not have them.
TEST(TopicChecks, ReviewFieldsAgreeWithStatus)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::English, {
        topic_from("a", "id: a\n" + common + "status: reviewed\nreviewed_by:\nreviewed_on:\n"),
        topic_from("b", "id: b\norder: 2\ntitle: T\nsummary: S\nicon: event\nstatus: draft\nreviewed_by: Officer\nreviewed_on: 2025-01-02\n"),
    }), problems);
    EXPECT_TRUE(has_error(problems, "content/xx/a.md", 7, "reviewed_by is empty"));
    EXPECT_TRUE(has_error(problems, "content/xx/a.md", 7, "reviewed_on (YYYY-MM-DD) is empty"));
    EXPECT_TRUE(has_error(problems, "content/xx/b.md", 7, "status is draft but reviewed_by or reviewed_on is filled in"));
}

// A translation marked reviewed without a reviewer must go back to draft; it must name its source.
TEST(TopicChecks, TranslationWithoutReviewerStaysDraft)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::Bengali, {
        topic_from("a", "id: a\n" + common + "status: reviewed\ntranslated_from: en\ntranslated_by: T\nreviewed_on: 2025-01-02\n"),
        topic_from("b", "id: b\norder: 2\ntitle: T\nsummary: S\nicon: event\nstatus: draft\n"),
    }), problems);
    EXPECT_TRUE(has_error(problems, "content/xx/a.md", 7, "keep status: draft until a council translator has reviewed it"));
    EXPECT_TRUE(has_error(problems, "content/xx/b.md", 1, "must say translated_from: en"));
}

// A glossary link must name an entry of the same language's glossary.
TEST(TopicChecks, GlossaryLinksResolve)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::English, {topic_from("a", "id: a\n" + common + "status: draft\n",
                                                                 "Ask the [chair](glossary:chair) or [her](glossary:chairperson).\n")}),
                         problems);
    EXPECT_TRUE(has_error(problems, "content/xx/a.md", 9, "glossary link to \"chairperson\""));
    EXPECT_EQ(std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.message.find("glossary link") != std::string::npos; }), 1);
}

// Two topics cannot share an order; English summaries stay within 60 characters.
TEST(TopicChecks, OrdersAreUniqueAndSummariesShort)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::English, {
        topic_from("a", "id: a\n" + common + "status: draft\n"),
        topic_from("b", "id: b\norder: 1\ntitle: T\nsummary: " + std::string(61, 's') + "\nicon: event\nstatus: draft\n"),
    }), problems);
    EXPECT_TRUE(has_error(problems, "content/xx/b.md", 3, "order 1 is also the order of content/xx/a.md"));
    EXPECT_TRUE(has_error(problems, "content/xx/b.md", 5, "the summary has 61 characters"));
}

// {#id} marks glossary entries only.
TEST(TopicChecks, AnchorsOnlyInTheGlossary)
{
    std::vector<Problem> problems;
    check_language_files(guide_of(Language::English, {topic_from("a", "id: a\n" + common + "status: draft\n", "## Heading {#heading}\n")}), problems);
    EXPECT_TRUE(has_error(problems, "content/xx/a.md", 9, "{#heading} marks a glossary entry"));
}

}  // namespace
}  // namespace kiosk::content
