// Opening the records: the folder, the checks that come before any write (version, integrity),
// the connection's settings, the upgrade, and moving a damaged file aside.
#include "store/records_store.h"

#include "store/case_fold.h"
#include "store/data_dir.h"
#include "store/iso_time.h"
#include "store/records_state.h"
#include "store/schema.h"

#include <algorithm>
#include <array>
#include <expected>

namespace kiosk::store {
namespace {

namespace fs = std::filesystem;

enum class OpenFailureKind { Refused, Damaged };

struct OpenFailure {
    OpenFailureKind kind = OpenFailureKind::Refused;
    std::string message;  // Refused: the whole message for people; Damaged: what SQLite found
};

template <typename T>
using Opening = std::expected<T, OpenFailure>;

std::unexpected<OpenFailure> refused(std::string message)
{
    return std::unexpected(OpenFailure{OpenFailureKind::Refused, std::move(message)});
}

std::unexpected<OpenFailure> from_sql(const SqlError& error, std::string_view attempted)
{
    if (is_corruption(error)) return std::unexpected(OpenFailure{OpenFailureKind::Damaged, error.detail});
    return refused(describe(error, attempted));
}

// Only reads: a database that fails here is left exactly as it was found.
Opening<void> check_before_writing(Database& db)
{
    // Reading the version reads the file header, which is where "file is not a database" shows.
    const auto refuse = refusal(db);
    if (!refuse) return from_sql(refuse.error(), "read its version");
    if (*refuse) return refused(**refuse);
    auto check = db.prepare("PRAGMA integrity_check(1)");
    if (!check) return from_sql(check.error(), "check it");
    const auto row = check->step();
    if (!row) return from_sql(row.error(), "check it");
    const std::string verdict = *row ? check->text(0) : "no answer from the integrity check";
    if (verdict != "ok") return std::unexpected(OpenFailure{OpenFailureKind::Damaged, verdict});
    return {};
}

Opening<void> configure(Database& db, const StoreOptions& options)
{
    sqlite3_busy_timeout(db.handle(), static_cast<int>(options.busy_timeout.count()));
    // Cascading deletes of needs rely on foreign keys, which SQLite leaves off unless asked.
    if (auto set = db.exec("PRAGMA foreign_keys = ON"); !set) return from_sql(set.error(), "set it up");
    if (options.access == StoreAccess::ReadWrite) {
        // WAL lets the desk read while the kiosk writes; with synchronous=FULL a commit is on disk
        // before it returns.
        if (auto set = db.query_text("PRAGMA journal_mode = WAL"); !set) return from_sql(set.error(), "set it up");
    }
    if (auto set = db.exec("PRAGMA synchronous = FULL"); !set) return from_sql(set.error(), "set it up");
    if (options.max_file_bytes > 0) {
        const auto page_bytes = db.query_int64("PRAGMA page_size");
        if (!page_bytes) return from_sql(page_bytes.error(), "set it up");
        const std::int64_t pages = std::max<std::int64_t>(1, options.max_file_bytes / *page_bytes);
        const auto set = db.query_int64("PRAGMA max_page_count = " + std::to_string(pages));
        if (!set) return from_sql(set.error(), "set it up");
    }
    if (auto added = add_fold_function(db); !added) return from_sql(added.error(), "set it up");
    return {};
}

Opening<void> bring_up_to_date(Database& db, StoreAccess access)
{
    if (access == StoreAccess::ReadWrite) {
        if (auto migrated = migrate(db); !migrated) return refused(migrated.error().message);
        return {};
    }
    const auto version = schema_version(db);
    if (!version) return from_sql(version.error(), "read its version");
    if (*version != current_schema_version)
        return refused("The records database needs upgrading, which cannot happen when it is opened read-only.");
    return {};
}

Opening<ReferenceKey> load_reference_key(Database& db)
{
    auto select = db.prepare("SELECT value FROM meta WHERE name = 'reference_key'");
    if (!select) return from_sql(select.error(), "read its reference-code key");
    const auto row = select->step();
    if (!row) return from_sql(row.error(), "read its reference-code key");
    ReferenceKey key{};
    if (!*row || select->blob(0).size() != key.size())
        return refused("The records database has lost its reference-code key, so it cannot give new codes safely.");
    std::ranges::copy(select->blob(0), key.begin());
    return key;
}

Opening<ReferenceKey> prepare(Database& db, const StoreOptions& options)
{
    if (auto checked = check_before_writing(db); !checked) return std::unexpected(checked.error());
    if (auto configured = configure(db, options); !configured) return std::unexpected(configured.error());
    if (auto current = bring_up_to_date(db, options.access); !current) return std::unexpected(current.error());
    return load_reference_key(db);
}

// "records.corrupt-20250307T140509Z.sqlite3", or "...Z-2.sqlite3" if that is taken. SQLite
// finds a database's log by appending "-wal" to its name, so the companions keep that pattern.
fs::path quarantine_name(const fs::path& file, std::chrono::sys_seconds now)
{
    const std::string stem = "records.corrupt-" + compact_timestamp(now);
    fs::path target = file.parent_path() / (stem + ".sqlite3");
    for (int attempt = 2; fs::exists(target); ++attempt)
        target = file.parent_path() / (stem + "-" + std::to_string(attempt) + ".sqlite3");
    return target;
}

std::string damaged_message(const fs::path& file, const std::string& damage)
{
    return "The records database " + file.string() + " is damaged (" + damage +
           "), so requests cannot be saved; the kiosk still works as a guide.";
}

OpenedRecords quarantine(Database db, const fs::path& file, std::chrono::sys_seconds now, const std::string& damage)
{
    db.close_without_checkpoint();
    OpenedRecords opened;
    const fs::path target = quarantine_name(file, now);
    const std::string damaged = damaged_message(file, damage);
    std::error_code error;
    fs::rename(file, target, error);
    if (error) {
        opened.problem = damaged + " It could not be moved aside (" + error.message() + ") and was left where it is.";
        return opened;
    }
    opened.quarantined_to = target;
    for (const std::string_view suffix : std::array<std::string_view, 3>{"-wal", "-shm", "-journal"}) {
        const fs::path companion = file.string() + std::string(suffix);
        if (fs::exists(companion, error)) fs::rename(companion, target.string() + std::string(suffix), error);
    }
    opened.problem = damaged + " It was moved aside unchanged to " + target.string() +
                     " for the council's IT team; the kiosk starts a new, empty records database the next time it "
                     "opens.";
    return opened;
}

}  // namespace

OpenedRecords open_records(const fs::path& data_dir, StoreOptions options)
{
    OpenedRecords opened;
    const bool may_write = options.access == StoreAccess::ReadWrite;
    if (auto made = may_write ? ensure_data_dir(data_dir) : Result<void>{}; !made) {
        opened.problem = made.error().message;
        return opened;
    }
    const fs::path file = data_dir / records_file_name;
    auto db = Database::open(file, may_write ? OpenAccess::ReadWrite : OpenAccess::ReadOnly);
    if (!db) {
        opened.problem = describe(db.error(), "open " + file.string());
        return opened;
    }
    const auto key = prepare(*db, options);
    if (!key && key.error().kind == OpenFailureKind::Damaged) {
        if (may_write) return quarantine(std::move(*db), file, options.clock(), key.error().message);
        opened.problem = damaged_message(file, key.error().message) + " Opened read-only, it was left where it is.";
        return opened;
    }
    if (!key) {
        opened.problem = key.error().message;
        return opened;
    }
    auto state =
        std::make_unique<RecordsStore::State>(RecordsStore::State{std::move(*db), ReferenceCoder(*key), options.clock});
    opened.store.emplace(RecordsStore(std::move(state)));
    return opened;
}

}  // namespace kiosk::store
