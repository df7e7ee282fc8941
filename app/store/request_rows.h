// How an AccessRequest is written to and read from the requests and requested_needs tables.
#pragma once

#include "core/result.h"
#include "store/access_request.h"
#include "store/sqlite_database.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace kiosk::store {

// A request the store may save: no need listed twice, a conference date that exists.
Result<void> check_request(const AccessRequest& request);

// Binds the request's editable fields to parameters ?2 to ?8 (language, interpreter_dialect,
// interpreter_same_gender, name, conference_date, phone, contact_by), the order the INSERT and
// UPDATE statements share.
void bind_request_fields(Statement& statement, const AccessRequest& request);

SqlResult<void> insert_needs(Database& db, std::int64_t request_id, std::span<const RequestedNeed> needs);

// Runs "SELECT <every request column> FROM requests <tail>" with `bind` setting the parameters,
// then loads the needs of all returned requests in one more query (never one per request).
SqlResult<std::vector<AccessRequest>> select_requests(Database& db, std::string_view tail,
                                                      const std::function<void(Statement&)>& bind);

}  // namespace kiosk::store
