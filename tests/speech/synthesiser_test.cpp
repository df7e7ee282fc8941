// Real speech from eSpeak NG, measured: duration, loudness and word events.
#include "speech/synthesiser.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kiosk::speech {
namespace {

Synthesiser& shared_synthesiser()
{
    static std::unique_ptr<Synthesiser> instance = [] {
        auto created = Synthesiser::create();
        if (!created) {
            ADD_FAILURE() << created.error().message;
            std::abort();
        }
        return std::move(*created);
    }();
    return *instance;
}

Utterance say(const std::string& text, Language language)
{
    Result<Utterance> result = shared_synthesiser().synthesise({text, language, 160}).get();
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    return result ? std::move(*result) : Utterance{};
}

double seconds(const Utterance& u) { return static_cast<double>(u.samples.size()) / u.sample_rate_hz; }

double rms(const Utterance& u)
{
    double sum = 0;
    for (std::int16_t s : u.samples) sum += static_cast<double>(s) * s;
    return u.samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(u.samples.size()));
}

struct Sample {
    Language language;
    std::string text;
};

class SpeechInEveryLanguage : public ::testing::TestWithParam<Sample> {};

// Each language's voice says a guide sentence: audible, seconds long, with ordered word events
// that point at words of the text.
TEST_P(SpeechInEveryLanguage, SpeaksWithWordEvents)
{
    const Sample& sample = GetParam();
    const Utterance u = say(sample.text, sample.language);
    EXPECT_EQ(u.sample_rate_hz, 22050);
    EXPECT_GT(seconds(u), 1.0);
    EXPECT_GT(rms(u), 300.0);
    ASSERT_GE(u.words.size(), 3u);
    for (std::size_t i = 0; i < u.words.size(); ++i) {
        EXPECT_LE(u.words[i].bytes.end, sample.text.size());
        EXPECT_NE(sample.text[u.words[i].bytes.begin], ' ');
        EXPECT_LT(u.words[i].start_sample, u.samples.size());
        if (i > 0) {
            EXPECT_GE(u.words[i].start_sample, u.words[i - 1].start_sample);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Guide, SpeechInEveryLanguage,
    ::testing::Values(Sample{Language::English, "A conference is a meeting about your child's safety."},
                      Sample{Language::Bengali, "সভায় আপনার সন্তানের নিরাপত্তা নিয়ে কথা হবে।"},
                      Sample{Language::Urdu, "کانفرنس میں آپ کے بچے کی حفاظت کے بارے میں بات ہوگی۔"},
                      Sample{Language::TraditionalChinese, "會議會討論如何保障你孩子的安全。"},
                      Sample{Language::Arabic, "سيتحدث الاجتماع عن سلامة طفلكم."},
                      Sample{Language::Farsi, "در جلسه درباره‌ی امنیت فرزندتان صحبت می‌شود."}));

// The Urdu voice reads a phone number in Persian digits as long as the same number in ASCII
// digits (unmapped, eSpeak NG 1.51 says nothing for them).
TEST(Synthesiser, UrduReadsPersianDigits)
{
    const Utterance persian = say("فون ۰۱۶۱ ۴۷۷ ۹۰۰۰", Language::Urdu);
    const Utterance ascii = say("فون 0161 477 9000", Language::Urdu);
    EXPECT_GT(seconds(ascii), 2.0);
    EXPECT_NEAR(seconds(persian), seconds(ascii), 0.25 * seconds(ascii));
}

// A phone number is read digit by digit: one word event per digit.
TEST(Synthesiser, PhoneNumberDigitsAreSeparateWords)
{
    const std::string text = "Call 0161 477 9000 today.";
    const Utterance u = say(text, Language::English);
    const auto number_begin = text.find('0');
    const auto number_end = text.find(" today");
    std::size_t digit_words = 0;
    for (const WordEvent& word : u.words) digit_words += word.bytes.begin >= number_begin && word.bytes.end <= number_end;
    EXPECT_GE(digit_words, 10u);
}

// Malformed UTF-8 does not garble the rest: the speech is as long as for the clean text.
TEST(Synthesiser, MalformedBytesDoNotGarbleTheRest)
{
    const Utterance clean = say("Please tell the desk what you need.", Language::English);
    const Utterance broken = say("Please tell the \xC0\xFF desk what you need.", Language::English);
    EXPECT_NEAR(seconds(broken), seconds(clean), 0.2 * seconds(clean));
}

// Slower speech is longer.
TEST(Synthesiser, RateChangesTheLength)
{
    const std::string text = "You can bring a friend or a family member with you.";
    const Result<Utterance> slow = shared_synthesiser().synthesise({text, Language::English, 100}).get();
    const Result<Utterance> fast = shared_synthesiser().synthesise({text, Language::English, 250}).get();
    ASSERT_TRUE(slow && fast);
    EXPECT_GT(seconds(*slow), 1.5 * seconds(*fast));
}

}  // namespace
}  // namespace kiosk::speech
