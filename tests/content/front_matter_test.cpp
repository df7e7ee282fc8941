// The front matter block: values read, and each fault reported once with its line.
#include "content/front_matter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::content {
namespace {

bool has_problem(const SplitFile& split, int line, std::string_view words)
{
    return std::any_of(split.problems.begin(), split.problems.end(),
                       [&](const Problem& p) { return p.line == line && p.message.find(words) != std::string::npos; });
}

// Every key of a translated file is read, and the body starts after the closing fence.
TEST(FrontMatter, ReadsEveryKey)
{
    const std::string text = "---\nid: on-the-day\norder: 4\ntitle: On the day\nsummary: What happens.\nicon: event\n"
                             "status: reviewed\ntranslated_from: en\ntranslated_by: A. Translator\nreviewed_by: Council translator\n"
                             "reviewed_on: 2025-03-01\n---\n\n## Body\n";
    const SplitFile split = split_front_matter(text, "t.md");
    EXPECT_TRUE(split.problems.empty());
    const FrontMatter& front = split.front_matter;
    EXPECT_EQ(front.id, "on-the-day");
    EXPECT_EQ(front.order, 4);
    EXPECT_EQ(front.title, "On the day");
    EXPECT_EQ(front.status, ReviewStatus::Reviewed);
    EXPECT_EQ(front.translated_from, "en");
    EXPECT_EQ(front.reviewed_on, "2025-03-01");
    EXPECT_EQ(front.line_of("icon"), 6);
    EXPECT_EQ(split.body, "\n## Body\n");
    EXPECT_EQ(split.body_first_line, 13);
}

// Each malformed line and value is its own problem, on its own line; good keys still load.
TEST(FrontMatter, ReportsEachFaultWithItsLine)
{
    const std::string text = "---\nid: x\norder two\ntitle: T\nsummary: S\nicon: event\nstatus: finished\ncolour: red\n"
                             "title: Again\nreviewed_on: 2025-02-30\ntranslated_from: xx\n---\nBody\n";
    const SplitFile split = split_front_matter(text, "t.md");
    EXPECT_TRUE(has_problem(split, 3, "not `key: value`"));
    EXPECT_TRUE(has_problem(split, 1, "has no \"order\""));
    EXPECT_TRUE(has_problem(split, 7, "status \"finished\""));
    EXPECT_TRUE(has_problem(split, 8, "unknown front matter key \"colour\""));
    EXPECT_TRUE(has_problem(split, 9, "given twice (first on line 4)"));
    EXPECT_TRUE(has_problem(split, 10, "not a date"));
    EXPECT_TRUE(has_problem(split, 11, "unknown language \"xx\""));
    EXPECT_EQ(split.problems.size(), 7u);
    EXPECT_EQ(split.front_matter.title, "T");
    EXPECT_EQ(split.body, "Body\n");
}

// An order must be a whole number from 1.
TEST(FrontMatter, RejectsBadOrders)
{
    for (const char* order : {"0", "-1", "2a", "1.5"}) {
        const SplitFile split = split_front_matter(std::string("---\norder: ") + order + "\n---\n", "t.md");
        EXPECT_TRUE(has_problem(split, 2, "not a whole number")) << order;
    }
}

// Without a closing fence, one problem names the cause instead of a cascade.
TEST(FrontMatter, ReportsAnUnclosedBlockOnce)
{
    const SplitFile split = split_front_matter("---\nid: x\n\n## Heading\n", "t.md");
    ASSERT_EQ(split.problems.size(), 1u);
    EXPECT_TRUE(has_problem(split, 1, "never closed"));
    EXPECT_TRUE(split.body.empty());
}

// A file with no front matter at all is still read as Markdown.
TEST(FrontMatter, MissingBlockKeepsTheBody)
{
    const SplitFile split = split_front_matter("## Heading\n", "t.md");
    EXPECT_TRUE(has_problem(split, 1, "does not start with a front matter block"));
    EXPECT_EQ(split.body, "## Heading\n");
}

}  // namespace
}  // namespace kiosk::content
