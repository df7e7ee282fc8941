#include "store/case_fold.h"

#include <gtest/gtest.h>

namespace kiosk::store {
namespace {

// Full Unicode case folding, so the desk finds a name however its capitals were typed.
TEST(CaseFold, FoldsBeyondAscii)
{
    EXPECT_EQ(fold_case("AHMED Khan"), "ahmed khan");
    EXPECT_EQ(fold_case("ÉLODIE"), fold_case("élodie"));
    EXPECT_EQ(fold_case("Straße"), "strasse");
    EXPECT_EQ(fold_case("ΣΟΦΙΑ"), fold_case("σοφια"));
    EXPECT_EQ(fold_case("آمنہ"), "آمنہ");  // scripts without case are unchanged
    EXPECT_EQ(fold_case(""), "");
}

TEST(CaseFold, LengtheningFoldsFitAndIllFormedTextComesBackAsItWas)
{
    // U+0390 (two bytes) folds to three code points (six bytes).
    std::string long_fold;
    std::string expected;
    for (int i = 0; i < 20; ++i) {
        long_fold += "\u0390";
        expected += "\u03B9\u0308\u0301";
    }
    EXPECT_EQ(fold_case(long_fold), expected);
    EXPECT_EQ(fold_case("\xFF\xFE"), "\xFF\xFE");
}

}  // namespace
}  // namespace kiosk::store
