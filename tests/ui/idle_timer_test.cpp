#include "ui/idle_timer.h"

#include <gtest/gtest.h>

namespace kiosk::ui {

using namespace std::chrono_literals;

// Active until the idle time, then a warning counting down whole seconds, then expired.
TEST(IdleTimer, ActiveWarningExpired)
{
    const Clock::time_point start{};
    IdleTimer timer(90s, 30s);
    timer.touched(start);
    EXPECT_EQ(timer.state(start + 89s), IdleTimer::State::Active);
    EXPECT_EQ(timer.state(start + 90s), IdleTimer::State::Warning);
    EXPECT_EQ(timer.seconds_left(start + 90s), 30);
    EXPECT_EQ(timer.seconds_left(start + 100500ms), 20);
    EXPECT_EQ(timer.state(start + 120s), IdleTimer::State::Expired);
    EXPECT_EQ(timer.next_change(start + 10s), start + 90s);
}

// Any input restarts the wait.
TEST(IdleTimer, InputRestartsTheWait)
{
    const Clock::time_point start{};
    IdleTimer timer(90s, 30s);
    timer.touched(start);
    timer.touched(start + 100s);
    EXPECT_EQ(timer.state(start + 150s), IdleTimer::State::Active);
}

}  // namespace kiosk::ui
