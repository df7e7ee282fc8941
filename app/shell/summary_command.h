// `parent-kiosk summary --lang L --conference-date D [--review] [--ref CODE] [--data DIR]
// [--site S] --out F.png|F.pdf`: the family's one-page take-away in their language and English:
// their dates as a line and as text, what they asked for (with --ref, read from the records),
// and a QR code of the reference and dates for the desk's scanner. A4 at 150 dpi.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct SummaryOptions {
    std::string language_code;
    std::string conference_date;
    bool review = false;  // CLI11 flag: the date is of a review conference
    std::string reference;
    std::string data_dir;
    std::string site;
    std::string out;
    std::string resources;
};

CLI::App* add_summary_command(CLI::App& app, SummaryOptions& options);

// 0 when written; 1 when resources, records or the file fail; 2 for bad arguments.
int run_summary_command(const SummaryOptions& options);

}  // namespace kiosk::shell
