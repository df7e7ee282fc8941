#include "store/records_store.h"

#include "store/records_fixture.h"

#include <gtest/gtest.h>

#include <set>

namespace kiosk::store {
namespace {

using namespace records_testing;

class RecordsStoreTest : public ::testing::Test {
protected:
    RecordsStore open() { return open_store(m_dir.path(), {.clock = m_time.clock()}); }
    std::int64_t audit_rows() { return RawDatabase(m_dir.records_file()).number("SELECT count(*) FROM audit"); }

    ScratchDir m_dir;
    ManualClock m_time;
};

// Everything a parent or the desk enters comes back exactly, with the store's own fields set.
TEST_F(RecordsStoreTest, SavesAndReadsBackEveryFieldAndEveryNeed)
{
    AccessRequest saved;
    {
        RecordsStore store = open();
        auto result = store.save_new(full_request(), "kiosk");
        ASSERT_TRUE(result) << result.error().message;
        saved = *result;
    }
    EXPECT_GT(saved.id, 0);
    EXPECT_TRUE(well_formed_code(saved.reference)) << saved.reference;
    EXPECT_EQ(saved.created_at, m_time.now);

    RecordsStore reopened = open();
    const auto found = reopened.find_by_reference(saved.reference);
    ASSERT_TRUE(found && *found);
    const AccessRequest& request = **found;
    const AccessRequest expected = full_request();
    EXPECT_EQ(request.id, saved.id);
    EXPECT_EQ(request.reference, saved.reference);
    EXPECT_EQ(request.language, expected.language);
    EXPECT_EQ(request.interpreter_dialect, expected.interpreter_dialect);
    EXPECT_EQ(request.interpreter_same_gender, expected.interpreter_same_gender);
    EXPECT_EQ(request.name, expected.name);
    EXPECT_EQ(request.conference_date, expected.conference_date);
    EXPECT_EQ(request.phone, expected.phone);
    EXPECT_EQ(request.contact_by, expected.contact_by);
    EXPECT_EQ(request.entered_by, expected.entered_by);
    EXPECT_EQ(request.created_at, m_time.now);
    EXPECT_FALSE(request.cancelled);
    ASSERT_EQ(request.needs.size(), all_needs.size());
    for (std::size_t i = 0; i < all_needs.size(); ++i) {
        EXPECT_EQ(request.needs[i].need, expected.needs[i].need);
        EXPECT_EQ(request.needs[i].detail, expected.needs[i].detail);
        EXPECT_EQ(request.needs[i].status, expected.needs[i].status);
        EXPECT_EQ(request.needs[i].staff_note, expected.needs[i].staff_note);
    }
}

// A request with nothing optional filled in (no name, date or phone) is still saved.
TEST_F(RecordsStoreTest, SavesARequestWithOnlyNeeds)
{
    RecordsStore store = open();
    AccessRequest bare;
    bare.needs.push_back({Need::HearingLoop, "", NeedStatus::Requested, ""});
    const auto saved = store.save_new(bare, "kiosk");
    ASSERT_TRUE(saved) << saved.error().message;
    const auto found = store.find_by_reference(saved->reference);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->conference_date, std::nullopt);
    EXPECT_EQ((*found)->needs.size(), 1u);
}

TEST_F(RecordsStoreTest, RefusesANeedListedTwice)
{
    RecordsStore store = open();
    AccessRequest request = small_request("Twice", std::nullopt);
    request.needs.push_back({Need::Interpreter, "ur", NeedStatus::Requested, ""});
    const auto saved = store.save_new(request, "kiosk");
    ASSERT_FALSE(saved);
    EXPECT_NE(saved.error().message.find("'interpreter' twice"), std::string::npos) << saved.error().message;
    EXPECT_EQ(audit_rows(), 0);
}

// Staff type what the parent shows or says: case, spaces and hyphens do not matter.
TEST_F(RecordsStoreTest, FindsByReferenceAsTypedAtTheDesk)
{
    RecordsStore store = open();
    const auto saved = store.save_new(small_request("Farah", std::nullopt), "kiosk");
    ASSERT_TRUE(saved);
    const std::string code = saved->reference;
    std::string typed = code.substr(0, 3) + "  " + code.substr(4);
    for (char& symbol : typed) symbol = static_cast<char>(std::tolower(static_cast<unsigned char>(symbol)));

    const auto found = store.find_by_reference(typed);
    ASSERT_TRUE(found && *found) << typed;
    EXPECT_EQ((*found)->name, "Farah");
    EXPECT_EQ(*store.find_by_reference("not a code"), std::nullopt);
    const std::string other = code == "777-777" ? "999-999" : "777-777";
    EXPECT_EQ(*store.find_by_reference(other), std::nullopt);
}

// Case is folded the Unicode way, so accented capitals match too; empty text lists nobody.
TEST_F(RecordsStoreTest, FindsByNameIgnoringCase)
{
    RecordsStore store = open();
    for (const char* name : {"Élodie Martin", "AHMED Khan", "Nasrin Ahmed", "Chan Tai Man"}) {
        ASSERT_TRUE(store.save_new(small_request(name, std::nullopt), "kiosk"));
        m_time.now += 1min;
    }
    const auto ahmed = store.find_by_name("ahmed");
    ASSERT_TRUE(ahmed);
    ASSERT_EQ(ahmed->size(), 2u);
    EXPECT_EQ((*ahmed)[0].name, "Nasrin Ahmed");  // newest first
    EXPECT_EQ((*ahmed)[0].needs.size(), 2u);
    EXPECT_EQ((*store.find_by_name("ÉLODIE")).size(), 1u);
    EXPECT_EQ((*store.find_by_name("ahmed", 1)).size(), 1u);
    EXPECT_TRUE(store.find_by_name("ahmed", -1)->empty());  // SQLite would take -1 as "no limit"
    EXPECT_TRUE(store.find_by_name("  ")->empty());
    EXPECT_TRUE(store.find_by_name("%")->empty());
}

// Both ends of the range are included; requests outside it or without a date are not.
TEST_F(RecordsStoreTest, ListsConferencesInADateRangeWithTheirNeeds)
{
    RecordsStore store = open();
    ASSERT_TRUE(store.save_new(small_request("before", 2025y / 2 / 28), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("last", 2025y / 3 / 31), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("first", 2025y / 3 / 1), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("after", 2025y / 4 / 1), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("no date", std::nullopt), "kiosk"));

    const auto march = store.list_by_conference_date(2025y / 3 / 1, 2025y / 3 / 31);
    ASSERT_TRUE(march);
    ASSERT_EQ(march->size(), 2u);
    EXPECT_EQ((*march)[0].name, "first");
    EXPECT_EQ((*march)[1].name, "last");
    EXPECT_EQ((*march)[1].needs.size(), 2u);

    const auto upcoming = store.list_upcoming(2025y / 3 / 25, std::chrono::days{7});
    ASSERT_TRUE(upcoming);
    ASSERT_EQ(upcoming->size(), 2u);
    EXPECT_EQ((*upcoming)[1].name, "after");
}

// The export takes conferences in the range and dateless requests made in the range.
TEST_F(RecordsStoreTest, ExportListIncludesUndatedRequestsMadeInTheRange)
{
    RecordsStore store = open();
    m_time.now = std::chrono::sys_days{2025y / 2 / 28} + 23h + 59min;
    ASSERT_TRUE(store.save_new(small_request("undated, made before", std::nullopt), "kiosk"));
    m_time.now = std::chrono::sys_days{2025y / 3 / 1};
    ASSERT_TRUE(store.save_new(small_request("undated, made first day", std::nullopt), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("dated in range", 2025y / 3 / 15), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("dated after", 2025y / 4 / 2), "kiosk"));
    m_time.now = std::chrono::sys_days{2025y / 3 / 31} + 23h + 59min + 59s;
    ASSERT_TRUE(store.save_new(small_request("undated, made last second", std::nullopt), "kiosk"));
    m_time.now = std::chrono::sys_days{2025y / 4 / 1};
    ASSERT_TRUE(store.save_new(small_request("undated, made after", std::nullopt), "kiosk"));

    const auto exported = store.list_for_export(2025y / 3 / 1, 2025y / 3 / 31);
    ASSERT_TRUE(exported);
    std::vector<std::string> names;
    for (const AccessRequest& request : *exported) names.push_back(request.name);
    EXPECT_EQ(names, (std::vector<std::string>{"dated in range", "undated, made first day", "undated, made last second"}));
}

// The audit says which fields changed and never copies the name or phone it changed to.
TEST_F(RecordsStoreTest, UpdateChangesFieldsAndNeedsAndAuditsWithoutPersonalData)
{
    RecordsStore store = open();
    auto saved = store.save_new(small_request("Old Name", 2025y / 3 / 20), "kiosk");
    ASSERT_TRUE(saved);
    AccessRequest edited = *saved;
    edited.name = "Secret Newname";
    edited.phone = "07700 900999";
    edited.conference_date = 2025y / 3 / 27;
    edited.needs.erase(edited.needs.begin() + 1);  // childcare
    edited.needs.push_back({Need::StepFreeAccess, "", NeedStatus::Requested, ""});
    edited.needs[0].detail = "syl";
    edited.cancelled = true;  // only cancel() cancels
    ASSERT_TRUE(store.update(edited, "JS"));

    const auto found = store.find_by_reference(saved->reference);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->name, "Secret Newname");
    EXPECT_EQ((*found)->conference_date, 2025y / 3 / 27);
    EXPECT_FALSE((*found)->cancelled);
    ASSERT_EQ((*found)->needs.size(), 2u);
    EXPECT_EQ((*found)->needs[0].detail, "syl");
    EXPECT_EQ((*found)->needs[1].need, Need::StepFreeAccess);

