// What a RecordsStore holds; shared by the files that implement it (records_store.cpp,
// records_queries.cpp, open_records.cpp).
#pragma once

#include "store/records_store.h"
#include "store/reference_code.h"
#include "store/sqlite_database.h"

namespace kiosk::store {

struct RecordsStore::State {
    Database db;
    ReferenceCoder coder;  // keyed by the database's reference_key, read once when opened
    Clock clock;
};

// `attempted` completes "could not ...": "save the request".
inline std::unexpected<Error> sql_failure(const SqlError& error, std::string_view attempted)
{
    return fail(describe(error, attempted));
}

}  // namespace kiosk::store
