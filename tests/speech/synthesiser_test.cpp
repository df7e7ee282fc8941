// Real speech from eSpeak NG, measured: duration, loudness and word events.
#include "speech/synthesiser.h"
#include "speech/shared_synthesiser.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kiosk::speech {
namespace {

using testing::seconds;

Utterance say(const std::string& text, Language language, int rate_wpm = 160)
{
    Result<Utterance> result = testing::synthesise(text, language, rate_wpm);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    return result ? std::move(*result) : Utterance{};
}

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

void PrintTo(const Sample& sample, std::ostream* out) { *out << sample.text; }

class SpeechInEveryLanguage : public ::testing::TestWithParam<Sample> {};

}  // namespace

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
                      Sample{Language::Farsi, "در جلسه درباره‌ی امنیت فرزندتان صحبت می‌شود."}),
    [](const auto& param_info) { return testing::test_name(param_info.param.language); });

// The Urdu voice reads a phone number in Persian digits as long as the same number in ASCII
// digits (unmapped, eSpeak NG 1.51 says nothing for them).
TEST(Synthesiser, UrduReadsPersianDigits)
{
    const Utterance persian = say("فون ۰۱۶۱ ۴۷۷ ۹۰۰۰", Language::Urdu);
    const Utterance ascii = say("فون 0161 477 9000", Language::Urdu);
    EXPECT_GT(seconds(ascii), 2.0);
    EXPECT_NEAR(seconds(persian), seconds(ascii), 0.25 * seconds(ascii));
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
    EXPECT_GT(seconds(say(text, Language::English, 100)), 1.5 * seconds(say(text, Language::English, 250)));
}

// eSpeak NG's phonemes for a voice come back from the worker; an unknown voice is named.
TEST(Synthesiser, PhonemesOfAVoice)
{
    const Result<std::string> phonemes = testing::shared_synthesiser().phonemes("en", "Hello.").get();
    ASSERT_TRUE(phonemes) << phonemes.error().message;
    EXPECT_NE(phonemes->find("l'oU"), std::string::npos) << *phonemes;
    const Result<std::string> unknown = testing::shared_synthesiser().phonemes("xx-nowhere", "Hello.").get();
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("xx-nowhere"), std::string::npos);
}

}  // namespace kiosk::speech
