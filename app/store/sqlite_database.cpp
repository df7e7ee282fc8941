#include "store/sqlite_database.h"

#include <cassert>

namespace kiosk::store {

std::string describe(const SqlError& error, std::string_view attempted)
{
    const std::string could_not = "could not " + std::string(attempted) + " (" + error.detail + ").";
    switch (error.code) {
    case SQLITE_FULL:
        return "The records database is full: " + could_not +
               " The disk, or the space set aside for records, has no room left. Earlier records are safe.";
    case SQLITE_READONLY:
        return "The records database is read-only: " + could_not +
               " The kiosk may not write to its file. Earlier records are safe and can still be read.";
    case SQLITE_IOERR:
        return "The records database could not be read or written because of a disk error: " + could_not;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "The records database is busy in another program: " + could_not + " Try again in a moment.";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "The records database is damaged: " + could_not;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return "The records database file could not be opened: " + could_not;
    case SQLITE_CONSTRAINT:
        return "The records database refused the change: " + could_not;
    case SQLITE_MISMATCH:
        return "The records database holds something this version of the kiosk does not understand: " + could_not;
    case SQLITE_NOMEM:
        return "The kiosk ran out of memory: " + could_not;
    default:
        return "The records database reported a problem: " + could_not;
    }
}

bool is_corruption(const SqlError& error)
{
    return error.code == SQLITE_CORRUPT || error.code == SQLITE_NOTADB;
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_bind_result(other.m_bind_result)
{
}

Statement::~Statement()
{
    if (m_statement == nullptr) return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void Statement::note_bind(int result)
{
    // SQLITE_RANGE would be a bug in our SQL; SQLITE_NOMEM/TOOBIG come from outside. Both surface
    // through step() so nothing is written with a parameter left NULL.
    assert(result != SQLITE_RANGE);
    if (m_bind_result == SQLITE_OK) m_bind_result = result;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    note_bind(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    note_bind(sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::span<const unsigned char> bytes)
{
    note_bind(sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_null(int index)
{
    note_bind(sqlite3_bind_null(m_statement, index));
    return *this;
}

SqlResult<bool> Statement::step()
{
    if (m_bind_result != SQLITE_OK)
        return std::unexpected(SqlError{m_bind_result & 0xff, sqlite3_errstr(m_bind_result)});
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    return std::unexpected(SqlError{result & 0xff, sqlite3_errmsg(m_db)});
}

SqlResult<void> Statement::run()
{
    for (;;) {
        const auto row = step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
    }
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }

std::string Statement::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (text == nullptr) return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

std::span<const unsigned char> Statement::blob(int column) const
{
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(m_statement, column));
    if (bytes == nullptr) return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

void Database::CloseConnection::operator()(sqlite3* db) const
{
    // close_v2 never fails for want of finalised statements, whatever order the members go in.
    sqlite3_close_v2(db);
}

void Database::FinalizeStatement::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

SqlResult<Database> Database::open(const std::filesystem::path& file, OpenAccess access)
{
    const int flags = access == OpenAccess::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    sqlite3* db = nullptr;
    const int result = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
    Database opened(db);  // owns the handle even when opening failed
    if (result != SQLITE_OK) {
        return std::unexpected(SqlError{result & 0xff, db == nullptr ? sqlite3_errstr(result) : sqlite3_errmsg(db)});
    }
    sqlite3_extended_result_codes(db, 1);
    return opened;
}

Database::~Database() = default;

SqlError Database::last_error(int result) const { return SqlError{result & 0xff, sqlite3_errmsg(m_db.get())}; }

SqlResult<void> Database::exec(const std::string& sql)
{
    const int result = sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, nullptr);
    if (result != SQLITE_OK) return std::unexpected(last_error(result));
    return {};
}

SqlResult<Statement> Database::prepare(std::string_view sql)
{
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        sqlite3_stmt* statement = nullptr;
        const int result = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                              SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (result != SQLITE_OK) return std::unexpected(last_error(result));
        cached = m_statements.emplace(std::string(sql), statement).first;
    }
    return Statement(m_db.get(), cached->second.get());
}

SqlResult<std::int64_t> Database::query_int64(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement) return std::unexpected(statement.error());
    const auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::unexpected(SqlError{SQLITE_ERROR, "no row from " + std::string(sql)});
    return statement->int64(0);
}

SqlResult<std::string> Database::query_text(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement) return std::unexpected(statement.error());
    const auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::unexpected(SqlError{SQLITE_ERROR, "no row from " + std::string(sql)});
    return statement->text(0);
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(m_db.get()); }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db.get()); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(m_db.get()) == 0; }

void Database::close_without_checkpoint()
{
    sqlite3_db_config(m_db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    m_statements.clear();
    m_db.reset();
}

SqlResult<Transaction> Transaction::begin(Database& db, TransactionKind kind)
{
    auto begin = db.prepare(kind == TransactionKind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    if (!begin) return std::unexpected(begin.error());
    if (auto ran = begin->run(); !ran) return std::unexpected(ran.error());
    return Transaction(db);
}

Transaction::~Transaction()
{
    // SQLite rolls some failures (SQLITE_FULL, SQLITE_IOERR) back by itself; a second ROLLBACK
    // would only report "no transaction is active".
    if (m_db == nullptr || !m_db->in_transaction()) return;
    if (auto rollback = m_db->prepare("ROLLBACK")) {
        // Nothing more can be done if the rollback itself fails: SQLite then rolls back when the
        // connection closes or the next transaction begins.
        [[maybe_unused]] const auto rolled_back = rollback->run();
    }
}

SqlResult<void> Transaction::commit()
{
    auto commit = m_db->prepare("COMMIT");
    if (!commit) return std::unexpected(commit.error());
    if (auto ran = commit->run(); !ran) return std::unexpected(ran.error());
    m_db = nullptr;
    return {};
}

}  // namespace kiosk::store
