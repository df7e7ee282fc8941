// The Markdown block model: what md4c's callbacks become, and every piece of markup outside
// content/README.md's list reported on its own line.
#include "content/document.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::content {
namespace {

// True when `document` reports a problem on `line` whose message contains `words`.
::testing::AssertionResult reports(const Document& document, int line, std::string_view words)
{
    for (const Problem& problem : document.problems) {
        if (problem.line == line && problem.message.find(words) != std::string::npos) return ::testing::AssertionSuccess();
    }
    auto failure = ::testing::AssertionFailure() << "no problem on line " << line << " containing \"" << words << "\"; got:";
    for (const Problem& problem : document.problems) failure << "\n  " << problem.line << ": " << problem.message;
    return failure;
}

// Strong, emphasis, a glossary link and a site key come out as separate spans, in order.
TEST(Document, ParagraphBecomesStyledSpans)
{
    const Document document = parse_document("Ask the **chair**, *not* the [core group](glossary:core-group), on {{phone.duty}} today.\n", "t.md", 1);
    ASSERT_TRUE(document.problems.empty());
    ASSERT_EQ(document.blocks.size(), 1u);
    const Block& block = document.blocks[0];
    EXPECT_EQ(block.kind, BlockKind::Paragraph);
    const std::vector<Span> expected{
        {"Ask the ", SpanStyle::Plain, "", ""},      {"chair", SpanStyle::Strong, "", ""},
        {", ", SpanStyle::Plain, "", ""},            {"not", SpanStyle::Emphasis, "", ""},
        {" the ", SpanStyle::Plain, "", ""},         {"core group", SpanStyle::Plain, "core-group", ""},
        {", on ", SpanStyle::Plain, "", ""},         {"", SpanStyle::Plain, "", "phone.duty"},
        {" today.", SpanStyle::Plain, "", ""},
    };
    EXPECT_EQ(block.spans, expected);
    EXPECT_EQ(block.plain_text(), "Ask the chair, not the core group, on {{phone.duty}} today.");
    EXPECT_EQ(block.text_with_values([](std::string_view) { return std::string("0161 217 6028"); }),
              "Ask the chair, not the core group, on 0161 217 6028 today.");
}

// Headings keep their level, list items their kind and number, and each block its file line.
TEST(Document, BlocksKeepKindLevelNumberAndLine)
{
    const Document document = parse_document("## Before\n\nText\nmore text.\n\n- one\n- two\n\n3. three\n4. four\n", "t.md", 11);
    ASSERT_TRUE(document.problems.empty());
    ASSERT_EQ(document.blocks.size(), 6u);
    EXPECT_EQ(document.blocks[0].kind, BlockKind::Heading);
    EXPECT_EQ(document.blocks[0].heading_level, 2);
    EXPECT_EQ(document.blocks[0].line, 11);
    EXPECT_EQ(document.blocks[1].plain_text(), "Text more text.");  // a soft break is a space
    EXPECT_EQ(document.blocks[1].line, 13);
    EXPECT_EQ(document.blocks[2].kind, BlockKind::BulletItem);
    EXPECT_EQ(document.blocks[3].line, 17);
    EXPECT_EQ(document.blocks[4].kind, BlockKind::NumberedItem);
    EXPECT_EQ(document.blocks[4].item_number, 3);
    EXPECT_EQ(document.blocks[5].item_number, 4);
    EXPECT_EQ(document.blocks[5].line, 20);
}

// A loose list (blank lines between items) gives the same items as a tight one.
TEST(Document, LooseListItemsAreItems)
{
    const Document document = parse_document("- one\n\n- two\n", "t.md", 1);
    ASSERT_EQ(document.blocks.size(), 2u);
    EXPECT_EQ(document.blocks[1].plain_text(), "two");
    EXPECT_EQ(document.blocks[1].line, 3);
}

// "## Core group {#core-group}": the id is recorded and not shown.
TEST(Document, GlossaryHeadingIdIsTakenOff)
{
    const Document document = parse_document("## Core group {#core-group}\n\nA small group.\n", "glossary.md", 1);
    ASSERT_EQ(document.blocks.size(), 2u);
    EXPECT_EQ(document.blocks[0].anchor_id, "core-group");
    EXPECT_EQ(document.blocks[0].plain_text(), "Core group");
}

// Each kind of markup the kiosk cannot show is reported on the line it is on.
TEST(Document, ReportsUnsupportedMarkupWithLines)
{
    const Document document = parse_document("Intro.\n"                                   // 1
                                             "\n"                                         // 2
                                             "See [the site](https://example.org).\n"     // 3
                                             "\n"                                         // 4
                                             "A <b>bold</b> word.\n"                      // 5
                                             "\n"                                         // 6
                                             "![a map](map.png)\n"                        // 7
                                             "\n"                                         // 8
                                             "#### Too deep\n"                            // 9
                                             "\n"                                         // 10
                                             "| a | b |\n|---|---|\n| 1 | 2 |\n"         // 11-13
                                             "\n"                                         // 14
                                             "    indented code\n"                        // 15
                                             "\n"                                         // 16
                                             "Use `code` and **unclosed.\n"               // 17
                                             "\n"                                         // 18
                                             "Visit www.example.org today.\n"             // 19
                                             "\n"                                         // 20
                                             "> quoted\n"                                 // 21
                                             "\n"                                         // 22
                                             "[words](glossary:chair\n",                  // 23
                                             "t.md", 1);
    EXPECT_TRUE(reports(document, 3, "web link (https://example.org)"));
    EXPECT_TRUE(reports(document, 5, "HTML (<b>)"));
    EXPECT_TRUE(reports(document, 7, "an image (map.png)"));
    EXPECT_TRUE(reports(document, 9, "level 4 heading"));
    EXPECT_TRUE(reports(document, 11, "a table"));
    EXPECT_TRUE(reports(document, 15, "a code block"));
    EXPECT_TRUE(reports(document, 17, "inline code"));
    EXPECT_TRUE(reports(document, 17, "unbalanced \"*\""));
    EXPECT_TRUE(reports(document, 19, "web link (http://www.example.org)"));
    EXPECT_TRUE(reports(document, 21, "block quote"));
    EXPECT_TRUE(reports(document, 23, "link that is not complete"));
    // The text around the faults is still there for the kiosk to show.
    EXPECT_EQ(document.blocks.front().plain_text(), "Intro.");
    EXPECT_EQ(document.blocks[1].plain_text(), "See the site.");
}

// An escaped asterisk is a literal star, not an unbalanced marker.
TEST(Document, EscapedAsteriskIsNotAProblem)
{
    const Document document = parse_document("Five \\* three.\n", "t.md", 1);
    EXPECT_TRUE(document.problems.empty());
    EXPECT_EQ(document.blocks.at(0).plain_text(), "Five * three.");
}

// A site key must be {{dotted.key}}; anything else is reported and left as text.
TEST(Document, ReportsMalformedSiteKeys)
{
    const Document document = parse_document("Call {{ phone.duty }} or {{phone.duty\n", "t.md", 4);
    EXPECT_TRUE(reports(document, 4, "\"{{ phone.duty }}\""));
    EXPECT_TRUE(reports(document, 4, "\"{{phone.duty"));
    EXPECT_EQ(document.blocks.at(0).spans.size(), 1u);
}

// Malformed UTF-8 is reported on its line and replaced with U+FFFD; the rest still parses.
TEST(Document, ReportsMalformedUtf8AndKeepsTheText)
{
    const Document document = parse_document("Good line.\n\nBad \xC3\x28 byte.\n", "t.md", 20);
    ASSERT_EQ(document.problems.size(), 1u);
    EXPECT_TRUE(reports(document, 22, "malformed UTF-8 (bytes C3)"));
    ASSERT_EQ(document.blocks.size(), 2u);
    EXPECT_EQ(document.blocks[1].plain_text(), "Bad \xEF\xBF\xBD( byte.");
}

// A list inside a list is reported; its items are still kept.
TEST(Document, ReportsNestedLists)
{
    const Document document = parse_document("- one\n  - inner\n", "t.md", 1);
    EXPECT_TRUE(reports(document, 2, "a list inside a list"));
    EXPECT_EQ(document.blocks.size(), 2u);
}

}  // namespace
}  // namespace kiosk::content
