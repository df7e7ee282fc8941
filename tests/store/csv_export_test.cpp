#include "store/csv_export.h"

#include "store/temporary_directory.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace kiosk::store {
namespace {

using namespace std::chrono_literals;
using Rows = std::vector<std::vector<std::string>>;

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
constexpr std::size_t column_count = 8 + all_needs.size() + 3;

// A strict RFC 4180 reader (section 2): fields split on commas, rows on CRLF, quoted fields may
// hold anything with quotes doubled. Fails the test on anything else, such as a bare LF.
Rows parse_csv(std::string_view csv)
{
    Rows rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c != '"') field += c;
            else if (i + 1 < csv.size() && csv[i + 1] == '"') field += csv[++i];
            else quoted = false;
        } else if (c == '"') {
            EXPECT_TRUE(field.empty()) << "a quote inside an unquoted field at byte " << i;
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::exchange(field, {}));
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.push_back(std::exchange(field, {}));
            rows.push_back(std::exchange(row, {}));
            ++i;
        } else {
            EXPECT_TRUE(c != '\r' && c != '\n') << "a bare CR or LF at byte " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "an unclosed quote";
    EXPECT_TRUE(field.empty() && row.empty()) << "the last row does not end with CRLF";
    return rows;
}

AccessRequest sample_request()
{
    AccessRequest request;
    request.reference = "K7M-4QX";
    request.language = Language::Bengali;
    request.needs = {{Need::Interpreter, "syl", NeedStatus::Requested, ""},
                     {Need::StepFreeAccess, "", NeedStatus::Arranged, "booked with LanguageLine"},
                     {Need::Other, "a quiet chair", NeedStatus::NotPossible, "room too small"}};
    request.interpreter_dialect = "Sylheti from Sunamganj";
    request.interpreter_same_gender = true;
    request.name = "Ayesha Begum";
    request.conference_date = std::chrono::year_month_day{std::chrono::year{2025}, std::chrono::March, std::chrono::day{20}};
    request.phone = "07700 900123";
    request.contact_by = ContactBy::TextMessage;
    request.entered_by = "kiosk";
    request.created_at = std::chrono::sys_days{std::chrono::year{2025} / 3 / 4} + 10h + 15min + 7s;
    return request;
}

// The rows of `requests` as a reader sees them, after checking the BOM.
Rows exported_rows(const std::vector<AccessRequest>& requests)
{
    const std::string csv = requests_to_csv(requests);
    EXPECT_TRUE(csv.starts_with(byte_order_mark));
    return parse_csv(std::string_view(csv).substr(byte_order_mark.size()));
}

// The file starts with a UTF-8 BOM and a header row naming every column, needs by need_id.
TEST(CsvExport, HeaderNamesEveryColumn)
{
    const std::string csv = requests_to_csv({});
    EXPECT_EQ(csv,
              std::string(byte_order_mark) +
                  "reference,created_at,conference_date,language,name,phone,contact_by,cancelled,"
                  "interpreter,sign_language,hearing_loop,step_free_access,accessible_toilet,childcare,travel,"
                  "reports_large_print,reports_audio,reports_braille,reports_own_language,reports_read_beforehand,"
                  "quiet_room,meet_chair_first,supporter,other,interpreter_dialect,interpreter_same_gender,entered_by\r\n");
}

// One row per request: dates in ISO 8601, the language in English, needs as status, detail, note.
TEST(CsvExport, WritesOneRowPerRequest)
{
    const Rows rows = exported_rows({sample_request()});
    ASSERT_EQ(rows.size(), 2u);
    const std::vector<std::string> expected{
        "K7M-4QX", "2025-03-04T10:15:07Z", "2025-03-20", "Bengali", "Ayesha Begum", "07700 900123", "text_message", "no",
        "requested: syl", "", "", "arranged (note: booked with LanguageLine)", "", "", "", "", "", "", "", "", "", "", "",
        "not_possible: a quiet chair (note: room too small)", "Sylheti from Sunamganj", "yes", "kiosk"};
    EXPECT_EQ(rows[1], expected);
    EXPECT_EQ(rows[0].size(), column_count);
}

