// Word events are whole words by ICU's word break iterator: the rules on made-up eSpeak NG
// events, then on real speech of a guide paragraph in every language and of phone numbers.
#include "speech/word_events.h"
#include "speech/guide_paragraphs.h"
#include "speech/shared_synthesiser.h"
#include "speech/word_boundaries.h"

#include <gtest/gtest.h>

namespace kiosk::speech {
namespace {

using testing::icu_words;

std::string word_at(std::string_view text, Utf8Range range) { return std::string(text.substr(range.begin, range.end - range.begin)); }

std::vector<std::string> words_of(std::string_view text, const std::vector<WordEvent>& events)
{
    std::vector<std::string> out;
    for (const WordEvent& event : events) out.push_back(word_at(text, event.bytes));
    return out;
}

SpokenWord spoken(std::uint64_t sample, std::string_view text, std::string_view at, std::size_t skip = 0)
{
    return {sample, static_cast<std::uint32_t>(text.find(at, skip)), {0, static_cast<std::uint32_t>(text.size())}};
}

}  // namespace

// eSpeak NG's one event per digit becomes one event per digit group, at the first digit's time.
TEST(WordEvents, DigitsOfAGroupAreOneWord)
{
    const std::string_view text = "Call 0161 477";
    const SpokenWord events[] = {spoken(0, text, "Call"), spoken(10, text, "0"), spoken(20, text, "1"), spoken(30, text, "6"),
                                 spoken(40, text, "1", 7), spoken(50, text, "4"), spoken(60, text, "7")};
    const auto words = align_to_words(text, Language::English, events);
    EXPECT_EQ(words_of(text, words), (std::vector<std::string>{"Call", "0161", "477"}));
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[1].start_sample, 10u);
    EXPECT_EQ(words[2].start_sample, 50u);
}

// A word eSpeak NG gives no event ("been" in "has been") is heard with the one before it.
TEST(WordEvents, WordWithoutEventJoinsThePreviousOne)
{
    const std::string_view text = "has been hurt";
    const SpokenWord events[] = {spoken(0, text, "has"), spoken(10, text, "hurt")};
    EXPECT_EQ(words_of(text, align_to_words(text, Language::English, events)), (std::vector<std::string>{"has been", "hurt"}));
}

// An event placed on the space before a word (eSpeak NG 1.51 after a full stop) is that word;
// one that ends early ("child" of "child's") still covers the whole word.
TEST(WordEvents, EventsSnapToWholeWords)
{
    const std::string_view text = "hurt. your child's";
    const SpokenWord events[] = {spoken(0, text, "hurt"), spoken(10, text, " your"), spoken(20, text, "child")};
    EXPECT_EQ(words_of(text, align_to_words(text, Language::English, events)), (std::vector<std::string>{"hurt", "your", "child's"}));
}

// An event stops at the end of its voice run; a run that spoke no word gets no event.
TEST(WordEvents, EventsStayInTheirRun)
{
    const std::string_view text = "one two ٠١٢ three";
    const Utf8Range english{0, static_cast<std::uint32_t>(text.find("٠"))};
    const Utf8Range rest{english.end, static_cast<std::uint32_t>(text.size())};
    const SpokenWord events[] = {{0, 0, english}, {20, static_cast<std::uint32_t>(text.find("three")), rest}};
    EXPECT_EQ(words_of(text, align_to_words(text, Language::English, events)), (std::vector<std::string>{"one two", "three"}));
}

// An event past the last word of its run (punctuation only) is left out.
TEST(WordEvents, EventAfterTheLastWordIsLeftOut)
{
    const std::string_view text = "Yes.";
    const SpokenWord events[] = {spoken(0, text, "Yes"), spoken(10, text, ".")};
    EXPECT_EQ(words_of(text, align_to_words(text, Language::English, events)), (std::vector<std::string>{"Yes"}));
}

class SpokenGuideParagraph : public ::testing::TestWithParam<testing::GuideParagraph> {};

