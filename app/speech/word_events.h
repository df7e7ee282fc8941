// Where each spoken word is in the text on screen. eSpeak NG is right about *when* a word starts
// and roughly right about *where*, but its lengths are not to be trusted: 1.51 reports "child's"
// as "child", gives "your" after a full stop the position of the space before it, emits no event
// for some words it joins to the one before ("has been"), and one event per digit of a phone
// number read digit by digit. So an event keeps eSpeak's time and start, and takes its extent
// from ICU's word break iterator (UAX #29, with ICU's dictionary for Chinese): the highlight is
// always whole words, the same words the text layer shows. Internal to speech/; inline, so that it
// needs no change to the build files of app/.
#pragma once

#include "core/language.h"
#include "core/utf8.h"
#include "speech/synthesiser.h"

#include <algorithm>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <vector>

namespace kiosk::speech {

// One eSpeak NG word event, mapped back to the source text.
struct SpokenWord {
    std::uint64_t start_sample = 0;  // in the whole utterance
    std::uint32_t utf8_offset = 0;   // where eSpeak NG says the word starts
    Utf8Range run;                   // source bytes of the voice run it was spoken in
};

namespace detail {

// The segments ICU tags as words (letters, numbers, ideographs, kana), not spaces or punctuation.
inline std::vector<Utf8Range> icu_words(std::string_view utf8, Language language)
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

}  // namespace detail

// Events whose byte ranges begin and end on ICU word boundaries of `utf8` for `language`:
// - a spoken word takes the ICU word at (or else the first one after) its offset, inside its run;
// - a spoken word that lands on the same ICU word as the one before is the same word (the digits
//   of "0161", the characters of a Chinese word eSpeak NG splits): it is merged into it, keeping
//   the earlier time;
// - an event extends over the following words eSpeak NG gave no event of its own, up to the next
//   event's word or the end of its run, so every word of a run is covered once, in order.
// `spoken` must be in the order eSpeak NG spoke. Returns no events if ICU cannot segment.
inline std::vector<WordEvent> align_to_words(std::string_view utf8, Language language, std::span<const SpokenWord> spoken)
{
    const std::vector<Utf8Range> words = detail::icu_words(utf8, language);
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
