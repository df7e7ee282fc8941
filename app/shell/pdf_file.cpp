#include "shell/pdf_file.h"

#include "core/utf8.h"
#include "store/atomic_file.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>
#include <zlib.h>

// Object layout, written in this order so each offset is known when the xref table is written
// (PDF Reference 1.4, 3.4 "File Structure"):
//   1 Catalog -> 2 Pages -> 3 Page -> 4 image XObject, 5 content stream;  6 Info
namespace kiosk::shell {
namespace {

constexpr double points_per_inch = 72.0;

// A rectangle on the page in points, from the bottom left (PDF user space).
struct Placement {
    double x_pt = 0.0;
    double y_pt = 0.0;
    double width_pt = 0.0;
    double height_pt = 0.0;
};

// Plain decimal: PDF numbers have no exponent form (3.2.2), and to_chars ignores the C locale's
// decimal comma.
void append_number(std::string& out, double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    assert(error == std::errc{});
    out.append(buffer, end);
}

void append_number(std::string& out, std::size_t value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    assert(error == std::errc{});
    out.append(buffer, end);
}

// A text string as UTF-16BE with a byte order mark (3.8.1), so titles in Bengali, Urdu or Chinese
// survive; written in hex, which needs no escaping of brackets or backslashes.
std::string pdf_text_string(std::string_view utf8)
{
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string out = "<FEFF";
    const auto append_unit = [&](unsigned unit) {
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(unit >> shift) & 0xFU];
    };
    for (const DecodedCodePoint& decoded : decode_utf8(utf8).code_points) {
        const auto code_point = static_cast<unsigned>(decoded.value);
        if (code_point < 0x10000U) {
            append_unit(code_point);
        } else {
            append_unit(0xD800U + ((code_point - 0x10000U) >> 10));
            append_unit(0xDC00U + ((code_point - 0x10000U) & 0x3FFU));
        }
    }
    return out + ">";
}

// RGB rows for /DeviceRGB, each pixel blended onto white by its alpha: PDF 1.4 images have no
// alpha channel of their own, and on paper "transparent" means the paper shows.
std::vector<std::uint8_t> rgb_on_white(const std::uint8_t* rgba_pixels, int width_px, int height_px, int stride_bytes)
{
    std::vector<std::uint8_t> rgb;
    rgb.reserve(static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px) * 3);
    for (int y = 0; y < height_px; ++y) {
        const std::uint8_t* pixel = rgba_pixels + static_cast<std::ptrdiff_t>(y) * stride_bytes;
        for (int x = 0; x < width_px; ++x, pixel += 4) {
            const unsigned alpha = pixel[3];
            for (int channel = 0; channel < 3; ++channel)
                rgb.push_back(static_cast<std::uint8_t>((pixel[channel] * alpha + 255U * (255U - alpha) + 127U) / 255U));
        }
    }
    return rgb;
}

// zlib format, which is what /FlateDecode reads (3.3.3).
Result<std::string> deflate(const std::vector<std::uint8_t>& bytes)
{
    uLongf length = compressBound(static_cast<uLong>(bytes.size()));
    std::string compressed(length, '\0');
    const int status = compress2(reinterpret_cast<Bytef*>(compressed.data()), &length, bytes.data(),
                                 static_cast<uLong>(bytes.size()), Z_DEFAULT_COMPRESSION);
    if (status != Z_OK) return fail(std::string("the page could not be compressed (") + zError(status) + ")");
    compressed.resize(length);
    return compressed;
}

Placement place_on_page(int width_px, int height_px, const PdfPageOptions& options)
{
    const double area_width_pt = options.page.width_pt - 2 * options.margin_pt;
    const double area_height_pt = options.page.height_pt - 2 * options.margin_pt;
    const double scale = std::min(area_width_pt / width_px, area_height_pt / height_px);
    Placement placement;
    placement.width_pt = width_px * scale;
    placement.height_pt = height_px * scale;
    // A page reads from the top, so a wide image hangs from the top margin rather than floating
    // in the middle of the sheet.
    placement.x_pt = (options.page.width_pt - placement.width_pt) / 2;
    placement.y_pt = options.page.height_pt - options.margin_pt - placement.height_pt;
    return placement;
}

// Collects the file's bytes and the offset where each object starts, for the xref table.
class PdfBuilder {
public:
    PdfBuilder() { m_bytes = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; }  // 4 high bytes: "this file is binary" (3.4.1)

