#include "core/utf8.h"

#include <gtest/gtest.h>

namespace kiosk {

// Well-formed text keeps every code point and its byte offset.
TEST(Utf8, DecodesWellFormedTextWithOffsets)
{
    const DecodedUtf8 decoded = decode_utf8("a\u00E9\u0995\U0001F600");
    ASSERT_EQ(decoded.code_points.size(), 4u);
    EXPECT_EQ(decoded.code_points[2].value, U'\u0995');
    EXPECT_EQ(decoded.code_points[2].utf8_offset, 3u);
    EXPECT_EQ(decoded.code_points[3].utf8_offset, 6u);
    EXPECT_TRUE(decoded.malformed.empty());
    EXPECT_EQ(decoded.utf8_length, 10u);
}

// Each maximal ill-formed subpart becomes one U+FFFD and is reported by its bytes (Unicode 3.9).
TEST(Utf8, ReplacesMaximalSubpartsAndReportsThem)
{
    // F0 9F 98 is a truncated 4-byte sequence; C0 is never valid; FF is never valid.
    const DecodedUtf8 decoded = decode_utf8("a\xF0\x9F\x98" "b\xC0\xFF");
    std::u32string values;
    for (const auto& cp : decoded.code_points) values.push_back(cp.value);
    EXPECT_EQ(values, U"a\uFFFDb\uFFFD\uFFFD");
    ASSERT_EQ(decoded.malformed.size(), 3u);
    EXPECT_EQ(decoded.malformed[0], (Utf8Range{1, 4}));
    EXPECT_EQ(decoded.malformed[1], (Utf8Range{5, 6}));
    EXPECT_EQ(decoded.malformed[2], (Utf8Range{6, 7}));
}

// Encoded surrogates (CESU-8) are malformed in UTF-8.
TEST(Utf8, RejectsEncodedSurrogates)
{
    const DecodedUtf8 decoded = decode_utf8("\xED\xA0\x80");
    EXPECT_FALSE(decoded.malformed.empty());
    for (const auto& cp : decoded.code_points) EXPECT_EQ(cp.value, U'\uFFFD');
}

// append_utf8 writes what decode_utf8 reads.
TEST(Utf8, AppendRoundTrips)
{
    std::string out;
    for (char32_t cp : {U'A', U'\u06CC', U'\u3002', U'\U0001F600'}) append_utf8(out, cp);
    EXPECT_EQ(out, "A\u06CC\u3002\U0001F600");
}

// The on-screen keyboard's Delete takes away a whole character, never half of one.
TEST(Utf8, RemovesTheLastCodePointWhole)
{
    std::string text = "Ab\u06CC\U0001F600";
    EXPECT_EQ(count_code_points(text), 4u);
    remove_last_code_point(text);
    EXPECT_EQ(text, "Ab\u06CC");
    remove_last_code_point(text);
    EXPECT_EQ(text, "Ab");
    text.clear();
    remove_last_code_point(text);
    EXPECT_EQ(text, "");
    EXPECT_EQ(count_code_points("a\xFF" "b"), 3u);
}

}  // namespace kiosk
