#include "store/staff_pin.h"

#include "store/atomic_file.h"
#include "store/data_dir.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sodium.h>

namespace kiosk::store {
namespace {

// INTERACTIVE limits (2 passes over 64 MiB): verify measured 0.10 s on the 2-core build machine;
// MODERATE (3 passes, 256 MiB) took 0.50 s there and would take a quarter of a small kiosk
// PC's memory at each attempt. StaffLock's growing lock-out, not the hash cost alone, is what
// stops guessing at the kiosk; the hash cost protects a copied staff-pin file.
constexpr unsigned long long hash_passes = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t hash_memory_bytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;

constexpr std::string_view argon2id_prefix = "$argon2id$";
constexpr std::string_view how_to_set = "parent-kiosk staff set-pin";

// sodium_init is idempotent and thread-safe; the static keeps it to one call per process.
bool sodium_ready()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool is_straight_run(std::string_view pin, int step)
{
    for (std::size_t i = 1; i < pin.size(); ++i) {
        if ((pin[i - 1] - '0' + step + 10) % 10 != pin[i] - '0') return false;
    }
    return true;
}

}  // namespace

Result<void> check_pin_rules(std::string_view pin)
{
    if (!std::ranges::all_of(pin, [](char c) { return c >= '0' && c <= '9'; })) {
        return fail("The staff PIN must be digits only (0 to 9).");
    }
    if (pin.size() < 6 || pin.size() > 12) return fail("The staff PIN must be 6 to 12 digits long.");
    if (std::ranges::all_of(pin, [&pin](char c) { return c == pin.front(); })) {
        return fail("The staff PIN must not be one digit repeated (like 111111).");
    }
    if (is_straight_run(pin, 1) || is_straight_run(pin, -1)) {
        return fail("The staff PIN must not be a straight run of digits (like 123456 or 987654).");
    }
    return {};
}

std::filesystem::path staff_pin_path(const std::filesystem::path& data_dir) { return data_dir / "staff-pin"; }

Result<void> set_staff_pin(const std::filesystem::path& data_dir, std::string_view pin)
{
    if (auto rules = check_pin_rules(pin); !rules) return rules;
    if (!sodium_ready()) return fail("cannot hash the staff PIN: libsodium failed to start");
    std::array<char, crypto_pwhash_STRBYTES> encoded{};
    if (crypto_pwhash_str_alg(encoded.data(), pin.data(), pin.size(), hash_passes, hash_memory_bytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail("cannot hash the staff PIN: not enough memory (Argon2id needs 64 MiB)");
    }
    if (auto made = ensure_data_dir(data_dir); !made) return made;
    return write_file_atomically(staff_pin_path(data_dir), std::string(encoded.data()) + "\n");
}

Result<StaffPin> StaffPin::parse(std::string_view encoded)
{
    if (!encoded.starts_with(argon2id_prefix) || encoded.size() >= crypto_pwhash_STRBYTES ||
        encoded.find('\0') != std::string_view::npos) {
        return fail("not an Argon2id PIN hash");
    }
    return StaffPin(std::string(encoded));
}

bool StaffPin::matches(std::string_view pin) const
{
    return sodium_ready() && crypto_pwhash_str_verify(m_encoded.c_str(), pin.data(), pin.size()) == 0;
}

bool StaffPin::needs_rehash() const
{
    // 1: weaker settings; -1: not an Argon2id string at all, which parse() has ruled out.
    return sodium_ready() && crypto_pwhash_str_needs_rehash(m_encoded.c_str(), hash_passes, hash_memory_bytes) != 0;
}

Result<StaffPin> load_staff_pin(const std::filesystem::path& data_dir)
{
    const std::filesystem::path path = staff_pin_path(data_dir);
    std::error_code error;
    if (!std::filesystem::exists(path, error) && !error) return fail("No staff PIN is set. Run: " + std::string(how_to_set));
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot read " + path.string() + ": " + std::strerror(errno));
    std::string encoded(std::istreambuf_iterator<char>(in), {});
    if (in.bad()) return fail("cannot read " + path.string() + ": " + std::strerror(errno));
    if (encoded.ends_with('\n')) encoded.pop_back();
    auto pin = StaffPin::parse(encoded);
    if (!pin) {
        return fail("The staff PIN file " + path.string() + " is damaged. Set the PIN again: " + std::string(how_to_set));
    }
    return pin;
}

}  // namespace kiosk::store
