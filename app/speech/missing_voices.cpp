#include "speech/missing_voices.h"

#include "speech/speech_text.h"

namespace kiosk::speech {

std::array<std::optional<std::string>, all_languages.size()> missing_voices(Synthesiser& synthesiser)
{
    std::array<std::optional<std::string>, all_languages.size()> missing;
    for (Language language : all_languages) {
        // Turning a digit into phonemes loads the voice and its dictionary, and makes no sound.
        const Result<std::string> tried = synthesiser.phonemes(std::string(voice_for(language)), "1").get();
        if (!tried) missing[static_cast<std::size_t>(language)] = "no speech in " + std::string(language_code(language)) + ": " + tried.error().message;
    }
    return missing;
}

}  // namespace kiosk::speech
