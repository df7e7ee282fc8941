// The catalog: loading locale files, standing English in for every flawed translation, and
// formatting plurals, digits and dates the way CLDR (through ICU) says each language does.
#include "i18n/catalog.h"

#include <gtest/gtest.h>

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace kiosk::i18n {
namespace {

std::filesystem::path shipped_locales() { return std::filesystem::path(KIOSK_SOURCE_DIR) / "locales"; }
std::filesystem::path fixture(std::string_view name) { return std::filesystem::path(KIOSK_FIXTURES_DIR) / "i18n" / name; }

// A catalog that must load; a failure becomes the test's failure, with the catalog's message.
Catalog must_load(const std::filesystem::path& locales_dir)
{
    auto catalog = Catalog::load(locales_dir);
    if (!catalog) throw std::runtime_error(catalog.error().message);
    return std::move(*catalog);
}

std::string all_problems(const Catalog& catalog)
{
    std::string out;
    for (const CatalogProblem& problem : catalog.problems()) out += problem.describe() + "\n";
    return out;
}

// The problem recorded about `key` in `file`, or nullptr.
const CatalogProblem* problem_about(const Catalog& catalog, std::string_view file, std::string_view key)
{
    const auto& problems = catalog.problems();
    const auto found = std::find_if(problems.begin(), problems.end(), [&](const CatalogProblem& p) { return p.file == file && p.key == key; });
    return found == problems.end() ? nullptr : &*found;
}

// The 1-based number of the first line of `path` that contains `text`.
int line_containing(const std::filesystem::path& path, std::string_view text)
{
    std::ifstream file(path, std::ios::binary);
    int number = 0;
    for (std::string line; std::getline(file, line);) {
        ++number;
        if (line.find(text) != std::string::npos) return number;
    }
    return 0;
}

std::string utf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

// What ICU itself writes for a day at noon GMT in the long style of `locale_id`.
std::string icu_long_date(const char* locale_id, int year, int month, int day)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(*icu::TimeZone::getGMT(), status);
    calendar.clear();
    calendar.set(year, month - 1, day, 12, 0, 0);
    const std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale(locale_id)));
    format->setTimeZone(*icu::TimeZone::getGMT());
    icu::UnicodeString text;
    format->format(calendar.getTime(status), text);
    return utf8(text);
}

// The locales shipped in the repository load with no problem at all.
TEST(Catalog, ShippedLocalesLoadWithoutProblems)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_TRUE(catalog.problems().empty()) << all_problems(catalog);
    for (Language language : all_languages) EXPECT_NE(catalog.status(language), TranslationStatus::Missing) << language_code(language);
}

// keys() lists en.toml's keys in order, and every one formats to text in every language.
TEST(Catalog, EveryKeyFormatsInEveryLanguage)
{
    const Catalog catalog = must_load(shipped_locales());
    const std::vector<std::string> keys = catalog.keys();
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    EXPECT_NE(std::find(keys.begin(), keys.end(), "welcome.invite"), keys.end());
    const std::initializer_list<MessageArgument> arguments{{"current", 2}, {"total", 12}, {"seconds", 5}, {"code", "K7P-2QX"}, {"months", 6}, {"count", 3}};
    for (Language language : all_languages) {
        for (const std::string& key : keys) {
            const std::string text = catalog.format(language, key, arguments);
            EXPECT_FALSE(text.empty()) << language_code(language) << " " << key;
            EXPECT_EQ(text.find('{'), std::string::npos) << language_code(language) << " " << key << ": " << text;
        }
    }
    EXPECT_TRUE(catalog.problems().empty()) << all_problems(catalog);
}

// Arabic picks zero, one, two, few, many and other as CLDR says, each with its own wording.
TEST(Catalog, ArabicCountdownFollowsCldrPluralCategories)
{
    const Catalog catalog = must_load(shipped_locales());
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale("ar"), status));
    ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    struct Case {
        std::int64_t seconds;
        const char* category;
        const char* text;
    };
    for (const Case& c : {Case{0, "zero", "ستُمسح الشاشة الآن."}, Case{1, "one", "ستُمسح الشاشة بعد ثانية واحدة."},
                          Case{2, "two", "ستُمسح الشاشة بعد ثانيتين."}, Case{3, "few", "ستُمسح الشاشة بعد ٣ ثوانٍ."},
                          Case{11, "many", "ستُمسح الشاشة بعد ١١ ثانية."}, Case{100, "other", "ستُمسح الشاشة بعد ١٠٠ ثانية."}}) {
        EXPECT_EQ(utf8(rules->select(static_cast<int32_t>(c.seconds))), c.category) << c.seconds;
        EXPECT_EQ(catalog.format(Language::Arabic, "idle.countdown", {{"seconds", c.seconds}}), c.text) << c.seconds;
    }
}

