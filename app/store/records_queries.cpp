// The look-ups: the desk's searches, the lists by conference date and the audit log. Each uses
// an index (reference UNIQUE, requests_by_conference_date, requests_by_created_at) except the
// name search, which folds every name and so reads them all (about 50 ms per 100,000 requests
// on a 2-core kiosk PC, store_bench).
#include "store/records_store.h"

#include "store/case_fold.h"
#include "store/iso_time.h"
#include "store/records_state.h"
#include "store/reference_code.h"
#include "store/request_rows.h"

#include <algorithm>

namespace kiosk::store {
namespace {

// LIKE would need its wildcards escaped and folds ASCII only; instr() on folded text does neither.
constexpr std::string_view by_name = "WHERE instr(kiosk_fold(name), ?1) > 0 ORDER BY created_at DESC, id DESC LIMIT ?2";
constexpr std::string_view by_conference_date =
    "WHERE conference_date BETWEEN ?1 AND ?2 ORDER BY conference_date, id";
// ?3 and ?4 bound the creation time: from the start of the first day to before the day after the
// last, as text ("2025-03-01" <= "2025-03-01T09:00:00Z" < "2025-04-01").
constexpr std::string_view for_export =
    "WHERE conference_date BETWEEN ?1 AND ?2 OR (conference_date IS NULL AND created_at >= ?3 AND created_at < ?4) "
    "ORDER BY conference_date IS NULL, conference_date, created_at, id";

}  // namespace

Result<std::optional<AccessRequest>> RecordsStore::find_by_reference(std::string_view typed)
{
    const auto code = normalise_reference(typed);
    if (!code) return std::nullopt;
    auto found = select_requests(m_state->db, "WHERE reference = ?1", [&](Statement& select) { select.bind(1, *code); });
    if (!found) return sql_failure(found.error(), "look up the reference code");
    if (found->empty()) return std::nullopt;
    return std::move(found->front());
}

Result<std::vector<AccessRequest>> RecordsStore::find_by_name(std::string_view text, int limit)
{
    const std::string needle = fold_case(text);
    if (needle.find_first_not_of(" \t") == std::string::npos) return std::vector<AccessRequest>{};
    auto found = select_requests(m_state->db, by_name, [&](Statement& select) {
        // SQLite reads a negative LIMIT as "no limit".
        select.bind(1, needle).bind(2, std::int64_t{std::max(limit, 0)});
    });
    if (!found) return sql_failure(found.error(), "search the names");
    return std::move(*found);
}

Result<std::vector<AccessRequest>> RecordsStore::list_by_conference_date(std::chrono::year_month_day from,
                                                                         std::chrono::year_month_day to)
{
    auto found = select_requests(m_state->db, by_conference_date, [&](Statement& select) {
        select.bind(1, iso_date(from)).bind(2, iso_date(to));
    });
    if (!found) return sql_failure(found.error(), "list the conferences");
    return std::move(*found);
}

Result<std::vector<AccessRequest>> RecordsStore::list_upcoming(std::chrono::year_month_day today, std::chrono::days ahead)
{
    return list_by_conference_date(today, std::chrono::sys_days{today} + ahead);
}

Result<std::vector<AccessRequest>> RecordsStore::list_for_export(std::chrono::year_month_day from,
                                                                 std::chrono::year_month_day to)
{
    const std::chrono::year_month_day day_after = std::chrono::sys_days{to} + std::chrono::days{1};
    auto found = select_requests(m_state->db, for_export, [&](Statement& select) {
        select.bind(1, iso_date(from)).bind(2, iso_date(to)).bind(3, iso_date(from)).bind(4, iso_date(day_after));
    });
    if (!found) return sql_failure(found.error(), "list the requests for the export");
    return std::move(*found);
}

Result<std::vector<AuditEntry>> RecordsStore::audit_log(int limit)
{
    constexpr std::string_view attempted = "read the audit log";
    auto select = m_state->db.prepare("SELECT id, at, who, action, detail FROM audit ORDER BY id DESC LIMIT ?1");
    if (!select) return sql_failure(select.error(), attempted);
    select->bind(1, std::int64_t{std::max(limit, 0)});
    std::vector<AuditEntry> entries;
    for (;;) {
        const auto row = select->step();
        if (!row) return sql_failure(row.error(), attempted);
        if (!*row) break;
        const auto at = parse_iso_timestamp(select->text(1));
        if (!at) return sql_failure({SQLITE_MISMATCH, "audit entry with the time '" + select->text(1) + "'"}, attempted);
        entries.push_back({select->int64(0), *at, select->text(2), select->text(3), select->text(4)});
    }
    return entries;
}

}  // namespace kiosk::store
