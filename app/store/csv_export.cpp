#include "store/csv_export.h"

#include "store/atomic_file.h"

#include <array>
#include <cstdio>

namespace kiosk::store {
namespace {

constexpr std::string_view utf8_byte_order_mark = "\xEF\xBB\xBF";

// OWASP "CSV Injection": the characters that make a spreadsheet treat a cell as a formula (TAB
// and CR because some spreadsheets skip them before looking for one).
bool could_start_formula(std::string_view field)
{
    return !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
}

// Writes one row field by field; the writer, not the field's content, decides where commas go,
// so an empty first field cannot shift the columns.
class CsvRow {
public:
    explicit CsvRow(std::string& csv) : m_csv(csv) {}
    CsvRow(const CsvRow&) = delete;
    CsvRow& operator=(const CsvRow&) = delete;

    void add(std::string_view field)
    {
        if (m_field_count++ > 0) m_csv += ',';
        const std::string_view prefix = could_start_formula(field) ? "'" : "";
        if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
            m_csv += prefix;
            m_csv += field;
            return;
        }
        m_csv += '"';
        m_csv += prefix;
        for (const char c : field) {
            if (c == '"') m_csv += '"';
            m_csv += c;
        }
        m_csv += '"';
    }

    void end() { m_csv += "\r\n"; }

private:
    std::string& m_csv;
    std::size_t m_field_count = 0;
};

std::string_view yes_no(bool value) { return value ? "yes" : "no"; }

std::string iso_utc(std::chrono::sys_seconds time)
{
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss clock{time - day};
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    return text.data();
}

std::string iso_date(const std::optional<std::chrono::year_month_day>& date)
{
    if (!date) return {};
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02u", static_cast<int>(date->year()), static_cast<unsigned>(date->month()),
                  static_cast<unsigned>(date->day()));
    return text.data();
}

std::string describe(const RequestedNeed* need)
{
    if (need == nullptr) return {};
    std::string text(status_id(need->status));
    if (!need->detail.empty()) text += ": " + need->detail;
    if (!need->staff_note.empty()) text += " (note: " + need->staff_note + ")";
    return text;
}

void append_header(std::string& csv)
{
    CsvRow row(csv);
    for (const std::string_view name : {"reference", "created_at", "conference_date", "language", "name", "phone", "contact_by", "cancelled"}) {
        row.add(name);
    }
    for (const Need need : all_needs) row.add(need_id(need));
    for (const std::string_view name : {"interpreter_dialect", "interpreter_same_gender", "entered_by"}) row.add(name);
    row.end();
}

void append_request(std::string& csv, const AccessRequest& request)
{
    CsvRow row(csv);
    row.add(request.reference);
    row.add(iso_utc(request.created_at));
    row.add(iso_date(request.conference_date));
    row.add(english_language_name(request.language));
    row.add(request.name);
    row.add(request.phone);
    row.add(contact_id(request.contact_by));
    row.add(yes_no(request.cancelled));
    for (const Need need : all_needs) row.add(describe(request.find(need)));
    row.add(request.interpreter_dialect);
    row.add(yes_no(request.interpreter_same_gender));
    row.add(request.entered_by);
    row.end();
}

}  // namespace

std::string_view english_language_name(Language language)
{
    switch (language) {
    case Language::English: return "English";
    case Language::Bengali: return "Bengali";
    case Language::Urdu: return "Urdu";
    case Language::TraditionalChinese: return "Traditional Chinese";
    case Language::Arabic: return "Arabic";
    case Language::Farsi: return "Farsi";
    }
    return {};
}

std::string requests_to_csv(const std::vector<AccessRequest>& requests)
{
    std::string csv(utf8_byte_order_mark);
    append_header(csv);
    for (const AccessRequest& request : requests) append_request(csv, request);
    return csv;
}

Result<void> write_csv_file(const std::filesystem::path& path, std::string_view content)
{
    return write_file_atomically(path, content);
}

}  // namespace kiosk::store
