#include "shell/png_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <png.h>

namespace kiosk::shell {
namespace {

Result<void> write_image(png_image& png, const void* pixels, int stride_bytes, const std::filesystem::path& path)
{
    FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return fail("cannot write " + path.string() + ": " + std::strerror(errno));
    png.version = PNG_IMAGE_VERSION;
    const bool written = png_image_write_to_stdio(&png, file, 0, pixels, stride_bytes, nullptr) != 0;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        return fail("cannot write " + path.string() + (written ? ": the disk may be full" : std::string(": ") + png.message));
    }
    return {};
}

}  // namespace

Result<void> write_png(const text::CoverageImage& image, const std::filesystem::path& path)
{
    png_image png{};
    png.width = static_cast<png_uint_32>(image.width_px);
    png.height = static_cast<png_uint_32>(image.height_px);
    png.format = PNG_FORMAT_GRAY;
    std::vector<std::uint8_t> grey(image.coverage.size());
    for (std::size_t i = 0; i < grey.size(); ++i) grey[i] = static_cast<std::uint8_t>(255 - image.coverage[i]);
    return write_image(png, grey.data(), 0, path);
}

Result<void> write_png_rgba(const std::uint8_t* pixels, int width_px, int height_px, int stride_bytes,
                            const std::filesystem::path& path)
{
    png_image png{};
    png.width = static_cast<png_uint_32>(width_px);
    png.height = static_cast<png_uint_32>(height_px);
    png.format = PNG_FORMAT_RGBA;
    return write_image(png, pixels, stride_bytes, path);  // 8-bit components: libpng counts the stride in bytes
}

}  // namespace kiosk::shell
