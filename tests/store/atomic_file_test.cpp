#include "store/atomic_file.h"

#include "store/temporary_directory.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <iterator>
#include <sys/resource.h>

namespace kiosk::store {
namespace {

using testing::TemporaryDirectory;

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Limits the size of any file this process writes, which makes write(2) fail part-way exactly as
// a full disk does (EFBIG instead of ENOSPC), without needing a small filesystem to fill.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ignored_ok = std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR;  // else the process is killed
        m_saved_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        struct rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = m_saved_ok && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    ~FileSizeLimit()
    {
        if (m_active) ::setrlimit(RLIMIT_FSIZE, &m_saved);
        if (m_ignored_ok) std::signal(SIGXFSZ, SIG_DFL);
    }
    bool active() const { return m_active && m_ignored_ok; }

private:
    struct rlimit m_saved {};
    bool m_saved_ok = false;
    bool m_ignored_ok = false;
    bool m_active = false;
};

// The file holds exactly the content; no temporary file stays beside it.
TEST(AtomicFile, WritesTheWholeContent)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path path = temporary.path() / "records.csv";
    const std::string content(100'000, 'x');
    ASSERT_TRUE(write_file_atomically(path, content));
    EXPECT_EQ(read_file(path), content);
    ASSERT_TRUE(write_file_atomically(path, "short"));
    EXPECT_EQ(read_file(path), "short");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(temporary.path()), {}), 1);
}

// A disk that fills up part-way leaves the old file as it was and no partial file anywhere.
TEST(AtomicFile, FullDiskKeepsTheOldFile)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path path = temporary.path() / "records.csv";
    ASSERT_TRUE(write_file_atomically(path, "the old export\r\n"));
    Result<void> written;
    {
        const FileSizeLimit limit(4096);
        if (!limit.active()) GTEST_SKIP() << "cannot limit the file size (setrlimit RLIMIT_FSIZE)";
        written = write_file_atomically(path, std::string(100'000, 'x'));
    }
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().message, "cannot write " + path.string() + ": File too large");
    EXPECT_EQ(read_file(path), "the old export\r\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(temporary.path()), {}), 1) << "a partial file was left behind";
}

}  // namespace
}  // namespace kiosk::store
