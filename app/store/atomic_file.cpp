#include "store/atomic_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <utility>

namespace kiosk::store {
namespace {

// Closes the descriptor and, unless released, removes the temporary file: every early return
// below leaves nothing behind.
class TemporaryFile {
public:
    TemporaryFile(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile()
    {
        if (m_fd >= 0) ::close(m_fd);
        if (!m_renamed) ::unlink(m_path.c_str());
    }

    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }

    // close(2) can report a write error that fsync did not (NFS), so it is checked, once.
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }
    void mark_renamed() { m_renamed = true; }

private:
    int m_fd = -1;
    std::string m_path;
    bool m_renamed = false;
};

std::unexpected<Error> write_error(const std::filesystem::path& path)
{
    return fail("cannot write " + path.string() + ": " + std::strerror(errno));
}

}  // namespace

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content)
{
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    // In the same directory, so rename(2) replaces the file atomically (same filesystem).
    // Hidden (a leading dot) so a half-written export never shows in a file list.
    std::string name(".");
    name += path.filename().string();
    name += ".partial-XXXXXX";
    std::string pattern = (directory / name).string();
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);  // creates the file with mode 0600
    if (fd < 0) return write_error(path);
    TemporaryFile temporary(fd, pattern);

    for (std::string_view rest = content; !rest.empty();) {
        const ssize_t written = ::write(temporary.fd(), rest.data(), rest.size());
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) return write_error(path);
        rest.remove_prefix(static_cast<std::size_t>(written));
    }
    if (::fsync(temporary.fd()) != 0) return write_error(path);
    if (temporary.close() != 0) return write_error(path);
    if (::rename(temporary.path().c_str(), path.c_str()) != 0) return write_error(path);
    temporary.mark_renamed();

    // The rename is durable only once the directory entry is on the disk too. Some filesystems
    // (FAT on a USB stick) cannot fsync a directory (EINVAL); the file itself is already safe.
    const int directory_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory_fd < 0) return write_error(path);
    const int synced = ::fsync(directory_fd);
    const int sync_errno = errno;
    ::close(directory_fd);
    if (synced != 0 && sync_errno != EINVAL) {
        errno = sync_errno;
        return write_error(path);
    }
    return {};
}

}  // namespace kiosk::store
