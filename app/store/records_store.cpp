// The changes: each is one write transaction that also appends its audit row, so a change and
// its record in the audit are on disk together or not at all.
#include "store/records_store.h"

#include "store/iso_time.h"
#include "store/records_state.h"
#include "store/request_rows.h"

#include <algorithm>

namespace kiosk::store {
namespace {

SqlResult<void> append_audit(Database& db, std::chrono::sys_seconds at, std::string_view who, std::string_view action,
                             std::string_view detail)
{
    auto insert = db.prepare("INSERT INTO audit (at, who, action, detail) VALUES (?1, ?2, ?3, ?4)");
    if (!insert) return std::unexpected(insert.error());
    return insert->bind(1, iso_timestamp(at)).bind(2, who).bind(3, action).bind(4, detail).run();
}

// The next code of the database's sequence, moving the sequence on (inside the caller's
// transaction, so a rolled-back save gives its number back).
SqlResult<std::string> next_reference(Database& db, const ReferenceCoder& coder)
{
    auto sequence = db.query_int64("SELECT value FROM meta WHERE name = 'reference_sequence'");
    if (!sequence) return std::unexpected(sequence.error());
    std::string code;
    for (;;) {
        if (*sequence < 0 || *sequence >= reference_code_count)
            return std::unexpected(SqlError{SQLITE_FULL, "every reference code has been used"});
        code = coder.code_for(static_cast<std::uint32_t>((*sequence)++));
        // Only requests from version 1, whose codes were drawn at random, can hold a code the
        // sequence gives; skipping it keeps every code unique.
        auto taken = db.prepare("SELECT 1 FROM requests WHERE reference = ?1");
        if (!taken) return std::unexpected(taken.error());
        const auto row = taken->bind(1, code).step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
    }
    auto advance = db.prepare("UPDATE meta SET value = ?1 WHERE name = 'reference_sequence'");
    if (!advance) return std::unexpected(advance.error());
    if (auto advanced = advance->bind(1, *sequence).run(); !advanced) return std::unexpected(advanced.error());
    return code;
}

SqlResult<std::optional<std::string>> reference_of(Database& db, std::int64_t request_id)
{
    auto select = db.prepare("SELECT reference FROM requests WHERE id = ?1");
    if (!select) return std::unexpected(select.error());
    const auto row = select->bind(1, request_id).step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    return select->text(0);
}

std::unexpected<Error> no_such_request(std::int64_t request_id)
{
    return fail("Request " + std::to_string(request_id) +
                " is no longer in the records; it may have been deleted at the end of its retention period.");
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
    return text;
}

std::string need_list(const std::vector<RequestedNeed>& needs)
{
    std::vector<std::string> ids;
    for (const RequestedNeed& need : needs) ids.emplace_back(need_id(need.need));
    return ids.empty() ? "no needs" : joined(ids);
}

// What an edit changed, by field name only: the audit must not copy a name or phone number.
std::string describe_changes(const AccessRequest& before, const AccessRequest& after)
{
    std::vector<std::string> fields;
    if (before.language != after.language) fields.emplace_back("language");
    if (before.interpreter_dialect != after.interpreter_dialect) fields.emplace_back("interpreter dialect");
    if (before.interpreter_same_gender != after.interpreter_same_gender) fields.emplace_back("interpreter gender");
    if (before.name != after.name) fields.emplace_back("name");
    if (before.conference_date != after.conference_date) fields.emplace_back("conference date");
    if (before.phone != after.phone) fields.emplace_back("phone");
    if (before.contact_by != after.contact_by) fields.emplace_back("contact preference");
    std::vector<std::string> added;
    std::vector<std::string> removed;
    for (const Need need : all_needs) {
        const RequestedNeed* old_need = before.find(need);
        const RequestedNeed* new_need = after.find(need);
        if (old_need == nullptr && new_need != nullptr) added.emplace_back(need_id(need));
        if (old_need != nullptr && new_need == nullptr) removed.emplace_back(need_id(need));
        if (old_need != nullptr && new_need != nullptr &&
            (old_need->detail != new_need->detail || old_need->status != new_need->status ||
             old_need->staff_note != new_need->staff_note))
            fields.emplace_back(need_id(need));
    }
    std::string detail = before.reference + ":";
    if (!fields.empty()) detail += " changed " + joined(fields) + ";";
    if (!added.empty()) detail += " added " + joined(added) + ";";
    if (!removed.empty()) detail += " removed " + joined(removed) + ";";
    if (detail.back() == ':') return detail + " saved with no changes";
    detail.pop_back();
    return detail;
}


// One change to a stored request as one write transaction with its audit row: `change` makes it
// and returns what the audit says of it after "<reference>: ", or why it could not.
template <typename Change>
Result<void> change_stored_request(Database& db, std::chrono::sys_seconds now, std::int64_t request_id, std::string_view attempted,
                                   std::string_view who, std::string_view action, Change change)
{
    auto transaction = Transaction::begin(db, TransactionKind::Write);
    if (!transaction) return sql_failure(transaction.error(), attempted);
    const auto reference = reference_of(db, request_id);
    if (!reference) return sql_failure(reference.error(), attempted);
    if (!*reference) return no_such_request(request_id);
    const Result<std::string> detail = change(db, **reference);
    if (!detail) return std::unexpected(detail.error());
    if (auto audited = append_audit(db, now, who, action, **reference + ": " + *detail); !audited)
        return sql_failure(audited.error(), attempted);
    if (auto committed = transaction->commit(); !committed) return sql_failure(committed.error(), attempted);
    return {};
}

}  // namespace

std::chrono::sys_seconds utc_now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

RecordsStore::RecordsStore(std::unique_ptr<State> state) : m_state(std::move(state)) {}
RecordsStore::RecordsStore(RecordsStore&&) noexcept = default;
RecordsStore& RecordsStore::operator=(RecordsStore&&) noexcept = default;
RecordsStore::~RecordsStore() = default;

Result<AccessRequest> RecordsStore::save_new(AccessRequest request, std::string_view who)
{
    constexpr std::string_view attempted = "save the request";
    if (auto checked = check_request(request); !checked) return std::unexpected(checked.error());
    Database& db = m_state->db;
    auto transaction = Transaction::begin(db, TransactionKind::Write);
    if (!transaction) return sql_failure(transaction.error(), attempted);
    auto reference = next_reference(db, m_state->coder);
    if (!reference) return sql_failure(reference.error(), attempted);
    request.reference = std::move(*reference);
    request.created_at = m_state->clock();
    request.cancelled = false;
    auto insert = db.prepare(
        "INSERT INTO requests (reference, language, interpreter_dialect, interpreter_same_gender, name, "
        "conference_date, phone, contact_by, entered_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert) return sql_failure(insert.error(), attempted);
    insert->bind(1, request.reference);
    bind_request_fields(*insert, request);
    insert->bind(9, request.entered_by).bind(10, iso_timestamp(request.created_at));
    if (auto inserted = insert->run(); !inserted) return sql_failure(inserted.error(), attempted);
    request.id = db.last_insert_id();
    if (auto needs = insert_needs(db, request.id, request.needs); !needs) return sql_failure(needs.error(), attempted);
    std::ranges::sort(request.needs, {}, [](const RequestedNeed& need) { return static_cast<int>(need.need); });
    const std::string detail = request.reference + ": new request for " + need_list(request.needs);
    if (auto audited = append_audit(db, request.created_at, who, "save_request", detail); !audited)
        return sql_failure(audited.error(), attempted);
    if (auto committed = transaction->commit(); !committed) return sql_failure(committed.error(), attempted);
    return request;
}

Result<void> RecordsStore::update(const AccessRequest& request, std::string_view who)
{
    constexpr std::string_view attempted = "save the changes to the request";
    if (auto checked = check_request(request); !checked) return checked;
    Database& db = m_state->db;
    auto transaction = Transaction::begin(db, TransactionKind::Write);
    if (!transaction) return sql_failure(transaction.error(), attempted);
    const auto stored = select_requests(db, "WHERE id = ?1", [&](Statement& select) { select.bind(1, request.id); });
    if (!stored) return sql_failure(stored.error(), attempted);
    if (stored->empty()) return no_such_request(request.id);
    auto change = db.prepare(
        "UPDATE requests SET language = ?2, interpreter_dialect = ?3, interpreter_same_gender = ?4, name = ?5, "
        "conference_date = ?6, phone = ?7, contact_by = ?8 WHERE id = ?1");
    if (!change) return sql_failure(change.error(), attempted);
    change->bind(1, request.id);
    bind_request_fields(*change, request);
    if (auto changed = change->run(); !changed) return sql_failure(changed.error(), attempted);
    auto clear_needs = db.prepare("DELETE FROM requested_needs WHERE request_id = ?1");
    if (!clear_needs) return sql_failure(clear_needs.error(), attempted);
    if (auto cleared = clear_needs->bind(1, request.id).run(); !cleared) return sql_failure(cleared.error(), attempted);
    if (auto needs = insert_needs(db, request.id, request.needs); !needs) return sql_failure(needs.error(), attempted);
    const std::string detail = describe_changes(stored->front(), request);
    if (auto audited = append_audit(db, m_state->clock(), who, "update_request", detail); !audited)
        return sql_failure(audited.error(), attempted);
    if (auto committed = transaction->commit(); !committed) return sql_failure(committed.error(), attempted);
    return {};
}

Result<void> RecordsStore::set_need_status(std::int64_t request_id, Need need, NeedStatus status, std::string_view note,
                                           std::string_view who)
{
    constexpr std::string_view attempted = "save the new status";
    return change_stored_request(m_state->db, m_state->clock(), request_id, attempted, who, "set_need_status", [&](Database& db, const std::string& reference) -> Result<std::string> {
        auto change = db.prepare("UPDATE requested_needs SET status = ?3, staff_note = ?4 WHERE request_id = ?1 AND need = ?2");
        if (!change) return sql_failure(change.error(), attempted);
        change->bind(1, request_id).bind(2, need_id(need)).bind(3, status_id(status)).bind(4, note);
        if (auto changed = change->run(); !changed) return sql_failure(changed.error(), attempted);
        if (db.changes() == 0) return fail("Request " + reference + " does not ask for " + std::string(need_id(need)) + ".");
        return std::string(need_id(need)) + " now " + std::string(status_id(status)) + (note.empty() ? "" : " (with a staff note)");
    });
}

Result<void> RecordsStore::cancel(std::int64_t request_id, std::string_view who)
{
    constexpr std::string_view attempted = "cancel the request";
    return change_stored_request(m_state->db, m_state->clock(), request_id, attempted, who, "cancel_request", [&](Database& db, const std::string&) -> Result<std::string> {
        auto change = db.prepare("UPDATE requests SET cancelled = 1 WHERE id = ?1");
        if (!change) return sql_failure(change.error(), attempted);
        if (auto changed = change->bind(1, request_id).run(); !changed) return sql_failure(changed.error(), attempted);
        return std::string("cancelled");
    });
}

Result<void> RecordsStore::record_audit(std::string_view who, std::string_view action, std::string_view detail)
{
    // A single INSERT is its own transaction.
    if (auto audited = append_audit(m_state->db, m_state->clock(), who, action, detail); !audited)
        return sql_failure(audited.error(), "add to the audit log");
    return {};
}

Result<int> RecordsStore::purge_expired(std::chrono::year_month_day today, std::chrono::months retention)
{
    constexpr std::string_view attempted = "delete the requests past their retention period";
    const std::string dated_before = iso_date(months_before(today, retention));
    // A request saved without a conference date is usually for a conference in the next few
    // weeks, so it is kept three months longer than a dated one: it is then never deleted before
    // a dated request made at the same time would be.
    const std::string undated_before = iso_date(months_before(today, retention + std::chrono::months{3}));
    Database& db = m_state->db;
    auto transaction = Transaction::begin(db, TransactionKind::Write);
    if (!transaction) return sql_failure(transaction.error(), attempted);
    // created_at "2024-03-14T09:00:00Z" sorts before "2024-03-15" and "2024-03-15T..." after it,
    // so the text comparison keeps everything made on the cut-off day itself.
    auto purge = db.prepare(
        "DELETE FROM requests WHERE conference_date < ?1 OR (conference_date IS NULL AND created_at < ?2)");
    if (!purge) return sql_failure(purge.error(), attempted);
    if (auto purged = purge->bind(1, dated_before).bind(2, undated_before).run(); !purged)
        return sql_failure(purged.error(), attempted);
    const auto deleted = static_cast<int>(db.changes());
    const std::string detail = "deleted " + std::to_string(deleted) + " requests past the retention period of " +
                               std::to_string(retention.count()) + " months (conference before " + dated_before +
                               ", or no conference date and made before " + undated_before + ")";
    if (auto audited = append_audit(db, m_state->clock(), "kiosk", "purge_expired", detail); !audited)
        return sql_failure(audited.error(), attempted);
    if (auto committed = transaction->commit(); !committed) return sql_failure(committed.error(), attempted);
    return deleted;
}

}  // namespace kiosk::store
