// `parent-kiosk records export --from YYYY-MM-DD --to YYYY-MM-DD --out F.csv [--data DIR]`:
// the desk's export of access-needs requests (conferences in the range, and requests without a
// date made in it) as CSV, written whole or not at all, and noted in the audit.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct RecordsOptions {
    std::string from;
    std::string to;
    std::string out;
    std::string data_dir;  // empty: the default data directory
};

CLI::App* add_records_command(CLI::App& app, RecordsOptions& options);

// Exit 0 and one line saying how many requests went where; 1 when the records cannot be read or
// the file cannot be written; 2 for bad dates.
int run_records_command(const RecordsOptions& options);

}  // namespace kiosk::shell
