// Staff mode's work against the records: the PIN check, searches, changes, export and audit.
// Screens stay pure drawing; KioskApp passes each staff action here after apply(), and this
// fills the view with what the store says. Every change goes through the store, which writes
// the audit row in the same transaction.
#pragma once

#include "store/records_store.h"
#include "store/staff_lock.h"
#include "ui/kiosk_view.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace kiosk::ui {

// What the shell gives staff mode. `records` is null when the database could not be opened
// (`records_problem` says why); `lock` is null when no staff PIN is set (`pin_problem` says how
// to set one). Both must outlive the desk.
struct StaffServices {
    store::RecordsStore* records = nullptr;
    std::string records_problem;
    store::StaffLock* lock = nullptr;
    std::string pin_problem;
    std::filesystem::path export_dir;  // where the staff screen writes CSV exports
};

class StaffDesk {
public:
    explicit StaffDesk(StaffServices services) : m_services(std::move(services)) {}

    // Carries out `action` (already applied to `view` by apply()) against the store.
    void act(KioskView& view, const Action& action, std::chrono::steady_clock::time_point now, std::chrono::year_month_day today);

    // Saves the request staff entered or edited; on success opens it on the Request page.
    void save(KioskView& view);

    // Staff activity keeps the session open; without it the lock closes after two minutes.
    void touch(std::chrono::steady_clock::time_point now);
    bool locked(std::chrono::steady_clock::time_point now);
    void sign_out();

    const StaffServices& services() const { return m_services; }

private:
    void list(KioskView& view, std::chrono::year_month_day today);
    void reopen(KioskView& view, std::int64_t request_id);
    void export_csv(KioskView& view, std::chrono::year_month_day from, std::chrono::year_month_day to);
    void unlock(KioskView& view, std::chrono::steady_clock::time_point now, std::chrono::year_month_day today);

    StaffServices m_services;
};

// Who the audit names for staff actions. The desk shares one PIN, so the audit can say "desk",
// not which member of staff.
inline constexpr std::string_view staff_who = "desk";

}  // namespace kiosk::ui
