#include "ui/staff_desk.h"

#include "store/csv_export.h"
#include "store/iso_time.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace kiosk::ui {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string when(std::chrono::sys_seconds at)
{
    const auto day = std::chrono::floor<days>(at);
    const std::chrono::hh_mm_ss time{at - day};
    char text[32];
    std::snprintf(text, sizeof text, "%s %02d:%02d UTC", store::iso_date(year_month_day{day}).c_str(), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()));
    return text;
}

}  // namespace

void StaffDesk::touch(std::chrono::steady_clock::time_point now)
{
    if (m_services.lock) m_services.lock->touch(now);
}

bool StaffDesk::locked(std::chrono::steady_clock::time_point now)
{
    return !m_services.lock || m_services.lock->tick(now) == store::LockState::Locked;
}

void StaffDesk::sign_out()
{
    if (m_services.lock) m_services.lock->lock();
}

void StaffDesk::unlock(KioskView& view, std::chrono::steady_clock::time_point now, year_month_day today)
{
    std::string pin = std::move(view.staff.pin_typed);
    view.staff.pin_typed.clear();
    if (!m_services.lock) {
        view.staff.message = m_services.pin_problem;
        return;
    }
    const store::AttemptResult result = m_services.lock->attempt(pin, now);
    std::fill(pin.begin(), pin.end(), '\0');  // the PIN leaves memory as soon as it is checked
    using Outcome = store::AttemptResult::Outcome;
    if (result.outcome == Outcome::Unlocked) {
        view.staff_session = true;
        view.staff.page = StaffPage::Requests;
        view.staff.message.clear();
        if (m_services.records) (void)m_services.records->record_audit(staff_who, "staff_login", "");
        list(view, today);
        return;
    }
    const auto seconds = std::to_string(result.wait.count());
    view.staff.message = result.outcome == Outcome::LockedOut ? "Too many wrong PINs. Try again in " + seconds + " seconds."
                         : result.wait.count() > 0           ? "That PIN is not right. Try again in " + seconds + " seconds."
                                                             : "That PIN is not right. Please try again.";
}

void StaffDesk::list(KioskView& view, year_month_day today)
{
    view.staff.page = StaffPage::Requests;
    view.staff.results.clear();
    if (!m_services.records) return;
    Result<std::vector<store::AccessRequest>> found = std::vector<store::AccessRequest>{};
    switch (view.staff.search) {
    case StaffSearch::Upcoming: found = m_services.records->list_upcoming(today, days(28)); break;
    case StaffSearch::Name: found = m_services.records->find_by_name(view.staff.search_text); break;
    case StaffSearch::Date: {
        const auto day = store::parse_iso_date(view.staff.search_text);
        if (!day) {
            view.staff.message = "Type the day as year-month-day, for example 2026-12-03.";
            return;
        }
        found = m_services.records->list_by_conference_date(*day, *day);
        break;
    }
    case StaffSearch::Code: {
        auto one = m_services.records->find_by_reference(view.staff.search_text);
        if (!one) found = std::unexpected(one.error());
        else if (*one) found = std::vector<store::AccessRequest>{std::move(**one)};
        break;
    }
    }
    if (!found) {
        view.staff.message = found.error().message;
        return;
    }
    view.staff.results = std::move(*found);
}

void StaffDesk::reopen(KioskView& view, std::int64_t request_id)
{
    // Read back what was stored, so the screen shows the database, not what was meant to be written.
    auto found = m_services.records->find_by_reference(view.staff.open.reference);
    if (!found || !*found || (**found).id != request_id) {
        view.staff.message = found ? "The request could not be read back." : found.error().message;
        return;
    }
    view.staff.open = **found;
    for (store::AccessRequest& row : view.staff.results) {
        if (row.id == request_id) row = view.staff.open;
    }
}

void StaffDesk::export_csv(KioskView& view, year_month_day from, year_month_day to)
{
    auto requests = m_services.records->list_for_export(from, to);
    if (!requests) {
        view.staff.message = requests.error().message;
        return;
    }
    const auto path = m_services.export_dir / ("access-needs-" + store::iso_date(from) + "-to-" + store::iso_date(to) + ".csv");
    std::error_code error;
    std::filesystem::create_directories(m_services.export_dir, error);
    if (auto written = store::write_csv_file(path, store::requests_to_csv(*requests)); !written) {
        view.staff.message = written.error().message;
        return;
    }
    (void)m_services.records->record_audit(staff_who, "export", store::iso_date(from) + " to " + store::iso_date(to) + ", " + std::to_string(requests->size()) + " requests");
    view.staff.message = "Exported " + std::to_string(requests->size()) + " requests to " + path.string();
}

