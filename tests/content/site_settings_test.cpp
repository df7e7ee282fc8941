// Council settings: the five shipped files load cleanly and answer every key the guide uses;
// broken files are reported with file, line and key.
#include "content/guide.h"
#include "content/site_settings.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <set>

namespace kiosk::content {
namespace {

const std::filesystem::path shipped_content = std::filesystem::path(KIOSK_SOURCE_DIR) / "content";

// Writes a one-site content folder holding `toml` as sites/<id>.toml.
std::filesystem::path write_site(const std::string& id, const std::string& toml)
{
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / ("site_test_" + id) / "content";
    std::filesystem::create_directories(dir / "sites");
    std::ofstream(dir / "sites" / (id + ".toml")) << toml;
    return dir;
}

bool has_problem(const SiteLoad& load, int line, std::string_view words)
{
    return std::any_of(load.problems.begin(), load.problems.end(),
                       [&](const Problem& p) { return p.line == line && p.message.find(words) != std::string::npos; });
}

// All five shipped councils load without a problem.
TEST(SiteSettings, ShippedSitesLoad)
{
    const std::vector<std::string> ids = known_site_ids(shipped_content);
    EXPECT_EQ(ids, (std::vector<std::string>{"city-of-london", "kent", "newcastle", "southwark", "stockport"}));
    for (const std::string& id : ids) {
        const SiteLoad load = load_site_settings(shipped_content, id);
        ASSERT_TRUE(load.settings) << id;
        for (const Problem& problem : load.problems) ADD_FAILURE() << problem.file << ":" << problem.line << ": " << problem.message;
        EXPECT_EQ(load.settings->council_id, id);
        EXPECT_FALSE(load.settings->offices.empty()) << id;
    }
}

// Every {{key}} in every language resolves in every shipped site file.
TEST(SiteSettings, EveryKeyTheGuideUsesResolves)
{
    const auto guide = load_guide(shipped_content, "stockport");
    ASSERT_TRUE(guide);
    std::set<std::string> keys;
    for (const LanguageGuide& language : guide->languages) {
        std::vector<const Topic*> topics;
        for (const Topic& topic : language.topics) topics.push_back(&topic);
        if (language.glossary) topics.push_back(&*language.glossary);
        for (const Topic* topic : topics) {
            for (const Block& block : topic->document.blocks) {
                for (const Span& span : block.spans) {
                    if (!span.site_key.empty()) keys.insert(span.site_key);
                }
            }
        }
    }
    ASSERT_GE(keys.size(), 10u);
    for (const std::string& id : known_site_ids(shipped_content)) {
        const SiteLoad load = load_site_settings(shipped_content, id);
        ASSERT_TRUE(load.settings) << id;
        for (const std::string& key : keys) EXPECT_TRUE(load.settings->value(key)) << id << " lacks " << key;
    }
}

// A phone key gives the number as written, a timing the integer.
TEST(SiteSettings, LooksUpDottedKeys)
{
    const SiteLoad load = load_site_settings(shipped_content, "stockport");
    ASSERT_TRUE(load.settings);
    EXPECT_EQ(load.settings->value("phone.interpreting").value(), SiteValue(std::string("0161 477 9000")));
    EXPECT_EQ(load.settings->value("timings.review_later_months").value(), SiteValue(std::int64_t{5}));
    EXPECT_EQ(load.settings->value("council.name").value(), SiteValue(std::string("Stockport Council")));
    const auto missing = load.settings->value("phone.nowhere");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("content/sites/stockport.toml"), std::string::npos);
    EXPECT_NE(missing.error().message.find("phone.nowhere"), std::string::npos);
}

// The default site comes from content/site.toml.
TEST(SiteSettings, DefaultSiteFromSiteToml) { EXPECT_EQ(default_site_id(shipped_content).value(), "stockport"); }

// A file that is not TOML is one problem with its line; nothing half-read is returned.
TEST(SiteSettings, ReportsBrokenTomlWithItsLine)
{
    const auto dir = write_site("bad", "[council]\nid = \"bad\"\nname = \"Bad\n");
    const SiteLoad load = load_site_settings(dir, "bad");
    EXPECT_FALSE(load.settings);
    EXPECT_TRUE(has_problem(load, 3, "not valid TOML"));
    EXPECT_EQ(load.problems.at(0).file, "content/sites/bad.toml");
}

// Schema faults each name the file's key and line; the rest of the file still loads.
TEST(SiteSettings, ReportsSchemaFaultsByKey)
{
    const auto dir = write_site("odd", "[council]\nid = \"other\"\nname = \"Odd\"\n"   // 1-3
                                       "[timings]\nreview_first_months = \"three\"\narrive_minutes_early = 30\n"  // 4-6
                                       "[phone.duty]\nnumber = \"0161 217 6028\"\npurpose = \"Duty\"\ndays = \"monday\"\nopens = \"8.30\"\n"  // 7-11
                                       "[[office]]\nname = \"Hall\"\naddress = \"1 Street\"\n");
    const SiteLoad load = load_site_settings(dir, "odd");
    ASSERT_TRUE(load.settings);
    EXPECT_TRUE(has_problem(load, 2, "council.id \"other\" must equal the file name \"odd\""));
    EXPECT_TRUE(has_problem(load, 5, "timings.review_first_months must be a whole number"));
    EXPECT_TRUE(has_problem(load, 10, "phone.duty.days \"monday\""));
    EXPECT_TRUE(has_problem(load, 11, "phone.duty.opens \"8.30\""));
    EXPECT_TRUE(has_problem(load, 7, "needs both opens and closes"));
    EXPECT_TRUE(std::any_of(load.problems.begin(), load.problems.end(),
                            [](const Problem& p) { return p.message == "no [phone.complaints] table"; }));
    EXPECT_EQ(load.settings->value("timings.arrive_minutes_early").value(), SiteValue(std::int64_t{30}));
    EXPECT_EQ(load.settings->value("phone.duty").value(), SiteValue(std::string("0161 217 6028")));
}

// A council's own closure days come as real TOML dates; anything else is named with its line.
TEST(SiteSettings, ReadsClosureDays)
{
    const auto dir = write_site("shut", "[council]\nid = \"shut\"\nname = \"Shut\"\n"  // 1-3
                                        "[closures]\ndays = [2022-06-03, 2023-05-08, \"2024-01-02\"]\n"  // 4-5
                                        "[[office]]\nname = \"Hall\"\naddress = \"1 Street\"\n");
    const SiteLoad load = load_site_settings(dir, "shut");
    ASSERT_TRUE(load.settings);
    using namespace std::chrono;
    EXPECT_EQ(load.settings->closure_days, (std::vector<year_month_day>{year{2022} / June / 3, year{2023} / May / 8}));
    EXPECT_TRUE(has_problem(load, 5, "closures.days holds dates"));
}

// Without a [kiosk] table a site keeps the kiosk's defaults, keypad keys included.
TEST(SiteSettings, KioskDefaultsWhenAbsent)
{
    const auto dir = write_site("plain", "[council]\nid = \"plain\"\nname = \"Plain\"\n[[office]]\nname = \"Hall\"\naddress = \"1 Street\"\n");
    const SiteLoad load = load_site_settings(dir, "plain");
    ASSERT_TRUE(load.settings);
    const KioskSettings& kiosk = load.settings->kiosk;
    EXPECT_EQ(kiosk.idle_seconds, 90);
    EXPECT_EQ(kiosk.warning_seconds, 30);
    EXPECT_FLOAT_EQ(kiosk.panel_px_per_mm, 3.6f);
    EXPECT_EQ(kiosk.default_volume, 4);
    ASSERT_EQ(kiosk.keys.size(), 8u);
    EXPECT_EQ(kiosk.keys[0].action, KeypadAction::Next);
    EXPECT_EQ(kiosk.keys[0].key_names, (std::vector<std::string>{"Right", "Down"}));
    EXPECT_EQ(kiosk.keys[7].action, KeypadAction::Repeat);
    EXPECT_EQ(kiosk.keys[7].key_names, (std::vector<std::string>{"Space"}));
}

// The shipped sites write out the defaults (for the council's IT to confirm), so they read as the defaults.
TEST(SiteSettings, ShippedSitesSpellOutTheKioskDefaults)
{
    for (const std::string& id : known_site_ids(shipped_content)) {
        const SiteLoad load = load_site_settings(shipped_content, id);
        ASSERT_TRUE(load.settings) << id;
        const KioskSettings defaults;
        EXPECT_EQ(load.settings->kiosk.idle_seconds, defaults.idle_seconds) << id;
        EXPECT_EQ(load.settings->kiosk.default_volume, defaults.default_volume) << id;
        for (std::size_t i = 0; i < defaults.keys.size(); ++i) EXPECT_EQ(load.settings->kiosk.keys[i].key_names, defaults.keys[i].key_names) << id;
    }
}

// A [kiosk] table's values are read; an action given keys replaces only its own defaults.
TEST(SiteSettings, ReadsKioskSettings)
{
    const auto dir = write_site("keyed", "[council]\nid = \"keyed\"\nname = \"Keyed\"\n[[office]]\nname = \"Hall\"\naddress = \"1 Street\"\n"
                                         "[kiosk]\nidle_seconds = 120\nwarning_seconds = 45\npanel_px_per_mm = 5.6\ndefault_volume = 2\n"
                                         "[kiosk.keys]\nnext = [\"Keypad 6\", \"down\"]\nhelp = [\"h\"]\n");
    const SiteLoad load = load_site_settings(dir, "keyed");
    ASSERT_TRUE(load.settings);
    for (const Problem& problem : load.problems) {
        if (problem.message.find("kiosk") != std::string::npos) ADD_FAILURE() << problem.line << ": " << problem.message;
    }
    const KioskSettings& kiosk = load.settings->kiosk;
    EXPECT_EQ(kiosk.idle_seconds, 120);
    EXPECT_EQ(kiosk.warning_seconds, 45);
    EXPECT_FLOAT_EQ(kiosk.panel_px_per_mm, 5.6f);
    EXPECT_EQ(kiosk.default_volume, 2);
    EXPECT_EQ(kiosk.keys[0].key_names, (std::vector<std::string>{"Keypad 6", "down"}));
    EXPECT_EQ(kiosk.keys[4].key_names, (std::vector<std::string>{"h"}));
    EXPECT_EQ(kiosk.keys[1].key_names, (std::vector<std::string>{"Left", "Up"}));  // not given: the default
}

// Wrong types, values out of range, unknown actions, unknown key names and a key given to two
// actions are each reported with the line and the key; the defaults stay in their place.
TEST(SiteSettings, ReportsKioskFaultsByKey)
{
    const auto dir = write_site("wrong", "[council]\nid = \"wrong\"\nname = \"Wrong\"\n[[office]]\nname = \"Hall\"\naddress = \"1 Street\"\n"  // 1-6
                                         "[kiosk]\nidle_seconds = \"90\"\nwarning_seconds = 10\npanel_px_per_mm = \"3.6\"\ndefault_volume = 6\n"  // 7-11
                                         "[kiosk.keys]\njump = [\"J\"]\nnext = [\"Rigth\"]\nback = \"Escape\"\nrepeat = [\"Return\"]\n");  // 12-16
    const SiteLoad load = load_site_settings(dir, "wrong");
    ASSERT_TRUE(load.settings);
    EXPECT_TRUE(has_problem(load, 8, "kiosk.idle_seconds must be a whole number from 10 to 3600"));
    EXPECT_TRUE(has_problem(load, 9, "kiosk.warning_seconds must be a whole number from 20 to 600"));
    EXPECT_TRUE(has_problem(load, 10, "kiosk.panel_px_per_mm must be a number from 1 to 20"));
    EXPECT_TRUE(has_problem(load, 11, "kiosk.default_volume must be a whole number from 1 to 5"));
    EXPECT_TRUE(has_problem(load, 13, "kiosk.keys.jump is not a keypad action"));
    EXPECT_TRUE(has_problem(load, 14, "kiosk.keys.next: \"Rigth\" is not a key name the kiosk knows"));
    EXPECT_TRUE(has_problem(load, 15, "kiosk.keys.back must be a list of key names"));
    EXPECT_TRUE(has_problem(load, 12, "\"Return\" is given to both activate and repeat"));
    for (const Problem& problem : load.problems) EXPECT_EQ(problem.file, "content/sites/wrong.toml");
    EXPECT_EQ(load.settings->kiosk.idle_seconds, 90);
    EXPECT_EQ(load.settings->kiosk.default_volume, 4);
}

// Key names are SDL's, in any case, or one printable character; nothing else.
TEST(SiteSettings, KnowsKeypadKeyNames)
{
    for (const char* name : {"Right", "keypad enter", "AC Back", "VolumeUp", "F1", "+", "j"}) EXPECT_TRUE(is_keypad_key_name(name)) << name;
    for (const char* name : {"", "Rigth", "Keypad Enter ", " ", "Volume Up"}) EXPECT_FALSE(is_keypad_key_name(name)) << name;
}

// A site that does not exist is a problem naming the file, not a crash.
TEST(SiteSettings, ReportsAMissingFile)
{
    const SiteLoad load = load_site_settings(shipped_content, "atlantis");
    EXPECT_FALSE(load.settings);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].file, "content/sites/atlantis.toml");
}

}  // namespace
}  // namespace kiosk::content
