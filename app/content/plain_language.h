// Plain English for the guide's readers (reading age about 9-11): short sentences. The English
// topics are the source of every translation, so long English sentences become long ones in
// six languages.
#pragma once

#include "content/guide.h"
#include "content/problem.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosk::content {

inline constexpr double max_average_sentence_words = 15;
inline constexpr std::size_t max_sentence_words = 25;

struct Sentence {
    std::string_view text;  // a view into the text given to split_sentences
    std::size_t word_count = 0;
};

// Sentences split by ICU's sentence BreakIterator (UAX #29) for British English, words counted
// with ICU's word BreakIterator (segments that are words or numbers, not spaces or punctuation).
std::vector<Sentence> split_sentences(std::string_view utf8);

// Reports each sentence over max_sentence_words and a topic whose sentences average over
// max_average_sentence_words. Paragraphs and list items count, headings do not; a {{key}} counts
// as one word.
void check_plain_english(const Topic& topic, std::vector<Problem>& problems);

}  // namespace kiosk::content
