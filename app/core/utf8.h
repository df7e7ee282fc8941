// Decoding untrusted UTF-8 (content files, command-line text, typed input) into code points.
// Malformed sequences never stop the kiosk: each maximal ill-formed subpart becomes U+FFFD
// (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal Subparts") and is reported by its
// byte range so the caller can say what was wrong.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// A half-open range of byte offsets into a UTF-8 string.
struct Utf8Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const Utf8Range&, const Utf8Range&) = default;
};

struct DecodedCodePoint {
    char32_t value = 0;
    std::uint32_t utf8_offset = 0;  // where the code point (or the malformed bytes) starts
};

struct DecodedUtf8 {
    std::vector<DecodedCodePoint> code_points;
    std::vector<Utf8Range> malformed;  // byte ranges that were replaced by U+FFFD
    std::uint32_t utf8_length = 0;
};

DecodedUtf8 decode_utf8(std::string_view bytes);

// Appends the UTF-8 form of one code point.
void append_utf8(std::string& out, char32_t code_point);

// How many code points `bytes` holds (a malformed sequence counts as the one U+FFFD it becomes).
std::size_t count_code_points(std::string_view bytes);

// Removes the last code point (the Delete key of the on-screen keyboard); no-op when empty.
void remove_last_code_point(std::string& text);

}  // namespace kiosk
