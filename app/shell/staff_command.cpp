#include "shell/staff_command.h"

#include "store/data_dir.h"
#include "store/staff_pin.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <iostream>
#include <optional>
#include <sodium.h>
#include <string_view>
#include <termios.h>
#include <unistd.h>

namespace kiosk::shell {
namespace {

constexpr std::string_view error_prefix = "parent-kiosk staff set-pin: ";

// One line of standard input, read byte by byte with read(2) into a fixed buffer that is wiped
// when it goes away, so no copy of the PIN is left in stdio or std::string buffers.
class SecretLine {
public:
    enum class Status { Read, TooLong, EndOfInput };

    SecretLine() = default;
    SecretLine(const SecretLine&) = delete;
    SecretLine& operator=(const SecretLine&) = delete;
    ~SecretLine() { sodium_memzero(m_bytes.data(), m_bytes.size()); }

    // An empty line is Read (and then breaks the length rule); EndOfInput means not even that.
    Status read_from_stdin()
    {
        bool anything = false;
        bool too_long = false;
        for (char byte = 0;;) {
            const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) break;
            anything = true;
            if (byte == '\n') break;
            if (m_size == m_bytes.size()) too_long = true;
            else m_bytes[m_size++] = byte;
        }
        if (m_size > 0 && m_bytes[m_size - 1] == '\r') --m_size;  // a line typed on Windows
        if (!anything) return Status::EndOfInput;
        return too_long ? Status::TooLong : Status::Read;
    }

    std::string_view view() const { return {m_bytes.data(), m_size}; }

private:
    std::array<char, 64> m_bytes{};
    std::size_t m_size = 0;
};

// The terminal's settings before echo was turned off. A signal handler cannot be given context,
// so this one value is global: Ctrl-C at the prompt must not leave the terminal without echo.
struct termios saved_terminal{};

extern "C" void restore_terminal_and_reraise(int signal_number)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

// Turns terminal echo off for its lifetime, so the PIN is not shown as it is typed.
class EchoOff {
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
        // Handlers first: a signal between the two calls must still find echo restorable.
        handle_signals(restore_terminal_and_reraise);
        struct termios quiet = saved_terminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (!m_active) handle_signals(SIG_DFL);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    ~EchoOff()
    {
        if (!m_active) return;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);
        handle_signals(SIG_DFL);
    }

private:
    static void handle_signals(void (*handler)(int))
    {
        for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(signal_number, handler);
    }

    bool m_active = false;
};

enum class Source { Terminal, Pipe };

// Reads one PIN entry; on a terminal with a prompt (on stderr, so stdout stays for the result).
Result<void> read_pin(SecretLine& line, std::string_view prompt, Source source)
{
    if (source == Source::Terminal) std::cerr << prompt << " " << std::flush;
    const SecretLine::Status status = line.read_from_stdin();
    if (source == Source::Terminal) std::cerr << "\n";  // the Enter key was not echoed
    switch (status) {
    case SecretLine::Status::Read: return {};
    case SecretLine::Status::TooLong: return fail("The staff PIN must be 6 to 12 digits long.");
    case SecretLine::Status::EndOfInput: break;
    }
    return fail(source == Source::Terminal ? "no PIN was entered; nothing was changed"
                                           : "expected the new PIN twice, one per line, on standard input");
}

Result<void> set_pin(const StaffOptions& options)
{
    auto data_dir = options.data_dir.empty() ? store::default_data_dir() : Result<std::filesystem::path>(options.data_dir);
    if (!data_dir) return std::unexpected(data_dir.error());
    const Source source = ::isatty(STDIN_FILENO) ? Source::Terminal : Source::Pipe;
    SecretLine first;
    SecretLine second;
    {
        std::optional<EchoOff> echo_off;
        if (source == Source::Terminal) echo_off.emplace();
        if (auto read = read_pin(first, "Enter the new staff PIN:", source); !read) return read;
        if (auto rules = store::check_pin_rules(first.view()); !rules) return rules;
        if (auto read = read_pin(second, "Enter it again:", source); !read) return read;
    }
    if (first.view() != second.view()) return fail("The two PINs do not match; nothing was changed.");
    return store::set_staff_pin(*data_dir, first.view());
}

}  // namespace

CLI::App* add_staff_command(CLI::App& app, StaffOptions& options)
{
    CLI::App* staff = app.add_subcommand("staff", "staff mode settings");
    staff->require_subcommand(1);
    CLI::App* set_pin_command = staff->add_subcommand("set-pin", "set the staff PIN (read from the terminal, never from the command line)");
    set_pin_command->add_option("--data", options.data_dir, "data directory (default: $XDG_STATE_HOME/parent-kiosk)");
    set_pin_command->callback([&options] { options.action = StaffOptions::Action::SetPin; });
    return staff;
}

int run_staff_command(const StaffOptions& options)
{
    switch (options.action) {
    case StaffOptions::Action::SetPin:
        if (auto done = set_pin(options); !done) {
            std::cerr << error_prefix << done.error().message << "\n";
            return 1;
        }
        std::cout << "Staff PIN set.\n";
        return 0;
    case StaffOptions::Action::None: break;
    }
    std::cerr << "parent-kiosk staff: give a subcommand: set-pin\n";
    return 2;
}

}  // namespace kiosk::shell
