// Speech synthesis with eSpeak NG, on one worker thread (eSpeak NG is not re-entrant and keeps
// global state, so the process has at most one Synthesiser). PCM comes back at eSpeak's native
// rate with word events mapped to UTF-8 byte ranges of the text that was shown.
#pragma once

#include "core/language.h"
#include "core/result.h"
#include "core/utf8.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace kiosk::speech {

struct WordEvent {
    std::uint64_t start_sample = 0;  // where the word starts in the utterance's samples
    Utf8Range bytes;                 // whole words of the source text (ICU word boundaries)
};

struct Utterance {
    int sample_rate_hz = 0;
    std::vector<std::int16_t> samples;  // mono
    std::vector<WordEvent> words;       // in increasing start_sample and byte order, never overlapping
};

struct SpeechRequest {
    std::string text;                 // UTF-8 as shown on screen; malformed bytes are skipped
    Language language = Language::English;
    int rate_words_per_minute = 160;  // calm default; eSpeak NG accepts 80..450
};

// Called on the worker thread each time eSpeak NG hands over a buffer of a request's audio, with
// the number of samples made so far: for a caller who wants to know the sound has begun. It must
// return quickly and must not call the Synthesiser.
using AudioProgress = std::function<void(std::size_t samples_so_far)>;

// The message of the error a request's future holds when it was stopped by cancel_all() or by the
// Synthesiser going away, rather than failing.
inline constexpr std::string_view speech_stopped_message = "speech was stopped";

class Synthesiser {
public:
    // Starts the worker thread and eSpeak NG. Fails with a clear message when the eSpeak NG data
    // (espeak-ng-data) cannot be found, or when another Synthesiser already exists.
    static Result<std::unique_ptr<Synthesiser>> create();
    // Stops what is being made; every future not yet ready gets the stopped error.
    ~Synthesiser();
    Synthesiser(const Synthesiser&) = delete;
    Synthesiser& operator=(const Synthesiser&) = delete;

    // Queues the request; the future becomes ready when all its audio is made, or with an error:
    // a voice eSpeak NG does not have (named), or speech_stopped_message. Thread-safe.
    std::future<Result<Utterance>> synthesise(SpeechRequest request, AudioProgress on_audio = {});

    // eSpeak NG's phoneme mnemonics for `utf8` in the voice file `voice` (e.g. "yue"), one clause
    // per line, as `espeak-ng -x` prints them; a switch to another language's rules shows as
    // "(en)". Queued like synthesise(), since it uses the same global eSpeak NG state. Thread-safe.
    std::future<Result<std::string>> phonemes(std::string voice, std::string utf8);

    // Stops the request being made now and every queued one: their futures become ready at once
    // (queued ones) or within one audio buffer (the current one) with speech_stopped_message.
    // Requests made after this call are not affected. Thread-safe.
    void cancel_all();

    int sample_rate_hz() const { return m_sample_rate_hz; }

private:
    // A queued piece of work: Run does it; Drop resolves its future as stopped without doing it.
    // `generation` is m_generation when it was queued.
    enum class JobStart { Run, Drop };
    using Job = std::move_only_function<void(JobStart, std::uint64_t generation)>;
    struct QueuedJob {
        Job job;
        std::uint64_t generation = 0;
    };

    Synthesiser() = default;
    void run_worker();
    void enqueue(Job job);
    Result<Utterance> speak(const SpeechRequest& request, const AudioProgress& on_audio, std::uint64_t generation);
    Result<std::string> phonemes_now(const std::string& voice, const std::string& utf8);

    int m_sample_rate_hz = 0;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QueuedJob> m_jobs;  // guarded by m_mutex
    bool m_stopping = false;       // guarded by m_mutex
    // cancel_all() increments it (under m_mutex); a request queued before stops when it sees the change.
    std::atomic<std::uint64_t> m_generation{0};
    std::promise<Result<int>> m_started;
};

}  // namespace kiosk::speech
