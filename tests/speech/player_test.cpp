// Playback through SDL's disk audio driver, which writes what the device plays to a file in the
// device's format (S16 mono 22,050 Hz, as Player asks and SDL grants without conversion) and
// takes one buffer (1,024 samples) every 46 ms, in real time, like a sound card. While the device
// is paused, or its queue is empty, SDL feeds it silence (zeros), so the test tones have no zero
// sample: the non-zero samples of the file are exactly what was played.
#include "speech/player.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>
#include <vector>

namespace kiosk::speech {
namespace {

constexpr int rate_hz = 22050;

// A tone of `count` samples, none of them zero, with a pattern that shows any sample lost.
std::vector<std::int16_t> tone(std::size_t count, int seed)
{
    std::vector<std::int16_t> samples(count);
    for (std::size_t i = 0; i < count; ++i) {
        const int magnitude = 1000 + static_cast<int>((i * 37 + static_cast<std::size_t>(seed) * 101) % 20000);
        samples[i] = static_cast<std::int16_t>(i % 2 ? magnitude : -magnitude);
    }
    return samples;
}

// SDL plays on its own thread in real time, so the test polls for what it waits for (capped so a
// fault fails instead of hanging) rather than sleeping a guessed time.
bool wait_until(const std::function<bool()>& condition)
{
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > give_up) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

class PlayerOnDiskDriver : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_file = ::testing::TempDir() + "/player_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".raw";
        // Read by SDL when the audio subsystem starts and the device opens, both inside open().
        setenv("SDL_AUDIODRIVER", "disk", 1);
        setenv("SDL_DISKAUDIOFILE", m_file.c_str(), 1);
        auto opened = Player::open(rate_hz);
        ASSERT_TRUE(opened) << opened.error().message;
        m_player = std::move(*opened);
    }

    void TearDown() override
    {
        m_player.reset();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        std::filesystem::remove(m_file);
    }

    // What the device played, without the silence; closes the device so the file is complete.
    std::vector<std::int16_t> played_sound()
    {
        m_player.reset();
        std::ifstream in(m_file, std::ios::binary);
        std::vector<std::int16_t> sound;
        for (std::int16_t sample = 0; in.read(reinterpret_cast<char*>(&sample), sizeof sample);) {
            if (sample != 0) sound.push_back(sample);
        }
        return sound;
    }

    std::uintmax_t file_bytes() const
    {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(m_file, error);
        return error ? 0 : size;
    }

    std::string m_file;
    std::unique_ptr<Player> m_player;
};

}  // namespace

// Queued samples reach the device in order, every one of them, scaled by the volume.
TEST_F(PlayerOnDiskDriver, PlaysQueuedSamplesScaledByTheVolume)
{
    const std::vector<std::int16_t> samples = tone(rate_hz / 4, 1);
    m_player->set_volume(0.5f);
    m_player->queue(samples);
    ASSERT_TRUE(wait_until([&] { return !m_player->playing(); }));
    EXPECT_EQ(m_player->samples_played(), samples.size());
    std::vector<std::int16_t> expected;
    for (std::int16_t s : samples) expected.push_back(static_cast<std::int16_t>(static_cast<float>(s) * 0.5f));
    EXPECT_EQ(played_sound(), expected);
}

// Paused, the device goes on taking buffers (of silence) but the sample clock stands still;
// resumed, it carries on from the same sample and nothing is lost.
TEST_F(PlayerOnDiskDriver, PauseHoldsTheSampleClockAndResumeCarriesOn)
{
    const std::vector<std::int16_t> samples = tone(rate_hz, 2);
    m_player->queue(samples);
    ASSERT_TRUE(wait_until([&] { return m_player->samples_played() > 0; }));
    m_player->pause();
    const std::uint64_t at_pause = m_player->samples_played();
    const std::uintmax_t bytes_at_pause = file_bytes();
    // Four more buffers written: the device thread ran through several periods while paused.
    ASSERT_TRUE(wait_until([&] { return file_bytes() >= bytes_at_pause + 4 * 2048; }));
    EXPECT_EQ(m_player->samples_played(), at_pause);
    EXPECT_TRUE(m_player->paused());
    EXPECT_TRUE(m_player->playing());
    EXPECT_LT(at_pause, samples.size());
    m_player->resume();
    ASSERT_TRUE(wait_until([&] { return !m_player->playing(); }));
    EXPECT_EQ(m_player->samples_played(), samples.size());
    EXPECT_EQ(played_sound(), samples);
}

// stop() silences at once and forgets the queue and the clock; what is queued next plays whole.
TEST_F(PlayerOnDiskDriver, StopClearsTheQueueAndTheClock)
{
    const std::vector<std::int16_t> first = tone(rate_hz, 3);
    const std::vector<std::int16_t> second = tone(rate_hz / 10, 4);
    m_player->queue(first);
    ASSERT_TRUE(wait_until([&] { return m_player->samples_played() > 0; }));
    m_player->stop();
    EXPECT_EQ(m_player->samples_played(), 0u);
    EXPECT_FALSE(m_player->playing());
    m_player->queue(second);
    ASSERT_TRUE(wait_until([&] { return !m_player->playing(); }));
    EXPECT_EQ(m_player->samples_played(), second.size());

    const std::vector<std::int16_t> sound = played_sound();
    ASSERT_GT(sound.size(), second.size());
    const std::size_t heard_of_first = sound.size() - second.size();
    EXPECT_LT(heard_of_first, first.size());
    EXPECT_TRUE(std::equal(sound.begin(), sound.begin() + static_cast<std::ptrdiff_t>(heard_of_first), first.begin()));
    EXPECT_TRUE(std::equal(sound.begin() + static_cast<std::ptrdiff_t>(heard_of_first), sound.end(), second.begin()));
}

}  // namespace kiosk::speech
