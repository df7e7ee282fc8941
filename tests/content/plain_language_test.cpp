// Plain English: sentences and words as ICU counts them, and the limits the checker applies.
#include "content/plain_language.h"

#include <gtest/gtest.h>

namespace kiosk::content {
namespace {

Topic english_topic(const std::string& markdown)
{
    Topic topic;
    topic.file = "content/en/t.md";
    topic.document = parse_document(markdown, topic.file, 11);
    return topic;
}

// Sentence ends split sentences; punctuation and spaces are not words, numbers are.
TEST(PlainLanguage, SplitsSentencesAndCountsWords)
{
    const auto sentences = split_sentences("Come 30 minutes early. Is that hard? Ask the chair, who leads it!");
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_EQ(sentences[0].text, "Come 30 minutes early.");
    EXPECT_EQ(sentences[0].word_count, 4u);
    EXPECT_EQ(sentences[1].word_count, 3u);
    EXPECT_EQ(sentences[2].word_count, 6u);
}

// A 26-word sentence is reported on its block's line; 25 words pass.
TEST(PlainLanguage, ReportsASentenceOverTwentyFiveWords)
{
    const std::string twenty_five = "One two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four five.";
    std::vector<Problem> problems;
    check_plain_english(english_topic(twenty_five + " Short one. Short two. Short three.\n"), problems);
    EXPECT_TRUE(problems.empty());
    check_plain_english(english_topic("Short.\n\nExtra " + twenty_five + "\n"), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 13);
    EXPECT_NE(problems[0].message.find("a sentence of 26 words"), std::string::npos);
}

// A topic whose sentences average more than 15 words is reported once, for the whole file.
TEST(PlainLanguage, ReportsALongAverage)
{
    const std::string sixteen = "One two three four five six seven eight nine ten one two three four five six.";
    std::vector<Problem> problems;
    check_plain_english(english_topic(sixteen + " " + sixteen + "\n\n## A heading that does not count at all in any way\n"), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_NE(problems[0].message.find("average 16.0 words"), std::string::npos);
}

// A {{key}} is one word, however many words its value has.
TEST(PlainLanguage, SiteKeyCountsAsOneWord)
{
    const std::string twenty_four = "One two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four";
    std::vector<Problem> problems;
    check_plain_english(english_topic(twenty_four + " {{phone.duty}}. Short. Short. Short.\n"), problems);
    EXPECT_TRUE(problems.empty());
}

}  // namespace
}  // namespace kiosk::content
