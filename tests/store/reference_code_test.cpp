#include "store/reference_code.h"

#include "store/records_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

namespace kiosk::store {
namespace {

using records_testing::well_formed_code;

ReferenceKey key_of(unsigned char fill)
{
    ReferenceKey key{};
    key.fill(fill);
    key[0] = 0x5a;
    return key;
}

// Not one symbol that a parent or the desk could take for another.
TEST(ReferenceCode, AlphabetHasNoLookAlikes)
{
    EXPECT_EQ(reference_alphabet.size(), 22u);
    EXPECT_EQ(std::set<char>(reference_alphabet.begin(), reference_alphabet.end()).size(), reference_alphabet.size());
    for (const char look_alike : std::string_view("0O1IL2Z5S8BUVG"))
        EXPECT_EQ(reference_alphabet.find(look_alike), std::string_view::npos) << look_alike;
    EXPECT_EQ(reference_code_count, 113'379'904u);
}

// Uniqueness by construction: the permutation never maps two sequence numbers to one code.
TEST(ReferenceCode, AMillionSequenceNumbersGiveAMillionDistinctWellFormedCodes)
{
    const ReferenceCoder coder(key_of(7));
    std::vector<std::string> codes;
    codes.reserve(1'000'000);
    for (std::uint32_t sequence = 0; sequence < 1'000'000; ++sequence) codes.push_back(coder.code_for(sequence));
    EXPECT_TRUE(std::ranges::all_of(codes, well_formed_code));
    std::ranges::sort(codes);
    EXPECT_EQ(std::ranges::adjacent_find(codes), codes.end());
}

TEST(ReferenceCode, TheLastSequenceNumberStillGivesACode)
{
    const ReferenceCoder coder(key_of(7));
    EXPECT_TRUE(well_formed_code(coder.code_for(reference_code_count - 1)));
}

// The same key always gives the same codes (a reopened database carries on its sequence);
// another key gives other codes.
TEST(ReferenceCode, CodesDependOnTheKeyAndOnlyOnIt)
{
    const ReferenceCoder coder(key_of(7));
    const ReferenceCoder same(key_of(7));
    const ReferenceCoder other(key_of(8));
    int differing = 0;
    for (std::uint32_t sequence = 0; sequence < 100; ++sequence) {
        EXPECT_EQ(coder.code_for(sequence), same.code_for(sequence));
        if (coder.code_for(sequence) != other.code_for(sequence)) ++differing;
    }
    EXPECT_EQ(differing, 100);
}

// Consecutive requests must not give away each other's codes: neighbours look unrelated.
TEST(ReferenceCode, ConsecutiveNumbersGiveUnrelatedCodes)
{
    const ReferenceCoder coder(key_of(7));
    int shared_first_half = 0;
    int same_symbol_at_position = 0;
    std::string previous = coder.code_for(0);
    for (std::uint32_t sequence = 1; sequence <= 10'000; ++sequence) {
        const std::string code = coder.code_for(sequence);
        if (code.substr(0, 3) == previous.substr(0, 3)) ++shared_first_half;
        for (std::size_t i = 0; i < code.size(); ++i)
            if (i != 3 && code[i] == previous[i]) ++same_symbol_at_position;
        previous = code;
    }
    // Random codes share their first half 1 time in 10,648 and each symbol 1 time in 22.
    EXPECT_LE(shared_first_half, 5);
    EXPECT_LT(same_symbol_at_position, 60'000 / 22 * 3 / 2);
}

TEST(ReferenceCode, NormalisesWhatStaffType)
{
    EXPECT_EQ(normalise_reference("K7M-4QX"), "K7M-4QX");
    EXPECT_EQ(normalise_reference("k7m-4qx"), "K7M-4QX");
    EXPECT_EQ(normalise_reference("k7m4qx"), "K7M-4QX");
    EXPECT_EQ(normalise_reference("  K7M 4QX "), "K7M-4QX");
    EXPECT_EQ(normalise_reference("K 7 M - 4 Q X"), "K7M-4QX");
    EXPECT_EQ(normalise_reference("K7-M4-QX"), "K7M-4QX");
}

TEST(ReferenceCode, RejectsAnythingThatIsNotACode)
{
    for (const char* typed : {"", "   ", "K7M-4Q", "K7M-4QXX", "K0M-4QX", "KOM-4QX", "K7M_4QX", "K7M-4QX!", "Ä7M-4QX",
                              "B7M-4QX", "K7M.4QX"})
        EXPECT_EQ(normalise_reference(typed), std::nullopt) << typed;
}

TEST(ReferenceCode, NewKeysAreRandom)
{
    const auto first = new_reference_key();
    const auto second = new_reference_key();
    ASSERT_TRUE(first && second);
    EXPECT_NE(*first, *second);
}

}  // namespace
}  // namespace kiosk::store
