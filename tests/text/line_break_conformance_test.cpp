// UAX #14 conformance of the engine's line break step, judged by Unicode 15.0's
// LineBreakTest.txt (Debian's unicode-data package).
#include "text/line_breaks.h"

#include "text/conformance_exceptions.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <unicode/utf16.h>

namespace kiosk::text {
namespace {

struct BreakCase {
    std::u16string text;
    std::vector<std::uint32_t> expected;  // UTF-16 offsets where a break is allowed (÷)
};

BreakCase parse_case(const std::string& line)
{
    BreakCase c;
    std::istringstream tokens(line.substr(0, line.find('#')));
    for (std::string token; tokens >> token;) {
        if (token == "\xC3\xB7") {  // ÷
            if (!c.text.empty()) c.expected.push_back(static_cast<std::uint32_t>(c.text.size()));
        } else if (token != "\xC3\x97") {  // ×
            const auto cp = static_cast<char32_t>(std::stoul(token, nullptr, 16));
            if (cp > 0xFFFF) {
                c.text.push_back(static_cast<char16_t>(U16_LEAD(cp)));
                c.text.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
            } else {
                c.text.push_back(static_cast<char16_t>(cp));
            }
        }
    }
    return c;
}

}  // namespace

// Every line of LineBreakTest.txt through the break step ICU runs for English (the root rules).
TEST(LineBreakConformance, LineBreakTest)
{
    std::ifstream file(UNICODE_DATA_DIR "/auxiliary/LineBreakTest.txt");
    ASSERT_TRUE(file) << "missing " UNICODE_DATA_DIR "/auxiliary/LineBreakTest.txt (Debian package unicode-data)";
    auto breaker = LineBreaker::create(Language::English);
    ASSERT_TRUE(breaker.has_value()) << breaker.error().message;
    std::size_t passed = 0;
    std::size_t total = 0;
    const std::set<std::string> known = testing::read_exceptions(KIOSK_FIXTURES_DIR "/text/line_break_known_failures.txt");
    std::set<std::string> failed;
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line[0] == '#') continue;
        ++total;
        const BreakCase c = parse_case(line);
        std::vector<std::uint32_t> actual;
        for (const BreakOpportunity& opportunity : breaker->opportunities(c.text)) actual.push_back(opportunity.utf16_offset);
        if (actual == c.expected) {
            ++passed;
        } else {
            failed.insert(testing::without_comment(line));
        }
    }
    std::cout << "LineBreakTest: " << passed << " of " << total << " cases pass\n";
    EXPECT_GT(total, 7000u);
    for (const std::string& failure : failed) {
        if (!known.contains(failure)) ADD_FAILURE() << "fails and is not a listed exception: " << failure;
    }
    for (const std::string& exception : known) {
        if (!failed.contains(exception)) ADD_FAILURE() << "listed as a known failure but passes; remove it: " << exception;
    }
}

}  // namespace kiosk::text
