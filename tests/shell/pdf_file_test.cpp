// The one-page PDF writer, read back with a small parser of its own: header, trailer, xref
// offsets, the page geometry and the image stream inflated back to pixels.
#include "shell/pdf_file.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>
#include <zlib.h>

namespace kiosk::shell {
namespace {

namespace fs = std::filesystem;

// A width x height test card: every pixel a different colour, fully opaque.
std::vector<std::uint8_t> test_card(int width_px, int height_px)
{
    std::vector<std::uint8_t> rgba;
    for (int y = 0; y < height_px; ++y) {
        for (int x = 0; x < width_px; ++x) {
            rgba.insert(rgba.end(), {static_cast<std::uint8_t>(x * 7), static_cast<std::uint8_t>(y * 13),
                                     static_cast<std::uint8_t>(x + y), 255});
        }
    }
    return rgba;
}

std::vector<std::uint8_t> rgb_of(const std::vector<std::uint8_t>& rgba)
{
    std::vector<std::uint8_t> rgb;
    for (std::size_t i = 0; i < rgba.size(); i += 4) rgb.insert(rgb.end(), {rgba[i], rgba[i + 1], rgba[i + 2]});
    return rgb;
}

fs::path temp_folder(const std::string& name)
{
    const fs::path folder = fs::path(::testing::TempDir()) / ("pdf_file_" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string read_file(const fs::path& path)
{
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::size_t number_after(const std::string& text, std::string_view key, std::size_t from = 0)
{
    const std::size_t at = text.find(key, from);
    if (at == std::string::npos) return std::string::npos;
    std::size_t value = 0;
    const char* begin = text.data() + at + key.size();
    while (*begin == ' ' || *begin == '\n') ++begin;
    std::from_chars(begin, text.data() + text.size(), value);
    return value;
}

// The byte offsets the xref table gives for objects 1..n.
std::vector<std::size_t> xref_offsets(const std::string& pdf)
{
    const std::size_t xref = number_after(pdf, "startxref", pdf.rfind("startxref"));
    std::istringstream table(pdf.substr(xref));
    std::string keyword;
    std::size_t first = 0;
    std::size_t count = 0;
    table >> keyword >> first >> count;
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t offset = 0;
        int generation = 0;
        char kind = 0;
        table >> offset >> generation >> kind;
        if (i > 0) offsets.push_back(offset);
    }
    return offsets;
}

// The bytes of object `number`'s stream, found through the xref table.
std::string stream_of(const std::string& pdf, std::size_t number)
{
    const std::size_t object = xref_offsets(pdf).at(number - 1);
    const std::size_t length = number_after(pdf, "/Length", object);
    const std::size_t data = pdf.find("stream\n", object) + 7;
    return pdf.substr(data, length);
}

std::vector<std::uint8_t> inflate(const std::string& compressed, std::size_t expected_size)
{
    std::vector<std::uint8_t> bytes(expected_size + 1);  // one spare byte shows a stream that is too long
    uLongf length = static_cast<uLongf>(bytes.size());
    const int status = uncompress(bytes.data(), &length, reinterpret_cast<const Bytef*>(compressed.data()),
                                  static_cast<uLong>(compressed.size()));
    EXPECT_EQ(status, Z_OK);
    bytes.resize(length);
    return bytes;
}

// The six numbers of the page's `cm` operator: width 0 0 height x y, in points.
std::vector<double> placement_of(const std::string& pdf)
{
    std::istringstream contents(stream_of(pdf, 5));
    std::string q;
    std::vector<double> values(6);
    contents >> q;
    for (double& value : values) contents >> value;
    return values;
}

std::string write_and_read(const std::vector<std::uint8_t>& rgba, int width_px, int height_px, const std::string& name,
                           const PdfPageOptions& options = {})
{
    const fs::path path = temp_folder(name) / "summary.pdf";
    const Result<void> written = write_image_pdf(rgba.data(), width_px, height_px, width_px * 4, path, options);
    EXPECT_TRUE(written.has_value()) << (written ? "" : written.error().message);
    return read_file(path);
}

}  // namespace

// A PDF 1.4 file: the version header first, the end-of-file marker last.
TEST(PdfFile, StartsWithTheHeaderAndEndsWithEof)
{
    const std::string pdf = write_and_read(test_card(40, 30), 40, 30, "frame");
    EXPECT_TRUE(pdf.starts_with("%PDF-1.4\n"));
    EXPECT_TRUE(pdf.ends_with("%%EOF\n"));
}

// Every xref entry is the byte offset of "N 0 obj" for its object, and startxref points at "xref".
TEST(PdfFile, XrefOffsetsPointAtTheirObjects)
{
    const std::string pdf = write_and_read(test_card(40, 30), 40, 30, "xref");
    const std::size_t xref = number_after(pdf, "startxref", pdf.rfind("startxref"));
    EXPECT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
    const std::vector<std::size_t> offsets = xref_offsets(pdf);
    ASSERT_EQ(offsets.size(), 6U);
    for (std::size_t number = 1; number <= offsets.size(); ++number) {
        const std::string expected = std::to_string(number) + " 0 obj";
        EXPECT_EQ(pdf.compare(offsets[number - 1], expected.size(), expected), 0) << "object " << number;
    }
    EXPECT_NE(pdf.find("trailer\n<< /Size 7 /Root 1 0 R"), std::string::npos);
}

// The xref table's entries are 20 bytes each, as readers that seek into it by index expect.
TEST(PdfFile, XrefEntriesAreTwentyBytes)
{
    const std::string pdf = write_and_read(test_card(4, 4), 4, 4, "entries");
    const std::size_t table = pdf.find("0000000000 65535 f \n");
    ASSERT_NE(table, std::string::npos);
    EXPECT_EQ(pdf.find("trailer", table) - table, 7U * 20U);
}

// The image stream inflates back to the caller's pixels, exactly: the page is stored losslessly.
TEST(PdfFile, ImageStreamInflatesBackToThePixels)
{
    const std::vector<std::uint8_t> rgba = test_card(37, 23);  // odd sizes catch a stride mistake
    const std::string pdf = write_and_read(rgba, 37, 23, "pixels");
    const std::size_t image = xref_offsets(pdf).at(3);
    EXPECT_EQ(number_after(pdf, "/Width", image), 37U);
    EXPECT_EQ(number_after(pdf, "/Height", image), 23U);
    EXPECT_NE(pdf.find("/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", image), std::string::npos);
    EXPECT_EQ(inflate(stream_of(pdf, 4), 37 * 23 * 3), rgb_of(rgba));
}

// Rows are read `stride_bytes` apart, so padding after each row (an SDL surface's pitch) is skipped.
TEST(PdfFile, ReadsRowsByStride)
{
    const std::vector<std::uint8_t> rgba = test_card(5, 3);
    std::vector<std::uint8_t> padded;
    for (int y = 0; y < 3; ++y) {
        padded.insert(padded.end(), rgba.begin() + y * 20, rgba.begin() + (y + 1) * 20);
        padded.insert(padded.end(), 12, 0xAB);
    }
    const fs::path path = temp_folder("stride") / "summary.pdf";
    ASSERT_TRUE(write_image_pdf(padded.data(), 5, 3, 32, path).has_value());
    EXPECT_EQ(inflate(stream_of(read_file(path), 4), 5 * 3 * 3), rgb_of(rgba));
}

// On paper transparency means the paper shows: alpha blends each pixel onto white.
TEST(PdfFile, BlendsTransparentPixelsOntoWhite)
{
    const std::vector<std::uint8_t> rgba = {0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 128, 200, 100, 50, 255};
    const std::string pdf = write_and_read(rgba, 4, 1, "alpha");
    EXPECT_EQ(inflate(stream_of(pdf, 4), 12), (std::vector<std::uint8_t>{255, 255, 255, 0, 0, 0, 127, 127, 127, 200, 100, 50}));
}

// One A4 page; a tall image fills the height inside the margins, centred across, aspect kept.
TEST(PdfFile, FitsATallImageInsideTheMarginsOfA4)
{
    const std::string pdf = write_and_read(test_card(100, 200), 100, 200, "tall");
    EXPECT_NE(pdf.find("/MediaBox [0 0 595.276 841.890]"), std::string::npos);
    EXPECT_NE(pdf.find("/Type /Pages /Kids [3 0 R] /Count 1"), std::string::npos);
    const std::vector<double> cm = placement_of(pdf);  // width 0 0 height x y
    const PdfPageOptions options;
    EXPECT_NEAR(cm[3], 841.890 - 2 * options.margin_pt, 0.002);
    EXPECT_NEAR(cm[0] / cm[3], 0.5, 0.0001);
    EXPECT_NEAR(cm[4] + cm[0] / 2, 595.276 / 2, 0.002);
    EXPECT_NEAR(cm[5], options.margin_pt, 0.002);
}

// A wide image fills the width and hangs from the top margin, since a page reads from the top.
TEST(PdfFile, HangsAWideImageFromTheTopMargin)
{
    const std::string pdf = write_and_read(test_card(300, 100), 300, 100, "wide");
    const std::vector<double> cm = placement_of(pdf);
    const PdfPageOptions options;
    EXPECT_NEAR(cm[0], 595.276 - 2 * options.margin_pt, 0.002);
    EXPECT_NEAR(cm[0] / cm[3], 3.0, 0.0001);
    EXPECT_NEAR(cm[4], options.margin_pt, 0.002);
    EXPECT_NEAR(cm[5] + cm[3], 841.890 - options.margin_pt, 0.002);
}

// An image rendered at printable_size_px is drawn at that resolution: 150 dpi is 0.48 pt a pixel.
TEST(PdfFile, PrintableSizeMatchesThePageAtTheGivenResolution)
{
    const PixelSize size = printable_size_px({}, 150);
    EXPECT_EQ(size.width_px, 1122);
    EXPECT_EQ(size.height_px, 1635);
    const std::vector<std::uint8_t> white(static_cast<std::size_t>(size.width_px * size.height_px * 4), 255);
    const std::vector<double> cm = placement_of(write_and_read(white, size.width_px, size.height_px, "printable"));
    EXPECT_NEAR(cm[0] / size.width_px, 72.0 / 150.0, 0.0002);
    EXPECT_NEAR(cm[3] / size.height_px, 72.0 / 150.0, 0.0002);
}

// The title is UTF-16BE with a byte order mark, so a family's language survives: "Zoë 家".
TEST(PdfFile, WritesTheTitleAsUtf16)
{
    PdfPageOptions options;
    options.title = "Zo\xc3\xab \xe5\xae\xb6 \xf0\x9f\x93\x85";  // U+1F4C5 needs a surrogate pair
    const std::string pdf = write_and_read(test_card(2, 2), 2, 2, "title", options);
    EXPECT_NE(pdf.find("/Title <FEFF005A006F00EB00205BB60020D83DDCC5>"), std::string::npos);
}

// A folder that does not exist: a message naming the file and the reason, and no file.
TEST(PdfFile, UnwritablePathGivesAClearError)
{
    const fs::path path = temp_folder("missing") / "no-such-folder" / "summary.pdf";
    const std::vector<std::uint8_t> rgba = test_card(2, 2);
    const Result<void> written = write_image_pdf(rgba.data(), 2, 2, 8, path);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message, "cannot write " + path.string() + ": No such file or directory");
    EXPECT_FALSE(fs::exists(path));
}

// When the last step fails (the name is taken by a folder), nothing is left behind: no
// half-written PDF and no temporary file beside it.
TEST(PdfFile, FailedWriteLeavesNoPartialFile)
{
    const fs::path folder = temp_folder("partial");
    fs::create_directory(folder / "summary.pdf");
    const std::vector<std::uint8_t> rgba = test_card(2, 2);
    const Result<void> written = write_image_pdf(rgba.data(), 2, 2, 8, folder / "summary.pdf");
    ASSERT_FALSE(written.has_value());
    EXPECT_TRUE(written.error().message.starts_with("cannot write " + (folder / "summary.pdf").string() + ": "));
    EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 1);
}

TEST(PdfFile, RefusesAnEmptyImage)
{
    const fs::path path = temp_folder("empty") / "summary.pdf";
    const std::uint8_t pixel[4] = {};
    const Result<void> written = write_image_pdf(pixel, 0, 1, 0, path);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message, "cannot write " + path.string() + ": the page image is empty");
}

}  // namespace kiosk::shell
