#include "shell/single_instance.h"

#include "store/data_dir.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiosk::shell {

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0) ::close(m_fd);
}

Result<InstanceLock> claim_single_instance(const std::filesystem::path& data_dir)
{
    if (auto made = store::ensure_data_dir(data_dir); !made) return std::unexpected(made.error());
    const auto path = data_dir / "kiosk.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return fail("cannot open " + path.string() + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) return fail("another parent-kiosk is already running with the data folder " + data_dir.string());
        return fail("cannot lock " + path.string() + ": " + std::strerror(error));
    }
    return InstanceLock(fd);
}

}  // namespace kiosk::shell
