// Runs the real parent-kiosk binary as a script or a person would, and captures what it prints.
#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace kiosk::shell::testing {

struct Outcome {
    int exit_code = -1;
    std::string out;
};

// `command_line` is everything after the binary, already shell-quoted (it may redirect).
inline Outcome run_binary(const std::string& command_line)
{
    const std::string command = std::string(PARENT_KIOSK_BINARY) + " " + command_line;
    Outcome outcome;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) outcome.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

}  // namespace kiosk::shell::testing
