#include "store/access_request.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace kiosk::store {
namespace {

TEST(AccessRequest, EveryNeedHasADistinctIdThatParsesBack)
{
    std::set<std::string> seen;
    for (const Need need : all_needs) {
        const std::string_view id = need_id(need);
        ASSERT_FALSE(id.empty());
        EXPECT_TRUE(seen.insert(std::string(id)).second) << id;
        EXPECT_EQ(parse_need_id(id), need);
    }
    EXPECT_EQ(parse_need_id("teleport"), std::nullopt);
}

TEST(AccessRequest, StatusAndContactIdsRoundTrip)
{
    for (const NeedStatus status : {NeedStatus::Requested, NeedStatus::Arranged, NeedStatus::NotPossible})
        EXPECT_EQ(parse_status_id(status_id(status)), status);
    for (const ContactBy contact : {ContactBy::NoPreference, ContactBy::PhoneCall, ContactBy::TextMessage, ContactBy::Letter})
        EXPECT_EQ(parse_contact_id(contact_id(contact)), contact);
    EXPECT_EQ(parse_status_id("done"), std::nullopt);
}

TEST(AccessRequest, FindsANeedOnlyWhenAsked)
{
    AccessRequest request;
    request.needs.push_back({Need::Interpreter, "syl", NeedStatus::Requested, ""});
    ASSERT_NE(request.find(Need::Interpreter), nullptr);
    EXPECT_EQ(request.find(Need::Interpreter)->detail, "syl");
    EXPECT_EQ(request.find(Need::Childcare), nullptr);
}

}  // namespace
}  // namespace kiosk::store