// Optional fields left empty stay empty and keep their columns.
TEST(CsvExport, EmptyFieldsKeepTheirColumns)
{
    AccessRequest request;
    request.reference = "";
    request.language = Language::TraditionalChinese;
    request.cancelled = true;
    const Rows rows = exported_rows({request});
    ASSERT_EQ(rows.size(), 2u);
    ASSERT_EQ(rows[1].size(), column_count);
    EXPECT_EQ(rows[1][0], "");
    EXPECT_EQ(rows[1][1], "1970-01-01T00:00:00Z");
    EXPECT_EQ(rows[1][2], "");
    EXPECT_EQ(rows[1][3], "Traditional Chinese");
    EXPECT_EQ(rows[1][7], "yes");
}

// Commas, quotes and line breaks inside a field are quoted as RFC 4180 says and read back whole.
TEST(CsvExport, QuotesFieldsWithCommasQuotesAndLineBreaks)
{
    AccessRequest request = sample_request();
    request.name = "Begum, Ayesha \"Shapla\"\r\nflat 2";
    request.interpreter_dialect = "line one\nline two";
    const std::string csv = requests_to_csv({request});
    EXPECT_NE(csv.find(",\"Begum, Ayesha \"\"Shapla\"\"\r\nflat 2\","), std::string::npos);
    const Rows rows = parse_csv(std::string_view(csv).substr(byte_order_mark.size()));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][4], request.name);
    EXPECT_EQ(rows[1][24], "line one\nline two");
}

// OWASP CSV injection: whatever could start a formula gets a leading apostrophe, phone numbers
// included; nothing else is changed.
TEST(CsvExport, DefusesFormulas)
{
    struct Case {
        const char* typed;
        const char* exported;
    };
    for (const Case& test_case : {
             Case{"=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")"},
             Case{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
             Case{"-2+3", "'-2+3"},
             Case{"@SUM(A1)", "'@SUM(A1)"},
             Case{"\t=1+1", "'\t=1+1"},
             Case{"\r=1+1", "'\r=1+1"},
             Case{"+44 161 217 6028", "'+44 161 217 6028"},
             Case{"-", "'-"},
             Case{"O'Brien = fine", "O'Brien = fine"},
             Case{"আয়েশা বেগম", "আয়েশা বেগম"},
             Case{"عائشة بيگم", "عائشة بيگم"},
             Case{"陳美玲", "陳美玲"},
         }) {
        AccessRequest request = sample_request();
        request.name = test_case.typed;
        request.phone = test_case.typed;
        request.needs = {{Need::Other, test_case.typed, NeedStatus::Requested, ""}};
        const Rows rows = exported_rows({request});
        ASSERT_EQ(rows.size(), 2u);
        EXPECT_EQ(rows[1][4], test_case.exported) << test_case.typed;
        EXPECT_EQ(rows[1][5], test_case.exported) << test_case.typed;
        // The need's field starts with its status, so the parent's text inside it is harmless.
        EXPECT_EQ(rows[1][23], std::string("requested: ") + test_case.typed);
    }
}

// Each language's English name, as staff read it.
TEST(CsvExport, LanguagesHaveEnglishNames)
{
    EXPECT_EQ(english_language_name(Language::English), "English");
    EXPECT_EQ(english_language_name(Language::Bengali), "Bengali");
    EXPECT_EQ(english_language_name(Language::Urdu), "Urdu");
    EXPECT_EQ(english_language_name(Language::TraditionalChinese), "Traditional Chinese");
    EXPECT_EQ(english_language_name(Language::Arabic), "Arabic");
    EXPECT_EQ(english_language_name(Language::Farsi), "Farsi");
}

// The file on disk is exactly the content, private to the account.
TEST(CsvExport, WritesTheFile)
{
    const testing::TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path path = temporary.path() / "export.csv";
    const std::string csv = requests_to_csv({sample_request()});
    ASSERT_TRUE(write_csv_file(path, csv));
    std::ifstream in(path, std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), csv);
    struct stat file_status {};
    ASSERT_EQ(::stat(path.c_str(), &file_status), 0);
    EXPECT_EQ(file_status.st_mode & 0777, 0600u);
}

// A folder that does not exist gives one message naming the file and the reason.
TEST(CsvExport, ReportsAFolderThatDoesNotExist)
{
    const testing::TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path path = temporary.path() / "no-such-folder" / "export.csv";
    const Result<void> written = write_csv_file(path, "x");
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().message, "cannot write " + path.string() + ": No such file or directory");
}

}  // namespace
}  // namespace kiosk::store
