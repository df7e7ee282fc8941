// ICU's word boundaries of a text, as UTF-8 byte offsets: the judge of where a spoken word may
// begin and end (UAX #29 word boundaries, with ICU's dictionary for Chinese).
#pragma once

#include "core/language.h"
#include "core/utf8.h"

#include <memory>
#include <set>
#include <string_view>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <vector>

namespace kiosk::speech::testing {

struct IcuWords {
    std::set<std::uint32_t> boundaries;
    std::vector<Utf8Range> words;  // segments ICU tags as words (letters, numbers, ideographs, kana)
};

inline IcuWords icu_words(std::string_view utf8, Language language)
{
    IcuWords result;
    UErrorCode status = U_ZERO_ERROR;
    // ICU reads the UTF-8 in place, so its indices are byte offsets.
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale(std::string(icu_locale_id(language)).c_str()), status));
    if (U_FAILURE(status)) {
        utext_close(text);
        return result;
    }
    words->setText(text, status);
    std::int32_t begin = words->first();
    result.boundaries.insert(static_cast<std::uint32_t>(begin));
    for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE; begin = end, end = words->next()) {
        result.boundaries.insert(static_cast<std::uint32_t>(end));
        if (words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
            result.words.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
        }
    }
    utext_close(text);
    return result;
}

}  // namespace kiosk::speech::testing
