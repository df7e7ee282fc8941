#include "store/reference_code.h"

#include <sodium.h>

#include <cassert>

namespace kiosk::store {
namespace {

// Six rounds: four already make a Feistel network a strong pseudorandom permutation when the
// round function is pseudorandom (Luby and Rackoff); the extra two are cheap margin for a small
// domain.
constexpr int feistel_rounds = 6;

}  // namespace

Result<ReferenceKey> new_reference_key()
{
    if (sodium_init() < 0) return fail("The kiosk could not start its random number source (libsodium).");
    ReferenceKey key{};
    randombytes_buf(key.data(), key.size());
    return key;
}

ReferenceCoder::ReferenceCoder(const ReferenceKey& key)
{
    // SipHash wants 16 key bytes; hashing the stored 32 into 16 uses all of them.
    static_assert(crypto_shorthash_KEYBYTES == 16 && crypto_generichash_BYTES_MIN <= 16);
    crypto_generichash(m_round_key.data(), m_round_key.size(), key.data(), key.size(), nullptr, 0);
}

std::uint32_t ReferenceCoder::round_value(int round, std::uint32_t half) const
{
    const std::array<unsigned char, 3> input{static_cast<unsigned char>(round), static_cast<unsigned char>(half),
                                             static_cast<unsigned char>(half >> 8)};
    std::array<unsigned char, crypto_shorthash_BYTES> hash{};
    crypto_shorthash(hash.data(), input.data(), input.size(), m_round_key.data());
    std::uint64_t value = 0;
    for (const unsigned char byte : hash) value = value << 8 | byte;
    return static_cast<std::uint32_t>(value % reference_half_space);
}

// A balanced Feistel network over Z_h x Z_h with h = 22^3, using addition modulo h in place of
// XOR: each round maps (left, right) to (right, left + F(right) mod h), which is invertible
// whatever F is, so the whole network is a permutation of exactly the 22^6 codes. Because the
// code space is a perfect square no cycle-walking is needed.
std::uint32_t ReferenceCoder::permute(std::uint32_t sequence) const
{
    std::uint32_t left = sequence / reference_half_space;
    std::uint32_t right = sequence % reference_half_space;
    for (int round = 0; round < feistel_rounds; ++round) {
        const std::uint32_t mixed = (left + round_value(round, right)) % reference_half_space;
        left = right;
        right = mixed;
    }
    return left * reference_half_space + right;
}

std::string ReferenceCoder::code_for(std::uint32_t sequence) const
{
    assert(sequence < reference_code_count);
    std::uint32_t value = permute(sequence);
    std::string code(reference_symbols + 1, '-');
    // Written from the last symbol back; position 3 is the hyphen.
    for (int position = reference_symbols; position >= 0; --position) {
        if (position == 3) continue;
        code[static_cast<std::size_t>(position)] = reference_alphabet[value % reference_radix];
        value /= reference_radix;
    }
    return code;
}

std::optional<std::string> normalise_reference(std::string_view typed)
{
    std::string code;
    for (const char typed_char : typed) {
        if (typed_char == ' ' || typed_char == '-' || typed_char == '\t') continue;
        const char symbol = typed_char >= 'a' && typed_char <= 'z' ? static_cast<char>(typed_char - 'a' + 'A') : typed_char;
        const bool too_long = code.size() == reference_symbols + 1;
        if (too_long || reference_alphabet.find(symbol) == std::string_view::npos) return std::nullopt;
        if (code.size() == 3) code += '-';
        code += symbol;
    }
    if (code.size() != reference_symbols + 1) return std::nullopt;
    return code;
}

}  // namespace kiosk::store
