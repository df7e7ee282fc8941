// Checks of a translation against the English original: the same topics, orders, icons, glossary
// ids, site keys and links, and no string left in English.
#pragma once

#include "content/guide.h"
#include "content/problem.h"

#include <string_view>
#include <vector>

namespace kiosk::content {

// Above this share of letters (outside brackets) being Latin, a translated text is taken to be
// English left untranslated. Translations keep English terms in brackets on first use
// ("(core group)") and proper names, so a share well under half is normal.
inline constexpr double max_latin_letter_share = 0.5;

struct LetterCount {
    std::size_t letters = 0;        // letters outside (), （）and []
    std::size_t latin_letters = 0;  // of which in the Latin script
};

// Counts the letters of `utf8`, skipping anything in brackets.
LetterCount count_letters_outside_brackets(std::string_view utf8);

void check_translation(const LanguageGuide& english, const LanguageGuide& translation, std::vector<Problem>& problems);

}  // namespace kiosk::content
