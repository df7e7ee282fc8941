// What a parent asks for so they can take part in their conference, as the desk records it.
// Shared by the parent's flow (ui), the records store, staff mode and the CSV export.
//
// Data minimisation: only what the desk needs to arrange the help. The name, date, phone and
// contact preference are optional; a request with none of them is still useful (the parent
// quotes the reference code at the desk).
#pragma once

#include "core/language.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

// Each kind of help a parent can ask for. The ids (need_id) are stored in the database and the
// CSV export, so never renumber or rename them; add new ones at the end.
enum class Need {
    Interpreter,
    SignLanguage,
    HearingLoop,
    StepFreeAccess,
    AccessibleToilet,
    Childcare,
    Travel,
    ReportsLargePrint,
    ReportsAudio,
    ReportsBraille,
    ReportsInOwnLanguage,
    ReportsReadBeforehand,
    QuietRoom,
    MeetChairFirst,
    Supporter,
    Other,
};

inline constexpr std::array<Need, 16> all_needs{
    Need::Interpreter,       Need::SignLanguage,         Need::HearingLoop,           Need::StepFreeAccess,
    Need::AccessibleToilet,  Need::Childcare,            Need::Travel,                Need::ReportsLargePrint,
    Need::ReportsAudio,      Need::ReportsBraille,       Need::ReportsInOwnLanguage,  Need::ReportsReadBeforehand,
    Need::QuietRoom,         Need::MeetChairFirst,       Need::Supporter,             Need::Other,
};

// "interpreter", "sign_language", "hearing_loop", "step_free_access", "accessible_toilet",
// "childcare", "travel", "reports_large_print", "reports_audio", "reports_braille",
// "reports_own_language", "reports_read_beforehand", "quiet_room", "meet_chair_first",
// "supporter", "other".
std::string_view need_id(Need need);
std::optional<Need> parse_need_id(std::string_view id);

// Where the desk has got to with one need.
enum class NeedStatus { Requested, Arranged, NotPossible };
std::string_view status_id(NeedStatus status);  // "requested", "arranged", "not_possible"
std::optional<NeedStatus> parse_status_id(std::string_view id);

struct RequestedNeed {
    Need need = Need::Other;
    // What kind: for Interpreter the language's code ("syl", "pa", "yue", ...), for SignLanguage
    // "bsl" or "other", for Other the parent's short free text; empty for the rest.
    std::string detail;
    NeedStatus status = NeedStatus::Requested;
    std::string staff_note;  // why not possible, who is booked, ...
};

enum class ContactBy { NoPreference, PhoneCall, TextMessage, Letter };
std::string_view contact_id(ContactBy contact);  // "", "phone_call", "text_message", "letter"
std::optional<ContactBy> parse_contact_id(std::string_view id);

struct AccessRequest {
    std::int64_t id = 0;     // the store's row id; 0 before it is saved
    std::string reference;   // the code the parent quotes, e.g. "K7M-4QX"; set by the store on save
    Language language = Language::English;  // the language the parent used at the kiosk
    std::vector<RequestedNeed> needs;       // at most one of each Need, in all_needs order
    std::string interpreter_dialect;        // optional, free text ("Sylheti from Sunamganj")
    bool interpreter_same_gender = false;
    std::string name;                       // as on the invitation letter; optional
    std::optional<std::chrono::year_month_day> conference_date;
    std::string phone;                      // optional
    ContactBy contact_by = ContactBy::NoPreference;
    std::string entered_by;                 // "kiosk" for a parent's own request, else staff initials
    std::chrono::sys_seconds created_at{};  // set by the store on save (UTC)
    bool cancelled = false;

    const RequestedNeed* find(Need need) const;
    RequestedNeed* find(Need need);
};

}  // namespace kiosk::store
