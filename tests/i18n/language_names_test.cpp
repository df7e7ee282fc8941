#include "i18n/language_names.h"

#include <gtest/gtest.h>

namespace kiosk::i18n {
namespace {

const Catalog& catalog()
{
    static const Catalog loaded = *Catalog::load(KIOSK_SOURCE_DIR "/locales");
    return loaded;
}

TEST(LanguageNames, IcuNamesInTheReadersLanguage)
{
    EXPECT_EQ(language_name(catalog(), Language::English, "pa"), "Punjabi");
    EXPECT_EQ(language_name(catalog(), Language::Urdu, "pa"), "پنجابی");
    EXPECT_EQ(language_name(catalog(), Language::Bengali, "ps"), "পাশতু");
}

// ICU has no name for Sylheti and calls Mandarin "Chinese": the locale files say it instead.
TEST(LanguageNames, LocaleStringsWhereIcuHasNoGoodName)
{
    EXPECT_EQ(language_name(catalog(), Language::English, "syl"), "Sylheti");
    EXPECT_EQ(language_name(catalog(), Language::English, "cmn"), "Mandarin");
    EXPECT_EQ(language_name(catalog(), Language::English, "other"), "Another language");
    for (const Language reader : all_languages) {
        EXPECT_NE(language_name(catalog(), reader, "syl"), "syl") << language_code(reader);
        EXPECT_NE(language_name(catalog(), reader, "phr"), "phr") << language_code(reader);
    }
}

// Looking a key up does not need the sorted list of every key.
TEST(LanguageNames, CatalogKnowsItsKeys)
{
    EXPECT_TRUE(catalog().has_key("language.syl"));
    EXPECT_TRUE(catalog().has_key("nav.next"));
    EXPECT_FALSE(catalog().has_key("language.pa"));
}

TEST(LanguageNames, UnknownCodeFallsBackToItself)
{
    EXPECT_EQ(language_name(catalog(), Language::Arabic, "qaa"), "qaa");
}

}  // namespace
}  // namespace kiosk::i18n
