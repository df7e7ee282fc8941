// The six languages the kiosk speaks, and what every layer needs to know about each of them.
#pragma once

#include "core/result.h"

#include <array>
#include <string_view>

namespace kiosk {

enum class Language { English, Bengali, Urdu, TraditionalChinese, Arabic, Farsi };

enum class TextDirection { LeftToRight, RightToLeft };

inline constexpr std::array<Language, 6> all_languages{
    Language::English, Language::Bengali, Language::Urdu,
    Language::TraditionalChinese, Language::Arabic, Language::Farsi,
};

// The kiosk's own code for the language, as used in folder names and on the command line:
// en, bn, ur, zh-Hant, ar, fa (BCP 47).
std::string_view language_code(Language language);

// The ICU locale id (zh-Hant becomes zh_Hant); used for line breaking, dates, digits and plurals.
std::string_view icu_locale_id(Language language);

// The paragraph direction of the language's writing system; ar, ur and fa are right to left.
TextDirection text_direction(Language language);

// The language's name written in its own script, e.g. "اردو" for Urdu.
std::string_view native_language_name(Language language);

// Parses a code given on the command line or in a file; the message of a failure lists the
// codes the kiosk knows.
Result<Language> parse_language(std::string_view code);

}  // namespace kiosk
