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
    auto breaker = LineBreaker::create(Language::English);
    ASSERT_TRUE(breaker.has_value()) << breaker.error().message;
    testing::run_conformance(UNICODE_DATA_DIR "/auxiliary/LineBreakTest.txt", KIOSK_FIXTURES_DIR "/text/line_break_known_failures.txt",
                             [&breaker](const std::string& line) {
                                 const BreakCase c = parse_case(line);
                                 std::vector<std::uint32_t> actual;
                                 for (const BreakOpportunity& opportunity : breaker->opportunities(c.text)) actual.push_back(opportunity.utf16_offset);
                                 return actual == c.expected;
                             }, 7000);
}

}  // namespace kiosk::text
