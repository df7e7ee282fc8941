#include "store/records_store.h"

#include "store/faulty_vfs.h"
#include "store/records_fixture.h"

#include <gtest/gtest.h>

namespace kiosk::store {
namespace {

using namespace records_testing;

class DiskFaultTest : public ::testing::TestWithParam<FaultyCall> {};

// Whichever disk write or sync of a save fails (the 1st, the 2nd, ... until one save gets
// through), the save says "disk error", the store still reads, and after reopening every request
// still has exactly its audit row. A failed write leaves no trace of the save; a failed sync may
// leave it whole, since its data did reach the file and only the flush was reported lost.
TEST_P(DiskFaultTest, ASaveIsAllOrNothingWhicheverCallFails)
{
    const FaultyCall call = GetParam();
    ScratchDir dir;
    FaultyVfs vfs;
    std::string earlier;
    {
        RecordsStore store = open_store(dir.path());
        earlier = store.save_new(small_request("Earlier", std::nullopt), "kiosk")->reference;
    }
    int failures = 0;
    bool got_through = false;
    for (int nth = 1; nth <= 100 && !got_through; ++nth) {
        {
            RecordsStore store = open_store(dir.path());
            vfs.arm(call, nth);
            const auto saved = store.save_new(small_request("Attempt " + std::to_string(nth), std::nullopt), "kiosk");
            const bool fired = vfs.fired();
            vfs.disarm();
            if (!fired) {
                ASSERT_TRUE(saved) << saved.error().message;
                got_through = true;
            } else {
                ++failures;
                ASSERT_FALSE(saved) << "call " << nth << " failed unnoticed";
                EXPECT_TRUE(saved.error().message.starts_with(
                    "The records database could not be read or written because of a disk error: could not save the "
                    "request"))
                    << saved.error().message;
                EXPECT_TRUE(*store.find_by_reference(earlier));
            }
        }
        RawDatabase raw(dir.records_file());
        EXPECT_EQ(raw.number("SELECT count(*) FROM requests"), raw.number("SELECT count(*) FROM audit"));
        EXPECT_EQ(raw.number("SELECT count(*) FROM requested_needs"), 2 * raw.number("SELECT count(*) FROM requests"));
        if (call == FaultyCall::Write && !got_through) {
            EXPECT_EQ(raw.number("SELECT count(*) FROM requests WHERE name LIKE 'Attempt%'"), 0) << "after call " << nth;
        }
    }
    EXPECT_TRUE(got_through);
    EXPECT_GT(failures, 0);
}

INSTANTIATE_TEST_SUITE_P(EveryWriteAndSync, DiskFaultTest, ::testing::Values(FaultyCall::Write, FaultyCall::Sync),
                         [](const auto& tested) { return tested.param == FaultyCall::Write ? "Write" : "Sync"; });

}  // namespace
}  // namespace kiosk::store
