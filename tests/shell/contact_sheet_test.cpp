// The tour's contact sheet: sections per screen, labelled pictures, and names that cannot break
// the page.
#include "shell/contact_sheet.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

using kiosk::shell::contact_sheet_html;
using kiosk::shell::ContactSheetEntry;

}  // namespace

// One section per screen, in the order screens first appear, each holding its own pictures.
TEST(ContactSheet, GroupsPicturesBySectionInFirstAppearanceOrder)
{
    const std::vector<ContactSheetEntry> entries{{"home", "en", 100, "calm", "home-en-100.png"},
                                                 {"welcome", "ur", 150, "calm", "welcome-ur-150.png"},
                                                 {"home", "ar", 200, "high-contrast", "home-ar-200.png"}};
    const std::string html = contact_sheet_html(entries);
    const auto home = html.find("<section id=\"screen-home\">");
    const auto welcome = html.find("<section id=\"screen-welcome\">");
    ASSERT_NE(home, std::string::npos);
    ASSERT_NE(welcome, std::string::npos);
    EXPECT_LT(home, welcome);
    const auto second_home_picture = html.find("href=\"home-ar-200.png\"");
    EXPECT_GT(second_home_picture, home);
    EXPECT_LT(second_home_picture, welcome);
    EXPECT_NE(html.find("ar / 200 % / high-contrast"), std::string::npos);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
}

// Markup characters in a name are escaped in text and percent-encoded in links.
TEST(ContactSheet, EscapesNamesAndEncodesLinks)
{
    const std::vector<ContactSheetEntry> entries{{"a<b>&\"c\"", "en", 100, "calm", "x y#1?.png"}};
    const std::string html = contact_sheet_html(entries);
    EXPECT_EQ(html.find("a<b>"), std::string::npos);
    EXPECT_NE(html.find("<h2>a&lt;b&gt;&amp;&quot;c&quot;</h2>"), std::string::npos);
    EXPECT_NE(html.find("href=\"x%20y%231%3F.png\""), std::string::npos);
    EXPECT_EQ(html.find("x y#1?.png"), std::string::npos);
}
