#include "speech/synthesiser.h"

#include "speech/speech_text.h"

#include <algorithm>
#include <espeak-ng/speak_lib.h>

namespace kiosk::speech {
namespace {

// eSpeak NG is process-global; this guards against a second Synthesiser fighting over it.
std::atomic<bool> g_espeak_in_use{false};

// What the eSpeak callback fills for one synthesis call (passed as its user data).
struct CallbackSink {
    std::vector<std::int16_t>* samples = nullptr;
    std::uint64_t first_sample = 0;      // samples made before this run
    int sample_rate_hz = 0;
    std::vector<espeak_EVENT> words;     // raw word events of this run
    const std::atomic<bool>* cancel = nullptr;
};

int on_synthesised(short* wav, int sample_count, espeak_EVENT* events)
{
    auto* sink = static_cast<CallbackSink*>(events->user_data);
    if (wav && sample_count > 0) sink->samples->insert(sink->samples->end(), wav, wav + sample_count);
    for (espeak_EVENT* event = events; event->type != espeakEVENT_LIST_TERMINATED; ++event) {
        if (event->type == espeakEVENT_WORD) sink->words.push_back(*event);
    }
    return sink->cancel->load() ? 1 : 0;  // non-zero asks eSpeak NG to stop
}

// eSpeak NG 1.51 reports a word's position as a 1-based count of code points (not bytes) in the
// text it was given, and some voices emit zero-length or overlapping words; keep each word once,
// in order, and map it back to the source bytes.
void add_word_events(const CallbackSink& sink, const SpeechRun& run, std::vector<WordEvent>& words)
{
    const auto code_points = static_cast<int>(run.source_offsets.size()) - 1;
    for (const espeak_EVENT& event : sink.words) {
        const int first = event.text_position - 1;
        const int last = first + std::max(event.length, 1);
        if (first < 0 || first >= code_points) continue;
        const Utf8Range bytes{run.source_offsets[static_cast<std::size_t>(first)],
                              run.source_offsets[static_cast<std::size_t>(std::min(last, code_points))]};
        if (bytes.end <= bytes.begin) continue;
        const std::uint64_t start = sink.first_sample +
            static_cast<std::uint64_t>(event.audio_position) * static_cast<std::uint64_t>(sink.sample_rate_hz) / 1000;
        if (!words.empty() && (bytes.begin < words.back().bytes.end || start < words.back().start_sample)) continue;
        words.push_back({start, bytes});
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
        m_cancel = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) m_worker.join();
    g_espeak_in_use = false;
}

void Synthesiser::run_worker()
{
    // Everything eSpeak NG does happens on this thread, from initialisation to termination.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        m_started.set_value(fail("eSpeak NG could not start: its data was not found (Debian package espeak-ng-data)"));
        return;
    }
    espeak_SetSynthCallback(on_synthesised);
    m_started.set_value(rate);
    while (true) {
        std::packaged_task<Result<Utterance>()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    espeak_Terminate();
}

std::future<Result<Utterance>> Synthesiser::synthesise(SpeechRequest request)
{
    std::packaged_task<Result<Utterance>()> job([this, request = std::move(request)] { return speak(request); });
    auto future = job.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_cancel = false;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return future;
}

void Synthesiser::cancel_all()
{
    std::deque<std::packaged_task<Result<Utterance>()>> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_jobs);
        m_cancel = true;
    }
    // Dropped tasks break their promises: waiting callers get std::future_error, not a hang.
}

Result<Utterance> Synthesiser::speak(const SpeechRequest& request)
{
    Utterance utterance;
    utterance.sample_rate_hz = m_sample_rate_hz;
    const int rate = std::clamp(request.rate_words_per_minute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
    for (const SpeechRun& run : plan_speech(request.text, request.language)) {
        if (espeak_SetVoiceByName(run.voice.c_str()) != EE_OK) {
            return fail("eSpeak NG has no voice \"" + run.voice + "\" (for " + std::string(language_code(request.language)) +
                        "); speech for this text is not available");
        }
        espeak_SetParameter(espeakRATE, rate, 0);
        CallbackSink sink{&utterance.samples, utterance.samples.size(), m_sample_rate_hz, {}, &m_cancel};
        const espeak_ERROR error = espeak_Synth(run.text.c_str(), run.text.size() + 1, 0, POS_CHARACTER, 0,
                                                espeakCHARS_UTF8, nullptr, &sink);
        if (m_cancel) return fail("speech was stopped");
        if (error != EE_OK) return fail("eSpeak NG could not speak the text (error " + std::to_string(error) + ")");
        add_word_events(sink, run, utterance.words);
    }
    return utterance;
}

}  // namespace kiosk::speech
