// Writing pictures as PNG files (libpng), for headless screenshots and checks.
#pragma once

#include "core/result.h"
#include "text/glyph_raster.h"

#include <cstdint>
#include <filesystem>

namespace kiosk::shell {

// Writes the image as dark ink on white.
Result<void> write_png(const text::CoverageImage& image, const std::filesystem::path& path);

// Writes 8-bit RGBA pixels (R, G, B, A bytes in memory order), `stride_bytes` per row.
Result<void> write_png_rgba(const std::uint8_t* pixels, int width_px, int height_px, int stride_bytes,
                            const std::filesystem::path& path);

// Both fail with a message naming the file when it cannot be written (missing folder, full
// disk, no permission), and never leave a half-written file behind.

}  // namespace kiosk::shell
