// Shared by the records store tests: a scratch data folder, a settable clock, a request with every
// field filled, and raw SQLite access for looking behind the store's back.
#pragma once

#include "store/records_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

namespace kiosk::store::records_testing {

using namespace std::chrono_literals;
using std::chrono::year_month_day;

// A fresh folder under the system's temporary folder, removed with its contents afterwards.
class ScratchDir {
public:
    ScratchDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-records-XXXXXX").string();
        if (::mkdtemp(pattern.data()) != nullptr) m_path = pattern;
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir()
    {
        std::error_code ignored;
        if (!m_path.empty()) std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path records_file() const { return m_path / records_file_name; }

private:
    std::filesystem::path m_path;
};

// Time stands still until a test moves it.
struct ManualClock {
    std::chrono::sys_seconds now = std::chrono::sys_days{2025y / 3 / 7} + 9h;
    Clock clock()
    {
        return [this] { return now; };
    }
};

inline AccessRequest full_request()
{
    AccessRequest request;
    request.language = Language::Urdu;
    for (const Need need : all_needs) {
        RequestedNeed requested{need, "", NeedStatus::Requested, ""};
        if (need == Need::Interpreter) requested.detail = "ur";
        if (need == Need::SignLanguage) requested.detail = "bsl";
        if (need == Need::Other) requested.detail = "a chair with arms";
        if (need == Need::Travel) requested = {need, "", NeedStatus::Arranged, "taxi booked"};
        request.needs.push_back(requested);
    }
    request.interpreter_dialect = "Mirpuri";
    request.interpreter_same_gender = true;
    request.name = "Ayesha Rahman";
    request.conference_date = 2025y / 3 / 20;
    request.phone = "07700 900123";
    request.contact_by = ContactBy::TextMessage;
    request.entered_by = "kiosk";
    return request;
}

inline AccessRequest small_request(std::string name, std::optional<year_month_day> date)
{
    AccessRequest request;
    request.name = std::move(name);
    request.conference_date = date;
    request.needs.push_back({Need::Interpreter, "bn", NeedStatus::Requested, ""});
    request.needs.push_back({Need::Childcare, "", NeedStatus::Requested, ""});
    request.entered_by = "kiosk";
    return request;
}

// Opens the store or fails the test with the store's own explanation.
inline RecordsStore open_store(const std::filesystem::path& dir, StoreOptions options = {})
{
    OpenedRecords opened = open_records(dir, std::move(options));
    if (!opened.store) {
        ADD_FAILURE() << "could not open the records: " << opened.problem;
        std::abort();
    }
    return std::move(*opened.store);
}

// A connection of the test's own, beside the store's.
class RawDatabase {
public:
    explicit RawDatabase(const std::filesystem::path& file)
    {
        sqlite3* db = nullptr;
        sqlite3_open(file.c_str(), &db);
        m_db.reset(db);
    }
    // The error message, or "" when the SQL ran.
    std::string exec(const std::string& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return "";
        std::string text = message == nullptr ? "error" : message;
        sqlite3_free(message);
        return text;
    }
    std::int64_t number(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &statement, nullptr);
        const std::int64_t value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3* handle() { return m_db.get(); }

private:
    struct Close {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Close> m_db;
};

inline std::vector<char> file_bytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline bool well_formed_code(const std::string& code)
{
    if (code.size() != 7 || code[3] != '-') return false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i != 3 && std::string_view("34679ACDEFHJKMNPQRTWXY").find(code[i]) == std::string_view::npos) return false;
    }
    return true;
}

}  // namespace kiosk::store::records_testing
