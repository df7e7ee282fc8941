// Names of languages an interpreter can be booked for, written in the reader's language: ICU's
// CLDR names where ICU has them, the locale files' "language.<code>" strings where it has none
// or a poor one (Sylheti, Pahari-Pothwari, Mandarin rather than "Chinese").
#pragma once

#include "i18n/catalog.h"

#include <string>
#include <string_view>

namespace kiosk::i18n {

// `code` is a BCP 47 / ISO 639 code ("pa", "syl") or "other". Never empty: falls back to the
// English name, then to the code itself.
std::string language_name(const Catalog& catalog, Language reader, std::string_view code);

}  // namespace kiosk::i18n
