#include "core/phone_number.h"

#include "core/utf8.h"

#include <optional>

namespace kiosk {
namespace {

constexpr std::size_t min_digits = 6;
constexpr std::size_t min_digits_single_group = 8;

bool is_group_separator(char32_t c)
{
    // Space, no-break space, hyphen-minus, hyphen and non-breaking hyphen.
    return c == U' ' || c == U'\u00A0' || c == U'-' || c == U'\u2010' || c == U'\u2011';
}

bool is_word_character(char32_t c)
{
    // Good enough to tell "a number standing alone" from one glued to a word; letters of every
    // script the kiosk shows are above U+00BF, ASCII letters are below.
    return is_phone_digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c > U'\u00BF';
}

struct Scan {
    const std::span<const char32_t> text;
    std::size_t pos = 0;

    bool at(char32_t c) const { return pos < text.size() && text[pos] == c; }

    std::size_t digits()
    {
        const std::size_t start = pos;
        while (pos < text.size() && is_phone_digit(text[pos])) ++pos;
        return pos - start;
    }
};

struct Match {
    std::size_t end = 0;
    std::size_t digit_count = 0;
    std::size_t group_count = 0;
    bool has_plus_or_bracket = false;
};

// Tries to read one phone number starting exactly at `start`.
std::optional<Match> match_at(std::span<const char32_t> text, std::size_t start)
{
    Scan scan{text, start};
    Match match;
    if (scan.at(U'+')) {
        ++scan.pos;
        match.has_plus_or_bracket = true;
    }
    if (scan.at(U'(')) {
        ++scan.pos;
        const std::size_t area = scan.digits();
        if (area == 0 || !scan.at(U')')) return std::nullopt;
        ++scan.pos;
        match.digit_count += area;
        match.group_count += 1;
        match.has_plus_or_bracket = true;
        if (scan.pos < text.size() && is_group_separator(text[scan.pos])) ++scan.pos;
    }
    const std::size_t first = scan.digits();
    if (first == 0) return std::nullopt;
    match.digit_count += first;
    match.group_count += 1;
    match.end = scan.pos;
    // Further groups: exactly one separator, then digits; a separator not followed by a digit
    // belongs to the sentence, not to the number.
    while (scan.pos + 1 < text.size() && is_group_separator(text[scan.pos]) && is_phone_digit(text[scan.pos + 1])) {
        ++scan.pos;
        match.digit_count += scan.digits();
        match.group_count += 1;
        match.end = scan.pos;
    }
    if (match.end < text.size() && is_word_character(text[match.end])) return std::nullopt;
    const bool looks_like_phone = match.digit_count >= min_digits &&
        (match.group_count >= 2 || match.has_plus_or_bracket || match.digit_count >= min_digits_single_group);
    if (!looks_like_phone) return std::nullopt;
    return match;
}

}  // namespace

bool is_phone_digit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'\u0660' && c <= U'\u0669') ||
        (c >= U'\u06F0' && c <= U'\u06F9') || (c >= U'\u09E6' && c <= U'\u09EF');
}

std::vector<CodePointRange> find_phone_numbers(std::span<const char32_t> text)
{
    std::vector<CodePointRange> found;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = text[pos];
        const bool can_start = c == U'+' || c == U'(' || is_phone_digit(c);
        const bool at_word_start = pos == 0 || !is_word_character(text[pos - 1]);
        if (can_start && at_word_start) {
            if (const auto match = match_at(text, pos)) {
                found.push_back({pos, match->end});
                pos = match->end;
                continue;
            }
        }
        ++pos;
    }
    return found;
}

std::vector<std::string> phone_numbers_in(std::string_view utf8)
{
    const DecodedUtf8 decoded = decode_utf8(utf8);
    std::vector<char32_t> code_points;
    for (const DecodedCodePoint& c : decoded.code_points) code_points.push_back(c.value);
    std::vector<std::string> numbers;
    for (const CodePointRange& range : find_phone_numbers(code_points)) {
        const std::uint32_t begin = decoded.code_points[range.begin].utf8_offset;
        const std::uint32_t end = range.end < decoded.code_points.size() ? decoded.code_points[range.end].utf8_offset : decoded.utf8_length;
        numbers.emplace_back(utf8.substr(begin, end - begin));
    }
    return numbers;
}

}  // namespace kiosk
