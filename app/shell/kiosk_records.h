// The kiosk's records side, opened once at start: the records database (purged of requests past
// the site's retention), the staff PIN and lock, and the staff desk that works on them. Any part
// may be missing (a damaged database moved aside, no PIN set): the kiosk then runs as a guide
// and says at the desk what is wrong, instead of refusing to start in front of a parent.
#pragma once

#include "store/records_store.h"
#include "store/staff_lock.h"
#include "store/staff_pin.h"
#include "ui/screens.h"
#include "ui/staff_desk.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace kiosk::shell {

struct KioskRecords {
    store::OpenedRecords opened;
    std::optional<store::StaffPin> pin;
    std::unique_ptr<store::StaffLock> lock;
    std::unique_ptr<ui::StaffDesk> desk;
    int purged = 0;  // requests deleted by the last purge as past their retention
    std::chrono::year_month_day purged_on{};  // the day of the last purge
};

// `data_dir` as given with --data; empty means store::default_data_dir().
Result<std::filesystem::path> chosen_data_dir(const std::string& data_dir);

// Opens everything in `data_dir`. `retention_months` (the site's requests_kept_months; 0 keeps
// everything) drives the purge at start.
std::unique_ptr<KioskRecords> open_kiosk_records(const std::filesystem::path& data_dir, int retention_months,
                                                 std::chrono::year_month_day today);

// Deletes requests past their retention once a day (a kiosk runs for weeks); call it often, it
// only works when the day has changed since the last purge.
void purge_if_new_day(KioskRecords& records, int retention_months, std::chrono::year_month_day today);

// Lets the screens save a parent's request and show what is wrong at the desk; `records` must
// outlive `context`.
void attach_records(ui::ScreenContext& context, KioskRecords& records);

}  // namespace kiosk::shell
