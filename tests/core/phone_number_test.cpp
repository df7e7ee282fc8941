#include "core/phone_number.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

std::u32string to_u32(std::u32string_view text) { return std::u32string(text); }

std::vector<std::u32string> numbers_in(std::u32string_view text)
{
    const std::u32string owned = to_u32(text);
    std::vector<std::u32string> found;
    for (const CodePointRange& range : find_phone_numbers(owned)) found.push_back(owned.substr(range.begin, range.end - range.begin));
    return found;
}

}  // namespace

// UK numbers as the guide and the council settings write them.
TEST(PhoneNumber, FindsUkFormats)
{
    EXPECT_EQ(numbers_in(U"Call 0161 477 9000 today."), std::vector<std::u32string>{U"0161 477 9000"});
    EXPECT_EQ(numbers_in(U"Call +44 161 477 9000."), std::vector<std::u32string>{U"+44 161 477 9000"});
    EXPECT_EQ(numbers_in(U"Call (0161) 477-9000, please"), std::vector<std::u32string>{U"(0161) 477-9000"});
    EXPECT_EQ(numbers_in(U"Advice line: 0808 801 0366"), std::vector<std::u32string>{U"0808 801 0366"});
}

// Persian and Arabic-Indic digits inside right-to-left sentences.
TEST(PhoneNumber, FindsEasternDigits)
{
    EXPECT_EQ(numbers_in(U"شماره ۰۱۶۱ ۴۷۷ ۹۰۰۰ است"), std::vector<std::u32string>{U"۰۱۶۱ ۴۷۷ ۹۰۰۰"});
    EXPECT_EQ(numbers_in(U"الرقم ٠١٦١ ٤٧٧ ٩٠٠٠ هنا"), std::vector<std::u32string>{U"٠١٦١ ٤٧٧ ٩٠٠٠"});
}

// Ordinary quantities are not phone numbers.
TEST(PhoneNumber, IgnoresQuantitiesAndYears)
{
    EXPECT_TRUE(numbers_in(U"within 10 working days").empty());
    EXPECT_TRUE(numbers_in(U"in 2023 and 2024").empty());
    EXPECT_TRUE(numbers_in(U"call 999").empty());
    EXPECT_TRUE(numbers_in(U"3 or 6 months").empty());
}

// A separator not followed by a digit ends the number; a double space splits it.
TEST(PhoneNumber, StopsAtSentencePunctuation)
{
    EXPECT_EQ(numbers_in(U"0161 477 9000 - ask for the duty team"), std::vector<std::u32string>{U"0161 477 9000"});
    EXPECT_EQ(numbers_in(U"0161 477 9000-"), std::vector<std::u32string>{U"0161 477 9000"});
}

// Digits glued to letters (a reference, a postcode) are not a phone number.
TEST(PhoneNumber, IgnoresDigitsInsideWords)
{
    EXPECT_TRUE(numbers_in(U"ref AB12345678").empty());
}

// The reader shows each number again, large; it needs them as written, in any script.
TEST(PhoneNumbers, FoundInUtf8AsWritten)
{
    EXPECT_EQ(phone_numbers_in("Call 0161 477 9000 or +44 161 217 6028 today."),
              (std::vector<std::string>{"0161 477 9000", "+44 161 217 6028"}));
    EXPECT_EQ(phone_numbers_in("با شماره ۰۱۶۱ ۴۷۷ ۹۰۰۰ تماس بگیرید"), (std::vector<std::string>{"۰۱۶۱ ۴۷۷ ۹۰۰۰"}));
    EXPECT_TRUE(phone_numbers_in("within 10 working days of 2026").empty());
}

}  // namespace kiosk
