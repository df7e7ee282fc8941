// The shipped fonts and the Stockport guide, loaded once per test program and shared by its
// tests (loading takes most of a second).
#pragma once

#include "content/guide.h"
#include "text/text_engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

namespace kiosk::ui::testing {

struct ShippedGuide {
    text::TextEngine* engine = nullptr;  // null when the fonts or guide could not load (a failure is added)
    content::Guide* guide = nullptr;
};

inline ShippedGuide shipped_guide()
{
    static const ShippedGuide loaded = [] {
        const std::filesystem::path root(KIOSK_SOURCE_DIR);
        auto engine = text::TextEngine::create(root / "fonts");
        auto guide = content::load_guide(root / "content", "stockport");
        if (!engine || !guide) {
            ADD_FAILURE() << (engine ? guide.error().message : engine.error().message);
            return ShippedGuide{};
        }
        return ShippedGuide{std::move(*engine).release(), new content::Guide(std::move(*guide))};
    }();
    return loaded;
}

// A test of screens on the shipped fonts and guide.
class ShippedGuideTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NE(shipped_guide().engine, nullptr); }
    static text::TextEngine& engine() { return *shipped_guide().engine; }
    static content::Guide& guide() { return *shipped_guide().guide; }
};

}  // namespace kiosk::ui::testing
