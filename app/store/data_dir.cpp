#include "store/data_dir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>

namespace kiosk::store {

Result<std::filesystem::path> default_data_dir()
{
    const char* state_home = std::getenv("XDG_STATE_HOME");
    if (state_home != nullptr && std::filesystem::path(state_home).is_absolute()) {
        return std::filesystem::path(state_home) / "parent-kiosk";
    }
    const char* home = std::getenv("HOME");
    if (home == nullptr || !std::filesystem::path(home).is_absolute()) {
        return fail("cannot find a data directory: neither XDG_STATE_HOME nor HOME is set; give one with --data DIR");
    }
    return std::filesystem::path(home) / ".local" / "state" / "parent-kiosk";
}

Result<void> ensure_data_dir(const std::filesystem::path& dir)
{
    // Component by component, because std::filesystem::create_directories cannot set a mode.
    std::filesystem::path partial;
    for (const std::filesystem::path& part : dir.lexically_normal()) {
        partial /= part;
        if (part.empty() || part == partial.root_path()) continue;
        if (::mkdir(partial.c_str(), 0700) == 0 || errno == EEXIST) continue;
        return fail("cannot create the data directory " + dir.string() + ": " + std::strerror(errno));
    }
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
        return fail("cannot use " + dir.string() + " as the data directory: it is not a directory");
    }
    return {};
}

}  // namespace kiosk::store
