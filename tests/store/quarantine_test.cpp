#include "store/records_store.h"

#include "store/records_fixture.h"

#include <gtest/gtest.h>

#include <random>

namespace kiosk::store {
namespace {

using namespace records_testing;

class QuarantineTest : public ::testing::Test {
protected:
    // A real database of a few dozen pages, closed cleanly (so everything is in the main file).
    void make_database()
    {
        RecordsStore store = open_store(m_dir.path(), {.clock = m_time.clock()});
        for (int i = 0; i < 60; ++i)
            ASSERT_TRUE(store.save_new(small_request(std::string(400, 'n') + std::to_string(i), std::nullopt), "kiosk"));
    }

    void overwrite(std::uintmax_t offset, std::uintmax_t length)
    {
        std::mt19937 random(42);
        std::string garbage(length, '\0');
        for (char& byte : garbage) byte = static_cast<char>(random());
        std::fstream file(m_dir.records_file(), std::ios::binary | std::ios::in | std::ios::out);
        file.seekp(static_cast<std::streamoff>(offset));
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }

    // The damaged file is moved aside byte for byte, the store stays closed and says why, and
    // the next opening starts afresh.
    void expect_quarantined(const std::vector<char>& damaged_bytes)
    {
        const OpenedRecords opened = open_records(m_dir.path(), {.clock = m_time.clock()});
        EXPECT_FALSE(opened.store);
        const auto expected_place = m_dir.path() / "records.corrupt-20250307T090000Z.sqlite3";
        EXPECT_EQ(opened.quarantined_to, expected_place);
        EXPECT_EQ(file_bytes(expected_place), damaged_bytes);
        EXPECT_FALSE(std::filesystem::exists(m_dir.records_file()));
        EXPECT_TRUE(opened.problem.starts_with("The records database " + m_dir.records_file().string() + " is damaged ("))
            << opened.problem;
        EXPECT_NE(opened.problem.find("requests cannot be saved; the kiosk still works as a guide. It was moved aside "
                                      "unchanged to " +
                                      expected_place.string()),
                  std::string::npos)
            << opened.problem;

        RecordsStore fresh = open_store(m_dir.path());
        EXPECT_TRUE(fresh.find_by_name("n")->empty());
    }

    ScratchDir m_dir;
    ManualClock m_time;
};

TEST_F(QuarantineTest, GarbageInPlaceOfTheWholeFileIsMovedAsideIntact)
{
    make_database();
    overwrite(0, std::filesystem::file_size(m_dir.records_file()));
    expect_quarantined(file_bytes(m_dir.records_file()));
}

// The header survives, so only PRAGMA integrity_check can tell.
TEST_F(QuarantineTest, GarbageOverPagesInTheMiddleIsFoundAndMovedAsideIntact)
{
    make_database();
    const auto pages = std::filesystem::file_size(m_dir.records_file()) / 4096;
    ASSERT_GE(pages, 8u);
    overwrite(pages / 2 * 4096, 2 * 4096);
    expect_quarantined(file_bytes(m_dir.records_file()));
}

// Looking read-only never moves files.
TEST_F(QuarantineTest, ReadOnlyOpeningLeavesADamagedFileWhereItIs)
{
    make_database();
    overwrite(0, 4096);
    const auto damaged = file_bytes(m_dir.records_file());
    const OpenedRecords opened = open_records(m_dir.path(), {.clock = m_time.clock(), .access = StoreAccess::ReadOnly});
    EXPECT_FALSE(opened.store);
    EXPECT_TRUE(opened.quarantined_to.empty());
    EXPECT_TRUE(opened.problem.ends_with("Opened read-only, it was left where it is.")) << opened.problem;
    EXPECT_EQ(file_bytes(m_dir.records_file()), damaged);
}

// Two damaged files in the same second each keep their own copy.
TEST_F(QuarantineTest, ASecondQuarantineDoesNotOverwriteTheFirst)
{
    make_database();
    overwrite(0, 4096);
    ASSERT_FALSE(open_records(m_dir.path(), {.clock = m_time.clock()}).quarantined_to.empty());
    make_database();
    overwrite(0, 4096);
    const OpenedRecords second = open_records(m_dir.path(), {.clock = m_time.clock()});
    EXPECT_EQ(second.quarantined_to, m_dir.path() / "records.corrupt-20250307T090000Z-2.sqlite3");
}

}  // namespace
}  // namespace kiosk::store
