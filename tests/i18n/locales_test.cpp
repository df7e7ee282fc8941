// The shipped locales/*.toml, read here with toml++ and ICU directly rather than through the
// catalog, so a flaw in the catalog's own checks cannot hide a flaw in the strings.
#include "i18n/catalog.h"

#include <gtest/gtest.h>

#include <toml++/toml.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/plurrule.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>
#include <memory>
#include <set>

namespace kiosk::i18n {
namespace {

using Strings = std::map<std::string, std::string>;

std::filesystem::path shipped_locales() { return std::filesystem::path(KIOSK_SOURCE_DIR) / "locales"; }

Strings strings_of(Language language)
{
    const std::filesystem::path path = shipped_locales() / (std::string(language_code(language)) + ".toml");
    const toml::table root = toml::parse_file(path.string());
    Strings strings;
    if (const toml::table* table = root["strings"].as_table()) {
        for (const auto& [key, value] : *table) strings[std::string(key.str())] = value.value_or(std::string());
    }
    return strings;
}

std::string utf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string name_of(const ::testing::TestParamInfo<Language>& info)
{
    std::string name(language_code(info.param));
    std::erase(name, '-');
    return name;
}

// Checks of a translation against en.toml.
class Translation : public ::testing::TestWithParam<Language> {};
// Checks that hold for English as much as for its translations.
class LocaleStrings : public ::testing::TestWithParam<Language> {};

// Every key of en.toml is translated, and nothing else is.
TEST_P(Translation, HasExactlyTheEnglishKeys)
{
    const Strings english = strings_of(Language::English);
    const Strings translated = strings_of(GetParam());
    ASSERT_GT(english.size(), 40u);
    for (const auto& [key, text] : english) EXPECT_TRUE(translated.contains(key)) << "missing " << key;
    for (const auto& [key, text] : translated) EXPECT_TRUE(english.contains(key)) << "not in en.toml: " << key;
}

// No string is left in English. (None of them is a proper name, which could rightly stay as it is.)
TEST_P(Translation, LeavesNothingInEnglish)
{
    const Strings english = strings_of(Language::English);
    for (const auto& [key, text] : strings_of(GetParam())) {
        EXPECT_FALSE(text.empty()) << key;
        const auto source = english.find(key);
        if (source != english.end()) {
            EXPECT_NE(text, source->second) << key;
        }
    }
}

// Every pattern compiles with icu::MessageFormat in the language's own locale.
TEST_P(LocaleStrings, EveryPatternCompilesInItsLocale)
{
    const icu::Locale locale(std::string(icu_locale_id(GetParam())).c_str());
    for (const auto& [key, text] : strings_of(GetParam())) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError where{};
        const icu::MessageFormat format(icu::UnicodeString::fromUTF8(text), locale, where, status);
        EXPECT_TRUE(U_SUCCESS(status)) << key << ": " << u_errorName(status) << " after \"" << utf8(icu::UnicodeString(where.preContext)) << "\"";
    }
}

// Each plural offers exactly the categories icu::PluralRules gives the language (Arabic six,
// Chinese one), so no number falls to "other" by accident.
TEST_P(LocaleStrings, PluralsHaveTheLanguagesCldrCategories)
{
    const icu::Locale locale(std::string(icu_locale_id(GetParam())).c_str());
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    const std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
    std::set<std::string> expected;
    while (const icu::UnicodeString* keyword = keywords->snext(status)) expected.insert(utf8(*keyword));
    ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);

    int plurals_seen = 0;
    for (const auto& [key, text] : strings_of(GetParam())) {
        icu::MessagePattern pattern(status);
        pattern.parse(icu::UnicodeString::fromUTF8(text), nullptr, status);
        ASSERT_TRUE(U_SUCCESS(status)) << key;
        for (int32_t i = 0; i < pattern.countParts(); ++i) {
            if (pattern.getPartType(i) != UMSGPAT_PART_TYPE_ARG_START || pattern.getPart(i).getArgType() != UMSGPAT_ARG_TYPE_PLURAL) continue;
            std::set<std::string> categories;
            for (int32_t j = i + 1; j < pattern.getLimitPartIndex(i); ++j) {
                if (pattern.getPartType(j) == UMSGPAT_PART_TYPE_MSG_START) j = pattern.getLimitPartIndex(j);
                else if (pattern.getPartType(j) == UMSGPAT_PART_TYPE_ARG_SELECTOR) categories.insert(utf8(pattern.getSubstring(pattern.getPart(j))));
            }
            EXPECT_EQ(categories, expected) << key;
            ++plurals_seen;
        }
    }
    EXPECT_EQ(plurals_seen, 3);  // idle.countdown, needs.privacy, staff.requests
}

