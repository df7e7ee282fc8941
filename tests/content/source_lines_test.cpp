// Line numbers of byte offsets, and the repair of malformed UTF-8.
#include "content/source_lines.h"

#include <gtest/gtest.h>

namespace kiosk::content {
namespace {

// Offsets map to the file's lines, counted from the piece's first line.
TEST(SourceLines, MapsOffsetsToFileLines)
{
    const SourceLines lines("ab\ncd\n\n  \nef", 10);
    EXPECT_EQ(lines.line_of(0), 10);
    EXPECT_EQ(lines.line_of(2), 10);  // the newline belongs to its line
    EXPECT_EQ(lines.line_of(3), 11);
    EXPECT_EQ(lines.line_of(11), 14);
    EXPECT_EQ(lines.first_non_blank_line(12), 14);  // blank and space-only lines are skipped
}

// Each run of bad bytes is one problem on its line, and becomes one U+FFFD per maximal subpart.
TEST(SourceLines, RepairsMalformedUtf8)
{
    std::vector<Problem> problems;
    const std::string repaired = repair_utf8("ok\nbad \xFF\xFE here\n", "f.md", 5, problems);
    EXPECT_EQ(repaired, "ok\nbad \xEF\xBF\xBD\xEF\xBF\xBD here\n");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 6);
    EXPECT_EQ(problems[0].file, "f.md");
    EXPECT_NE(problems[0].message.find("bytes FF FE"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::content
