#include "store/records_store.h"

#include "store/records_fixture.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <future>
#include <set>
#include <thread>

extern char** environ;

namespace kiosk::store {
namespace {

using namespace records_testing;

// Starts the helper and returns what it printed first, with its process id.
std::string start_saver(const std::filesystem::path& data_dir, pid_t& pid)
{
    int out[2];
    if (pipe(out) != 0) return "";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    std::string program = STORE_SAVE_AND_WAIT;
    std::string dir = data_dir.string();
    char* argv[] = {program.data(), dir.data(), nullptr};
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string line;
    char byte = 0;
    while (spawned == 0 && read(out[0], &byte, 1) == 1 && byte != '\n') line += byte;
    close(out[0]);
    return line;
}

// When save_new returns, the request is on disk: killing the process at once loses nothing.
TEST(Durability, ASavedRequestSurvivesTheProcessBeingKilledRightAfter)
{
    ScratchDir dir;
    std::set<std::string> codes;
    for (int round = 0; round < 20; ++round) {
        pid_t pid = 0;
        const std::string line = start_saver(dir.path(), pid);
        ASSERT_GT(pid, 0);
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        ASSERT_EQ(line.size(), std::string("K7M-4QX saved").size()) << "helper said: " << line;
        ASSERT_TRUE(line.ends_with(" saved")) << line;
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the helper ended by itself";
        const std::string code = line.substr(0, 7);
        codes.insert(code);

        RecordsStore store = open_store(dir.path());
        const auto found = store.find_by_reference(code);
        ASSERT_TRUE(found && *found) << "lost " << code << " in round " << round;
        EXPECT_EQ((*found)->needs.size(), 1u);
    }
    EXPECT_EQ(codes.size(), 20u);
    EXPECT_EQ(RawDatabase(dir.records_file()).number("SELECT count(*) FROM audit"), 20);
}

// Permissions do not bind root, so there the store is opened read-only, which is what SQLite
// does by itself with a write-protected file.
TEST(Faults, ReadOnlyFileFailsClearlyAndEarlierRecordsStillRead)
{
    ScratchDir dir;
    std::string code;
    {
        RecordsStore store = open_store(dir.path());
        code = store.save_new(small_request("Earlier", std::nullopt), "kiosk")->reference;
    }
    StoreOptions options;
    if (geteuid() == 0)
        options.access = StoreAccess::ReadOnly;
    else
        std::filesystem::permissions(dir.records_file(), std::filesystem::perms::owner_read);
    RecordsStore store = open_store(dir.path(), options);

    const auto saved = store.save_new(small_request("Later", std::nullopt), "kiosk");
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.starts_with("The records database is read-only: could not save the request"))
        << saved.error().message;
    EXPECT_FALSE(store.record_audit("AK", "staff_login", ""));
    const auto found = store.find_by_reference(code);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->name, "Earlier");
}

// A size cap stands in for a full disk: the save that does not fit fails and takes nothing
// with it; a store with room again saves as before.
TEST(Faults, FullDiskFailsClearlyAndKeepsEarlierRecords)
{
    ScratchDir dir;
    { open_store(dir.path()); }
    const auto empty_bytes = static_cast<std::int64_t>(std::filesystem::file_size(dir.records_file()));
    std::vector<std::string> codes;
    {
        RecordsStore store = open_store(dir.path(), {.max_file_bytes = empty_bytes + 8 * 4096});
        Result<AccessRequest> saved = fail("not tried");
        for (int i = 0; i < 200; ++i) {
            saved = store.save_new(small_request(std::string(1500, 'x') + std::to_string(i), std::nullopt), "kiosk");
            if (!saved) break;
            codes.push_back(saved->reference);
        }
        ASSERT_FALSE(saved) << "the cap was never reached";
        EXPECT_TRUE(saved.error().message.starts_with("The records database is full: could not save the request"))
            << saved.error().message;
        ASSERT_FALSE(codes.empty());
        for (const std::string& code : codes) EXPECT_TRUE(*store.find_by_reference(code)) << code;
        EXPECT_EQ(store.audit_log(1000)->size(), codes.size());
    }
    RecordsStore roomy = open_store(dir.path());
    ASSERT_TRUE(roomy.save_new(small_request("After", std::nullopt), "kiosk"));
    EXPECT_EQ(roomy.find_by_name("x")->size(), codes.size());
}

// WAL: a reader gets the last committed state at once while another connection's write is open.
TEST(Concurrency, ReadersSeeTheLastCommitWhileAWriteIsUnderWay)
{
    ScratchDir dir;
    RecordsStore store = open_store(dir.path());
    ASSERT_TRUE(store.save_new(small_request("Before", std::nullopt), "kiosk"));
    std::promise<void> written;
    std::promise<void> read_done;
    std::thread writer([&, read = read_done.get_future()] {
        RawDatabase raw(dir.records_file());
        raw.exec("BEGIN IMMEDIATE; INSERT INTO requests (reference, language, name, created_at) "
                 "VALUES ('DDD-DDD', 'en', 'During', '2025-03-07T09:00:00Z')");
        written.set_value();
        read.wait();
        raw.exec("COMMIT");
    });
    written.get_future().wait();
    const auto during = store.find_by_name("during");
    const auto before = store.find_by_name("before");
    read_done.set_value();
    writer.join();
    ASSERT_TRUE(during && before);
    EXPECT_TRUE(during->empty());
    EXPECT_EQ(before->size(), 1u);
    EXPECT_EQ(store.find_by_name("during")->size(), 1u);
}

// Another program holding the write lock too long makes a save fail with a plain reason.
TEST(Concurrency, ASaveThatWaitsTooLongForAnotherWriterFailsClearly)
{
    ScratchDir dir;
    RecordsStore store = open_store(dir.path(), {.busy_timeout = std::chrono::milliseconds{20}});
    RawDatabase raw(dir.records_file());
    ASSERT_EQ(raw.exec("BEGIN IMMEDIATE"), "");
    const auto blocked = store.save_new(small_request("Blocked", std::nullopt), "kiosk");
    ASSERT_FALSE(blocked);
    EXPECT_TRUE(blocked.error().message.starts_with("The records database is busy in another program"))
        << blocked.error().message;
    ASSERT_EQ(raw.exec("ROLLBACK"), "");
    EXPECT_TRUE(store.save_new(small_request("Unblocked", std::nullopt), "kiosk"));
}

}  // namespace
}  // namespace kiosk::store
