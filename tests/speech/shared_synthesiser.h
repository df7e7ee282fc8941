// The one Synthesiser of a test process (eSpeak NG allows one), shared by every speech test file.
#pragma once

#include "speech/synthesiser.h"

#include <cstdlib>
#include <string>
#include <gtest/gtest.h>

namespace kiosk::speech::testing {

inline Synthesiser& shared_synthesiser()
{
    static std::unique_ptr<Synthesiser> instance = [] {
        auto created = Synthesiser::create();
        if (!created) {
            ADD_FAILURE() << created.error().message;
            std::abort();
        }
        return std::move(*created);
    }();
    return *instance;
}

inline Result<Utterance> synthesise(const std::string& text, Language language, int rate_wpm = 160)
{
    return shared_synthesiser().synthesise({text, language, rate_wpm}).get();
}

// A parameterised test's name for a language: its code, with "_" for "-" (gtest allows no "-").
inline std::string test_name(Language language)
{
    std::string name(language_code(language));
    for (char& c : name) c = c == '-' ? '_' : c;
    return name;
}

inline double seconds(const Utterance& u) { return static_cast<double>(u.samples.size()) / u.sample_rate_hz; }

}  // namespace kiosk::speech::testing
