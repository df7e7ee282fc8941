// Reference codes a parent quotes at the desk: six symbols shown as "K7M-4QX".
//
// The alphabet leaves out both halves of every look-alike pair, 0/O, 1/I/L, 2/Z, 5/S, 8/B and
// U/V, and G (close to 6 and C in many typefaces). Q stays: with O and 0 gone it has no twin.
// That leaves 22 symbols and 22^6 = 113,379,904 codes.
//
// Uniqueness is by construction, not by luck: each database numbers its requests 0, 1, 2, ...
// and a keyed permutation of the whole code space turns the number into the code, so two numbers
// never give the same code, and without the key (32 random bytes kept in the database) the next
// code cannot be guessed from earlier ones.
#pragma once

#include "core/result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::store {

inline constexpr std::string_view reference_alphabet = "34679ACDEFHJKMNPQRTWXY";
inline constexpr int reference_symbols = 6;
inline constexpr auto reference_radix = static_cast<std::uint32_t>(reference_alphabet.size());
inline constexpr std::uint32_t reference_half_space = reference_radix * reference_radix * reference_radix;  // three symbols
inline constexpr std::uint32_t reference_code_count = reference_half_space * reference_half_space;

using ReferenceKey = std::array<unsigned char, 32>;

// 32 bytes from libsodium's randombytes_buf; fails only when libsodium cannot start.
Result<ReferenceKey> new_reference_key();

class ReferenceCoder {
public:
    explicit ReferenceCoder(const ReferenceKey& key);

    // The code for sequence number `sequence` (< reference_code_count), e.g. "K7M-4QX". The same
    // key and number always give the same code; different numbers always give different codes.
    std::string code_for(std::uint32_t sequence) const;

private:
    std::uint32_t permute(std::uint32_t sequence) const;
    std::uint32_t round_value(int round, std::uint32_t half) const;

    std::array<unsigned char, 16> m_round_key{};  // SipHash key derived from the stored key
};

// What staff typed at the desk, as the stored code: upper-cases, ignores spaces and hyphens.
// "k7m 4qx" gives "K7M-4QX"; anything that is not six symbols of the alphabet gives nullopt.
std::optional<std::string> normalise_reference(std::string_view typed);

}  // namespace kiosk::store
