// `parent-kiosk tour` as a reviewer uses it: every picture tour_command.h promises, none empty,
// all on one contact sheet. Drawn small (640x360) so the whole tour takes seconds, not a minute.
#include "core/language.h"
#include "shell/example_views.h"
#include "shell/run_binary.h"
#include "ui/kiosk_view.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

// The promise: every screen in every language at every text size, and high contrast once per
// screen and language at 100 %; staff screens in English only.
std::set<std::string> promised_pictures()
{
    std::set<std::string> names;
    for (const std::string_view screen : kiosk::shell::example_screen_names()) {
        for (const kiosk::Language language : kiosk::all_languages) {
            if (screen.starts_with("staff") && language != kiosk::Language::English) continue;
            const std::string stem = std::string(screen) + "-" + std::string(kiosk::language_code(language)) + "-";
            for (const float scale : kiosk::ui::text_scales) names.insert(stem + std::to_string(std::lround(scale * 100)) + ".png");
            names.insert(stem + "100-high-contrast.png");
        }
    }
    return names;
}

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

// Exactly the promised PNGs, each a non-empty file, each linked and shown from index.html.
TEST(TourCommand, WritesEveryPromisedScreenAndAContactSheetOfThem)
{
    const fs::path out_dir = fs::path(::testing::TempDir()) / "tour_command";
    fs::remove_all(out_dir);
    const auto outcome = kiosk::shell::testing::run_binary("tour --out " + out_dir.string() + " --size 640x360 --px-per-mm 1.2 2>&1");
    ASSERT_EQ(outcome.exit_code, 0) << outcome.out;
    const std::set<std::string> promised = promised_pictures();
    EXPECT_NE(outcome.out.find("wrote " + std::to_string(promised.size()) + " screens"), std::string::npos) << outcome.out;

    std::set<std::string> written;
    for (const auto& entry : fs::directory_iterator(out_dir)) {
        if (entry.path().extension() != ".png") continue;
        written.insert(entry.path().filename().string());
        EXPECT_GT(entry.file_size(), 0u) << entry.path();
    }
    EXPECT_EQ(written, promised);

    const std::string html = read_file(out_dir / "index.html");
    ASSERT_FALSE(html.empty()) << "no index.html";
    for (const std::string& name : promised) {
        EXPECT_NE(html.find("href=\"" + name + "\""), std::string::npos) << name << " is not linked";
        EXPECT_NE(html.find("src=\"" + name + "\""), std::string::npos) << name << " is not shown";
    }
}
