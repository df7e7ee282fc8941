// parent-kiosk: one binary, several modes (DESIGN.md, "Modes of the one binary").
#include "shell/check_content_command.h"
#include "shell/kiosk_window.h"
#include "shell/layout_command.h"
#include "shell/records_command.h"
#include "shell/say_command.h"
#include "shell/screenshot_command.h"
#include "shell/staff_command.h"
#include "shell/summary_command.h"
#include "shell/tour_command.h"

int main(int argc, char** argv)
{
    CLI::App app{"Parent information kiosk for child protection conferences"};
    app.require_subcommand(0, 1);
    kiosk::shell::KioskOptions kiosk_options;
    kiosk::shell::add_kiosk_options(app, kiosk_options);
    kiosk::shell::LayoutOptions layout_options;
    CLI::App* layout = kiosk::shell::add_layout_command(app, layout_options);
    kiosk::shell::CheckContentOptions check_content_options;
    CLI::App* check_content = kiosk::shell::add_check_content_command(app, check_content_options);
    kiosk::shell::SayOptions say_options;
    CLI::App* say = kiosk::shell::add_say_command(app, say_options);
    kiosk::shell::ScreenshotOptions screenshot_options;
    CLI::App* screenshot = kiosk::shell::add_screenshot_command(app, screenshot_options);
    kiosk::shell::TourOptions tour_options;
    CLI::App* tour = kiosk::shell::add_tour_command(app, tour_options);
    kiosk::shell::RecordsOptions records_options;
    CLI::App* records = kiosk::shell::add_records_command(app, records_options);
    kiosk::shell::SummaryOptions summary_options;
    CLI::App* summary = kiosk::shell::add_summary_command(app, summary_options);
    kiosk::shell::StaffOptions staff_options;
    CLI::App* staff = kiosk::shell::add_staff_command(app, staff_options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int exit_code = app.exit(error);
        // check-content promises exit code 2 for bad arguments (1 means the content has errors).
        return check_content->parsed() && exit_code != 0 ? 2 : exit_code;
    }
    if (layout->parsed()) return kiosk::shell::run_layout_command(layout_options);
    if (check_content->parsed()) return kiosk::shell::run_check_content_command(check_content_options);
    if (say->parsed()) return kiosk::shell::run_say_command(say_options);
    if (screenshot->parsed()) return kiosk::shell::run_screenshot_command(screenshot_options);
    if (tour->parsed()) return kiosk::shell::run_tour_command(tour_options);
    if (staff->parsed()) return kiosk::shell::run_staff_command(staff_options);
    if (records->parsed()) return kiosk::shell::run_records_command(records_options);
    if (summary->parsed()) return kiosk::shell::run_summary_command(summary_options);
    return kiosk::shell::run_kiosk_window(kiosk_options);
}
