#include "store/staff_pin.h"

#include "store/temporary_directory.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sodium.h>
#include <sys/stat.h>

namespace kiosk::store {
namespace {

using testing::TemporaryDirectory;

std::string message_for(std::string_view pin)
{
    const Result<void> checked = check_pin_rules(pin);
    return checked ? "" : checked.error().message;
}

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Each broken rule has its own message, so the person knows what to change.
TEST(StaffPinRules, EachRuleHasItsOwnMessage)
{
    EXPECT_EQ(message_for("48a916"), "The staff PIN must be digits only (0 to 9).");
    EXPECT_EQ(message_for("4829 16"), "The staff PIN must be digits only (0 to 9).");
    EXPECT_EQ(message_for(""), "The staff PIN must be 6 to 12 digits long.");
    EXPECT_EQ(message_for("48291"), "The staff PIN must be 6 to 12 digits long.");
    EXPECT_EQ(message_for("4829164829164"), "The staff PIN must be 6 to 12 digits long.");
    EXPECT_EQ(message_for("777777"), "The staff PIN must not be one digit repeated (like 111111).");
    for (const char* run : {"123456", "987654", "0123456789", "890123", "210987"}) {
        EXPECT_EQ(message_for(run), "The staff PIN must not be a straight run of digits (like 123456 or 987654).") << run;
    }
}

// PINs that only look a little like a pattern are allowed.
TEST(StaffPinRules, AcceptsOrdinaryPins)
{
    for (const char* pin : {"482916", "123457", "112233", "135791", "204060808642"}) EXPECT_EQ(message_for(pin), "") << pin;
}

// The file holds an Argon2id hash, not the PIN; it is private to the account; the PIN matches it.
TEST(StaffPin, IsStoredAsAPrivateArgon2idHash)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const std::filesystem::path data_dir = temporary.path() / "state" / "parent-kiosk";
    ASSERT_TRUE(set_staff_pin(data_dir, "482916"));

    const std::string stored = read_file(staff_pin_path(data_dir));
    EXPECT_TRUE(stored.starts_with("$argon2id$")) << stored;
    EXPECT_EQ(stored.find("482916"), std::string::npos);
    struct stat file_status {};
    ASSERT_EQ(::stat(staff_pin_path(data_dir).c_str(), &file_status), 0);
    EXPECT_EQ(file_status.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(data_dir.c_str(), &file_status), 0);
    EXPECT_EQ(file_status.st_mode & 0777, 0700u);

    const Result<StaffPin> pin = load_staff_pin(data_dir);
    ASSERT_TRUE(pin) << pin.error().message;
    EXPECT_TRUE(pin->matches("482916"));
    EXPECT_FALSE(pin->matches("482917"));
    EXPECT_FALSE(pin->matches("4829160"));
    EXPECT_FALSE(pin->matches(""));
    EXPECT_FALSE(pin->needs_rehash());
}

// Setting a new PIN replaces the old one: only the new one opens staff mode.
TEST(StaffPin, ANewPinReplacesTheOld)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    ASSERT_TRUE(set_staff_pin(temporary.path(), "482916"));
    ASSERT_TRUE(set_staff_pin(temporary.path(), "530172"));
    const Result<StaffPin> pin = load_staff_pin(temporary.path());
    ASSERT_TRUE(pin);
    EXPECT_TRUE(pin->matches("530172"));
    EXPECT_FALSE(pin->matches("482916"));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(temporary.path()), {}), 1) << "a temporary file was left behind";
}

// A PIN that breaks a rule is refused before anything is written.
TEST(StaffPin, ABadPinWritesNothing)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const Result<void> set = set_staff_pin(temporary.path(), "111111");
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().message, "The staff PIN must not be one digit repeated (like 111111).");
    EXPECT_FALSE(std::filesystem::exists(staff_pin_path(temporary.path())));
}

// Without a PIN file the message tells staff how to set one.
TEST(StaffPin, MissingFileSaysHowToSetOne)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    const Result<StaffPin> pin = load_staff_pin(temporary.path());
    ASSERT_FALSE(pin);
    EXPECT_EQ(pin.error().message, "No staff PIN is set. Run: parent-kiosk staff set-pin");
}

// A damaged file (edited by hand, truncated, a PIN in clear) is reported, never matched against.
TEST(StaffPin, DamagedFileIsReported)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    for (const char* content : {"", "482916\n", "$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA\n"}) {
        std::ofstream(staff_pin_path(temporary.path()), std::ios::binary) << content;
        const Result<StaffPin> pin = load_staff_pin(temporary.path());
        ASSERT_FALSE(pin) << content;
        EXPECT_NE(pin.error().message.find("is damaged. Set the PIN again: parent-kiosk staff set-pin"), std::string::npos)
            << pin.error().message;
    }
}

// A hash made with weaker settings than today's asks to be replaced, and still works meanwhile.
TEST(StaffPin, WeakerHashNeedsRehash)
{
    // An Argon2id hash of "482916" with 1 pass over 8 MiB, weaker than INTERACTIVE.
    ASSERT_GE(sodium_init(), 0);
    char encoded[crypto_pwhash_STRBYTES];
    ASSERT_EQ(crypto_pwhash_str_alg(encoded, "482916", 6, 1, 8u << 20, crypto_pwhash_ALG_ARGON2ID13), 0);
    const Result<StaffPin> pin = StaffPin::parse(encoded);
    ASSERT_TRUE(pin);
    EXPECT_TRUE(pin->needs_rehash());
    EXPECT_TRUE(pin->matches("482916"));
    EXPECT_FALSE(pin->matches("482961"));
}

// A data directory that cannot be made (a file is in the way) gives one clear message.
TEST(StaffPin, UnwritableDataDirIsReported)
{
    const TemporaryDirectory temporary;
    ASSERT_FALSE(temporary.path().empty());
    std::ofstream(temporary.path() / "a-file") << "x";
    const Result<void> set = set_staff_pin(temporary.path() / "a-file" / "parent-kiosk", "482916");
    ASSERT_FALSE(set);
    EXPECT_NE(set.error().message.find("cannot create the data directory"), std::string::npos) << set.error().message;
    EXPECT_NE(set.error().message.find("Not a directory"), std::string::npos) << set.error().message;
}

}  // namespace
}  // namespace kiosk::store
