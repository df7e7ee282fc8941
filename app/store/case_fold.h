// Case-insensitive name search. SQLite's own LIKE folds ASCII only, so "ÉLODIE" would not find
// "Élodie"; Unicode full case folding (ICU) makes the desk's search match whatever the script.
#pragma once

#include "store/sqlite_database.h"

#include <string>
#include <string_view>

namespace kiosk::store {

// Unicode default case folding of UTF-8 text ("Straße" and "STRASSE" both give "strasse").
std::string fold_case(std::string_view utf8);

// Adds the SQL function kiosk_fold(text) to the connection: fold_case() for use in WHERE clauses.
SqlResult<void> add_fold_function(Database& db);

}  // namespace kiosk::store