// Every event of a real paragraph begins and ends on an ICU word boundary, events are in order
// and never overlap, every word with a letter or digit is inside an event, and at least half the
// words start an event of their own (so the rest is not one event over everything).
TEST_P(SpokenGuideParagraph, EventsAreWholeWordsCoveringEveryWord)
{
    const std::string_view text = GetParam().text;
    const Result<Utterance> u = testing::synthesise(std::string(text), GetParam().language);
    ASSERT_TRUE(u) << u.error().message;
    const testing::IcuWords icu = icu_words(text, GetParam().language);
    ASSERT_FALSE(u->words.empty());
    for (std::size_t i = 0; i < u->words.size(); ++i) {
        const WordEvent& event = u->words[i];
        SCOPED_TRACE("event " + std::to_string(i) + ": \"" + word_at(text, event.bytes) + "\"");
        EXPECT_TRUE(icu.boundaries.contains(event.bytes.begin));
        EXPECT_TRUE(icu.boundaries.contains(event.bytes.end));
        EXPECT_LT(event.bytes.begin, event.bytes.end);
        EXPECT_LT(event.start_sample, u->samples.size());
        if (i > 0) {
            EXPECT_GE(event.bytes.begin, u->words[i - 1].bytes.end);
            EXPECT_GT(event.start_sample, u->words[i - 1].start_sample);
        }
    }
    std::size_t covered = 0;
    for (const Utf8Range& word : icu.words) {
        const bool inside = std::any_of(u->words.begin(), u->words.end(), [&](const WordEvent& e) {
            return e.bytes.begin <= word.begin && word.end <= e.bytes.end;
        });
        EXPECT_TRUE(inside) << "no event covers \"" << word_at(text, word) << "\"";
        covered += inside;
    }
    EXPECT_EQ(covered, icu.words.size());
    EXPECT_GE(2 * u->words.size(), icu.words.size()) << u->words.size() << " events for " << icu.words.size() << " words";
}

INSTANTIATE_TEST_SUITE_P(Guide, SpokenGuideParagraph, ::testing::ValuesIn(testing::guide_paragraphs),
                         [](const auto& param_info) { return testing::test_name(param_info.param.language); });

struct PhoneSentence {
    Language language = Language::English;
    std::string text;
    std::vector<std::string> groups;  // the number's digit groups as written
    std::string spaced;               // the same sentence with the digits written one by one
};

void PrintTo(const PhoneSentence& sentence, std::ostream* out) { *out << sentence.text; }

class SpokenPhoneNumber : public ::testing::TestWithParam<PhoneSentence> {};

// A phone number gives one event per digit group, over that group's bytes, in every digit
// system; its digits are still said one by one (as long as the digits written apart).
TEST_P(SpokenPhoneNumber, OneEventPerDigitGroup)
{
    const PhoneSentence& sample = GetParam();
    const Result<Utterance> u = testing::synthesise(sample.text, sample.language);
    const Result<Utterance> spaced = testing::synthesise(sample.spaced, sample.language);
    ASSERT_TRUE(u && spaced);
    const auto number_begin = static_cast<std::uint32_t>(sample.text.find(sample.groups.front()));
    const auto number_end = static_cast<std::uint32_t>(sample.text.find(sample.groups.back()) + sample.groups.back().size());
    std::vector<std::string> in_number;
    for (const WordEvent& word : u->words) {
        if (word.bytes.end > number_begin && word.bytes.begin < number_end) in_number.push_back(word_at(sample.text, word.bytes));
    }
    EXPECT_EQ(in_number, sample.groups);
    EXPECT_NEAR(testing::seconds(*u), testing::seconds(*spaced), 0.15 * testing::seconds(*spaced));
}

INSTANTIATE_TEST_SUITE_P(
    EveryDigitSystem, SpokenPhoneNumber,
    ::testing::Values(
        PhoneSentence{Language::English, "Call 0161 477 9000 today.", {"0161", "477", "9000"}, "Call 0 1 6 1, 4 7 7, 9 0 0 0 today."},
        PhoneSentence{Language::Bengali, "আজই ০১৬১ ৪৭৭ ৯০০০ নম্বরে ফোন করুন।", {"০১৬১", "৪৭৭", "৯০০০"},
                      "আজই ০ ১ ৬ ১, ৪ ৭ ৭, ৯ ০ ০ ০ নম্বরে ফোন করুন।"},
        PhoneSentence{Language::Urdu, "آج ہی ۰۱۶۱ ۴۷۷ ۹۰۰۰ پر فون کریں۔", {"۰۱۶۱", "۴۷۷", "۹۰۰۰"}, "آج ہی ۰ ۱ ۶ ۱، ۴ ۷ ۷، ۹ ۰ ۰ ۰ پر فون کریں۔"},
        PhoneSentence{Language::Arabic, "اتصلوا اليوم على ٠١٦١ ٤٧٧ ٩٠٠٠ من فضلكم.", {"٠١٦١", "٤٧٧", "٩٠٠٠"},
                      "اتصلوا اليوم على ٠ ١ ٦ ١، ٤ ٧ ٧، ٩ ٠ ٠ ٠ من فضلكم."},
        PhoneSentence{Language::Farsi, "امروز با ۰۱۶۱ ۴۷۷ ۹۰۰۰ تماس بگیرید.", {"۰۱۶۱", "۴۷۷", "۹۰۰۰"}, "امروز با ۰ ۱ ۶ ۱، ۴ ۷ ۷، ۹ ۰ ۰ ۰ تماس بگیرید."},
        PhoneSentence{Language::TraditionalChinese, "請今天致電 0161 477 9000。", {"0161", "477", "9000"}, "請今天致電 0 1 6 1, 4 7 7, 9 0 0 0。"}),
    [](const auto& param_info) { return testing::test_name(param_info.param.language); });

}  // namespace kiosk::speech
