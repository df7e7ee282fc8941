#include "speech/synthesiser.h"

#include "speech/speech_text.h"
#include "speech/word_events.h"

#include <algorithm>
#include <espeak-ng/speak_lib.h>

namespace kiosk::speech {
namespace {

// eSpeak NG is process-global; this guards against a second Synthesiser fighting over it.
std::atomic<bool> g_espeak_in_use{false};

// What the eSpeak callback fills for one synthesis call (passed as its user data).
struct CallbackSink {
    std::vector<std::int16_t>* samples = nullptr;
    std::uint64_t first_sample = 0;  // samples made before this run
    int sample_rate_hz = 0;
    std::vector<espeak_EVENT> words;  // raw word events of this run
    const AudioProgress* on_audio = nullptr;
    const std::atomic<std::uint64_t>* generation_now = nullptr;
    std::uint64_t generation = 0;  // the request's; a different one now means it was cancelled
};

int on_synthesised(short* wav, int sample_count, espeak_EVENT* events)
{
    auto* sink = static_cast<CallbackSink*>(events->user_data);
    if (wav && sample_count > 0) {
        sink->samples->insert(sink->samples->end(), wav, wav + sample_count);
        if (*sink->on_audio) (*sink->on_audio)(sink->samples->size());
    }
    for (espeak_EVENT* event = events; event->type != espeakEVENT_LIST_TERMINATED; ++event) {
        if (event->type == espeakEVENT_WORD) sink->words.push_back(*event);
    }
    return sink->generation_now->load() != sink->generation ? 1 : 0;  // non-zero asks eSpeak NG to stop
}

// eSpeak NG 1.51 reports a word's position as a 1-based count of code points (not bytes) in the
// text it was given; map each to its source byte and its time in the whole utterance.
void add_spoken_words(const CallbackSink& sink, const SpeechRun& run, std::vector<SpokenWord>& spoken)
{
    const Utf8Range run_bytes{run.source_offsets.front(), run.source_offsets.back()};
    const auto code_points = static_cast<int>(run.source_offsets.size()) - 1;
    for (const espeak_EVENT& event : sink.words) {
        const int first = event.text_position - 1;
        if (first < 0 || first >= code_points) continue;
        const std::uint64_t start = sink.first_sample +
            static_cast<std::uint64_t>(event.audio_position) * static_cast<std::uint64_t>(sink.sample_rate_hz) / 1000;
        spoken.push_back({start, run.source_offsets[static_cast<std::size_t>(first)], run_bytes});
    }
}

Error stopped() { return Error{std::string(speech_stopped_message)}; }

// Resolves `promise` with what `work` returns, or with the exception it throws.
template <typename T, typename Work>
void fulfil(std::promise<T>& promise, Work&& work)
{
    try {
        promise.set_value(work());
    } catch (...) {
        promise.set_exception(std::current_exception());
    }
}

}  // namespace

Result<std::unique_ptr<Synthesiser>> Synthesiser::create()
{
    if (g_espeak_in_use.exchange(true)) return fail("speech is already running in this process (eSpeak NG allows one synthesiser)");
    std::unique_ptr<Synthesiser> synthesiser(new Synthesiser());
    std::future<Result<int>> started = synthesiser->m_started.get_future();
    synthesiser->m_worker = std::thread([raw = synthesiser.get()] { raw->run_worker(); });
    Result<int> rate = started.get();
    if (!rate) return std::unexpected(rate.error());  // the destructor joins the worker
    synthesiser->m_sample_rate_hz = *rate;
    return synthesiser;
}

Synthesiser::~Synthesiser()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        ++m_generation;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) m_worker.join();
    for (QueuedJob& queued : m_jobs) queued.job(JobStart::Drop, queued.generation);  // the worker has gone: no lock needed
    g_espeak_in_use = false;
}

