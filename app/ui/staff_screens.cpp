#include "ui/staff_screens.h"

#include "store/csv_export.h"
#include "ui/keyboard.h"
#include "ui/needs_screens.h"

#include <algorithm>

namespace kiosk::ui {
namespace {

// Staff screens are in English (the desk's language); a parent never sees them.
std::string date_text(const Frame& frame, std::optional<std::chrono::year_month_day> day)
{
    if (!day) return "no date";
    const auto& format = frame.context().records.date;
    return format ? format(Language::English, *day) : "";
}

std::string status_text(store::NeedStatus status)
{
    switch (status) {
    case store::NeedStatus::Requested: return "Not arranged yet";
    case store::NeedStatus::Arranged: return "Arranged";
    case store::NeedStatus::NotPossible: return "Not possible";
    }
    return "";
}

// A row of equal buttons across the top; returns its bottom edge.
float staff_bar(Frame& frame, float y, const std::vector<std::pair<std::string, Action>>& buttons)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const auto count = static_cast<float>(buttons.size());
    const float width = (frame.width() - 2 * margin - (count - 1) * gap) / count;
    float height = frame.mm(18);
    for (const auto& [label, action] : buttons) height = frame.control_height(label, width, frame.body_px(), height);
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        frame.button({margin + static_cast<float>(i) * (width + gap), y, width, height}, buttons[i].first, buttons[i].second, frame.body_px());
    }
    return y + height + gap;
}

// Grey notices at the top: why requests cannot be saved, the outcome of the last action.
float notices(Frame& frame, float y)
{
    const float margin = frame.mm(margin_mm);
    const float width = frame.width() - 2 * margin;
    for (const std::string* notice : {&frame.view().staff.message}) {
        if (!notice->empty()) y += frame.paragraph(*notice, margin, y, width, frame.body_px()) + frame.mm(2);
    }
    return y;
}

void pin_page(Frame& frame)
{
    const StaffView& staff = frame.view().staff;
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = staff_bar(frame, gap, {{"Back to the parents' screens", {ActionKind::Finished, 0}}});
    y += frame.paragraph("Staff: enter the staff PIN", margin, y, frame.width() - 2 * margin, frame.body_px() * 1.5f) + gap;
    y = notices(frame, y);
    const std::string& pin_problem = frame.context().records.pin_problem;
    if (!pin_problem.empty()) y += frame.paragraph(pin_problem, margin, y, frame.width() - 2 * margin, frame.body_px()) + gap;
    std::string dots;
    for (std::size_t i = 0; i < staff.pin_typed.size(); ++i) dots += "\u25CF ";
    y += frame.paragraph(dots.empty() ? std::string(" ") : dots, margin, y, frame.width() - 2 * margin, frame.body_px() * 1.5f) + gap;
    // A telephone-style pad of 25 mm keys: 1-9, then Delete, 0, Unlock.
    const float key = frame.mm(25);
    const float left = (frame.width() - 3 * key - 2 * gap) / 2;
    const std::string labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "0", "Unlock"};
    for (int i = 0; i < 12; ++i) {
        const float x = left + static_cast<float>(i % 3) * (key + gap);
        const float top = y + static_cast<float>(i / 3) * (key + gap);
        const Action action = i == 9 ? Action{ActionKind::PinDelete, 0} : i == 11 ? Action{ActionKind::PinEnter, 0} : Action{ActionKind::PinDigit, i == 10 ? 0 : i + 1};
        frame.button(frame.placed({x, top, key, key}), labels[i], action, frame.body_px());
    }
}

std::string request_line(const Frame& frame, const store::AccessRequest& request)
{
    int arranged = 0;
    for (const store::RequestedNeed& need : request.needs) arranged += need.status == store::NeedStatus::Arranged;
    std::string line = request.reference + "   " + date_text(frame, request.conference_date) + "   " +
                       std::string(store::english_language_name(request.language)) + "   " + (request.name.empty() ? "(no name)" : request.name) +
                       "   " + std::to_string(request.needs.size()) + " needs, " + std::to_string(arranged) + " arranged";
    if (request.cancelled) line += "   CANCELLED";
    return line;
}

void requests_page(Frame& frame)
{
    const StaffView& staff = frame.view().staff;
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = staff_bar(frame, gap,
                        {{"Sign out", {ActionKind::StaffSignOut, 0}},
                         {"Next 4 weeks", {ActionKind::StaffSearchBy, static_cast<int>(StaffSearch::Upcoming)}},
                         {"Find a code", {ActionKind::StaffSearchBy, static_cast<int>(StaffSearch::Code)}},
                         {"Find a name", {ActionKind::StaffSearchBy, static_cast<int>(StaffSearch::Name)}},
                         {"Find a date", {ActionKind::StaffSearchBy, static_cast<int>(StaffSearch::Date)}},
                         {"New request", {ActionKind::StaffNewRequest, 0}},
                         {"Audit", {ActionKind::StaffAudit, 0}}});
    y = staff_bar(frame, y,
                  {{"Export today (CSV)", {ActionKind::StaffExport, 0}},
                   {"Export next 4 weeks (CSV)", {ActionKind::StaffExport, 28}},
                   {"Go through the steps with a family", {ActionKind::StartWalkthrough, 0}}});
    const float width = frame.width() - 2 * margin;
    if (const std::string& problem = frame.context().records.records_problem; !problem.empty()) {
        y += frame.paragraph("Requests cannot be saved or found: " + problem, margin, y, width, frame.body_px() * 1.2f) + gap;
    }
    y = notices(frame, y);
    const char* heading = staff.search == StaffSearch::Upcoming ? "Conferences in the next 4 weeks"
                          : staff.search == StaffSearch::Code ? "Find by reference code: "
                          : staff.search == StaffSearch::Date ? "Conferences on (YYYY-MM-DD): "
                                                              : "Find by name: ";
    y += frame.paragraph(heading + (staff.search == StaffSearch::Upcoming ? std::string() : staff.search_text), margin, y, width, frame.body_px() * 1.3f) + gap;
    if (staff.results.empty()) y += frame.paragraph("Nothing found.", margin, y, width, frame.body_px()) + gap;
    frame.begin_scrolled({0, y, frame.width(), frame.height() - y});
    y -= frame.view().scroll_px;
    for (std::size_t i = 0; i < staff.results.size(); ++i) {
        const std::string line = request_line(frame, staff.results[i]);
        const float height = frame.control_height(line, width, frame.body_px(), frame.mm(15), "description");
        frame.button({margin, y, width, height}, line, {ActionKind::StaffOpenRequest, static_cast<int>(i)}, frame.body_px(), "description");
        y += height + gap / 2;
    }
    frame.end_scrolled();
}

