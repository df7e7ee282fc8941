// Where the kiosk's data folders (fonts/, content/, locales/) live.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <string>

namespace kiosk::shell {

// `override_dir` (from --resources) when given, else the folder the build was configured with.
// Fails with a message naming the folder when it has no fonts/manifest.toml.
Result<std::filesystem::path> resource_dir(const std::string& override_dir);

}  // namespace kiosk::shell
