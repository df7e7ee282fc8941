#include "store/access_request.h"

#include <algorithm>
#include <utility>

namespace kiosk::store {

namespace {

constexpr std::array<std::pair<Need, std::string_view>, all_needs.size()> need_ids{{
    {Need::Interpreter, "interpreter"},
    {Need::SignLanguage, "sign_language"},
    {Need::HearingLoop, "hearing_loop"},
    {Need::StepFreeAccess, "step_free_access"},
    {Need::AccessibleToilet, "accessible_toilet"},
    {Need::Childcare, "childcare"},
    {Need::Travel, "travel"},
    {Need::ReportsLargePrint, "reports_large_print"},
    {Need::ReportsAudio, "reports_audio"},
    {Need::ReportsBraille, "reports_braille"},
    {Need::ReportsInOwnLanguage, "reports_own_language"},
    {Need::ReportsReadBeforehand, "reports_read_beforehand"},
    {Need::QuietRoom, "quiet_room"},
    {Need::MeetChairFirst, "meet_chair_first"},
    {Need::Supporter, "supporter"},
    {Need::Other, "other"},
}};

constexpr std::array<std::pair<NeedStatus, std::string_view>, 3> status_ids{{
    {NeedStatus::Requested, "requested"},
    {NeedStatus::Arranged, "arranged"},
    {NeedStatus::NotPossible, "not_possible"},
}};

constexpr std::array<std::pair<ContactBy, std::string_view>, 4> contact_ids{{
    {ContactBy::NoPreference, ""},
    {ContactBy::PhoneCall, "phone_call"},
    {ContactBy::TextMessage, "text_message"},
    {ContactBy::Letter, "letter"},
}};

template <typename Enum, std::size_t N>
std::string_view id_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    const auto* entry = std::ranges::find(table, value, &std::pair<Enum, std::string_view>::first);
    return entry == table.end() ? std::string_view{} : entry->second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_id(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view id)
{
    const auto* entry = std::ranges::find(table, id, &std::pair<Enum, std::string_view>::second);
    if (entry == table.end()) return std::nullopt;
    return entry->first;
}

}  // namespace

std::string_view need_id(Need need) { return id_of(need_ids, need); }
std::optional<Need> parse_need_id(std::string_view id) { return parse_id(need_ids, id); }
std::string_view status_id(NeedStatus status) { return id_of(status_ids, status); }
std::optional<NeedStatus> parse_status_id(std::string_view id) { return parse_id(status_ids, id); }
std::string_view contact_id(ContactBy contact) { return id_of(contact_ids, contact); }
std::optional<ContactBy> parse_contact_id(std::string_view id) { return parse_id(contact_ids, id); }

const RequestedNeed* AccessRequest::find(Need need) const
{
    const auto found = std::ranges::find(needs, need, &RequestedNeed::need);
    return found == needs.end() ? nullptr : &*found;
}

RequestedNeed* AccessRequest::find(Need need)
{
    const auto found = std::ranges::find(needs, need, &RequestedNeed::need);
    return found == needs.end() ? nullptr : &*found;
}

}  // namespace kiosk::store
