#include "shell/kiosk_records.h"

#include "store/data_dir.h"

namespace kiosk::shell {

Result<std::filesystem::path> chosen_data_dir(const std::string& data_dir)
{
    if (data_dir.empty()) return store::default_data_dir();
    return std::filesystem::path(data_dir);
}

std::unique_ptr<KioskRecords> open_kiosk_records(const std::filesystem::path& data_dir, int retention_months,
                                                 std::chrono::year_month_day today)
{
    auto records = std::make_unique<KioskRecords>();
    records->opened = store::open_records(data_dir);
    purge_if_new_day(*records, retention_months, today);
    ui::StaffServices services;
    services.records = records->opened.store ? &*records->opened.store : nullptr;
    services.records_problem = records->opened.problem;
    services.export_dir = data_dir / "exports";
    if (auto pin = store::load_staff_pin(data_dir)) {
        records->pin = std::move(*pin);
        const store::StaffPin* check = &*records->pin;
        records->lock = std::make_unique<store::StaffLock>([check](std::string_view typed) { return check->matches(typed); });
        services.lock = records->lock.get();
    } else {
        services.pin_problem = pin.error().message;
    }
    records->desk = std::make_unique<ui::StaffDesk>(std::move(services));
    return records;
}

void purge_if_new_day(KioskRecords& records, int retention_months, std::chrono::year_month_day today)
{
    if (!records.opened.store || retention_months <= 0 || records.purged_on == today) return;
    records.purged_on = today;
    // A failure (disk full) is retried tomorrow; the records stay readable meanwhile.
    if (auto purged = records.opened.store->purge_expired(today, std::chrono::months(retention_months))) records.purged = *purged;
}

void attach_records(ui::ScreenContext& context, KioskRecords& records)
{
    store::RecordsStore* store = records.opened.store ? &*records.opened.store : nullptr;
    context.records.records_problem = records.opened.problem;
    context.records.pin_problem = records.desk->services().pin_problem;
    context.records.save_request = [store](const store::AccessRequest& request) -> Result<std::string> {
        if (!store) return fail("the records database is not available");
        auto saved = store->save_new(request, "kiosk");
        if (!saved) return std::unexpected(saved.error());
        return saved->reference;
    };
}

}  // namespace kiosk::shell