void StaffDesk::save(KioskView& view)
{
    if (!m_services.records) {
        view.save_failed = true;
        return;
    }
    store::AccessRequest request = view.request;
    Result<std::string> saved = request.reference;
    if (request.id != 0) {
        if (auto updated = m_services.records->update(request, staff_who); !updated) saved = std::unexpected(updated.error());
    } else if (auto created = m_services.records->save_new(request, staff_who)) {
        saved = created->reference;
    } else {
        saved = std::unexpected(created.error());
    }
    if (!saved) {
        view.save_failed = true;
        view.staff.message = saved.error().message;
        return;
    }
    view.request = store::AccessRequest{};
    view.save_failed = false;
    view.screen = Screen::Staff;
    view.staff.page = StaffPage::Request;
    view.staff.open.reference = *saved;
    auto found = m_services.records->find_by_reference(*saved);
    if (found && *found) view.staff.open = **found;
    view.staff.message = "Saved " + *saved + ".";
}

void StaffDesk::act(KioskView& view, const Action& action, std::chrono::steady_clock::time_point now, year_month_day today)
{
    if (action.kind == ActionKind::PinEnter) {
        unlock(view, now, today);
        return;
    }
    if (!view.staff_session) return;
    touch(now);
    view.staff.message.clear();
    if (!m_services.records) {
        view.staff.message = m_services.records_problem;
        return;
    }
    switch (action.kind) {
    case ActionKind::StaffList: list(view, today); break;
    case ActionKind::StaffSearchBy:
        view.staff.search = static_cast<StaffSearch>(action.value);
        view.staff.search_text.clear();
        view.staff.results.clear();
        view.staff.page = StaffPage::Requests;
        if (view.staff.search == StaffSearch::Upcoming) list(view, today);
        else view.typing = TextField::StaffSearch;
        break;
    case ActionKind::StopTyping:
        if (view.staff.page == StaffPage::Requests) list(view, today);
        if (view.staff.page == StaffPage::Request) {
            // Done on a note saves it with the need's current status.
            if (const store::RequestedNeed* need = view.staff.open.find(view.staff.note_need)) {
                auto saved = m_services.records->set_need_status(view.staff.open.id, need->need, need->status, need->staff_note, staff_who);
                if (!saved) view.staff.message = saved.error().message;
                reopen(view, view.staff.open.id);
            }
        }
        break;
    case ActionKind::StaffOpenRequest:
        if (action.value >= 0 && action.value < static_cast<int>(view.staff.results.size())) {
            view.staff.open = view.staff.results[static_cast<std::size_t>(action.value)];
            view.staff.page = StaffPage::Request;
        }
        break;
    case ActionKind::StaffSetStatus: {
        const auto need = static_cast<store::Need>(action.value / 3);
        const auto status = static_cast<store::NeedStatus>(action.value % 3);
        const store::RequestedNeed* current = view.staff.open.find(need);
        if (!current) break;
        auto saved = m_services.records->set_need_status(view.staff.open.id, need, status, current->staff_note, staff_who);
        if (!saved) view.staff.message = saved.error().message;
        reopen(view, view.staff.open.id);
        break;
    }
    case ActionKind::StaffCancelRequest: {
        auto cancelled = m_services.records->cancel(view.staff.open.id, staff_who);
        if (!cancelled) view.staff.message = cancelled.error().message;
        reopen(view, view.staff.open.id);
        break;
    }
    case ActionKind::StaffNewRequest:
        view.request = store::AccessRequest{};
        view.screen = Screen::Needs;
        view.needs_page = NeedsPage::Communication;
        break;
    case ActionKind::StaffEditRequest:
        view.request = view.staff.open;
        view.screen = Screen::Needs;
        view.needs_page = NeedsPage::Communication;
        break;
    case ActionKind::StaffExport: export_csv(view, today, year_month_day{sys_days{today} + days(action.value)}); break;
    case ActionKind::StaffAudit: {
        auto entries = m_services.records->audit_log(200);
        if (!entries) {
            view.staff.message = entries.error().message;
            break;
        }
        view.staff.audit.clear();
        for (const store::AuditEntry& entry : *entries) view.staff.audit.push_back(when(entry.at) + "  " + entry.who + "  " + entry.action + "  " + entry.detail);
        view.staff.page = StaffPage::Audit;
        break;
    }
    default: break;
    }
}

}  // namespace kiosk::ui
