// One SQLite connection with its prepared statements cached, and the plain-English words for what
// went wrong. Internal to app/store: the rest of the kiosk sees RecordsStore only.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <expected>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace kiosk::store {

// A failed SQLite call: its primary result code (SQLITE_FULL, SQLITE_READONLY, ...) decides the
// message people see; `detail` is SQLite's own text, kept for the record in brackets.
struct SqlError {
    int code = SQLITE_ERROR;
    std::string detail;
};

template <typename T>
using SqlResult = std::expected<T, SqlError>;

// "The records database is full: could not save the request (database or disk is full). ..."
// `attempted` completes "could not ...", e.g. "save the request".
std::string describe(const SqlError& error, std::string_view attempted);

// The database file itself is damaged or is not a database at all.
bool is_corruption(const SqlError& error);

enum class OpenAccess { ReadWrite, ReadOnly };

// A prepared statement borrowed from the connection's cache. Destroying it resets the statement
// and clears its bindings, so a half-read SELECT never holds a read snapshot open.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters count from 1, as in SQLite. A failed bind is remembered and returned by the
    // next step(), so callers check once.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::span<const unsigned char> bytes);
    Statement& bind_null(int index);

    SqlResult<bool> step();  // true: a row is ready to read
    SqlResult<void> run();   // steps to the end, for statements that return no rows

    // Columns count from 0. The text is copied, so it outlives the next step().
    std::int64_t int64(int column) const;
    std::string text(int column) const;
    bool is_null(int column) const;
    std::span<const unsigned char> blob(int column) const;  // valid until the next step()

private:
    void note_bind(int result);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bind_result = SQLITE_OK;
};

class Database {
public:
    // ReadWrite creates the file when missing. Extended result codes are on; SqlError carries
    // the primary code.
    static SqlResult<Database> open(const std::filesystem::path& file, OpenAccess access);

    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;
    ~Database();

    // Runs SQL that returns no rows (pragmas that set, DDL, several statements at once).
    SqlResult<void> exec(const std::string& sql);

    // A cached statement for `sql`; the text is the cache key, so pass the same literal each time.
    SqlResult<Statement> prepare(std::string_view sql);

    // The single value of a one-row query such as "PRAGMA user_version".
    SqlResult<std::int64_t> query_int64(std::string_view sql);
    SqlResult<std::string> query_text(std::string_view sql);

    std::int64_t last_insert_id() const;
    std::int64_t changes() const;  // rows changed by the last statement, cascades excluded
    bool in_transaction() const;
    sqlite3* handle() const { return m_db.get(); }

    // Closes without checkpointing the write-ahead log, so a damaged file is left byte for byte as
    // it was found and can be moved aside intact.
    void close_without_checkpoint();

private:
    struct CloseConnection {
        void operator()(sqlite3* db) const;
    };
    struct FinalizeStatement {
        void operator()(sqlite3_stmt* statement) const;
    };
    explicit Database(sqlite3* db) : m_db(db) {}
    SqlError last_error(int result) const;

    // Destroyed before m_db (members go in reverse order): every statement is finalised before
    // the connection closes. Keyed by the SQL text, which fully determines the prepared program.
    std::unique_ptr<sqlite3, CloseConnection> m_db;
    std::map<std::string, std::unique_ptr<sqlite3_stmt, FinalizeStatement>, std::less<>> m_statements;
};

// Write: BEGIN IMMEDIATE, taking the write lock at the start so a transaction never fails half-way
// for want of it. Read: BEGIN DEFERRED, so several queries see one snapshot.
enum class TransactionKind { Read, Write };

// Destroying an uncommitted transaction rolls it back.
class Transaction {
public:
    static SqlResult<Transaction> begin(Database& db, TransactionKind kind);
    Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    SqlResult<void> commit();

private:
    explicit Transaction(Database& db) : m_db(&db) {}
    Database* m_db = nullptr;  // null once committed
};

}  // namespace kiosk::store
