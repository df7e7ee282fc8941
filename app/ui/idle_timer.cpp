#include "ui/idle_timer.h"

namespace kiosk::ui {

IdleTimer::State IdleTimer::state(Clock::time_point now) const
{
    const auto quiet = now - m_last_input;
    if (quiet < m_idle) return State::Active;
    if (quiet < m_idle + m_warning) return State::Warning;
    return State::Expired;
}

int IdleTimer::seconds_left(Clock::time_point now) const
{
    if (state(now) != State::Warning) return 0;
    const auto left = m_last_input + m_idle + m_warning - now;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(left).count());
}

Clock::time_point IdleTimer::next_change(Clock::time_point now) const
{
    switch (state(now)) {
    case State::Active: return m_last_input + m_idle;
    case State::Warning: return now + std::chrono::seconds(1);  // the countdown redraws each second
    case State::Expired: return now;
    }
    return now;
}

}  // namespace kiosk::ui
