#include "speech/word_events.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace kiosk::speech {
namespace {

// The segments ICU tags as words (letters, numbers, ideographs, kana), not spaces or punctuation.
std::vector<Utf8Range> icu_words(std::string_view utf8, Language language)
{
    std::vector<Utf8Range> words;
    UErrorCode status = U_ZERO_ERROR;
    // ICU reads the UTF-8 in place (malformed bytes as U+FFFD), so its indices are byte offsets.
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    const icu::Locale locale(std::string(icu_locale_id(language)).c_str());
    std::unique_ptr<icu::BreakIterator> breaks(icu::BreakIterator::createWordInstance(locale, status));
    if (U_SUCCESS(status)) breaks->setText(text, status);
    if (U_SUCCESS(status)) {
        std::int32_t begin = breaks->first();
        for (std::int32_t end = breaks->next(); end != icu::BreakIterator::DONE; begin = end, end = breaks->next()) {
            if (breaks->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
                words.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
            }
        }
    }
    utext_close(text);
    return words;
}

}  // namespace

std::vector<WordEvent> align_to_words(std::string_view utf8, Language language, std::span<const SpokenWord> spoken)
{
    const std::vector<Utf8Range> words = icu_words(utf8, language);
    // The ICU word each spoken word starts, or words.size() for none in its run.
    auto word_index = [&words](const SpokenWord& word) {
        const auto at = std::partition_point(words.begin(), words.end(), [&](const Utf8Range& w) { return w.end <= word.utf8_offset; });
        const bool in_run = at != words.end() && at->begin >= word.run.begin && at->begin < word.run.end;
        return in_run ? static_cast<std::size_t>(at - words.begin()) : words.size();
    };
    // The first ICU word at or after a run's end.
    auto end_index = [&words](const Utf8Range& run) {
        const auto at = std::partition_point(words.begin(), words.end(), [&](const Utf8Range& w) { return w.begin < run.end; });
        return static_cast<std::size_t>(at - words.begin());
    };

    std::vector<WordEvent> events;
    std::size_t first_word = 0;  // ICU word of the last event kept
    std::size_t end_word = 0;    // its run's end, as a word index
    for (const SpokenWord& word : spoken) {
        const std::size_t index = word_index(word);
        if (index >= words.size()) continue;
        if (!events.empty() && (index <= first_word || word.start_sample < events.back().start_sample)) continue;
        if (!events.empty()) events.back().bytes.end = words[std::min(index, end_word) - 1].end;
        first_word = index;
        end_word = end_index(word.run);
        events.push_back({word.start_sample, {words[index].begin, words[end_word - 1].end}});
    }
    return events;
}

}  // namespace kiosk::speech