// English has one and other: "1 second", "2 seconds", and 0 is plural.
TEST(Catalog, EnglishCountdownIsSingularOnlyForOne)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_EQ(catalog.format(Language::English, "idle.countdown", {{"seconds", 1}}), "The screen will clear in 1 second.");
    EXPECT_EQ(catalog.format(Language::English, "idle.countdown", {{"seconds", 0}}), "The screen will clear in 0 seconds.");
    EXPECT_EQ(catalog.format(Language::English, "idle.countdown", {{"seconds", 30}}), "The screen will clear in 30 seconds.");
}

// Numbers use the locale's default digits: Bengali, Persian and Arabic-Indic where CLDR says so.
TEST(Catalog, DigitsFollowTheLocale)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_EQ(catalog.format_number(Language::English, 12), "12");
    EXPECT_EQ(catalog.format_number(Language::Bengali, 12), "১২");
    EXPECT_EQ(catalog.format_number(Language::Farsi, 12), "۱۲");
    EXPECT_EQ(catalog.format_number(Language::Arabic, 12), "١٢");
    EXPECT_EQ(catalog.format_number(Language::Urdu, 12), "12");  // CLDR's ur uses Latin digits; ur_IN would not
    EXPECT_EQ(catalog.format_number(Language::TraditionalChinese, 12), "12");
    EXPECT_EQ(catalog.format_number(Language::English, 1234567), "1,234,567");

    const std::initializer_list<MessageArgument> position{{"current", 3}, {"total", 12}};
    EXPECT_EQ(catalog.format(Language::Bengali, "nav.topic_position", position), "১২টি বিষয়ের মধ্যে ৩ নম্বর");
    EXPECT_EQ(catalog.format(Language::Farsi, "nav.topic_position", position), "موضوع ۳ از ۱۲");
    EXPECT_EQ(catalog.format(Language::Arabic, "nav.topic_position", position), "الموضوع ٣ من ١٢");
    EXPECT_EQ(catalog.format(Language::English, "nav.topic_position", position), "Topic 3 of 12");
}

// A text argument (a reference code) goes in unchanged, whatever the language's digits.
TEST(Catalog, TextArgumentIsInsertedUnchanged)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_EQ(catalog.format(Language::Urdu, "needs.saved_code", {{"code", "K7P-2QX"}}), "آپ کا حوالہ کوڈ K7P-2QX ہے");
    EXPECT_EQ(catalog.format(Language::English, "needs.saved_code", {{"code", "K7P-2QX"}}), "Your reference code is K7P-2QX");
}

// Long dates are ICU's own for the locale; Farsi adds the Persian calendar, with the Gregorian date beside it.
TEST(Catalog, DatesAreIcuLongDates)
{
    const Catalog catalog = must_load(shipped_locales());
    for (Language language : all_languages) {
        const auto date = catalog.format_date(language, 2025, 3, 21);
        ASSERT_TRUE(date.has_value()) << date.error().message;
        if (language == Language::Farsi) {
            EXPECT_EQ(date->local, icu_long_date("fa@calendar=persian", 2025, 3, 21));
            EXPECT_EQ(date->local, "۱ فروردین ۱۴۰۴");  // Nowruz: the first day of 1404
            ASSERT_TRUE(date->gregorian.has_value());
            EXPECT_EQ(*date->gregorian, icu_long_date("fa@calendar=gregorian", 2025, 3, 21));
        } else {
            EXPECT_EQ(date->local, icu_long_date(std::string(icu_locale_id(language)).c_str(), 2025, 3, 21)) << language_code(language);
            EXPECT_FALSE(date->gregorian.has_value()) << language_code(language);
        }
    }
    EXPECT_EQ(catalog.format_date(Language::English, 2025, 3, 21)->local, "21 March 2025");
}

// A day that does not exist is refused rather than rolled over into the next month.
TEST(Catalog, ImpossibleDatesAreRefused)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_FALSE(catalog.format_date(Language::English, 2025, 2, 29).has_value());
    EXPECT_FALSE(catalog.format_date(Language::English, 2025, 13, 1).has_value());
    EXPECT_FALSE(catalog.format_date(Language::Farsi, 2025, 4, 0).has_value());
    EXPECT_FALSE(catalog.format_date(Language::English, 0, 1, 1).has_value());
    EXPECT_TRUE(catalog.format_date(Language::English, 2024, 2, 29).has_value());
}