    const auto log = store.audit_log(1);
    ASSERT_TRUE(log && log->size() == 1);
    const AuditEntry& entry = log->front();
    EXPECT_EQ(entry.action, "update_request");
    EXPECT_EQ(entry.who, "JS");
    EXPECT_EQ(entry.detail, saved->reference + ": changed name, conference date, phone, interpreter; added "
                                               "step_free_access; removed childcare");
    EXPECT_EQ(entry.detail.find("Secret"), std::string::npos);
    EXPECT_EQ(entry.detail.find("900999"), std::string::npos);
}

TEST_F(RecordsStoreTest, SetsANeedsStatusAndNoteWithoutCopyingTheNoteToTheAudit)
{
    RecordsStore store = open();
    const auto saved = store.save_new(small_request("Status", std::nullopt), "kiosk");
    ASSERT_TRUE(saved);
    ASSERT_TRUE(store.set_need_status(saved->id, Need::Interpreter, NeedStatus::Arranged, "booked Mrs Begum", "AK"));
    const auto found = store.find_by_reference(saved->reference);
    EXPECT_EQ((*found)->needs[0].status, NeedStatus::Arranged);
    EXPECT_EQ((*found)->needs[0].staff_note, "booked Mrs Begum");
    const auto log = store.audit_log(1);
    EXPECT_EQ(log->front().detail, saved->reference + ": interpreter now arranged (with a staff note)");

    const auto not_asked = store.set_need_status(saved->id, Need::Travel, NeedStatus::Arranged, "", "AK");
    ASSERT_FALSE(not_asked);
    EXPECT_EQ(not_asked.error().message, "Request " + saved->reference + " does not ask for travel.");
    EXPECT_FALSE(store.set_need_status(9999, Need::Interpreter, NeedStatus::Arranged, "", "AK"));
}

