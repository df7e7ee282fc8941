// The kiosk's records: parents' access-needs requests, the desk's changes to them and an audit of
// every change, in one SQLite file, `records.sqlite3` in the data folder (DESIGN.md "Records").
//
// Every change is one transaction that also writes its audit row: the two are saved together or
// not at all. When a change returns success it is on disk (write-ahead log, synchronous=FULL) and
// survives the program being killed or the power going. A failure (disk full, read-only file,
// disk error) says why in plain English and leaves the store usable for reading. One case is
// uncertain by nature: when the disk reports that a flush failed, the change may still be there
// after a restart; the store cannot know more than the disk tells it.
//
// A RecordsStore is one connection: use it from one thread at a time; it is not const even for
// queries because it caches prepared statements. A moved-from store may only be destroyed or
// assigned to. Several stores, in one program or several, may share the file: readers see the
// last committed state and never wait for a writer.
#pragma once

#include "core/result.h"
#include "store/access_request.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

inline constexpr std::string_view records_file_name = "records.sqlite3";

// Where "now" comes from, to the second, UTC. Tests pass a fixed clock instead of waiting.
using Clock = std::function<std::chrono::sys_seconds()>;
std::chrono::sys_seconds utc_now();

enum class StoreAccess {
    ReadWrite,
    // Look without ever writing: no folder is made, no upgrade done, a damaged file stays where
    // it is, and every change fails exactly as on a write-protected file.
    ReadOnly,
};

struct StoreOptions {
    Clock clock = utc_now;
    StoreAccess access = StoreAccess::ReadWrite;
    // A cap on the file's size so records can never fill the disk the kiosk needs; 0: no cap.
    // Saving beyond it fails as a full disk would.
    std::int64_t max_file_bytes = 0;
    // How long a change waits for another program's change to the same file to finish.
    std::chrono::milliseconds busy_timeout{5000};
};

// One row of the append-only audit. `detail` names the request by its reference code and says
// what changed, never a parent's name or phone number.
struct AuditEntry {
    std::int64_t id = 0;
    std::chrono::sys_seconds at{};
    std::string who;     // "kiosk" or a member of staff's initials
    std::string action;  // "save_request", "update_request", "set_need_status", "cancel_request",
                         // "purge_expired", or what record_audit() was given ("staff_login", "export")
    std::string detail;
};

struct OpenedRecords;

// Opens (creating when missing) `data_dir`/records.sqlite3, creating `data_dir` (mode 0700) too.
// Upgrades an older database; refuses one made by a newer kiosk without touching it. A damaged
// file (PRAGMA integrity_check, "file is not a database") is moved aside, byte for byte, to
// `records.corrupt-<UTC time>.sqlite3` in the same folder with its -wal and -shm, and the kiosk
// carries on as a guide that cannot save requests.
OpenedRecords open_records(const std::filesystem::path& data_dir, StoreOptions options = {});

class RecordsStore {
public:
    RecordsStore(RecordsStore&&) noexcept;
    RecordsStore& operator=(RecordsStore&&) noexcept;
    RecordsStore(const RecordsStore&) = delete;
    RecordsStore& operator=(const RecordsStore&) = delete;
    ~RecordsStore();

    // Saves a new request: gives it a new reference code, `created_at` (now) and its row id, and
    // writes the request, its needs and an audit row in one transaction. `who` is "kiosk" or the
    // staff member's initials. Returns the request as stored.
    Result<AccessRequest> save_new(AccessRequest request, std::string_view who);

    // Queries return requests with all their needs (in all_needs order), cancelled ones included
    // and marked, so the desk sees the whole story.
    //
    // `typed` as staff typed it: any case, spaces and hyphens ignored; not a valid code: nullopt.
    Result<std::optional<AccessRequest>> find_by_reference(std::string_view typed);
    // Names containing `text`, ignoring case (Unicode case folding); newest first, at most `limit`
    // (none when `limit` < 1). Empty text finds nothing rather than everyone.
    Result<std::vector<AccessRequest>> find_by_name(std::string_view text, int limit = 50);
    // Conferences from `from` to `to`, both days included, in date order.
    Result<std::vector<AccessRequest>> list_by_conference_date(std::chrono::year_month_day from,
                                                               std::chrono::year_month_day to);
    // Conferences from `today` to `today + ahead`, both included.
    Result<std::vector<AccessRequest>> list_upcoming(std::chrono::year_month_day today, std::chrono::days ahead);
    // For the staff export: conferences in the range, then requests without a conference date that
    // were made in the range (UTC days), oldest first.
    Result<std::vector<AccessRequest>> list_for_export(std::chrono::year_month_day from, std::chrono::year_month_day to);

    // Replaces the editable fields and the needs (with their statuses and notes) of the request
    // with `request.id`; the reference, created_at, entered_by and cancelled stay as stored.
    Result<void> update(const AccessRequest& request, std::string_view who);
    // The note is for staff and never copied into the audit.
    Result<void> set_need_status(std::int64_t request_id, Need need, NeedStatus status, std::string_view note,
                                 std::string_view who);
    Result<void> cancel(std::int64_t request_id, std::string_view who);

    // For actions outside the records (staff logins, exports). Keep names and phone numbers out
    // of `detail`.
    Result<void> record_audit(std::string_view who, std::string_view action, std::string_view detail);
    // Newest first, at most `limit` entries (none when `limit` < 1).
    Result<std::vector<AuditEntry>> audit_log(int limit);

    // Deletes requests whose conference was more than `retention` before `today`, and requests
    // without a conference date made more than `retention` + 3 months before it; their needs go
    // with them. Returns how many requests were deleted and writes one audit row with the count.
    Result<int> purge_expired(std::chrono::year_month_day today, std::chrono::months retention);

private:
    struct State;
    explicit RecordsStore(std::unique_ptr<State> state);
    friend OpenedRecords open_records(const std::filesystem::path& data_dir, StoreOptions options);

    std::unique_ptr<State> m_state;
};

struct OpenedRecords {
    std::optional<RecordsStore> store;  // empty when the records cannot be used
    std::string problem;                // why not, in plain English, for the desk and the log
    std::filesystem::path quarantined_to;  // where a damaged database was moved, if it was
};

}  // namespace kiosk::store
