// Staff mode's lock: PIN attempts with a growing lock-out after repeated wrong tries, and an
// automatic lock after a quiet spell, so a kiosk left open in staff mode does not stay open.
// Pure logic with an injected clock: every call takes `now`, so tests drive time explicitly.
#pragma once

#include <chrono>
#include <functional>
#include <string_view>

namespace kiosk::store {

struct StaffLockSettings {
    int free_wrong_tries = 5;                                  // wrong tries in a row before a lock-out
    std::chrono::seconds first_lockout{30};                     // doubles with each further wrong try
    std::chrono::seconds longest_lockout{std::chrono::minutes(15)};
    std::chrono::seconds idle_lock_after{std::chrono::minutes(2)};  // no staff activity this long locks
};

enum class LockState { Locked, Unlocked };

struct AttemptResult {
    enum class Outcome {
        Unlocked,   // the PIN was right
        Wrong,      // the PIN was wrong; `wait` > 0 when this try started a lock-out
        LockedOut,  // refused without checking the PIN; `wait` is what remains of the lock-out
    };
    Outcome outcome = Outcome::Wrong;
    std::chrono::seconds wait{0};  // rounded up, so it is never 0 while a lock-out lasts
};

class StaffLock {
public:
    using PinCheck = std::function<bool(std::string_view pin)>;

    // `pin_matches` says whether a PIN is right (StaffPin::matches in the kiosk). Starts locked.
    explicit StaffLock(PinCheck pin_matches, StaffLockSettings settings = {});

    // One PIN entry, in either state. A right PIN unlocks and clears the wrong-try count; a wrong
    // one locks (whoever typed it may not be staff) and counts towards the lock-out. During a
    // lock-out the PIN is not checked at all, so guessing costs time whatever is typed.
    AttemptResult attempt(std::string_view pin, std::chrono::steady_clock::time_point now);

    // Any staff activity (a touch, a key) while unlocked; restarts the idle period.
    void touch(std::chrono::steady_clock::time_point now);

    // Call regularly (each frame or second): locks after `idle_lock_after` without touch().
    // Returns the state after the check.
    LockState tick(std::chrono::steady_clock::time_point now);

    // Signing out. Keeps the wrong-try count.
    void lock();

    LockState state() const { return m_state; }

    // What remains of a lock-out at `now`, rounded up; 0 when attempts are accepted.
    std::chrono::seconds lockout_remaining(std::chrono::steady_clock::time_point now) const;

private:
    PinCheck m_pin_matches;
    StaffLockSettings m_settings;
    LockState m_state = LockState::Locked;
    int m_wrong_in_a_row = 0;
    std::chrono::steady_clock::time_point m_lockout_ends{};
    std::chrono::steady_clock::time_point m_last_activity{};
};

}  // namespace kiosk::store
