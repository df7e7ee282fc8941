#include "shell/resources.h"

namespace kiosk::shell {

Result<std::filesystem::path> resource_dir(const std::string& override_dir)
{
    const std::filesystem::path dir = override_dir.empty() ? std::filesystem::path(KIOSK_RESOURCE_DIR) : std::filesystem::path(override_dir);
    std::error_code error;
    if (!std::filesystem::is_regular_file(dir / "fonts" / "manifest.toml", error)) {
        return fail("cannot find the kiosk's fonts in " + dir.string() +
                    " (expected fonts/manifest.toml there; pass --resources DIR to point at the source tree)");
    }
    return dir;
}

}  // namespace kiosk::shell
