#include "shell/records_command.h"

#include "shell/kiosk_records.h"
#include "store/csv_export.h"
#include "store/iso_time.h"

#include <iostream>
#include <optional>

namespace kiosk::shell {
namespace {

int failed(const std::string& message, int code)
{
    std::cerr << "parent-kiosk records: " << message << "\n";
    return code;
}

}  // namespace

CLI::App* add_records_command(CLI::App& app, RecordsOptions& options)
{
    CLI::App* records = app.add_subcommand("records", "the desk's access-needs records");
    records->require_subcommand(1);
    CLI::App* export_command = records->add_subcommand("export", "write requests to a CSV file");
    export_command->add_option("--from", options.from, "first conference day, YYYY-MM-DD")->required();
    export_command->add_option("--to", options.to, "last conference day, YYYY-MM-DD")->required();
    export_command->add_option("--out", options.out, "the CSV file to write")->required();
    export_command->add_option("--data", options.data_dir, "data directory (default: $XDG_STATE_HOME/parent-kiosk)");
    return records;
}

int run_records_command(const RecordsOptions& options)
{
    const auto from = store::parse_iso_date(options.from);
    const auto to = store::parse_iso_date(options.to);
    if (!from) return failed("--from must be a real day written YYYY-MM-DD, not \"" + options.from + "\"", 2);
    if (!to) return failed("--to must be a real day written YYYY-MM-DD, not \"" + options.to + "\"", 2);
    if (std::chrono::sys_days{*to} < std::chrono::sys_days{*from}) return failed("--to is before --from", 2);
    const auto data_dir = chosen_data_dir(options.data_dir);
    if (!data_dir) return failed(data_dir.error().message, 1);
    if (!std::filesystem::exists(*data_dir / store::records_file_name)) return failed("no records in " + data_dir->string() + " (no kiosk has saved any there)", 1);
    store::OpenedRecords opened = store::open_records(*data_dir);
    if (!opened.store) return failed(opened.problem, 1);
    auto requests = opened.store->list_for_export(*from, *to);
    if (!requests) return failed(requests.error().message, 1);
    if (auto written = store::write_csv_file(options.out, store::requests_to_csv(*requests)); !written) return failed(written.error().message, 1);
    const std::string range = options.from + " to " + options.to + ", " + std::to_string(requests->size()) + " requests";
    if (auto noted = opened.store->record_audit("records export", "export", range); !noted) {
        std::cerr << "parent-kiosk records: exported, but the audit could not be written: " << noted.error().message << "\n";
    }
    std::cout << "Exported " << requests->size() << " requests (" << options.from << " to " << options.to << ") to " << options.out << "\n";
    return 0;
}

}  // namespace kiosk::shell
