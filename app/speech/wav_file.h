// Writing speech as a WAV file (RIFF, 16-bit PCM, mono).
#pragma once

#include "core/result.h"

#include <cstdint>
#include <filesystem>
#include <span>

namespace kiosk::speech {

// Writes to a temporary file beside `path` and renames it into place, so a full disk or a
// failed write never leaves a truncated WAV where a good one was. Errors name the file.
Result<void> write_wav(const std::filesystem::path& path, std::span<const std::int16_t> samples, int sample_rate_hz);

}  // namespace kiosk::speech
