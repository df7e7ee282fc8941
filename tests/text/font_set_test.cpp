#include "text/font_set.h"

#include "text/engine_fixture.h"

#include <gtest/gtest.h>
#include <unicode/uscript.h>

namespace kiosk::text {
namespace {

std::string load_error(const std::string& fixture)
{
    auto fonts = FontSet::load(std::filesystem::path(KIOSK_FIXTURES_DIR) / "text" / fixture);
    return fonts ? std::string() : fonts.error().message;
}

}  // namespace

// A missing font file is a clear error naming the file, never a crash or silent boxes.
TEST(FontSet, MissingFileIsAnErrorNamingIt)
{
    const std::string message = load_error("fonts-missing");
    EXPECT_NE(message.find("NoSuchFont-Regular.ttf"), std::string::npos) << message;
    EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
}

// A file that is not a font is an error naming the file.
TEST(FontSet, BrokenFileIsAnErrorNamingIt)
{
    const std::string message = load_error("fonts-broken");
    EXPECT_NE(message.find("Broken-Regular.ttf"), std::string::npos) << message;
}

// A manifest that is missing, or whose chains name unknown files, is reported.
TEST(FontSet, BadManifestIsReported)
{
    EXPECT_NE(load_error("no-such-folder").find("manifest.toml"), std::string::npos);
    EXPECT_FALSE(load_error("fonts-bad-chain").empty());
}

// The bundled manifest loads and gives every language a chain that starts with its own script.
TEST(FontSet, BundledChainsStartWithTheLanguagesFont)
{
    const FontSet& fonts = testing::shared_engine().fonts();
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::Urdu)).label, "fonts/NotoNastaliqUrdu-Regular.ttf");
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::Farsi)).label, "fonts/NotoNaskhArabic-Regular.ttf");
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::Arabic)).label, "fonts/NotoNaskhArabic-Regular.ttf");
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::Bengali)).label, "fonts/NotoSansBengali-Regular.ttf");
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::TraditionalChinese)).label, "fonts/NotoSansCJKtc-Regular-subset.otf");
    EXPECT_EQ(fonts.font(fonts.primary_font(Language::English)).label, "fonts/NotoSans-Regular.ttf");
}

// A character no bundled font has (Devanagari) falls back to a system font through fontconfig
// and gets a real glyph.
TEST(FontSet, UncoveredCharacterFallsBackToASystemFont)
{
    auto loaded = FontSet::load(std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts");
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    FontSet& fonts = **loaded;
    const FontId font = fonts.font_for(U'\u0915', USCRIPT_DEVANAGARI, Language::English, FontSet::no_font);
    EXPECT_EQ(fonts.font(font).label.rfind("fonts/", 0), std::string::npos) << fonts.font(font).label;
    EXPECT_TRUE(fonts.has_glyph(font, U'\u0915'));
}

}  // namespace kiosk::text
