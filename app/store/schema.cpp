#include "store/schema.h"

#include "store/reference_code.h"

#include <array>
#include <optional>
#include <string>

namespace kiosk::store {
namespace {

// Dates are ISO text "YYYY-MM-DD" and times ISO UTC text "YYYY-MM-DDTHH:MM:SSZ" (iso_time.h); ids
// of needs, statuses, languages and contact preferences are the text ids of access_request.h.
constexpr std::string_view version_1_sql = R"sql(
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL,
    interpreter_dialect TEXT NOT NULL DEFAULT '',
    interpreter_same_gender INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    conference_date TEXT,
    phone TEXT NOT NULL DEFAULT '',
    contact_by TEXT NOT NULL DEFAULT '',
    entered_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX requests_by_conference_date ON requests (conference_date);
CREATE TABLE requested_needs (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    need TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'requested',
    staff_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, need)
) WITHOUT ROWID;
)sql";

// The audit is append-only in the database itself, so no code path (and no one with the sqlite3
// shell and the kiosk's rights) can quietly rewrite it. The created_at index serves the export
// and the retention purge of requests without a conference date.
constexpr std::string_view version_2_sql = R"sql(
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
CREATE INDEX requests_by_created_at ON requests (created_at);
)sql";

constexpr std::array<std::string_view, 2> steps{version_1_sql, version_2_sql};

SqlResult<void> write_reference_key(Database& db, const ReferenceKey& key)
{
    auto insert = db.prepare("INSERT INTO meta (name, value) VALUES ('reference_key', ?1), ('reference_sequence', 0)");
    if (!insert) return std::unexpected(insert.error());
    return insert->bind(1, std::span<const unsigned char>(key)).run();
}

Result<void> apply_steps(Database& db)
{
    auto transaction = Transaction::begin(db, TransactionKind::Write);
    if (!transaction) return fail(describe(transaction.error(), "upgrade its tables"));
    // Check again under the write lock: another program may have upgraded it meanwhile.
    const auto refused = refusal(db);
    if (!refused) return fail(describe(refused.error(), "read its version"));
    if (*refused) return fail(**refused);
    const auto version = schema_version(db);
    if (!version) return fail(describe(version.error(), "read its version"));
    for (std::int64_t next = *version + 1; next <= current_schema_version; ++next) {
        const auto step_name = "upgrade its tables to version " + std::to_string(next);
        if (auto applied = db.exec(std::string(schema_step_sql(next))); !applied)
            return fail(describe(applied.error(), step_name));
        if (next == 2) {
            const auto key = new_reference_key();
            if (!key) return std::unexpected(key.error());
            if (auto written = write_reference_key(db, *key); !written) return fail(describe(written.error(), step_name));
        }
    }
    if (auto set = db.exec("PRAGMA user_version = " + std::to_string(current_schema_version)); !set)
        return fail(describe(set.error(), "record its version"));
    if (auto committed = transaction->commit(); !committed) return fail(describe(committed.error(), "upgrade its tables"));
    return {};
}

}  // namespace

std::string_view schema_step_sql(std::int64_t version)
{
    if (version < 1 || version > current_schema_version) return {};
    return steps[static_cast<std::size_t>(version - 1)];
}

SqlResult<std::int64_t> schema_version(Database& db) { return db.query_int64("PRAGMA user_version"); }

SqlResult<std::optional<std::string>> refusal(Database& db)
{
    const auto version = schema_version(db);
    if (!version) return std::unexpected(version.error());
    if (*version > current_schema_version) {
        return "The records database was made by a newer version of the kiosk (database version " +
               std::to_string(*version) + ", this kiosk knows up to " + std::to_string(current_schema_version) +
               "); it was left as it is. Update the kiosk software to use it.";
    }
    if (*version > 0) return std::nullopt;
    // Version 0 is an empty file, unless someone else's database is where the records should be.
    const auto tables = db.query_int64("SELECT count(*) FROM sqlite_schema");
    if (!tables) return std::unexpected(tables.error());
    if (*tables > 0) return "The records file holds a database that is not the kiosk's records; it was left as it is.";
    return std::nullopt;
}

Result<void> migrate(Database& db)
{
    const auto version = schema_version(db);
    if (!version) return fail(describe(version.error(), "read its version"));
    if (*version == current_schema_version) return {};
    return apply_steps(db);
}

}  // namespace kiosk::store