// A key en.toml lacks shows nothing (never the key itself) and is recorded once, however often asked.
TEST(Catalog, UnknownKeyShowsNothingAndIsRecordedOnce)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_EQ(catalog.format(Language::Urdu, "nav.nonexistent"), "");
    EXPECT_EQ(catalog.format(Language::Urdu, "nav.nonexistent"), "");
    ASSERT_EQ(catalog.problems().size(), 1u) << all_problems(catalog);
    EXPECT_EQ(catalog.problems()[0].key, "nav.nonexistent");
    EXPECT_EQ(catalog.problems()[0].file, "locales/en.toml");
}

// A text where a number belongs fails in Arabic and in English: nothing is shown, both are recorded.
TEST(Catalog, WrongArgumentTypeIsRecordedNotShown)
{
    const Catalog catalog = must_load(shipped_locales());
    EXPECT_EQ(catalog.format(Language::Arabic, "idle.countdown", {{"seconds", "soon"}}), "");
    EXPECT_NE(problem_about(catalog, "locales/ar.toml", "idle.countdown"), nullptr) << all_problems(catalog);
    EXPECT_NE(problem_about(catalog, "locales/en.toml", "idle.countdown"), nullptr) << all_problems(catalog);
}

// Forgetting an argument is a caller's bug worth recording.
TEST(Catalog, MissingArgumentIsRecorded)
{
    const Catalog catalog = must_load(shipped_locales());
    catalog.format(Language::English, "needs.saved_code");
    const CatalogProblem* problem = problem_about(catalog, "locales/en.toml", "needs.saved_code");
    ASSERT_NE(problem, nullptr);
    EXPECT_NE(problem->message.find("{code}"), std::string::npos) << problem->message;
}

// Malformed TOML loses the whole file: every Bengali string falls back, and the problem names the line and key.
TEST(Catalog, MalformedTomlFallsBackForTheWholeFile)
{
    const Catalog catalog = must_load(fixture("malformed_toml"));
    const CatalogProblem* problem = problem_about(catalog, "malformed_toml/bn.toml", "nav.next");
    ASSERT_NE(problem, nullptr) << all_problems(catalog);
    EXPECT_EQ(problem->line, line_containing(fixture("malformed_toml") / "bn.toml", "\"nav.next\""));
    EXPECT_NE(problem->message.find("not valid TOML"), std::string::npos) << problem->message;
    EXPECT_EQ(catalog.status(Language::Bengali), TranslationStatus::Missing);
    EXPECT_EQ(catalog.format(Language::Bengali, "nav.back"), "Back");
    EXPECT_EQ(catalog.format(Language::Bengali, "idle.countdown", {{"seconds", 2}}), "The screen will clear in 2 seconds.");
}

// A missing key falls back for that string only; a key English does not have is reported and ignored.
TEST(Catalog, MissingKeyFallsBackForThatStringOnly)
{
    const Catalog catalog = must_load(fixture("missing_key"));
    const CatalogProblem* missing = problem_about(catalog, "missing_key/ar.toml", "nav.next");
    ASSERT_NE(missing, nullptr) << all_problems(catalog);
    EXPECT_NE(missing->message.find("no translation"), std::string::npos);
    EXPECT_EQ(catalog.format(Language::Arabic, "nav.next"), "Next");
    EXPECT_EQ(catalog.format(Language::Arabic, "nav.back"), "رجوع");

    const CatalogProblem* misspelt = problem_about(catalog, "missing_key/ar.toml", "nav.bakc");
    ASSERT_NE(misspelt, nullptr) << all_problems(catalog);
    EXPECT_EQ(misspelt->line, line_containing(fixture("missing_key") / "ar.toml", "nav.bakc"));
}

// A pattern that does not parse, or names other arguments than English, falls back to English.
TEST(Catalog, BrokenPatternFallsBackToEnglish)
{
    const Catalog catalog = must_load(fixture("bad_pattern"));
    const std::filesystem::path farsi = fixture("bad_pattern") / "fa.toml";

    const CatalogProblem* no_other = problem_about(catalog, "bad_pattern/fa.toml", "idle.countdown");
    ASSERT_NE(no_other, nullptr) << all_problems(catalog);
    EXPECT_EQ(no_other->line, line_containing(farsi, "idle.countdown"));
    EXPECT_NE(no_other->message.find("\"other\""), std::string::npos) << no_other->message;
    EXPECT_EQ(catalog.format(Language::Farsi, "idle.countdown", {{"seconds", 3}}), "The screen will clear in 3 seconds.");

    const CatalogProblem* renamed = problem_about(catalog, "bad_pattern/fa.toml", "needs.saved_code");
    ASSERT_NE(renamed, nullptr) << all_problems(catalog);
    EXPECT_NE(renamed->message.find("{kod}"), std::string::npos) << renamed->message;
    EXPECT_EQ(catalog.format(Language::Farsi, "needs.saved_code", {{"code", "K7P"}}), "Your reference code is K7P");

    EXPECT_EQ(catalog.format(Language::Farsi, "nav.next"), "بعدی");
}

