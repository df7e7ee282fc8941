#include "store/iso_time.h"

#include <gtest/gtest.h>

namespace kiosk::store {
namespace {

using namespace std::chrono;

TEST(IsoTime, DatesRoundTripAndSortAsText)
{
    EXPECT_EQ(iso_date(2025y / 3 / 7), "2025-03-07");
    EXPECT_EQ(parse_iso_date("2025-03-07"), 2025y / 3 / 7);
    EXPECT_LT(iso_date(2025y / 9 / 30), iso_date(2025y / 10 / 1));
}

TEST(IsoTime, RejectsDatesThatDoNotExistOrAreMisshapen)
{
    for (const char* text : {"2025-02-29", "2025-13-01", "2025-3-07", "2025/03/07", "2025-03-07 ", "-025-03-07", ""})
        EXPECT_EQ(parse_iso_date(text), std::nullopt) << text;
}

TEST(IsoTime, TimestampsAreUtcToTheSecond)
{
    const sys_seconds at = sys_days{2025y / 3 / 7} + 14h + 5min + 9s;
    EXPECT_EQ(iso_timestamp(at), "2025-03-07T14:05:09Z");
    EXPECT_EQ(parse_iso_timestamp("2025-03-07T14:05:09Z"), at);
    EXPECT_EQ(compact_timestamp(at), "20250307T140509Z");
    for (const char* text : {"2025-03-07T24:00:00Z", "2025-03-07T14:05:09", "2025-03-07 14:05:09Z", "2025-03-07T-1:05:09Z"})
        EXPECT_EQ(parse_iso_timestamp(text), std::nullopt) << text;
}

TEST(IsoTime, MonthsBeforeClampsToTheLastDayOfAShortMonth)
{
    EXPECT_EQ(months_before(2025y / 3 / 15, months{12}), 2024y / 3 / 15);
    EXPECT_EQ(months_before(2025y / 3 / 31, months{1}), 2025y / 2 / 28);
    EXPECT_EQ(months_before(2024y / 5 / 31, months{3}), 2024y / 2 / 29);
}

}  // namespace
}  // namespace kiosk::store
