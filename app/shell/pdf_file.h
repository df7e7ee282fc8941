// Writing a rendered page as a one-page PDF, for the family's take-away summary: the kiosk draws
// the page into pixels with its own renderer, and this wraps those pixels so any printer or phone
// opens them. The PDF holds one image and nothing else (no fonts, no text layer).
#pragma once

#include "core/result.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace kiosk::shell {

// A sheet of paper in PDF points (1/72 inch).
struct PageSize {
    double width_pt = 0.0;
    double height_pt = 0.0;
};

// ISO 216 A4 (210 x 297 mm) upright: the paper UK council offices print on.
inline constexpr PageSize a4_portrait{595.276, 841.890};

struct PdfPageOptions {
    PageSize page = a4_portrait;
    double margin_pt = 28.35;  // 10 mm on every side, clear of office printers' unprintable edge
    std::string title;         // UTF-8; what a PDF viewer shows as the document title; may be empty
};

struct PixelSize {
    int width_px = 0;
    int height_px = 0;
};

// The pixel size of an image that fills the page inside the margins at `dots_per_inch`, so the
// caller can render at the page's aspect and print resolution: 1,122 x 1,635 for A4 at 150 dpi
// (rounded down, so the image is never scaled up).
PixelSize printable_size_px(const PdfPageOptions& options, double dots_per_inch);

// Writes a PDF 1.4 file of one page showing the image, scaled to fit inside the margins with its
// aspect kept, centred across the page and against the top margin. `rgba_pixels` holds 8-bit R,
// G, B, A bytes in memory order, `stride_bytes` per row, top row first; the caller keeps it for
// the call only. Transparent pixels are blended onto white, the paper. The image is stored
// losslessly (Flate), so thin lines and QR code modules print sharp.
//
// The file is written beside `path` and renamed over it, so a failure (missing folder, no
// permission, full disk) leaves no half-written PDF; the message names the file and the reason.
// The file gets mode 0600, since it holds a family's details.
Result<void> write_image_pdf(const std::uint8_t* rgba_pixels, int width_px, int height_px, int stride_bytes,
                             const std::filesystem::path& path, const PdfPageOptions& options = {});

}  // namespace kiosk::shell
