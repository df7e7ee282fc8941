#include "store/staff_lock.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace kiosk::store {

StaffLock::StaffLock(PinCheck pin_matches, StaffLockSettings settings)
    : m_pin_matches(std::move(pin_matches)), m_settings(settings)
{
    assert(m_pin_matches);
    assert(m_settings.free_wrong_tries >= 1 && m_settings.first_lockout <= m_settings.longest_lockout);
}

AttemptResult StaffLock::attempt(std::string_view pin, std::chrono::steady_clock::time_point now)
{
    if (const std::chrono::seconds remaining = lockout_remaining(now); remaining > std::chrono::seconds::zero()) {
        return {AttemptResult::Outcome::LockedOut, remaining};
    }
    if (m_pin_matches(pin)) {
        m_wrong_in_a_row = 0;
        m_state = LockState::Unlocked;
        m_last_activity = now;
        return {AttemptResult::Outcome::Unlocked, std::chrono::seconds::zero()};
    }
    m_state = LockState::Locked;
    ++m_wrong_in_a_row;
    if (m_wrong_in_a_row < m_settings.free_wrong_tries) return {AttemptResult::Outcome::Wrong, std::chrono::seconds::zero()};
    // 30 s on the 5th wrong try, 60 s on the 6th, ... up to the longest; doubling stops at the
    // cap so the count can grow without overflow.
    std::chrono::seconds lockout = m_settings.first_lockout;
    for (int extra = m_settings.free_wrong_tries; extra < m_wrong_in_a_row && lockout < m_settings.longest_lockout; ++extra) {
        lockout *= 2;
    }
    lockout = std::min(lockout, m_settings.longest_lockout);
    m_lockout_ends = now + lockout;
    return {AttemptResult::Outcome::Wrong, lockout};
}

void StaffLock::touch(std::chrono::steady_clock::time_point now)
{
    if (m_state == LockState::Unlocked) m_last_activity = now;
}

LockState StaffLock::tick(std::chrono::steady_clock::time_point now)
{
    if (m_state == LockState::Unlocked && now - m_last_activity >= m_settings.idle_lock_after) m_state = LockState::Locked;
    return m_state;
}

void StaffLock::lock() { m_state = LockState::Locked; }

std::chrono::seconds StaffLock::lockout_remaining(std::chrono::steady_clock::time_point now) const
{
    if (now >= m_lockout_ends) return std::chrono::seconds::zero();
    return std::chrono::ceil<std::chrono::seconds>(m_lockout_ends - now);
}

}  // namespace kiosk::store
