// Across site files: every key the guide uses exists in each, and all offer the same keys.
#include "content/site_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace kiosk::content {
namespace {

const std::filesystem::path broken_content = std::filesystem::path(KIOSK_FIXTURES_DIR) / "content" / "broken";

// A copy of the broken fixture's good site as `id`, with `extra` appended to it.
void write_site(const std::filesystem::path& dir, const std::string& id, const std::string& extra)
{
    std::ifstream source(broken_content / "sites" / "testshire.toml");
    std::string toml((std::istreambuf_iterator<char>(source)), std::istreambuf_iterator<char>());
    const std::string from = "id = \"testshire\"";
    toml.replace(toml.find(from), from.size(), "id = \"" + id + "\"");
    std::ofstream(dir / "sites" / (id + ".toml")) << toml << extra;
}

// Keys differ between two sites: the one without the other's key is reported.
TEST(SiteChecks, SiteFilesHaveTheSameKeys)
{
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "site_checks" / "content";
    std::filesystem::remove_all(dir.parent_path());
    std::filesystem::create_directories(dir / "sites");
    std::ofstream(dir / "site.toml") << "default_site = \"alpha\"\n";
    write_site(dir, "alpha", "");
    write_site(dir, "beta", "\n[phone.advice]\nnumber = \"0800 000 000\"\npurpose = \"Advice\"\ndays = \"mon-fri\"\n");
    Guide guide;
    guide.site = load_site_settings(dir, "alpha").settings;
    std::vector<Problem> problems;
    check_sites(dir, guide, "alpha", problems);
    ASSERT_EQ(problems.size(), 1u) << problems.front().message;
    EXPECT_EQ(problems[0].file, "content/sites/alpha.toml");
    EXPECT_EQ(problems[0].message, "no setting phone.advice, which content/sites/beta.toml has; every site file has the same keys");
}

// A fault in another site's [kiosk] table reaches the content check, naming that file and the key.
TEST(SiteChecks, ReportsOtherSitesKioskFaults)
{
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "site_checks_kiosk" / "content";
    std::filesystem::remove_all(dir.parent_path());
    std::filesystem::create_directories(dir / "sites");
    std::ofstream(dir / "site.toml") << "default_site = \"alpha\"\n";
    write_site(dir, "alpha", "");
    write_site(dir, "beta", "\n[kiosk.keys]\nback = [\"Backk\"]\n");
    Guide guide;
    guide.site = load_site_settings(dir, "alpha").settings;
    std::vector<Problem> problems;
    check_sites(dir, guide, "alpha", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "content/sites/beta.toml");
    EXPECT_NE(problems[0].message.find("kiosk.keys.back: \"Backk\" is not a key name the kiosk knows"), std::string::npos) << problems[0].message;
}

// site.toml must name a site that exists.
TEST(SiteChecks, DefaultSiteMustExist)
{
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "site_checks_default" / "content";
    std::filesystem::remove_all(dir.parent_path());
    std::filesystem::create_directories(dir / "sites");
    std::ofstream(dir / "site.toml") << "default_site = \"gamma\"\n";
    write_site(dir, "alpha", "");
    Guide guide;
    guide.site = load_site_settings(dir, "alpha").settings;
    std::vector<Problem> problems;
    check_sites(dir, guide, "alpha", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "content/site.toml");
    EXPECT_NE(problems[0].message.find("default_site \"gamma\" has no file"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::content
