// `parent-kiosk staff set-pin [--data DIR]`: sets the staff PIN that opens staff mode.
// The PIN is read from the terminal with echo off, twice; when stdin is not a terminal (install
// scripts, tests) from its first two lines. There is deliberately no --pin option: a PIN on the
// command line would stay in the shell history and be visible to other accounts in `ps`.
// Exit 0 with "Staff PIN set." on stdout; 1 with one line on stderr when the two entries differ,
// the PIN breaks a rule or the data directory cannot be written; 2 for bad arguments.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct StaffOptions {
    enum class Action { None, SetPin };
    Action action = Action::None;  // set by parsing: which staff subcommand was given
    std::string data_dir;          // empty: store::default_data_dir()
};

// Adds `staff` and its subcommands to `app`; `options` must outlive parsing.
CLI::App* add_staff_command(CLI::App& app, StaffOptions& options);

// Runs the parsed staff subcommand; returns the process exit code.
int run_staff_command(const StaffOptions& options);

}  // namespace kiosk::shell
