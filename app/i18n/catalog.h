// The kiosk's interface strings in its six languages, read from locales/<code>.toml and formatted
// with ICU MessageFormat in each language's own locale, so plural forms, digits and dates follow
// CLDR (Bengali ০-৯, Persian ۰-۹, Arabic-Indic ٠-٩ digits where ICU's default numbering system
// for the locale uses them).
//
// English is every other language's fallback: a translation that is missing, does not parse, or
// disagrees with English about its arguments is replaced by the English string and recorded as
// a problem, so a parent never sees a raw key or a blank button because of a translator's slip.
// A flaw in en.toml itself stops loading, since nothing could stand in for it.
//
// No SDL: the catalog is tested headlessly. It is meant for one thread (the UI thread); format()
// records the problems it meets at run time without locking.
#pragma once

#include "core/language.h"
#include "core/result.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kiosk::i18n {

// From [meta] status: "draft" until a council translator has checked the file.
enum class TranslationStatus { Missing, Draft, Reviewed };

// One flaw a translator or developer must fix. The catalog carries on around it.
struct CatalogProblem {
    std::string file;     // as found from the repository root, e.g. "locales/ur.toml"
    int line = 0;         // 1-based; 0 when the problem concerns no one line
    std::string key;      // the string concerned, e.g. "idle.countdown"; empty for the whole file
    std::string message;  // what is wrong and what the kiosk shows instead

    // One line for a log or the check-content report: file, line, key, message.
    std::string describe() const;
    friend bool operator==(const CatalogProblem&, const CatalogProblem&) = default;
};

// A value for one named argument of a message: a number (counts, plurals, digits) or a text
// (a reference code). An int converts to the number, a string literal to the text.
struct MessageArgument {
    std::string name;
    std::variant<std::int64_t, std::string> value;
};

// A date as a family reads it: in the language's everyday calendar, and in the Gregorian one
// the council's letters use when the two differ (Farsi: the Solar Hijri calendar of Iran and
// Afghanistan).
struct FormattedDate {
    std::string local;
    std::optional<std::string> gregorian;  // empty when `local` is already Gregorian
};

class Catalog {
public:
    // Reads en.toml and the five translations from `locales_dir`. Fails only when en.toml is
    // missing or flawed (the message lists every flaw by file, line and key) or ICU lacks data
    // for a language; every flaw in a translation is a problem(), with English standing in.
    static Result<Catalog> load(const std::filesystem::path& locales_dir);

    Catalog(Catalog&&) noexcept;
    Catalog& operator=(Catalog&&) noexcept;
    ~Catalog();

    // The string `key` in `language`, its arguments filled in. Falls back to English when the
    // translation is unusable or fails with these arguments; returns "" (and records a problem)
    // for a key en.toml does not have, rather than showing the key.
    std::string format(Language language, std::string_view key, std::initializer_list<MessageArgument> arguments = {}) const;
    // The same with arguments gathered at run time.
    std::string format(Language language, std::string_view key, std::span<const MessageArgument> arguments) const;

    // A whole number with the locale's digits and grouping, e.g. "১২" in Bengali.
    std::string format_number(Language language, std::int64_t value) const;

    // A day as ICU's long date style writes it for the locale, e.g. "21 March 2025". Fails for a
    // day that does not exist (month 1-12, day within the month, year 1-9999).
    Result<FormattedDate> format_date(Language language, int year, int month, int day) const;

    TranslationStatus status(Language language) const;

    // Every key of en.toml, sorted.
    std::vector<std::string> keys() const;
    // Whether en.toml has `key` (a lookup, without building keys()).
    bool has_key(std::string_view key) const;

    // Problems found while loading, then any format() met, each recorded once. The reference is
    // valid until the next call to format() or the catalog's destruction.
    const std::vector<CatalogProblem>& problems() const;

private:
    struct LanguageMessages;

    Catalog();
    void record(CatalogProblem problem) const;

    std::array<std::unique_ptr<LanguageMessages>, all_languages.size()> m_languages;
    // Grows in const format() calls: a lookup that fails is worth knowing about, and the screen
    // still gets a string. Bounded, since each distinct problem is kept once.
    mutable std::vector<CatalogProblem> m_problems;
};

}  // namespace kiosk::i18n