    void add_object(std::string_view dictionary) { add(dictionary, nullptr); }
    void add_stream(std::string_view dictionary, std::string_view data) { add(dictionary, &data); }

    // Finishes the file with the xref table and trailer (3.4.3, 3.4.4) and hands over its bytes.
    std::string finish(std::string_view trailer_entries)
    {
        const std::size_t xref_offset = m_bytes.size();
        m_bytes += "xref\n0 ";
        append_number(m_bytes, m_offsets.size() + 1);
        m_bytes += "\n0000000000 65535 f \n";  // each entry exactly 20 bytes, ending in space + LF
        for (const std::size_t offset : m_offsets) {
            char entry[21];
            std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
            m_bytes.append(entry, 20);
        }
        m_bytes += "trailer\n<< /Size ";
        append_number(m_bytes, m_offsets.size() + 1);
        m_bytes += ' ';
        m_bytes += trailer_entries;
        m_bytes += " >>\nstartxref\n";
        append_number(m_bytes, xref_offset);
        m_bytes += "\n%%EOF\n";
        return std::move(m_bytes);
    }

private:
    void add(std::string_view dictionary, const std::string_view* stream_data)
    {
        m_offsets.push_back(m_bytes.size());
        append_number(m_bytes, m_offsets.size());
        m_bytes += " 0 obj\n<< ";
        m_bytes += dictionary;
        if (stream_data) {
            m_bytes += " /Length ";
            append_number(m_bytes, stream_data->size());
            m_bytes += " >>\nstream\n";
            m_bytes += *stream_data;
            m_bytes += "\nendstream";
        } else {
            m_bytes += " >>";
        }
        m_bytes += "\nendobj\n";
    }

    std::string m_bytes;
    std::vector<std::size_t> m_offsets;  // m_offsets[n - 1] is where object n starts
};

}  // namespace

PixelSize printable_size_px(const PdfPageOptions& options, double dots_per_inch)
{
    assert(dots_per_inch > 0);
    const auto pixels = [&](double page_pt) {
        return static_cast<int>(std::floor((page_pt - 2 * options.margin_pt) / points_per_inch * dots_per_inch));
    };
    return {pixels(options.page.width_pt), pixels(options.page.height_pt)};
}

Result<void> write_image_pdf(const std::uint8_t* rgba_pixels, int width_px, int height_px, int stride_bytes,
                             const std::filesystem::path& path, const PdfPageOptions& options)
{
    const std::string cannot = "cannot write " + path.string() + ": ";
    if (!rgba_pixels || width_px <= 0 || height_px <= 0) return fail(cannot + "the page image is empty");
    if (stride_bytes < width_px * 4) return fail(cannot + "the page image's rows are shorter than its width");
    if (options.page.width_pt <= 2 * options.margin_pt || options.page.height_pt <= 2 * options.margin_pt)
        return fail(cannot + "the margins leave no room on the page");

    Result<std::string> image_data = deflate(rgb_on_white(rgba_pixels, width_px, height_px, stride_bytes));
    if (!image_data) return fail(cannot + image_data.error().message);

    const Placement placement = place_on_page(width_px, height_px, options);
    std::string contents = "q\n";  // maps the image's unit square onto its place on the page (4.2.3)
    for (const double value : {placement.width_pt, 0.0, 0.0, placement.height_pt, placement.x_pt, placement.y_pt}) {
        append_number(contents, value);
        contents += ' ';
    }
    contents += "cm\n/Im1 Do\nQ\n";

    std::string page = "/Type /Page /Parent 2 0 R /MediaBox [0 0 ";
    append_number(page, options.page.width_pt);
    page += ' ';
    append_number(page, options.page.height_pt);
    page += "] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R";

    std::string image = "/Type /XObject /Subtype /Image /Width ";
    append_number(image, static_cast<std::size_t>(width_px));
    image += " /Height ";
    append_number(image, static_cast<std::size_t>(height_px));
    image += " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode";

    PdfBuilder pdf;
    pdf.add_object("/Type /Catalog /Pages 2 0 R");
    pdf.add_object("/Type /Pages /Kids [3 0 R] /Count 1");
    pdf.add_object(page);
    pdf.add_stream(image, *image_data);
    pdf.add_stream("", contents);
    std::string info = "/Producer (parent-kiosk)";
    if (!options.title.empty()) info += " /Title " + pdf_text_string(options.title);
    pdf.add_object(info);
    return store::write_file_atomically(path, pdf.finish("/Root 1 0 R /Info 6 0 R"));
}

}  // namespace kiosk::shell
