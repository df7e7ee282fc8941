#include "core/language.h"

#include <string>

namespace kiosk {
namespace {

struct LanguageFacts {
    Language language;
    std::string_view code;
    std::string_view icu_locale;
    TextDirection direction;
    std::string_view native_name;
};

constexpr std::array<LanguageFacts, 6> facts{{
    {Language::English, "en", "en_GB", TextDirection::LeftToRight, "English"},
    {Language::Bengali, "bn", "bn", TextDirection::LeftToRight, "বাংলা"},
    {Language::Urdu, "ur", "ur", TextDirection::RightToLeft, "اردو"},
    {Language::TraditionalChinese, "zh-Hant", "zh_Hant", TextDirection::LeftToRight, "繁體中文"},
    {Language::Arabic, "ar", "ar", TextDirection::RightToLeft, "العربية"},
    {Language::Farsi, "fa", "fa", TextDirection::RightToLeft, "فارسی"},
}};

const LanguageFacts& facts_of(Language language)
{
    return facts[static_cast<std::size_t>(language)];
}

}  // namespace

std::string_view language_code(Language language) { return facts_of(language).code; }
std::string_view icu_locale_id(Language language) { return facts_of(language).icu_locale; }
TextDirection text_direction(Language language) { return facts_of(language).direction; }
std::string_view native_language_name(Language language) { return facts_of(language).native_name; }

Result<Language> parse_language(std::string_view code)
{
    for (const LanguageFacts& entry : facts) {
        if (entry.code == code) {
            return entry.language;
        }
    }
    std::string known;
    for (const LanguageFacts& entry : facts) {
        known += known.empty() ? "" : ", ";
        known += entry.code;
    }
    return fail("unknown language \"" + std::string(code) + "\"; the kiosk knows " + known);
}

}  // namespace kiosk

namespace kiosk {
// facts[] is indexed by the enum; this keeps the two in step.
static_assert([] {
    for (std::size_t i = 0; i < 6; ++i) {
        if (static_cast<std::size_t>(facts[i].language) != i) return false;
    }
    return true;
}());
}  // namespace kiosk