// A plural short of the language's categories is reported but kept: Arabic "few" falls to "other".
TEST(Catalog, PluralMissingCategoriesIsReportedAndKept)
{
    const Catalog catalog = must_load(fixture("bad_pattern"));
    const CatalogProblem* problem = problem_about(catalog, "bad_pattern/ar.toml", "idle.countdown");
    ASSERT_NE(problem, nullptr) << all_problems(catalog);
    EXPECT_NE(problem->message.find("few, many"), std::string::npos) << problem->message;
    EXPECT_EQ(catalog.format(Language::Arabic, "idle.countdown", {{"seconds", 3}}), "ستُمسح الشاشة بعد ٣ ثانية.");
}

// Malformed UTF-8 costs only the strings that hold it, each reported by line, key and bytes.
TEST(Catalog, MalformedUtf8FallsBackForThoseStringsOnly)
{
    const Catalog catalog = must_load(fixture("malformed_utf8"));
    const std::filesystem::path urdu = fixture("malformed_utf8") / "ur.toml";

    const CatalogProblem* stray = problem_about(catalog, "malformed_utf8/ur.toml", "nav.next");
    ASSERT_NE(stray, nullptr) << all_problems(catalog);
    EXPECT_EQ(stray->line, line_containing(urdu, "\"nav.next\""));
    EXPECT_NE(stray->message.find("0xff"), std::string::npos) << stray->message;
    EXPECT_EQ(catalog.format(Language::Urdu, "nav.next"), "Next");

    const CatalogProblem* truncated = problem_about(catalog, "malformed_utf8/ur.toml", "needs.saved_code");
    ASSERT_NE(truncated, nullptr) << all_problems(catalog);
    EXPECT_NE(truncated->message.find("0xd8"), std::string::npos) << truncated->message;
    EXPECT_EQ(catalog.format(Language::Urdu, "needs.saved_code", {{"code", "K7P"}}), "Your reference code is K7P");

    EXPECT_EQ(catalog.format(Language::Urdu, "nav.back"), "واپس");
    EXPECT_EQ(catalog.status(Language::Urdu), TranslationStatus::Draft);
}

// A language without a file is reported once for the whole file and shown in English.
TEST(Catalog, MissingLanguageFileFallsBackToEnglish)
{
    const Catalog catalog = must_load(fixture("missing_key"));
    const CatalogProblem* problem = problem_about(catalog, "missing_key/fa.toml", "");
    ASSERT_NE(problem, nullptr) << all_problems(catalog);
    EXPECT_NE(problem->message.find("does not exist"), std::string::npos);
    EXPECT_EQ(catalog.status(Language::Farsi), TranslationStatus::Missing);
    EXPECT_EQ(catalog.format(Language::Farsi, "nav.back"), "Back");
}

// status() follows [meta]: reviewed needs a reviewer and a date; a file for another language is not used.
TEST(Catalog, StatusFollowsMeta)
{
    const Catalog catalog = must_load(fixture("meta"));
    EXPECT_EQ(catalog.status(Language::TraditionalChinese), TranslationStatus::Reviewed);
    EXPECT_EQ(catalog.format(Language::TraditionalChinese, "nav.back"), "返回");

    EXPECT_EQ(catalog.status(Language::Bengali), TranslationStatus::Draft);
    EXPECT_NE(problem_about(catalog, "meta/bn.toml", ""), nullptr) << all_problems(catalog);
    EXPECT_EQ(catalog.format(Language::Bengali, "nav.back"), "ফিরে যান");

    EXPECT_EQ(catalog.status(Language::Arabic), TranslationStatus::Missing);
    EXPECT_EQ(catalog.format(Language::Arabic, "nav.back"), "Back");
}

// English stands in for everything else, so a flaw in en.toml stops loading, named by file and key.
TEST(Catalog, BrokenEnglishStopsLoading)
{
    const auto catalog = Catalog::load(fixture("broken_english"));
    ASSERT_FALSE(catalog.has_value());
    EXPECT_NE(catalog.error().message.find("broken_english/en.toml"), std::string::npos) << catalog.error().message;
    EXPECT_NE(catalog.error().message.find("\"idle.countdown\""), std::string::npos) << catalog.error().message;
}

// A locales folder that is not there fails with a message naming en.toml.
TEST(Catalog, MissingFolderStopsLoading)
{
    const auto catalog = Catalog::load(fixture("no_such_folder"));
    ASSERT_FALSE(catalog.has_value());
    EXPECT_NE(catalog.error().message.find("no_such_folder/en.toml"), std::string::npos) << catalog.error().message;
}

}  // namespace
}  // namespace kiosk::i18n
