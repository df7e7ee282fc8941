// The playback half of speech: an SDL audio device fed with eSpeak NG's PCM. The only part of
// speech that knows SDL. Speech stops at once when the parent does anything else.
#pragma once

#include "core/result.h"

#include <SDL.h>
#include <cstdint>
#include <memory>
#include <span>

namespace kiosk::speech {

class Player {
public:
    // Opens the default output at the synthesiser's rate, mono, 16-bit. Fails with SDL's reason
    // when there is no sound device; the kiosk then goes on without speech and says so.
    static Result<std::unique_ptr<Player>> open(int sample_rate_hz);
    ~Player();
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;

    // Appends samples after what is already playing and starts playing.
    void queue(std::span<const std::int16_t> samples);
    // Silences at once and forgets everything queued.
    void stop();
    // Holds the sound where it is, and carries on from there.
    void pause();
    void resume();
    bool paused() const { return m_paused; }
    // Loudness of what is queued from now on, 0 (silent) to 1 (as synthesised).
    void set_volume(float gain);
    bool playing() const;
    // Samples played since the last stop(), for following the words as they are heard.
    std::uint64_t samples_played() const;

private:
    explicit Player(SDL_AudioDeviceID device) : m_device(device) {}
    SDL_AudioDeviceID m_device = 0;
    std::uint64_t m_samples_queued = 0;
    bool m_paused = false;
    float m_gain = 1.0f;
};

}  // namespace kiosk::speech
