#include "speech/player.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kiosk::speech {

Result<std::unique_ptr<Player>> Player::open(int sample_rate_hz)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return fail(std::string("no sound: SDL audio could not start: ") + SDL_GetError());
    SDL_AudioSpec wanted{};
    wanted.freq = sample_rate_hz;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 1024;  // about 46 ms at 22,050 Hz: short enough that stop() is heard at once
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &wanted, nullptr, 0);
    if (device == 0) return fail(std::string("no sound device: ") + SDL_GetError());
    return std::unique_ptr<Player>(new Player(device));
}

Player::~Player() { SDL_CloseAudioDevice(m_device); }

void Player::queue(std::span<const std::int16_t> samples)
{
    if (samples.empty()) return;
    if (m_gain >= 1.0f) {
        SDL_QueueAudio(m_device, samples.data(), static_cast<Uint32>(samples.size_bytes()));
    } else {
        std::vector<std::int16_t> quieter(samples.begin(), samples.end());
        for (std::int16_t& sample : quieter) sample = static_cast<std::int16_t>(static_cast<float>(sample) * m_gain);
        SDL_QueueAudio(m_device, quieter.data(), static_cast<Uint32>(quieter.size() * sizeof(std::int16_t)));
    }
    m_samples_queued += samples.size();
    if (!m_paused) SDL_PauseAudioDevice(m_device, 0);
}

void Player::stop()
{
    SDL_PauseAudioDevice(m_device, 1);
    SDL_ClearQueuedAudio(m_device);
    m_samples_queued = 0;
    m_paused = false;
}

void Player::pause()
{
    m_paused = true;
    SDL_PauseAudioDevice(m_device, 1);
}

void Player::resume()
{
    m_paused = false;
    SDL_PauseAudioDevice(m_device, 0);
}

void Player::set_volume(float gain) { m_gain = std::clamp(gain, 0.0f, 1.0f); }

bool Player::playing() const { return SDL_GetQueuedAudioSize(m_device) > 0; }

std::uint64_t Player::samples_played() const
{
    const std::uint64_t waiting = SDL_GetQueuedAudioSize(m_device) / sizeof(std::int16_t);
    return m_samples_queued > waiting ? m_samples_queued - waiting : 0;
}

}  // namespace kiosk::speech
