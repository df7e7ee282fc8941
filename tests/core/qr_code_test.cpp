#include "core/qr_code.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

namespace kiosk {
namespace {

constexpr std::string_view summary_payload = "REF:K7M-4QX;CONF:2026-12-17;REVIEW:2027-03-17";

QrCode encode(std::string_view payload)
{
    Result<QrCode> code = make_qr_code(payload);
    EXPECT_TRUE(code.has_value()) << (code ? "" : code.error().message);
    return code.value_or(QrCode{});
}

// A finder pattern (ISO/IEC 18004, 6.3.3.1) with its top-left module at (left, top):
// 7x7 dark ring, 5x5 light ring, 3x3 dark core.
void expect_finder_at(const QrCode& code, int left, int top)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));  // 3 outer, 2 light, 0-1 core
            EXPECT_EQ(code.is_dark(left + dx, top + dy), ring != 2)
                << "finder at (" << left << ", " << top << "), module (" << dx << ", " << dy << ")";
        }
    }
}

// The separator (6.3.3.2): light modules between each finder pattern and the data.
void expect_light_separator_around(const QrCode& code, int left, int top)
{
    for (int i = -1; i <= 7; ++i) {
        for (const auto& [x, y] : {std::pair{left + i, top - 1}, std::pair{left + i, top + 7}, std::pair{left - 1, top + i},
                                  std::pair{left + 7, top + i}}) {
            if (x < 0 || y < 0 || x >= code.size || y >= code.size) continue;
            EXPECT_FALSE(code.is_dark(x, y)) << "separator module (" << x << ", " << y << ")";
        }
    }
}

}  // namespace

// Finder patterns sit at the top-left, top-right and bottom-left corners, so a reader finds the
// symbol's position and orientation; the bottom-right corner has none.
TEST(QrCode, PutsFinderPatternsAtThreeCorners)
{
    const QrCode code = encode(summary_payload);
    ASSERT_GE(code.size, 21);
    const int far = code.size - 7;
    expect_finder_at(code, 0, 0);
    expect_finder_at(code, far, 0);
    expect_finder_at(code, 0, far);
    expect_light_separator_around(code, 0, 0);
    expect_light_separator_around(code, far, 0);
    expect_light_separator_around(code, 0, far);
}

// Timing patterns (6.3.4): row 6 and column 6 alternate dark and light between the finders.
TEST(QrCode, HasAlternatingTimingPatterns)
{
    const QrCode code = encode(summary_payload);
    for (int i = 8; i < code.size - 8; ++i) {
        EXPECT_EQ(code.is_dark(i, 6), i % 2 == 0) << "row 6, column " << i;
        EXPECT_EQ(code.is_dark(6, i), i % 2 == 0) << "column 6, row " << i;
    }
}

// The width follows the version: 21 modules for version 1, 4 more for each version after it.
TEST(QrCode, SizeIsSeventeenPlusFourTimesVersion)
{
    for (const std::size_t length : {1U, 14U, 45U, 100U, 500U, 2331U}) {
        const QrCode code = encode(std::string(length, 'a'));
        EXPECT_GE(code.version, 1);
        EXPECT_LE(code.version, 40);
        EXPECT_EQ(code.size, 17 + 4 * code.version) << length << " bytes";
        EXPECT_EQ(code.dark.size(), static_cast<std::size_t>(code.size * code.size));
    }
}

// Level M in byte mode: 14 bytes fit version 1 and 15 do not (ISO/IEC 18004, table 7), so the
// version is the smallest that holds the payload and the level really is M.
TEST(QrCode, ChoosesTheSmallestVersionAtLevelM)
{
    EXPECT_EQ(encode(std::string(14, 'x')).version, 1);
    EXPECT_EQ(encode(std::string(15, 'x')).version, 2);
    EXPECT_EQ(encode(summary_payload).version, 4);  // 45 bytes: version 3-M holds 42, 4-M holds 62
}

// The same payload gives the same symbol, module for module, so a reprinted summary matches.
TEST(QrCode, IsDeterministic)
{
    const QrCode first = encode(summary_payload);
    const QrCode second = encode(summary_payload);
    EXPECT_EQ(first.version, second.version);
    EXPECT_EQ(first.dark, second.dark);
    EXPECT_NE(first.dark, encode("REF:K7M-4QX;CONF:2026-12-18;REVIEW:2027-03-17").dark);
}

// Modules are 0 or 1, never libqrencode's other flag bits.
TEST(QrCode, ModulesAreZeroOrOne)
{
    for (const std::uint8_t module : encode(summary_payload).dark) EXPECT_LE(module, 1);
}

// A name in Bengali script and a NUL byte are encoded as they are, not refused.
TEST(QrCode, EncodesUtf8AndNulBytes)
{
    EXPECT_TRUE(make_qr_code("\xe0\xa6\xb8\xe0\xa6\xad\xe0\xa6\xbe 2026-12-17").has_value());
    EXPECT_TRUE(make_qr_code(std::string_view("A\0B", 3)).has_value());
}

// Text beyond ASCII carries the UTF-8 ECI header and ASCII goes without, so the header's cost
// shows: 14 bytes fill version 1-M as ASCII, and with an "é" among them need version 2.
TEST(QrCode, MarksOnlyNonAsciiTextAsUtf8)
{
    EXPECT_EQ(encode("REF:K7M-4QX;AB").version, 1);
    EXPECT_EQ(encode("REF:K7M-4QX;\xc3\xa9").version, 2);
}

// Malformed UTF-8 would be labelled UTF-8 and misread, so it is refused with where it starts.
TEST(QrCode, RefusesMalformedUtf8)
{
    const Result<QrCode> code = make_qr_code("REF:\xff");
    ASSERT_FALSE(code.has_value());
    EXPECT_EQ(code.error().message, "cannot make a QR code: the text is not valid UTF-8 at byte 4");
}

TEST(QrCode, RefusesAnEmptyPayload)
{
    const Result<QrCode> code = make_qr_code("");
    ASSERT_FALSE(code.has_value());
    EXPECT_EQ(code.error().message, "cannot make a QR code: there is nothing to encode");
}

// 2,331 bytes is the most a version 40 symbol holds at level M; one more cannot be encoded.
TEST(QrCode, RefusesAPayloadTooLongForVersion40)
{
    const Result<QrCode> code = make_qr_code(std::string(2332, 'a'));
    ASSERT_FALSE(code.has_value());
    EXPECT_EQ(code.error().message,
              "cannot make a QR code: 2332 bytes is too long (at level M a QR code holds 2331 bytes, or 2330 with letters beyond ASCII)");
}

// With the UTF-8 header one byte less fits: 2,330 bytes of text with an "é" do, 2,331 do not.
TEST(QrCode, RefusesNonAsciiTextTooLongForVersion40)
{
    EXPECT_EQ(encode("\xc3\xa9" + std::string(2328, 'a')).version, 40);
    const Result<QrCode> code = make_qr_code("\xc3\xa9" + std::string(2329, 'a'));
    ASSERT_FALSE(code.has_value());
    EXPECT_TRUE(code.error().message.starts_with("cannot make a QR code: 2331 bytes is too long")) << code.error().message;
}

}  // namespace kiosk
