#include "store/case_fold.h"

#include <unicode/casemap.h>
#include <unicode/uchar.h>

namespace kiosk::store {
namespace {

void fold_function(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    if (text == nullptr) {
        sqlite3_result_null(context);
        return;
    }
    const std::string folded = fold_case({text, static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]))});
    sqlite3_result_text64(context, folded.data(), folded.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

std::string fold_case(std::string_view utf8)
{
    // Folding can lengthen text (one code point may fold to three); ICU reports the length it
    // needs, so a second call with that much room always succeeds.
    std::string folded(utf8.size() + 16, '\0');
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, utf8.data(), static_cast<int32_t>(utf8.size()),
                                                      folded.data(), static_cast<int32_t>(folded.size()), nullptr, status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            folded.resize(static_cast<std::size_t>(length));
            continue;
        }
        if (U_FAILURE(status)) return std::string(utf8);  // ill-formed UTF-8: compare it as it is
        folded.resize(static_cast<std::size_t>(length));
        return folded;
    }
    return std::string(utf8);
}

SqlResult<void> add_fold_function(Database& db)
{
    const int result = sqlite3_create_function_v2(db.handle(), "kiosk_fold", 1,
                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                  fold_function, nullptr, nullptr, nullptr);
    if (result != SQLITE_OK) return std::unexpected(SqlError{result & 0xff, sqlite3_errstr(result)});
    return {};
}

}  // namespace kiosk::store
