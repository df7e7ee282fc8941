// Recognises phone-number-like sequences in running text, in any of the kiosk's digit systems.
// The text engine isolates them so they read left to right in one piece inside right-to-left
// text and never break across lines; speech reads them digit by digit in their groups.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// A half-open range of indices into a sequence of code points.
struct CodePointRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const CodePointRange&, const CodePointRange&) = default;
};

// True for 0-9 in ASCII, Arabic-Indic (U+0660..), Extended Arabic-Indic / Persian (U+06F0..)
// and Bengali (U+09E6..) digits.
bool is_phone_digit(char32_t code_point);

// Finds digit groups joined by single spaces or hyphens, with an optional leading "+" and an
// optional bracketed area code: "0161 477 9000", "+44 161 477 9000", "(0161) 477-9000",
// "۰۱۶۱ ۴۷۷ ۹۰۰۰". To tell a phone number from an ordinary quantity ("10 days", "2023") a match
// needs at least six digits, and either two groups, a "+", a bracket, or eight digits in one group.
std::vector<CodePointRange> find_phone_numbers(std::span<const char32_t> text);

// The same in UTF-8 text: the phone numbers as they are written there, in order.
std::vector<std::string> phone_numbers_in(std::string_view utf8);

}  // namespace kiosk
