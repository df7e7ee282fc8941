// Turning display text into what eSpeak NG should read, voice by voice. Kept apart from the
// synthesiser so each rule is tested without audio:
// - text is split into runs by script, each run going to the voice of its language (a Latin
//   abbreviation inside Bengali is read by the English voice, not spelt as Bengali);
// - phone numbers are read digit by digit in their groups, in every language;
// - Persian and Arabic-Indic digits become ASCII for voices that are silent on them (eSpeak NG
//   1.51's ur voice says nothing for ۰-۹);
// - U+FFFD and characters of scripts no voice reads are left out: they garble the rest of an
//   utterance in eSpeak NG.
#pragma once

#include "core/language.h"
#include "core/utf8.h"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::speech {

// One piece of text for one voice. `text` is what eSpeak NG gets; `source_offsets[i]` is the
// UTF-8 byte offset in the original text of the i-th code point of `text` (and one past the end),
// so eSpeak's word positions map back to the words on screen.
struct SpeechRun {
    std::string voice;  // eSpeak NG voice file name, e.g. "en" (English, Great Britain)
    std::string text;
    std::vector<std::uint32_t> source_offsets;
};

// The eSpeak NG voice for a language's own script: en (the file of "English (Great Britain)";
// eSpeak NG finds voices by file name, and "en-gb" is only its language tag), bn, ur, yue
// (Cantonese for Traditional Chinese; cmn is not offered yet: it reads many Han characters as
// English letters), ar, fa.
std::string_view voice_for(Language language);

// Splits one paragraph into runs for the voices, in reading order.
std::vector<SpeechRun> plan_speech(std::string_view utf8, Language language);

}  // namespace kiosk::speech
