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
#include <thread>
#include <vector>

namespace kiosk::speech {

struct WordEvent {
    std::uint64_t start_sample = 0;  // where the word starts in the utterance's samples
    Utf8Range bytes;                 // the word in the source text
};

struct Utterance {
    int sample_rate_hz = 0;
    std::vector<std::int16_t> samples;  // mono
    std::vector<WordEvent> words;       // in increasing start_sample and byte order
};

struct SpeechRequest {
    std::string text;                 // UTF-8 as shown on screen; malformed bytes are skipped
    Language language = Language::English;
    int rate_words_per_minute = 160;  // calm default; eSpeak NG accepts 80..450
};

class Synthesiser {
public:
    // Starts the worker thread and eSpeak NG. Fails with a clear message when the eSpeak NG data
    // (espeak-ng-data) cannot be found, or when another Synthesiser already exists.
    static Result<std::unique_ptr<Synthesiser>> create();
    ~Synthesiser();
    Synthesiser(const Synthesiser&) = delete;
    Synthesiser& operator=(const Synthesiser&) = delete;

    // Queues the request; the future becomes ready when all its audio is made. A voice eSpeak
    // NG does not have is an error naming it. Thread-safe.
    std::future<Result<Utterance>> synthesise(SpeechRequest request);

    // Stops the utterance being made now (its future gets an error) and drops queued ones.
    void cancel_all();

    int sample_rate_hz() const { return m_sample_rate_hz; }

private:
    Synthesiser() = default;
    void run_worker();
    Result<Utterance> speak(const SpeechRequest& request);

    int m_sample_rate_hz = 0;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<Result<Utterance>()>> m_jobs;
    bool m_stopping = false;
    std::atomic<bool> m_cancel{false};
    std::promise<Result<int>> m_started;
};

}  // namespace kiosk::speech
