// Writing a whole file so that readers see either the old content or the new, never a part:
// a full disk, a power cut or a crash mid-write leaves the old file (or none) in place.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <string_view>

namespace kiosk::store {

// Writes `content` to a temporary file beside `path`, flushes it to the disk (fsync), renames it
// over `path` and flushes the directory, so the rename itself survives a power cut. The file gets
// mode 0600 (it may hold personal data or a PIN hash). On failure the temporary file is removed,
// `path` is untouched, and the message names the file and the reason ("No space left on device").
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace kiosk::store
