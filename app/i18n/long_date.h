// A calendar day written out in ICU's long date style for a language, in the calendar its
// readers use day to day. Internal to app/i18n; Catalog::format_date() is the public way in.
#pragma once

#include "core/language.h"
#include "core/result.h"
#include "i18n/catalog.h"

namespace kiosk::i18n {

// Fails for a day that does not exist or a year outside 1-9999.
Result<FormattedDate> format_long_date(Language language, int year, int month, int day);

}  // namespace kiosk::i18n
