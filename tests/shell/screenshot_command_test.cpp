// `parent-kiosk screenshot` as a check uses it: a real PNG of a real screen, made without a display.
#include <gtest/gtest.h>

#include <cstdlib>
#include <png.h>
#include <string>
#include <vector>

namespace {

std::string temp_png(const std::string& name) { return ::testing::TempDir() + "/screenshot_" + name + ".png"; }

int run(const std::string& arguments)
{
    const std::string command = "SDL_VIDEODRIVER=dummy " + std::string(PARENT_KIOSK_BINARY) + " screenshot " + arguments + " 2>/dev/null";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Picture {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
    const std::uint8_t* at(int x, int y) const { return &rgba[static_cast<std::size_t>((y * width + x) * 4)]; }
};

Picture read_png(const std::string& path)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    Picture picture;
    if (!png_image_begin_read_from_file(&image, path.c_str())) return picture;
    image.format = PNG_FORMAT_RGBA;
    picture.rgba.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, picture.rgba.data(), 0, nullptr)) return picture;
    picture.width = static_cast<int>(image.width);
    picture.height = static_cast<int>(image.height);
    return picture;
}

// Count of dark pixels (text ink in the calm theme) inside a rectangle.
int ink_in(const Picture& picture, int x0, int y0, int x1, int y1)
{
    int dark = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) dark += picture.at(x, y)[0] < 128;
    }
    return dark;
}

}  // namespace

// The welcome screen shows text in each of its six tiles (2 rows of 3), at the size asked for.
TEST(ScreenshotCommand, WelcomeScreenHasTextInEveryTile)
{
    const std::string path = temp_png("welcome");
    ASSERT_EQ(run("--screen welcome --lang en --out " + path), 0);
    const Picture picture = read_png(path);
    ASSERT_EQ(picture.width, 1920);
    ASSERT_EQ(picture.height, 1080);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column) {
            const int x0 = 60 + column * 640, y0 = 60 + row * 520;
            EXPECT_GT(ink_in(picture, x0, y0, x0 + 540, y0 + 420), 800) << "tile " << row << "," << column;
        }
    }
}

// The high-contrast theme draws light text on black.
TEST(ScreenshotCommand, HighContrastThemeIsDark)
{
    const std::string path = temp_png("contrast");
    ASSERT_EQ(run("--screen welcome --theme high-contrast --size 1280x800 --px-per-mm 5.6 --out " + path), 0);
    const Picture picture = read_png(path);
    ASSERT_EQ(picture.width, 1280);
    EXPECT_EQ(picture.at(5, 5)[0], 0);
}

// Unknown screens, sizes and themes get a message and a non-zero exit, and write nothing.
TEST(ScreenshotCommand, RejectsBadArguments)
{
    const std::string path = temp_png("bad");
    EXPECT_EQ(run("--screen nowhere --out " + path), 2);
    EXPECT_EQ(run("--screen welcome --size huge --out " + path), 2);
    EXPECT_NE(run("--screen welcome --theme neon --out " + path), 0);
    EXPECT_NE(run("--screen welcome --lang xx --out " + path), 0);
    EXPECT_EQ(read_png(path).width, 0);
}

// The same screen drawn twice comes out pixel for pixel the same, so a changed picture in a
// review always means a changed screen (shaped Nastaliq at 200 % exercises the most state).
TEST(ScreenshotCommand, SameScreenTwiceIsPixelIdentical)
{
    const std::string first = temp_png("same_1"), second = temp_png("same_2");
    ASSERT_EQ(run("--screen topic --lang ur --scale 2 --out " + first), 0);
    ASSERT_EQ(run("--screen topic --lang ur --scale 2 --out " + second), 0);
    const Picture a = read_png(first), b = read_png(second);
    ASSERT_EQ(a.width, 1920);
    ASSERT_EQ(b.width, a.width);
    ASSERT_EQ(b.height, a.height);
    EXPECT_TRUE(a.rgba == b.rgba);
}
