#include "store/staff_lock.h"

#include <gtest/gtest.h>

namespace kiosk::store {
namespace {

using namespace std::chrono_literals;
using Outcome = AttemptResult::Outcome;
using Clock = std::chrono::steady_clock;

constexpr std::string_view right_pin = "482916";
constexpr std::string_view wrong_pin = "000001";

// Counts how often the PIN is checked, so a test can see that a lock-out skips the check.
struct CountingCheck {
    int* checks = nullptr;
    bool operator()(std::string_view pin) const
    {
        ++*checks;
        return pin == right_pin;
    }
};

class StaffLockTest : public ::testing::Test {
protected:
    int m_checks = 0;
    Clock::time_point m_now = Clock::time_point{} + 1000h;
    StaffLock m_lock{CountingCheck{&m_checks}};

    AttemptResult attempt(std::string_view pin) { return m_lock.attempt(pin, m_now); }
};

// It starts locked; the right PIN unlocks.
TEST_F(StaffLockTest, RightPinUnlocks)
{
    EXPECT_EQ(m_lock.state(), LockState::Locked);
    const AttemptResult result = attempt(right_pin);
    EXPECT_EQ(result.outcome, Outcome::Unlocked);
    EXPECT_EQ(result.wait, 0s);
    EXPECT_EQ(m_lock.state(), LockState::Unlocked);
}

// Four wrong tries cost nothing; the fifth starts a 30 s lock-out.
TEST_F(StaffLockTest, FifthWrongTryStartsALockout)
{
    for (int i = 0; i < 4; ++i) {
        const AttemptResult result = attempt(wrong_pin);
        EXPECT_EQ(result.outcome, Outcome::Wrong);
        EXPECT_EQ(result.wait, 0s);
    }
    const AttemptResult fifth = attempt(wrong_pin);
    EXPECT_EQ(fifth.outcome, Outcome::Wrong);
    EXPECT_EQ(fifth.wait, 30s);
    EXPECT_EQ(m_lock.lockout_remaining(m_now), 30s);
    EXPECT_EQ(m_lock.state(), LockState::Locked);
}

// During a lock-out even the right PIN is refused, and is not even checked.
TEST_F(StaffLockTest, LockoutRefusesWithoutCheckingThePin)
{
    for (int i = 0; i < 5; ++i) attempt(wrong_pin);
    const int checks_before = m_checks;
    m_now += 10s;
    const AttemptResult refused = attempt(right_pin);
    EXPECT_EQ(refused.outcome, Outcome::LockedOut);
    EXPECT_EQ(refused.wait, 20s);
    EXPECT_EQ(m_checks, checks_before);
    EXPECT_EQ(m_lock.state(), LockState::Locked);

    m_now += 20s;
    EXPECT_EQ(m_lock.lockout_remaining(m_now), 0s);
    EXPECT_EQ(attempt(right_pin).outcome, Outcome::Unlocked);
}

// The remaining wait is rounded up: 0.5 s left shows as 1 s, never as 0 s.
TEST_F(StaffLockTest, RemainingWaitRoundsUp)
{
    for (int i = 0; i < 5; ++i) attempt(wrong_pin);
    m_now += 29500ms;
    EXPECT_EQ(attempt(right_pin).wait, 1s);
}

// Each further wrong try after a lock-out doubles it: 30, 60, 120, ... capped at 15 minutes.
TEST_F(StaffLockTest, LockoutDoublesUpToFifteenMinutes)
{
    for (int i = 0; i < 4; ++i) attempt(wrong_pin);
    for (const std::chrono::seconds expected : {30s, 60s, 120s, 240s, 480s, 900s, 900s, 900s}) {
        const AttemptResult result = attempt(wrong_pin);
        EXPECT_EQ(result.outcome, Outcome::Wrong);
        EXPECT_EQ(result.wait, expected);
        m_now += result.wait;
    }
}

// A right PIN clears the count: the next wrong tries start from the beginning.
TEST_F(StaffLockTest, RightPinResetsTheCount)
{
    for (int i = 0; i < 5; ++i) attempt(wrong_pin);
    m_now += 30s;
    ASSERT_EQ(attempt(right_pin).outcome, Outcome::Unlocked);
    for (int i = 0; i < 4; ++i) EXPECT_EQ(attempt(wrong_pin).wait, 0s);
    EXPECT_EQ(attempt(wrong_pin).wait, 30s);
}

// A wrong PIN typed while unlocked locks: whoever typed it may not be staff.
TEST_F(StaffLockTest, WrongPinWhileUnlockedLocks)
{
    ASSERT_EQ(attempt(right_pin).outcome, Outcome::Unlocked);
    EXPECT_EQ(attempt(wrong_pin).outcome, Outcome::Wrong);
    EXPECT_EQ(m_lock.state(), LockState::Locked);
}

// Two minutes without staff activity lock; activity restarts the two minutes.
TEST_F(StaffLockTest, LocksAfterTwoQuietMinutes)
{
    ASSERT_EQ(attempt(right_pin).outcome, Outcome::Unlocked);
    m_now += 119s;
    EXPECT_EQ(m_lock.tick(m_now), LockState::Unlocked);
    m_lock.touch(m_now);
    m_now += 119s;
    EXPECT_EQ(m_lock.tick(m_now), LockState::Unlocked);
    m_now += 1s;
    EXPECT_EQ(m_lock.tick(m_now), LockState::Locked);
    EXPECT_EQ(m_lock.state(), LockState::Locked);
}

// A touch while locked does not count as activity for a later unlock's idle period, and does
// not unlock.
TEST_F(StaffLockTest, TouchWhileLockedDoesNothing)
{
    m_lock.touch(m_now);
    EXPECT_EQ(m_lock.state(), LockState::Locked);
    EXPECT_EQ(m_lock.tick(m_now), LockState::Locked);
}

// Signing out locks at once and keeps the wrong-try count (signing out cannot wipe it).
TEST_F(StaffLockTest, SignOutLocksAndKeepsTheCount)
{
    for (int i = 0; i < 4; ++i) attempt(wrong_pin);
    m_lock.lock();
    EXPECT_EQ(attempt(wrong_pin).wait, 30s);
    m_now += 30s;
    ASSERT_EQ(attempt(right_pin).outcome, Outcome::Unlocked);
    m_lock.lock();
    EXPECT_EQ(m_lock.state(), LockState::Locked);
}

// The idle period and the lock-out steps are settings, so a site (or a test) can change them.
TEST(StaffLock, SettingsApply)
{
    StaffLock lock([](std::string_view pin) { return pin == right_pin; }, {.free_wrong_tries = 2, .first_lockout = 5s, .longest_lockout = 8s, .idle_lock_after = 10s});
    Clock::time_point now = Clock::time_point{} + 1h;
    EXPECT_EQ(lock.attempt(wrong_pin, now).wait, 0s);
    EXPECT_EQ(lock.attempt(wrong_pin, now).wait, 5s);
    now += 5s;
    EXPECT_EQ(lock.attempt(wrong_pin, now).wait, 8s);
    now += 8s;
    ASSERT_EQ(lock.attempt(right_pin, now).outcome, AttemptResult::Outcome::Unlocked);
    now += 10s;
    EXPECT_EQ(lock.tick(now), LockState::Locked);
}

}  // namespace
}  // namespace kiosk::store
