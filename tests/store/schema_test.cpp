#include "store/schema.h"

#include "store/records_fixture.h"
#include "store/reference_code.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::store {
namespace {

using namespace records_testing;

// A version 1 database as the version 1 kiosk left it, with one request (random code, two needs).
void make_version_1(const std::filesystem::path& file, const std::string& extra_sql = "")
{
    RawDatabase raw(file);
    ASSERT_EQ(raw.exec(std::string(schema_step_sql(1))), "");
    ASSERT_EQ(raw.exec("PRAGMA user_version = 1;"
                       "INSERT INTO requests (id, reference, language, name, conference_date, entered_by, created_at) "
                       "VALUES (1, 'K7M-4QX', 'bn', 'Old Request', '2024-11-20', 'kiosk', '2024-11-02T10:00:00Z');"
                       "INSERT INTO requested_needs (request_id, need, detail) VALUES (1, 'interpreter', 'syl'), "
                       "(1, 'hearing_loop', '');" +
                       extra_sql),
              "");
}

TEST(Schema, EmptyFileGetsTheCurrentVersionWithAKeyAndASequence)
{
    ScratchDir dir;
    {
        RecordsStore store = open_store(dir.path());
        ASSERT_TRUE(store.save_new(small_request("New", std::nullopt), "kiosk"));
    }
    RawDatabase raw(dir.records_file());
    EXPECT_EQ(raw.number("PRAGMA user_version"), current_schema_version);
    EXPECT_EQ(raw.number("SELECT length(value) FROM meta WHERE name = 'reference_key'"), 32);
    EXPECT_EQ(raw.number("SELECT value FROM meta WHERE name = 'reference_sequence'"), 1);
    EXPECT_EQ(raw.number("PRAGMA foreign_key_check"), -1);  // no rows: no broken references
}

// Upgrading keeps every request and need, and the upgraded store saves and audits as usual.
TEST(Schema, Version1DatabaseIsUpgradedWithItsRequestsKept)
{
    ScratchDir dir;
    make_version_1(dir.records_file());
    RecordsStore store = open_store(dir.path());

    const auto old = store.find_by_reference("k7m 4qx");
    ASSERT_TRUE(old && *old);
    EXPECT_EQ((*old)->name, "Old Request");
    EXPECT_EQ((*old)->language, Language::Bengali);
    ASSERT_EQ((*old)->needs.size(), 2u);
    EXPECT_EQ((*old)->needs[0].detail, "syl");
    EXPECT_EQ((*old)->needs[1].need, Need::HearingLoop);

    const auto saved = store.save_new(small_request("New", std::nullopt), "kiosk");
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_NE(saved->reference, "K7M-4QX");
    EXPECT_EQ(store.audit_log(10)->size(), 1u);
    EXPECT_EQ(RawDatabase(dir.records_file()).number("PRAGMA user_version"), current_schema_version);
}

// One transaction: when a step fails half-way, the file is still a working version 1 database.
TEST(Schema, FailedUpgradeLeavesTheOldVersionAsItWas)
{
    ScratchDir dir;
    make_version_1(dir.records_file(), "CREATE TABLE audit (note TEXT);");
    const OpenedRecords opened = open_records(dir.path());
    EXPECT_FALSE(opened.store);
    EXPECT_NE(opened.problem.find("could not upgrade its tables to version 2"), std::string::npos) << opened.problem;
    EXPECT_TRUE(opened.quarantined_to.empty());

    RawDatabase raw(dir.records_file());
    EXPECT_EQ(raw.number("PRAGMA user_version"), 1);
    EXPECT_EQ(raw.number("SELECT count(*) FROM sqlite_schema WHERE name = 'meta'"), 0);
    EXPECT_EQ(raw.number("SELECT count(*) FROM requested_needs"), 2);
}

// Version 1 drew codes at random, so one may equal a code of the new sequence: it is skipped.
TEST(Schema, SequenceSkipsACodeAlreadyTakenByAnOldRequest)
{
    ScratchDir dir;
    { open_store(dir.path()); }
    std::string first;
    std::string second;
    {
        RawDatabase raw(dir.records_file());
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(raw.handle(), "SELECT value FROM meta WHERE name = 'reference_key'", -1, &select, nullptr);
        ASSERT_EQ(sqlite3_step(select), SQLITE_ROW);
        ReferenceKey key{};
        std::copy_n(static_cast<const unsigned char*>(sqlite3_column_blob(select, 0)), key.size(), key.begin());
        sqlite3_finalize(select);
        const ReferenceCoder coder(key);
        first = coder.code_for(0);
        second = coder.code_for(1);
        ASSERT_EQ(raw.exec("INSERT INTO requests (reference, language, created_at) VALUES ('" + first +
                           "', 'en', '2024-01-01T00:00:00Z')"),
                  "");
    }
    RecordsStore store = open_store(dir.path());
    const auto saved = store.save_new(small_request("New", std::nullopt), "kiosk");
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(saved->reference, second);
}

// A newer kiosk's database is refused, not quarantined, and not changed by a single byte.
TEST(Schema, NewerVersionIsRefusedAndLeftUntouched)
{
    ScratchDir dir;
    {
        RawDatabase raw(dir.records_file());
        ASSERT_EQ(raw.exec("CREATE TABLE from_the_future (x); PRAGMA user_version = 3;"), "");
    }
    const auto before = file_bytes(dir.records_file());
    const OpenedRecords opened = open_records(dir.path());
    EXPECT_FALSE(opened.store);
    EXPECT_EQ(opened.problem,
              "The records database was made by a newer version of the kiosk (database version 3, this kiosk knows up "
              "to 2); it was left as it is. Update the kiosk software to use it.");
    EXPECT_TRUE(opened.quarantined_to.empty());
    EXPECT_EQ(file_bytes(dir.records_file()), before);
}

TEST(Schema, SomeoneElsesDatabaseIsRefusedAndLeftUntouched)
{
    ScratchDir dir;
    {
        RawDatabase raw(dir.records_file());
        ASSERT_EQ(raw.exec("CREATE TABLE contacts (name TEXT)"), "");
    }
    const auto before = file_bytes(dir.records_file());
    const OpenedRecords opened = open_records(dir.path());
    EXPECT_FALSE(opened.store);
    EXPECT_NE(opened.problem.find("not the kiosk's records"), std::string::npos) << opened.problem;
    EXPECT_EQ(file_bytes(dir.records_file()), before);
}

TEST(Schema, ReadOnlyOpeningDoesNotUpgrade)
{
    ScratchDir dir;
    make_version_1(dir.records_file());
    const OpenedRecords opened = open_records(dir.path(), {.access = StoreAccess::ReadOnly});
    EXPECT_FALSE(opened.store);
    EXPECT_NE(opened.problem.find("needs upgrading"), std::string::npos) << opened.problem;
    EXPECT_EQ(RawDatabase(dir.records_file()).number("PRAGMA user_version"), 1);
}

}  // namespace
}  // namespace kiosk::store
