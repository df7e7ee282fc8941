// When a shared kiosk has been left: after `idle` with no input a full-screen "Are you still
// here?" counts down `warning`; when that runs out everything the parent chose is wiped.
// Time comes in from the caller (no clock inside), so tests never sleep.
#pragma once

#include <chrono>

namespace kiosk::ui {

using Clock = std::chrono::steady_clock;

class IdleTimer {
public:
    IdleTimer(std::chrono::seconds idle, std::chrono::seconds warning) : m_idle(idle), m_warning(warning) {}

    enum class State { Active, Warning, Expired };

    void touched(Clock::time_point now) { m_last_input = now; }
    State state(Clock::time_point now) const;
    // Whole seconds left on the warning's countdown (rounded up), 0 when not warning.
    int seconds_left(Clock::time_point now) const;
    // When the state will next change, to wake the event loop just in time.
    Clock::time_point next_change(Clock::time_point now) const;

private:
    std::chrono::seconds m_idle{90};
    std::chrono::seconds m_warning{30};
    Clock::time_point m_last_input{};
};

}  // namespace kiosk::ui