TEST_F(RecordsStoreTest, CancelMarksTheRequestAndAuditsIt)
{
    RecordsStore store = open();
    const auto saved = store.save_new(small_request("Cancel me", 2025y / 3 / 20), "kiosk");
    ASSERT_TRUE(store.cancel(saved->id, "AK"));
    EXPECT_TRUE((*store.find_by_reference(saved->reference))->cancelled);
    EXPECT_EQ(store.audit_log(1)->front().detail, saved->reference + ": cancelled");
    EXPECT_FALSE(store.cancel(9999, "AK"));
}

// Audit completeness: each action leaves exactly one row; failures leave none.
TEST_F(RecordsStoreTest, EveryActionLeavesExactlyOneAuditRow)
{
    RecordsStore store = open();
    const auto saved = store.save_new(small_request("Audit", 2020y / 1 / 1), "kiosk");
    ASSERT_TRUE(saved);
    EXPECT_EQ(audit_rows(), 1);
    ASSERT_TRUE(store.update(*saved, "AK"));
    EXPECT_EQ(audit_rows(), 2);
    ASSERT_TRUE(store.set_need_status(saved->id, Need::Childcare, NeedStatus::NotPossible, "", "AK"));
    EXPECT_EQ(audit_rows(), 3);
    ASSERT_TRUE(store.cancel(saved->id, "AK"));
    EXPECT_EQ(audit_rows(), 4);
    ASSERT_TRUE(store.record_audit("AK", "staff_login", ""));
    EXPECT_EQ(audit_rows(), 5);
    ASSERT_TRUE(store.purge_expired(2025y / 3 / 7, std::chrono::months{12}));
    EXPECT_EQ(audit_rows(), 6);
    EXPECT_FALSE(store.cancel(saved->id, "AK"));  // purged
    EXPECT_EQ(audit_rows(), 6);

    const auto log = store.audit_log(10);
    ASSERT_TRUE(log);
    std::vector<std::string> actions;
    for (const AuditEntry& entry : *log) actions.push_back(entry.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"purge_expired", "staff_login", "cancel_request", "set_need_status",
                                                 "update_request", "save_request"}));
    EXPECT_EQ(log->back().at, m_time.now);
    EXPECT_EQ(store.audit_log(2)->size(), 2u);
    EXPECT_TRUE(store.audit_log(-1)->empty());
    EXPECT_EQ(log->back().detail, saved->reference + ": new request for interpreter, childcare");
}

