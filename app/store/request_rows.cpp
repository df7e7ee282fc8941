#include "store/request_rows.h"

#include "store/iso_time.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace kiosk::store {
namespace {

constexpr std::string_view request_columns =
    "SELECT id, reference, language, interpreter_dialect, interpreter_same_gender, name, conference_date, phone, "
    "contact_by, entered_by, created_at, cancelled FROM requests ";

SqlError unreadable(const AccessRequest& request, std::string_view what, std::string_view value)
{
    return SqlError{SQLITE_MISMATCH, "request " + std::to_string(request.id) + " has " + std::string(what) + " '" +
                                         std::string(value) + "'"};
}

SqlResult<AccessRequest> read_request(const Statement& row)
{
    AccessRequest request;
    request.id = row.int64(0);
    request.reference = row.text(1);
    const std::string language = row.text(2);
    const auto parsed_language = parse_language(language);
    if (!parsed_language) return std::unexpected(unreadable(request, "the unknown language", language));
    request.language = *parsed_language;
    request.interpreter_dialect = row.text(3);
    request.interpreter_same_gender = row.int64(4) != 0;
    request.name = row.text(5);
    if (!row.is_null(6)) {
        const std::string date = row.text(6);
        request.conference_date = parse_iso_date(date);
        if (!request.conference_date) return std::unexpected(unreadable(request, "the conference date", date));
    }
    request.phone = row.text(7);
    const std::string contact = row.text(8);
    const auto contact_by = parse_contact_id(contact);
    if (!contact_by) return std::unexpected(unreadable(request, "the unknown contact preference", contact));
    request.contact_by = *contact_by;
    request.entered_by = row.text(9);
    const std::string created = row.text(10);
    const auto created_at = parse_iso_timestamp(created);
    if (!created_at) return std::unexpected(unreadable(request, "the creation time", created));
    request.created_at = *created_at;
    request.cancelled = row.int64(11) != 0;
    return request;
}

// The ids as a JSON array for json_each(): one bound parameter however many requests there are.
std::string json_ids(const std::vector<AccessRequest>& requests)
{
    std::string json = "[";
    for (const AccessRequest& request : requests) {
        if (json.size() > 1) json += ',';
        json += std::to_string(request.id);
    }
    return json + "]";
}

SqlResult<void> attach_needs(Database& db, std::vector<AccessRequest>& requests)
{
    if (requests.empty()) return {};
    auto select = db.prepare(
        "SELECT request_id, need, detail, status, staff_note FROM requested_needs "
        "WHERE request_id IN (SELECT value FROM json_each(?1))");
    if (!select) return std::unexpected(select.error());
    select->bind(1, json_ids(requests));
    std::unordered_map<std::int64_t, AccessRequest*> by_id;
    by_id.reserve(requests.size());
    for (AccessRequest& request : requests) by_id.emplace(request.id, &request);
    for (;;) {
        const auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        AccessRequest& request = *by_id.at(select->int64(0));
        const std::string need_text = select->text(1);
        const std::string status_text = select->text(3);
        const auto need = parse_need_id(need_text);
        if (!need) return std::unexpected(unreadable(request, "the unknown need", need_text));
        const auto status = parse_status_id(status_text);
        if (!status) return std::unexpected(unreadable(request, "the unknown status", status_text));
        request.needs.push_back({*need, select->text(2), *status, select->text(4)});
    }
    for (AccessRequest& request : requests) {
        std::ranges::sort(request.needs, {}, [](const RequestedNeed& need) { return static_cast<int>(need.need); });
    }
    return {};
}

}  // namespace

Result<void> check_request(const AccessRequest& request)
{
    for (auto need = request.needs.begin(); need != request.needs.end(); ++need) {
        if (std::ranges::find(request.needs.begin(), need, need->need, &RequestedNeed::need) != need)
            return fail("The request lists the need '" + std::string(need_id(need->need)) + "' twice.");
    }
    if (request.conference_date && !request.conference_date->ok())
        return fail("The conference date of the request is not a real date.");
    return {};
}

void bind_request_fields(Statement& statement, const AccessRequest& request)
{
    statement.bind(2, language_code(request.language))
        .bind(3, request.interpreter_dialect)
        .bind(4, std::int64_t{request.interpreter_same_gender})
        .bind(5, request.name);
    if (request.conference_date)
        statement.bind(6, iso_date(*request.conference_date));
    else
        statement.bind_null(6);
    statement.bind(7, request.phone).bind(8, contact_id(request.contact_by));
}

SqlResult<void> insert_needs(Database& db, std::int64_t request_id, std::span<const RequestedNeed> needs)
{
    for (const RequestedNeed& need : needs) {
        auto insert = db.prepare(
            "INSERT INTO requested_needs (request_id, need, detail, status, staff_note) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!insert) return std::unexpected(insert.error());
        insert->bind(1, request_id)
            .bind(2, need_id(need.need))
            .bind(3, need.detail)
            .bind(4, status_id(need.status))
            .bind(5, need.staff_note);
        if (auto inserted = insert->run(); !inserted) return inserted;
    }
    return {};
}

SqlResult<std::vector<AccessRequest>> select_requests(Database& db, std::string_view tail,
                                                      const std::function<void(Statement&)>& bind)
{
    // One snapshot for both queries, so a change committed in between cannot split a request
    // from its needs. Inside a caller's write transaction the snapshot is already the caller's.
    std::optional<Transaction> snapshot;
    if (!db.in_transaction()) {
        auto begun = Transaction::begin(db, TransactionKind::Read);
        if (!begun) return std::unexpected(begun.error());
        snapshot.emplace(std::move(*begun));
    }
    std::vector<AccessRequest> requests;
    {
        auto select = db.prepare(std::string(request_columns) + std::string(tail));
        if (!select) return std::unexpected(select.error());
        bind(*select);
        for (;;) {
            const auto row = select->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            auto request = read_request(*select);
            if (!request) return std::unexpected(request.error());
            requests.push_back(std::move(*request));
        }
    }
    if (auto attached = attach_needs(db, requests); !attached) return std::unexpected(attached.error());
    if (snapshot) {
        if (auto ended = snapshot->commit(); !ended) return std::unexpected(ended.error());
    }
    return requests;
}

}  // namespace kiosk::store
