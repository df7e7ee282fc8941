// Where the kiosk keeps its records and the staff PIN: one data directory, given with --data DIR,
// never inside the source tree (DESIGN.md, "Records").
#pragma once

#include "core/result.h"

#include <filesystem>

namespace kiosk::store {

// $XDG_STATE_HOME/parent-kiosk, else $HOME/.local/state/parent-kiosk (XDG Base Directory
// Specification 0.8: state data that should persist between restarts). A relative
// XDG_STATE_HOME is ignored, as the specification requires. Fails when neither is usable.
Result<std::filesystem::path> default_data_dir();

// Creates `dir` and any missing parents with mode 0700 (records hold personal data, so no other
// account may list them). An existing directory keeps its mode.
Result<void> ensure_data_dir(const std::filesystem::path& dir);

}  // namespace kiosk::store