void Synthesiser::run_worker()
{
    // Everything eSpeak NG does happens on this thread, from initialisation to termination.
    // Its buffer is 200 ms of audio: the callback, and so a cancellation, comes at least that often.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        m_started.set_value(fail("eSpeak NG could not start: its data was not found (Debian package espeak-ng-data)"));
        return;
    }
    espeak_SetSynthCallback(on_synthesised);
    m_started.set_value(rate);
    while (true) {
        QueuedJob queued;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) break;
            queued = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        queued.job(JobStart::Run, queued.generation);
    }
    espeak_Terminate();
}

void Synthesiser::enqueue(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back({std::move(job), m_generation.load()});
    }
    m_wake.notify_one();
}

std::future<Result<Utterance>> Synthesiser::synthesise(SpeechRequest request, AudioProgress on_audio)
{
    std::promise<Result<Utterance>> promise;
    auto future = promise.get_future();
    enqueue([this, request = std::move(request), on_audio = std::move(on_audio), promise = std::move(promise)](
                JobStart start, std::uint64_t generation) mutable {
        fulfil(promise, [&]() -> Result<Utterance> {
            return start == JobStart::Run ? speak(request, on_audio, generation) : std::unexpected(stopped());
        });
    });
    return future;
}

std::future<Result<std::string>> Synthesiser::phonemes(std::string voice, std::string utf8)
{
    std::promise<Result<std::string>> promise;
    auto future = promise.get_future();
    enqueue([this, voice = std::move(voice), utf8 = std::move(utf8), promise = std::move(promise)](JobStart start, std::uint64_t) mutable {
        fulfil(promise, [&]() -> Result<std::string> {
            return start == JobStart::Run ? phonemes_now(voice, utf8) : std::unexpected(stopped());
        });
    });
    return future;
}

void Synthesiser::cancel_all()
{
    std::deque<QueuedJob> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_jobs);
        ++m_generation;
    }
    for (QueuedJob& queued : dropped) queued.job(JobStart::Drop, queued.generation);
}

Result<Utterance> Synthesiser::speak(const SpeechRequest& request, const AudioProgress& on_audio, std::uint64_t generation)
{
    Utterance utterance;
    utterance.sample_rate_hz = m_sample_rate_hz;
    std::vector<SpokenWord> spoken;
    const int rate = std::clamp(request.rate_words_per_minute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
    for (const SpeechRun& run : plan_speech(request.text, request.language)) {
        if (m_generation != generation) return std::unexpected(stopped());
        if (espeak_SetVoiceByName(run.voice.c_str()) != EE_OK) {
            return fail("eSpeak NG has no voice \"" + run.voice + "\" (for " + std::string(language_code(request.language)) +
                        "); speech for this text is not available");
        }
        espeak_SetParameter(espeakRATE, rate, 0);
        CallbackSink sink{&utterance.samples, utterance.samples.size(), m_sample_rate_hz, {}, &on_audio, &m_generation, generation};
        const espeak_ERROR error = espeak_Synth(run.text.c_str(), run.text.size() + 1, 0, POS_CHARACTER, 0,
                                                espeakCHARS_UTF8, nullptr, &sink);
        if (m_generation != generation) return std::unexpected(stopped());
        if (error != EE_OK) return fail("eSpeak NG could not speak the text (error " + std::to_string(error) + ")");
        add_spoken_words(sink, run, spoken);
    }
    utterance.words = align_to_words(request.text, request.language, spoken);
    return utterance;
}

Result<std::string> Synthesiser::phonemes_now(const std::string& voice, const std::string& utf8)
{
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return fail("eSpeak NG has no voice \"" + voice + "\"");
    std::string phonemes;
    // espeak_TextToPhonemes gives one clause per call and sets the pointer to null after the last.
    const void* next = utf8.c_str();
    while (next) {
        const char* clause = espeak_TextToPhonemes(&next, espeakCHARS_UTF8, 0);
        if (clause) phonemes.append(clause).append("\n");
    }
    return phonemes;
}

}  // namespace kiosk::speech
