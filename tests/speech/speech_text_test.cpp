#include "speech/speech_text.h"

#include <gtest/gtest.h>

namespace kiosk::speech {
namespace {

std::string voices_of(const std::vector<SpeechRun>& runs)
{
    std::string out;
    for (const SpeechRun& run : runs) out += (out.empty() ? "" : " ") + run.voice;
    return out;
}

}  // namespace

// A Latin abbreviation inside Bengali goes to the English voice, and back.
TEST(SpeechText, LatinInsideBengaliUsesTheEnglishVoice)
{
    const auto runs = plan_speech("আপনার CSC মিটিং", Language::Bengali);
    EXPECT_EQ(voices_of(runs), "bn en bn");
    EXPECT_NE(runs[1].text.find("CSC"), std::string::npos);
}

// Arabic words inside English go to the Arabic voice instead of being spelt letter by letter.
TEST(SpeechText, ArabicInsideEnglishUsesTheArabicVoice)
{
    EXPECT_EQ(voices_of(plan_speech("Say مرحبا to the chair", Language::English)), "en ar en");
}

// Phone numbers are read digit by digit in their groups.
TEST(SpeechText, PhoneNumbersAreReadDigitByDigit)
{
    const auto runs = plan_speech("Call 0161 477 9000 today", Language::English);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_NE(runs[0].text.find("0 1 6 1 , 4 7 7 , 9 0 0 0"), std::string::npos) << runs[0].text;
}

// The ur voice is silent on Persian digits, so they reach it as ASCII digits.
TEST(SpeechText, PersianDigitsBecomeAsciiForUrdu)
{
    const auto runs = plan_speech("فون ۰۱۶۱ ۴۷۷ ۹۰۰۰ ہے", Language::Urdu);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_NE(runs[0].text.find("0 1 6 1"), std::string::npos) << runs[0].text;
    EXPECT_EQ(runs[0].text.find("۰"), std::string::npos);
}

// Regression: Persian digits outside a phone number ("۱۰ دن", 10 days) reached the ur voice as
// they were, since their Script is Arabic, not Common, and it said nothing for them.
TEST(SpeechText, PersianDigitsInRunningUrduTextBecomeAscii)
{
    const auto runs = plan_speech("۱۰ دن میں", Language::Urdu);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].text.substr(0, 3), "10 ") << runs[0].text;
}

// The voices that read their own digits get them as written.
TEST(SpeechText, ArabicFarsiAndBengaliDigitsStayForTheirOwnVoices)
{
    EXPECT_NE(plan_speech("بعد ١٠ أيام", Language::Arabic)[0].text.find("١٠"), std::string::npos);
    EXPECT_NE(plan_speech("بعد از ۱۰ روز", Language::Farsi)[0].text.find("۱۰"), std::string::npos);
    EXPECT_NE(plan_speech("১০ দিন পরে", Language::Bengali)[0].text.find("১০"), std::string::npos);
}

// U+FFFD and characters of scripts no voice reads never reach eSpeak NG.
TEST(SpeechText, ReplacementAndUnreadableCharactersAreLeftOut)
{
    const auto runs = plan_speech("Hello \xFF world \u0915\u093F", Language::English);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].text.find("\uFFFD"), std::string::npos);
    EXPECT_EQ(runs[0].text.find("\u0915"), std::string::npos);
}

// Every code point handed to eSpeak maps back to a byte of the source text.
TEST(SpeechText, OffsetsMapBackToTheSource)
{
    const std::string text = "ক্ষমা CSC";
    for (const SpeechRun& run : plan_speech(text, Language::Bengali)) {
        const DecodedUtf8 decoded = decode_utf8(run.text);
        ASSERT_EQ(run.source_offsets.size(), decoded.code_points.size() + 1);
        for (std::uint32_t offset : run.source_offsets) EXPECT_LE(offset, text.size());
    }
}

}  // namespace kiosk::speech
