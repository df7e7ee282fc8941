// Where each spoken word is in the text on screen. eSpeak NG is right about *when* a word starts
// and roughly right about *where*, but its lengths are not to be trusted: 1.51 reports "child's"
// as "child", gives "your" after a full stop the position of the space before it, emits no event
// for some words it joins to the one before ("has been"), and one event per digit of a phone
// number read digit by digit. So an event keeps eSpeak's time and start, and takes its extent
// from ICU's word break iterator (UAX #29, with ICU's dictionary for Chinese): the highlight is
// always whole words, the same words the text layer shows. Internal to speech/.
#pragma once

#include "core/language.h"
#include "core/utf8.h"
#include "speech/synthesiser.h"

#include <span>
#include <string_view>
#include <vector>

namespace kiosk::speech {

// One eSpeak NG word event, mapped back to the source text.
struct SpokenWord {
    std::uint64_t start_sample = 0;  // in the whole utterance
    std::uint32_t utf8_offset = 0;   // where eSpeak NG says the word starts
    Utf8Range run;                   // source bytes of the voice run it was spoken in
};

// Events whose byte ranges begin and end on ICU word boundaries of `utf8` for `language`:
// - a spoken word takes the ICU word at (or else the first one after) its offset, inside its run;
// - a spoken word that lands on the same ICU word as the one before is the same word (the digits
//   of "0161", the characters of a Chinese word eSpeak NG splits): it is merged into it, keeping
//   the earlier time;
// - an event extends over the following words eSpeak NG gave no event of its own, up to the next
//   event's word or the end of its run, so every word of a run is covered once, in order.
// `spoken` must be in the order eSpeak NG spoke. Returns no events if ICU cannot segment.
std::vector<WordEvent> align_to_words(std::string_view utf8, Language language, std::span<const SpokenWord> spoken);

}  // namespace kiosk::speech
