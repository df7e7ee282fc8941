#include "i18n/language_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>


namespace kiosk::i18n {
namespace {

// ICU's name of `code` in `display_locale`, or empty when ICU only echoes the code back.
std::string icu_name(std::string_view code, const char* display_locale)
{
    const std::string id(code);
    icu::UnicodeString name;
    icu::Locale(id.c_str()).getDisplayLanguage(icu::Locale(display_locale), name);
    std::string utf8;
    name.toUTF8String(utf8);
    return utf8 == id ? std::string() : utf8;
}

}  // namespace

std::string language_name(const Catalog& catalog, Language reader, std::string_view code)
{
    const std::string key = "language." + std::string(code);
    if (catalog.has_key(key)) return catalog.format(reader, key);
    if (std::string name = icu_name(code, std::string(icu_locale_id(reader)).c_str()); !name.empty()) return name;
    if (std::string name = icu_name(code, "en"); !name.empty()) return name;
    return std::string(code);
}

}  // namespace kiosk::i18n
