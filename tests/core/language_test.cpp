#include "core/language.h"

#include <gtest/gtest.h>

namespace kiosk {

// Every code the kiosk accepts parses to its language and prints back unchanged.
TEST(Language, CodesRoundTrip)
{
    for (Language language : all_languages) {
        const auto parsed = parse_language(language_code(language));
        ASSERT_TRUE(parsed.has_value()) << language_code(language);
        EXPECT_EQ(*parsed, language);
    }
}

// Urdu, Arabic and Farsi are right to left; the others left to right.
TEST(Language, DirectionFollowsScript)
{
    EXPECT_EQ(text_direction(Language::Urdu), TextDirection::RightToLeft);
    EXPECT_EQ(text_direction(Language::Arabic), TextDirection::RightToLeft);
    EXPECT_EQ(text_direction(Language::Farsi), TextDirection::RightToLeft);
    EXPECT_EQ(text_direction(Language::English), TextDirection::LeftToRight);
    EXPECT_EQ(text_direction(Language::Bengali), TextDirection::LeftToRight);
    EXPECT_EQ(text_direction(Language::TraditionalChinese), TextDirection::LeftToRight);
}

// An unknown code fails with a message that lists the codes that work.
TEST(Language, UnknownCodeNamesTheKnownOnes)
{
    const auto parsed = parse_language("zh");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_NE(parsed.error().message.find("\"zh\""), std::string::npos);
    EXPECT_NE(parsed.error().message.find("zh-Hant"), std::string::npos);
}

// ICU needs an underscore where BCP 47 has a hyphen.
TEST(Language, IcuLocaleIds)
{
    EXPECT_EQ(icu_locale_id(Language::TraditionalChinese), "zh_Hant");
    EXPECT_EQ(icu_locale_id(Language::English), "en_GB");
}

}  // namespace kiosk
