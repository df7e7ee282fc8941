// Reading one locales/<code>.toml: its [meta] table and the raw patterns of its [strings] table,
// each flaw reported by line and key. Patterns are compiled later, in the language's ICU locale
// (catalog.cpp). Internal to app/i18n.
//
//   [meta]
//   language = "ur"                 # must equal the file's language code
//   status = "draft"                # or "reviewed", which needs reviewed_by and reviewed_on
//   translated_from = "en"          # absent in en.toml
//   translated_by = "..."           # absent in en.toml
//   reviewed_by = ""
//   reviewed_on = ""                # "YYYY-MM-DD"
//   [strings]
//   "welcome.invite" = "..."        # dotted keys in quotes, values ICU MessageFormat patterns
#pragma once

#include "core/language.h"
#include "i18n/catalog.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kiosk::i18n {

struct LocaleMeta {
    TranslationStatus status = TranslationStatus::Draft;
    std::string translated_by;
    std::string reviewed_by;
    std::string reviewed_on;
};

struct LocaleString {
    std::string pattern;  // UTF-8, as written in the file
    int line = 0;
};

enum class FileUse { Usable, Unusable };

struct LocaleFile {
    // Unusable when the file is missing, is not TOML, has no [strings] or belongs to another
    // language: every string of the language then falls back to English.
    FileUse use = FileUse::Unusable;
    LocaleMeta meta;
    std::map<std::string, LocaleString, std::less<>> strings;  // strings with malformed UTF-8 are left out
    std::vector<CatalogProblem> problems;
};

// `display_name` is how problems name the file, e.g. "locales/ur.toml".
LocaleFile read_locale_file(const std::filesystem::path& path, Language language, const std::string& display_name);

}  // namespace kiosk::i18n
