// UAX #9 conformance of the engine's bidi step, judged by Unicode 15.0's BidiCharacterTest.txt
// (Debian's unicode-data package), rules up to and including L2.
#include "text/bidi.h"

#include "text/conformance_exceptions.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <unicode/utf16.h>

namespace kiosk::text {
namespace {

struct BidiCase {
    std::u16string text;
    std::vector<std::size_t> utf16_index_of_code_point;
    BaseDirection base = BaseDirection::LeftToRight;
    int paragraph_level = 0;
    std::vector<int> levels;  // -1 for "x" (removed by rule X9)
    std::vector<int> visual;  // code point indices, left to right
};

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);) parts.push_back(part);
    return parts;
}

BidiCase parse_case(const std::string& line)
{
    const auto fields = split(line, ';');
    BidiCase c;
    std::istringstream code_points(fields.at(0));
    for (std::string hex; code_points >> hex;) {
        const auto cp = static_cast<char32_t>(std::stoul(hex, nullptr, 16));
        c.utf16_index_of_code_point.push_back(c.text.size());
        if (cp > 0xFFFF) {
            c.text.push_back(static_cast<char16_t>(U16_LEAD(cp)));
            c.text.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
        } else {
            c.text.push_back(static_cast<char16_t>(cp));
        }
    }
    const int direction = std::stoi(fields.at(1));
    c.base = direction == 0 ? BaseDirection::LeftToRight : direction == 1 ? BaseDirection::RightToLeft : BaseDirection::Auto;
    c.paragraph_level = std::stoi(fields.at(2));
    std::istringstream levels(fields.at(3));
    for (std::string level; levels >> level;) c.levels.push_back(level == "x" ? -1 : std::stoi(level));
    std::istringstream visual(fields.at(4));
    for (int index; visual >> index;) c.visual.push_back(index);
    return c;
}

// The case's failure, or an empty string when the engine agrees with the file.
std::string check(const BidiCase& c)
{
    const BidiResult result = resolve_bidi(c.text, c.base);
    if (result.paragraph_level != c.paragraph_level) return "paragraph level " + std::to_string(result.paragraph_level);
    std::vector<BidiLevel> kept_levels;
    std::vector<int> kept_index;
    for (std::size_t i = 0; i < c.levels.size(); ++i) {
        const int actual = result.levels[c.utf16_index_of_code_point[i]];
        if (c.levels[i] < 0) continue;  // removed by X9: no level to check, not in the visual order
        if (actual != c.levels[i]) return "level of code point " + std::to_string(i) + " is " + std::to_string(actual);
        kept_levels.push_back(static_cast<BidiLevel>(actual));
        kept_index.push_back(static_cast<int>(i));
    }
    const std::vector<std::int32_t> order = visual_order(kept_levels);
    std::vector<int> visual;
    for (std::int32_t logical : order) visual.push_back(kept_index[static_cast<std::size_t>(logical)]);
    if (visual != c.visual) return "visual order differs";
    return {};
}

}  // namespace

// Every line of BidiCharacterTest.txt: paragraph level, resolved levels and visual order.
TEST(BidiConformance, BidiCharacterTest)
{
    testing::run_conformance(UNICODE_DATA_DIR "/BidiCharacterTest.txt", KIOSK_FIXTURES_DIR "/text/bidi_known_failures.txt",
                             [](const std::string& line) { return check(parse_case(line)).empty(); }, 90000);
}

// The phone-number isolates keep digit groups in reading order inside RTL text, where plain
// UBA (conformantly) reverses them.
TEST(BidiIsolates, PhoneNumberKeepsGroupOrderInRtl)
{
    const std::u16string text = u"\u0641\u0648\u0646 0161 477 9000";
    const BidiResult plain = resolve_bidi(text, BaseDirection::RightToLeft);
    const BidiResult isolated = resolve_bidi_with_isolates(text, BaseDirection::RightToLeft, {{4, 17}});
    ASSERT_EQ(isolated.levels.size(), text.size());
    // Plain UBA: digits level 2 but spaces between groups level 1, so the groups reverse.
    EXPECT_EQ(plain.levels[8], 1);
    // Isolated: the whole number, spaces included, is one even-level run.
    for (std::size_t i = 4; i < 17; ++i) EXPECT_EQ(isolated.levels[i] % 2, 0) << i;
}

}  // namespace kiosk::text
