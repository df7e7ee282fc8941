#include "store/data_dir.h"

#include "store/temporary_directory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sys/stat.h>

namespace kiosk::store {
namespace {

// Sets an environment variable (or unsets it, given nullopt) and puts it back afterwards.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, std::optional<std::string> value) : m_name(name)
    {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value) ::setenv(name, value->c_str(), 1);
        else ::unsetenv(name);
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;
    ~ScopedEnvironment()
    {
        if (m_old) ::setenv(m_name, m_old->c_str(), 1);
        else ::unsetenv(m_name);
    }

private:
    const char* m_name = nullptr;
    std::optional<std::string> m_old;
};

// XDG_STATE_HOME wins; without it (or with a relative one, which the XDG spec says to ignore)
// the data lives under $HOME/.local/state.
TEST(DataDir, FollowsTheXdgBaseDirectorySpecification)
{
    const ScopedEnvironment home("HOME", "/home/desk");
    {
        const ScopedEnvironment state("XDG_STATE_HOME", "/var/lib/kiosk-state");
        EXPECT_EQ(default_data_dir(), std::filesystem::path("/var/lib/kiosk-state/parent-kiosk"));
    }
    {
        const ScopedEnvironment state("XDG_STATE_HOME", "relative/state");
        EXPECT_EQ(default_data_dir(), std::filesystem::path("/home/desk/.local/state/parent-kiosk"));
    }
    const ScopedEnvironment state("XDG_STATE_HOME", std::nullopt);
    EXPECT_EQ(default_data_dir(), std::filesystem::path("/home/desk/.local/state/parent-kiosk"));
}

// With neither variable set the message says to give --data.
TEST(DataDir, NoHomeAsksForDataOption)
{
    const ScopedEnvironment home("HOME", std::nullopt);
    const ScopedEnvironment state("XDG_STATE_HOME", std::nullopt);
    const Result<std::filesystem::path> dir = default_data_dir();
    ASSERT_FALSE(dir);
    EXPECT_NE(dir.error().message.find("--data DIR"), std::string::npos) << dir.error().message;
}

// Missing directories are made private (0700); an existing one is left as it is.
TEST(DataDir, MakesMissingDirectoriesPrivate)
{
    const testing::TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path dir = temporary.path() / "state" / "parent-kiosk";
    ASSERT_TRUE(ensure_data_dir(dir));
    struct stat dir_status {};
    for (const std::filesystem::path& made : {dir, dir.parent_path()}) {
        ASSERT_EQ(::stat(made.c_str(), &dir_status), 0);
        EXPECT_EQ(dir_status.st_mode & 0777, 0700u) << made;
    }
    ASSERT_EQ(::chmod(dir.c_str(), 0750), 0);
    ASSERT_TRUE(ensure_data_dir(dir));
    ASSERT_EQ(::stat(dir.c_str(), &dir_status), 0);
    EXPECT_EQ(dir_status.st_mode & 0777, 0750u);
}

// A file where the directory should be is reported, not written into.
TEST(DataDir, FileInTheWayIsReported)
{
    const testing::TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path file = temporary.path() / "parent-kiosk";
    std::ofstream(file) << "x";
    const Result<void> made = ensure_data_dir(file);
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().message, "cannot use " + file.string() + " as the data directory: it is not a directory");
}

}  // namespace
}  // namespace kiosk::store
