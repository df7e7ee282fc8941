// `parent-kiosk records export` run as the desk's IT would run it, on a real records file.
#include "shell/run_binary.h"
#include "store/records_store.h"

#include "../store/temporary_directory.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kiosk::shell {
namespace {

using testing::run_binary;
using namespace std::chrono;

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class RecordsCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(m_data.path().empty());
        store::OpenedRecords opened = store::open_records(m_data.path());
        ASSERT_TRUE(opened.store.has_value()) << opened.problem;
        store::AccessRequest request;
        request.language = Language::Bengali;
        request.conference_date = year{2026} / December / 3;
        request.name = "=HYPERLINK(\"http://evil\")";
        request.needs = {{store::Need::Interpreter, "syl", store::NeedStatus::Requested, ""}};
        auto first = opened.store->save_new(request, "kiosk");
        ASSERT_TRUE(first.has_value());
        m_code = first->reference;
        request.conference_date = year{2027} / January / 20;  // outside the range exported
        request.name = "Later";
        ASSERT_TRUE(opened.store->save_new(request, "kiosk").has_value());
    }

    std::string data_arg() const { return " --data '" + m_data.path().string() + "'"; }

    store::testing::TemporaryDirectory m_data;
    std::string m_code;
};

TEST_F(RecordsCommandTest, ExportsTheRangeAsSafeCsvAndAuditsIt)
{
    const auto csv = m_data.path() / "december.csv";
    const auto outcome = run_binary("records export --from 2026-12-01 --to 2026-12-31 --out '" + csv.string() + "'" + data_arg() + " 2>&1");
    ASSERT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_NE(outcome.out.find("Exported 1 requests"), std::string::npos) << outcome.out;
    const std::string text = read_file(csv);
    EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte order mark for spreadsheets";
    EXPECT_NE(text.find(m_code), std::string::npos);
    EXPECT_NE(text.find("Bengali"), std::string::npos);
    EXPECT_NE(text.find("\"'=HYPERLINK(\"\"http://evil\"\")\""), std::string::npos) << "formula made inert: " << text;
    EXPECT_EQ(text.find("Later"), std::string::npos);
    store::OpenedRecords opened = store::open_records(m_data.path());
    ASSERT_TRUE(opened.store.has_value());
    const auto audit = opened.store->audit_log(1);
    ASSERT_TRUE(audit.has_value() && !audit->empty());
    EXPECT_EQ(audit->front().action, "export");
}

TEST_F(RecordsCommandTest, BadDatesAreRefusedClearly)
{
    for (const std::string dates : {"--from 2026-02-30 --to 2026-03-01", "--from 1/12/2026 --to 2026-12-31", "--from 2026-12-31 --to 2026-12-01"}) {
        const auto outcome = run_binary("records export " + dates + " --out /tmp/never.csv" + data_arg() + " 2>&1");
        EXPECT_EQ(outcome.exit_code, 2) << dates << ": " << outcome.out;
        EXPECT_NE(outcome.out.find("parent-kiosk records:"), std::string::npos) << outcome.out;
    }
}

TEST(RecordsCommand, NoRecordsSaysSoWithoutMakingAny)
{
    store::testing::TemporaryDirectory empty;
    const auto outcome = run_binary("records export --from 2026-12-01 --to 2026-12-31 --out /tmp/never.csv --data '" + empty.path().string() + "' 2>&1");
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_NE(outcome.out.find("no records"), std::string::npos) << outcome.out;
    EXPECT_FALSE(std::filesystem::exists(empty.path() / store::records_file_name));
}

TEST(RecordsCommand, UnwritableOutputLosesNothing)
{
    store::testing::TemporaryDirectory data;
    ASSERT_TRUE(store::open_records(data.path()).store.has_value());
    const auto outcome = run_binary("records export --from 2026-12-01 --to 2026-12-31 --out /nonexistent-folder/x.csv --data '" + data.path().string() + "' 2>&1");
    EXPECT_EQ(outcome.exit_code, 1) << outcome.out;
    EXPECT_NE(outcome.out.find("parent-kiosk records:"), std::string::npos) << outcome.out;
}

}  // namespace
}  // namespace kiosk::shell
