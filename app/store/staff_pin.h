// The staff PIN that opens staff mode, stored only as an Argon2id hash (libsodium crypto_pwhash)
// in the file `staff-pin` of the data directory. The PIN itself is never stored or logged.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

namespace kiosk::store {

// The rules a new PIN must meet, each failure with its own message: digits only, 6 to 12 of
// them, not one digit repeated (111111), not a straight run up or down (123456, 987654, and
// wrapping ones such as 890123). Cheap; the staff screen can call it as the PIN is typed.
Result<void> check_pin_rules(std::string_view pin);

// Checks the rules, hashes `pin` and replaces `<data_dir>/staff-pin` atomically (mode 0600),
// creating `data_dir` with mode 0700 if needed. Takes about 0.1 s (Argon2id, 64 MiB).
// The caller owns `pin` and should wipe it (sodium_memzero) when done.
Result<void> set_staff_pin(const std::filesystem::path& data_dir, std::string_view pin);

class StaffPin {
public:
    // `encoded` is a libsodium Argon2id string ("$argon2id$v=19$m=65536,t=2,p=1$...").
    static Result<StaffPin> parse(std::string_view encoded);

    // Whether `pin` is the staff PIN. Takes about 0.1 s by design (Argon2id), so call it once
    // per attempt, not per key press; StaffLock limits how many attempts there can be.
    bool matches(std::string_view pin) const;

    // True when the hash was made with weaker settings than set_staff_pin uses today; after a
    // PIN matches, call set_staff_pin with it to store a fresh hash.
    bool needs_rehash() const;

private:
    explicit StaffPin(std::string encoded) : m_encoded(std::move(encoded)) {}
    std::string m_encoded;
};

// Reads `<data_dir>/staff-pin`. When no PIN has been set the message says how to set one:
// "No staff PIN is set. Run: parent-kiosk staff set-pin".
Result<StaffPin> load_staff_pin(const std::filesystem::path& data_dir);

// `<data_dir>/staff-pin`.
std::filesystem::path staff_pin_path(const std::filesystem::path& data_dir);

}  // namespace kiosk::store