// Every letter on screen is in the language's own script; no English word is left inside.
TEST_P(LocaleStrings, EveryLetterIsInTheLanguagesScript)
{
    const Language language = GetParam();
    const std::map<Language, UScriptCode> script{{Language::English, USCRIPT_LATIN},   {Language::Bengali, USCRIPT_BENGALI},
                                                 {Language::Urdu, USCRIPT_ARABIC},     {Language::TraditionalChinese, USCRIPT_HAN},
                                                 {Language::Arabic, USCRIPT_ARABIC},   {Language::Farsi, USCRIPT_ARABIC}};
    const auto catalog = Catalog::load(shipped_locales());
    ASSERT_TRUE(catalog.has_value()) << catalog.error().message;
    for (const std::string& key : catalog->keys()) {
        std::string text = catalog->format(language, key, {{"current", 2}, {"total", 12}, {"seconds", 5}, {"code", 7}, {"months", 6}, {"count", 3}});
        // "BSL" is how Deaf people and interpreters name British Sign Language in every language.
        for (std::size_t at = text.find("BSL"); at != std::string::npos; at = text.find("BSL")) text.erase(at, 3);
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
            const UChar32 c = unicode.char32At(i);
            if (!u_isalpha(c)) continue;
            UErrorCode status = U_ZERO_ERROR;
            EXPECT_EQ(uscript_getScript(c, &status), script.at(language)) << key << ": U+" << std::hex << c << " in \"" << text << "\"";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Translations, Translation,
                         ::testing::Values(Language::Bengali, Language::Urdu, Language::TraditionalChinese, Language::Arabic, Language::Farsi), name_of);
INSTANTIATE_TEST_SUITE_P(AllLanguages, LocaleStrings, ::testing::ValuesIn(all_languages), name_of);

// Count of code point `c` in all of a language's strings.
int count_of(const Strings& strings, char32_t c)
{
    int count = 0;
    for (const auto& [key, text] : strings) {
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) count += unicode.char32At(i) == static_cast<UChar32>(c);
    }
    return count;
}

// Urdu and Farsi write yeh and kaf with their own letters (ی U+06CC, ک U+06A9), Urdu heh as
// ہ or ھ; Arabic's ي ك ه look alike but shape and sort differently, and fonts may draw them so.
TEST(Locales, UrduAndFarsiUseTheirOwnLetters)
{
    for (Language language : {Language::Urdu, Language::Farsi}) {
        const Strings strings = strings_of(language);
        EXPECT_EQ(count_of(strings, U'\u064A'), 0) << language_code(language) << ": Arabic yeh ي";
        EXPECT_EQ(count_of(strings, U'\u0643'), 0) << language_code(language) << ": Arabic kaf ك";
        EXPECT_GT(count_of(strings, U'\u06CC'), 0) << language_code(language);
        EXPECT_GT(count_of(strings, U'\u06A9'), 0) << language_code(language);
    }
    EXPECT_EQ(count_of(strings_of(Language::Urdu), U'\u0647'), 0) << "Urdu: Arabic heh ه instead of ہ or ھ";
    const Strings arabic = strings_of(Language::Arabic);
    EXPECT_EQ(count_of(arabic, U'\u06CC') + count_of(arabic, U'\u06A9'), 0) << "Arabic with Farsi letters";
}

// Farsi joins the verb prefix می to its verb with a zero-width non-joiner (می‌شود), never with a
// space or not at all. The words here that start with می and are no verb: میز (desk) and
// میرپوری (Mirpuri, a language).
TEST(Locales, FarsiVerbPrefixTakesZeroWidthNonJoiner)
{
    int prefixes = 0;
    for (const auto& [key, text] : strings_of(Language::Farsi)) {
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (int32_t i = unicode.indexOf(u"می"); i >= 0; i = unicode.indexOf(u"می", i + 1)) {
            const bool starts_word = i == 0 || u_isspace(unicode.charAt(i - 1));
            if (!starts_word || unicode.tempSubString(i, 3) == u"میز" || unicode.tempSubString(i, 3) == u"میر") continue;
            EXPECT_EQ(unicode.charAt(i + 2), u'\u200C') << key << ": \"" << text << "\"";
            ++prefixes;
        }
    }
    EXPECT_GT(prefixes, 5);
}

// Traditional Chinese is Traditional: ICU's Simplified-to-Traditional transform changes nothing.
TEST(Locales, ChineseIsTraditional)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> to_traditional(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    for (const auto& [key, text] : strings_of(Language::TraditionalChinese)) {
        icu::UnicodeString converted = icu::UnicodeString::fromUTF8(text);
        to_traditional->transliterate(converted);
        EXPECT_EQ(utf8(converted), text) << key;
    }
}

}  // namespace
}  // namespace kiosk::i18n
