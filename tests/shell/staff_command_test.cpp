// `parent-kiosk staff set-pin` as an install script runs it: the real binary with the PIN piped
// on stdin and a temporary --data directory.
#include "shell/run_binary.h"
#include "store/staff_pin.h"
#include "store/temporary_directory.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace kiosk::shell {
namespace {

using store::testing::TemporaryDirectory;
using testing::Outcome;

class StaffSetPin : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_FALSE(m_temporary.path().empty()); }

    // Runs `staff set-pin <arguments>` with `typed` on stdin; stdout and stderr together.
    Outcome set_pin(const std::string& typed, const std::string& arguments)
    {
        const std::filesystem::path input = m_temporary.path() / "typed";
        std::ofstream(input, std::ios::binary) << typed;
        return testing::run_binary("staff set-pin " + arguments + " < '" + input.string() + "' 2>&1");
    }
    Outcome set_pin(const std::string& typed) { return set_pin(typed, "--data '" + data_dir().string() + "'"); }

    std::filesystem::path data_dir() const { return m_temporary.path() / "data"; }

    TemporaryDirectory m_temporary;
};

// Two matching lines set the PIN: the file holds a hash, not the PIN, readable by the owner only.
TEST_F(StaffSetPin, SetsThePinFromTwoLines)
{
    const Outcome outcome = set_pin("482916\n482916\n");
    EXPECT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_EQ(outcome.out, "Staff PIN set.\n");

    const std::filesystem::path file = store::staff_pin_path(data_dir());
    std::ifstream in(file, std::ios::binary);
    const std::string stored(std::istreambuf_iterator<char>(in), {});
    EXPECT_EQ(stored.find("482916"), std::string::npos) << stored;
    struct stat file_status {};
    ASSERT_EQ(::stat(file.c_str(), &file_status), 0);
    EXPECT_EQ(file_status.st_mode & 0777, 0600u);

    const Result<store::StaffPin> pin = store::load_staff_pin(data_dir());
    ASSERT_TRUE(pin) << pin.error().message;
    EXPECT_TRUE(pin->matches("482916"));
    EXPECT_FALSE(pin->matches("482917"));
}

// Lines ending in CRLF (a script written on Windows) work the same.
TEST_F(StaffSetPin, AcceptsWindowsLineEnds)
{
    EXPECT_EQ(set_pin("530172\r\n530172\r\n").exit_code, 0);
    const Result<store::StaffPin> pin = store::load_staff_pin(data_dir());
    ASSERT_TRUE(pin) << pin.error().message;
    EXPECT_TRUE(pin->matches("530172"));
}

// Two different entries: one line on stderr, exit 1, nothing written.
TEST_F(StaffSetPin, RefusesEntriesThatDiffer)
{
    const Outcome outcome = set_pin("482916\n482961\n");
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_EQ(outcome.out, "parent-kiosk staff set-pin: The two PINs do not match; nothing was changed.\n");
    EXPECT_FALSE(std::filesystem::exists(store::staff_pin_path(data_dir())));
}

// A PIN that breaks a rule says which rule.
TEST_F(StaffSetPin, RefusesAPinThatBreaksARule)
{
    const Outcome outcome = set_pin("123456\n123456\n");
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_EQ(outcome.out, "parent-kiosk staff set-pin: The staff PIN must not be a straight run of digits (like 123456 or 987654).\n");
    EXPECT_EQ(set_pin(std::string(80, '4') + "\n").out, "parent-kiosk staff set-pin: The staff PIN must be 6 to 12 digits long.\n");
}

// Empty stdin or just one line: say what was expected. An empty line is a PIN too short.
TEST_F(StaffSetPin, NeedsTwoLines)
{
    for (const char* typed : {"", "482916\n"}) {
        const Outcome outcome = set_pin(typed);
        EXPECT_EQ(outcome.exit_code, 1) << typed;
        EXPECT_EQ(outcome.out, "parent-kiosk staff set-pin: expected the new PIN twice, one per line, on standard input\n");
    }
    EXPECT_EQ(set_pin("\n\n").out, "parent-kiosk staff set-pin: The staff PIN must be 6 to 12 digits long.\n");
}

// A data directory that cannot be made: one clear line.
TEST_F(StaffSetPin, ReportsAnUnusableDataDirectory)
{
    std::ofstream(m_temporary.path() / "a-file") << "x";
    const Outcome outcome = set_pin("482916\n482916\n", "--data '" + (m_temporary.path() / "a-file" / "data").string() + "'");
    EXPECT_EQ(outcome.exit_code, 1);
    EXPECT_TRUE(outcome.out.starts_with("parent-kiosk staff set-pin: cannot create the data directory ")) << outcome.out;
    EXPECT_EQ(std::count(outcome.out.begin(), outcome.out.end(), '\n'), 1) << outcome.out;
}

// The PIN is never taken from the command line, where `ps` and the shell history would keep it.
TEST_F(StaffSetPin, HasNoPinOption)
{
    const Outcome outcome = set_pin("482916\n482916\n", "--data '" + data_dir().string() + "' --pin 482916");
    EXPECT_NE(outcome.exit_code, 0);
    EXPECT_FALSE(std::filesystem::exists(store::staff_pin_path(data_dir())));
}

// Without --data the PIN goes to $XDG_STATE_HOME/parent-kiosk.
TEST_F(StaffSetPin, DefaultsToTheXdgStateDirectory)
{
    const char* old = std::getenv("XDG_STATE_HOME");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("XDG_STATE_HOME", m_temporary.path().c_str(), 1);
    const Outcome outcome = set_pin("482916\n482916\n", "");
    if (old != nullptr) ::setenv("XDG_STATE_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_STATE_HOME");
    EXPECT_EQ(outcome.exit_code, 0) << outcome.out;
    EXPECT_TRUE(std::filesystem::exists(m_temporary.path() / "parent-kiosk" / "staff-pin"));
}

// `staff` alone is a usage error.
TEST(StaffCommand, NeedsASubcommand)
{
    EXPECT_NE(testing::run_binary("staff > /dev/null 2>&1").exit_code, 0);
}

}  // namespace
}  // namespace kiosk::shell
