// The records database's tables, version by version, kept in `PRAGMA user_version`.
//
// History: version 1 held the requests and their needs. Version 2 added the append-only audit
// table and the meta table with the reference-code key and sequence (version 1 had no sequence).
// A released version's SQL never changes: a change to the tables, or a new stored id (a Need, a
// status) that older kiosks could not read, is a new version with its own step.
#pragma once

#include "core/result.h"
#include "store/sqlite_database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::store {

inline constexpr std::int64_t current_schema_version = 2;

// The SQL that takes a database from `version - 1` to `version`, for 1 <= version <= current.
// Version 2 also needs the key row that migrate() writes; the SQL alone is for building old
// databases in tests.
std::string_view schema_step_sql(std::int64_t version);

SqlResult<std::int64_t> schema_version(Database& db);

// Why this kiosk must leave the database alone, found without writing: it was made by a newer
// kiosk, or it is some other program's database. nullopt: it may be used, after migrate().
SqlResult<std::optional<std::string>> refusal(Database& db);

// Brings an older (or empty) database to current_schema_version in one transaction: either every
// step is applied or none is. Checks refusal() again under the write lock.
Result<void> migrate(Database& db);

}  // namespace kiosk::store
