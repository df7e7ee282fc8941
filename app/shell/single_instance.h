// One kiosk at a time per data directory: two would fight over the screen, the sound device and
// the staff lock. Held through an flock(2) on `<data_dir>/kiosk.lock`, which the kernel releases
// when the process ends however it ends, so a crash never leaves the kiosk unable to restart.
#pragma once

#include "core/result.h"

#include <filesystem>

namespace kiosk::shell {

class InstanceLock {
public:
    explicit InstanceLock(int fd) : m_fd(fd) {}
    InstanceLock(InstanceLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;
    InstanceLock& operator=(InstanceLock&&) = delete;
    ~InstanceLock();

private:
    int m_fd = -1;
};

// Fails with a clear message when another kiosk holds the lock or the folder cannot be used.
Result<InstanceLock> claim_single_instance(const std::filesystem::path& data_dir);

}  // namespace kiosk::shell
