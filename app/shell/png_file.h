// Writing grey-scale pictures as PNG files (libpng), for headless screenshots and checks.
#pragma once

#include "core/result.h"
#include "text/glyph_raster.h"

#include <filesystem>

namespace kiosk::shell {

// Writes the image as dark ink on white. Fails with a message naming the file when it cannot be
// written (missing folder, full disk, no permission); a half-written file is removed.
Result<void> write_png(const text::CoverageImage& image, const std::filesystem::path& path);

}  // namespace kiosk::shell