void request_page(Frame& frame)
{
    const store::AccessRequest& request = frame.view().staff.open;
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = staff_bar(frame, gap,
                        {{"Back to the list", {ActionKind::StaffList, 0}},
                         {"Edit", {ActionKind::StaffEditRequest, 0}},
                         {"Cancel this request", {ActionKind::StaffCancelRequest, 0}},
                         {"Sign out", {ActionKind::StaffSignOut, 0}}});
    y = notices(frame, y);
    const float width = frame.width() - 2 * margin;
    frame.begin_scrolled({0, y, frame.width(), frame.height() - y});
    y -= frame.view().scroll_px;
    std::string about = request.reference + (request.cancelled ? "   CANCELLED" : "") + "\nConference: " + date_text(frame, request.conference_date) +
                        "\nLanguage at the kiosk: " + std::string(store::english_language_name(request.language)) +
                        "\nName: " + request.name + "\nPhone: " + request.phone + "\nContact by: " +
                        (request.contact_by == store::ContactBy::NoPreference ? std::string("no preference")
                                                                              : frame.context().strings(Language::English, "contact." + std::string(store::contact_id(request.contact_by)))) +
                        "\nEntered by: " + request.entered_by;
    y += frame.paragraph(about, margin, y, width, frame.body_px()) + gap;
    const float button_width = frame.mm(45);
    for (const store::RequestedNeed& need : request.needs) {
        std::string text = need_summary(need, request, Language::English, frame.context(), TypedText::Include) + "\n" + status_text(need.status);
        if (!need.staff_note.empty()) text += " - note: " + need.staff_note;
        const float text_width = width - 4 * (button_width + gap);
        const float height = frame.control_height(text, text_width, frame.body_px(), frame.mm(18));
        frame.paragraph(text, margin, y, text_width, frame.body_px());
        const int base = static_cast<int>(need.need) * 3;
        const std::pair<const char*, Action> buttons[] = {
            {"Arranged", {ActionKind::StaffSetStatus, base + static_cast<int>(store::NeedStatus::Arranged)}},
            {"Not possible", {ActionKind::StaffSetStatus, base + static_cast<int>(store::NeedStatus::NotPossible)}},
            {"Not yet", {ActionKind::StaffSetStatus, base + static_cast<int>(store::NeedStatus::Requested)}},
            {"Note", {ActionKind::StaffNote, static_cast<int>(need.need)}}};
        float x = margin + text_width + gap;
        for (const auto& [label, action] : buttons) {
            const bool current = action.kind == ActionKind::StaffSetStatus && action.value == base + static_cast<int>(need.status);
            frame.button({x, y, button_width, height}, label, action, frame.body_px() * 0.9f, {}, {}, current ? Chosen::Yes : Chosen::No);
            x += button_width + gap;
        }
        y += height + gap;
    }
    frame.end_scrolled();
}

void audit_page(Frame& frame)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = staff_bar(frame, gap, {{"Back to the list", {ActionKind::StaffList, 0}}, {"Sign out", {ActionKind::StaffSignOut, 0}}});
    y -= frame.view().scroll_px;
    y += frame.paragraph("Audit: every staff action, newest first", margin, y, frame.width() - 2 * margin, frame.body_px() * 1.3f) + gap;
    for (const std::string& line : frame.view().staff.audit) y += frame.paragraph(line, margin, y, frame.width() - 2 * margin, frame.body_px() * 0.9f);
}

}  // namespace

void draw_staff(Frame& frame)
{
    const KioskView& view = frame.view();
    switch (view.staff.page) {
    case StaffPage::Pin: pin_page(frame); break;
    case StaffPage::Requests: requests_page(frame); break;
    case StaffPage::Request: request_page(frame); break;
    case StaffPage::Audit: audit_page(frame); break;
    }
    if (view.typing == TextField::StaffSearch || view.typing == TextField::StaffNote) {
        const std::string* typed = typed_text(view, view.typing);
        const char* label = view.typing == TextField::StaffNote ? "Note for the desk"
                            : view.staff.search == StaffSearch::Code ? "Reference code"
                            : view.staff.search == StaffSearch::Date ? "Conference day, YYYY-MM-DD"
                                                                     : "Part of the name";
        draw_keyboard(frame, view.typing, typed ? *typed : std::string(), label);
    }
}

}  // namespace kiosk::ui
