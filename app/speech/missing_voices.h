// Which languages eSpeak NG cannot speak here. The kiosk tries each language's voice once at
// start: a language whose voice is missing goes without speech (its screens say so where Listen
// would be) and the others still speak; the message goes to the terminal for the council's IT.
#pragma once

#include "core/language.h"
#include "speech/synthesiser.h"

#include <array>
#include <optional>
#include <string>

namespace kiosk::speech {

// By Language: nothing for a voice that works, else what is wrong, naming the language and voice.
std::array<std::optional<std::string>, all_languages.size()> missing_voices(Synthesiser& synthesiser);

}  // namespace kiosk::speech
