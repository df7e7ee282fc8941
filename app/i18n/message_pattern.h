// What a catalog needs to know about one ICU MessageFormat pattern before trusting it: that it
// compiles in its language's locale, which arguments it uses, and whether each plural argument
// offers exactly the plural categories CLDR gives the language. Internal to app/i18n.
#pragma once

#include "core/result.h"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::i18n {

enum class PluralKind { Cardinal, Ordinal };  // {n, plural, ...} or {n, selectordinal, ...}

struct PluralArgument {
    std::string name;
    PluralKind kind = PluralKind::Cardinal;
    std::set<std::string> categories;  // keywords such as "one" or "few"; explicit "=0" cases are left out
};

struct PatternFacts {
    std::set<std::string> argument_names;  // every argument, at any depth
    std::vector<PluralArgument> plurals;
};

// The pattern compiled for `locale`; fails with ICU's error and where in the pattern it arose.
Result<std::unique_ptr<icu::MessageFormat>> compile_pattern(std::string_view pattern_utf8, const icu::Locale& locale);

// Arguments and plural keywords of a pattern that compile_pattern() accepted.
PatternFacts pattern_facts(std::string_view pattern_utf8);

// One message per plural argument whose categories differ from those CLDR gives `locale`
// (a missing category silently falls back to "other"; an extra one can never be chosen).
std::vector<std::string> plural_category_mismatches(const PatternFacts& facts, const icu::Locale& locale);

}  // namespace kiosk::i18n