// The database itself refuses to rewrite history, whoever asks.
TEST_F(RecordsStoreTest, AuditRowsCannotBeChangedOrDeleted)
{
    {
        RecordsStore store = open();
        ASSERT_TRUE(store.record_audit("AK", "staff_login", ""));
    }
    RawDatabase raw(m_dir.records_file());
    EXPECT_NE(raw.exec("UPDATE audit SET who = 'XX'").find("append-only"), std::string::npos);
    EXPECT_NE(raw.exec("DELETE FROM audit").find("append-only"), std::string::npos);
    EXPECT_EQ(raw.number("SELECT count(*) FROM audit WHERE who = 'AK'"), 1);
}

// Dated: kept through the day exactly `retention` before today. Undated: three months more.
TEST_F(RecordsStoreTest, PurgeDeletesExactlyThoseBeyondRetentionWithTheirNeeds)
{
    RecordsStore store = open();
    ASSERT_TRUE(store.save_new(small_request("day before cut-off", 2024y / 3 / 14), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("on cut-off", 2024y / 3 / 15), "kiosk"));
    m_time.now = std::chrono::sys_days{2023y / 12 / 14} + 23h + 59min + 59s;
    ASSERT_TRUE(store.save_new(small_request("undated, day before", std::nullopt), "kiosk"));
    m_time.now = std::chrono::sys_days{2023y / 12 / 15};
    ASSERT_TRUE(store.save_new(small_request("undated, on cut-off", std::nullopt), "kiosk"));

    const auto purged = store.purge_expired(2025y / 3 / 15, std::chrono::months{12});
    ASSERT_TRUE(purged) << purged.error().message;
    EXPECT_EQ(*purged, 2);
    EXPECT_EQ(store.find_by_name("day before")->size(), 0u);
    EXPECT_EQ(store.find_by_name("on cut-off")->size(), 2u);
    EXPECT_EQ(RawDatabase(m_dir.records_file()).number("SELECT count(*) FROM requested_needs"), 4);
    EXPECT_NE(store.audit_log(1)->front().detail.find("deleted 2 requests"), std::string::npos);
}

// 31 May less three months is the last day of February, not 3 March.
TEST_F(RecordsStoreTest, PurgeCutOffClampsToTheEndOfAShortMonth)
{
    RecordsStore store = open();
    ASSERT_TRUE(store.save_new(small_request("28 Feb", 2025y / 2 / 28), "kiosk"));
    ASSERT_TRUE(store.save_new(small_request("27 Feb", 2025y / 2 / 27), "kiosk"));
    const auto purged = store.purge_expired(2025y / 5 / 31, std::chrono::months{3});
    ASSERT_TRUE(purged);
    EXPECT_EQ(*purged, 1);
    EXPECT_EQ(store.find_by_name("28 Feb")->size(), 1u);
}

TEST(OpenRecords, CreatesTheDataFolderForItsUserOnly)
{
    ScratchDir dir;
    const auto data = dir.path() / "state" / "parent-kiosk";
    OpenedRecords opened = open_records(data);
    ASSERT_TRUE(opened.store) << opened.problem;
    EXPECT_EQ(std::filesystem::status(data).permissions(), std::filesystem::perms::owner_all);
    EXPECT_TRUE(std::filesystem::exists(data / "records.sqlite3"));
}

}  // namespace
}  // namespace kiosk::store
