// KioskApp reading a page aloud: one synthesis per paragraph fed to the sound device as each is
// made, the speech controls, and following the word being heard.
#include "ui/kiosk_app.h"

#include <algorithm>

namespace kiosk::ui {

void KioskApp::start_speech(int from_paragraph)
{
    if (!m_speech.synthesiser || !m_speech.player) {
        m_view.speaking = false;
        return;
    }
    std::vector<std::string> paragraphs = speakable_text(m_view, m_context);
    const int rate = speech_rates_wpm[m_view.speech_rate_step];
    m_paragraphs_taken = std::clamp(from_paragraph, 0, static_cast<int>(paragraphs.size()));
    for (std::size_t i = static_cast<std::size_t>(m_paragraphs_taken); i < paragraphs.size(); ++i) {
        m_speech_queue.push_back(m_speech.synthesiser->synthesise({std::move(paragraphs[i]), speech_language(m_view), rate}));
    }
}

void KioskApp::control_speech(const Action& action, const KioskView& before)
{
    if (!m_speech.player || !before.speaking) return;
    switch (action.kind) {
    case ActionKind::PauseSpeech:
        if (m_view.speech_paused) m_speech.player->pause();
        else m_speech.player->resume();
        break;
    case ActionKind::ReplaySpeech:
    case ActionKind::SlowerSpeech:
    case ActionKind::FasterSpeech:
        // From the start of the paragraph being heard, at the (new) rate.
        stop_speech();
        start_speech(std::max(0, before.spoken_paragraph));
        break;
    default: break;  // volume: set below for every action
    }
}

void KioskApp::stop_speech()
{
    if (m_speech.synthesiser) m_speech.synthesiser->cancel_all();
    if (m_speech.player) m_speech.player->stop();
    m_speech_queue.clear();  // their results, when they come, are dropped
    m_queued.clear();
    m_paragraphs_taken = 0;
    m_samples_queued = 0;
}

void KioskApp::follow_spoken_word()
{
    if (!m_view.speaking || !m_speech.player) return;
    const std::uint64_t heard = m_speech.player->samples_played();
    int paragraph = -1;
    Utf8Range word;
    for (const QueuedParagraph& queued : m_queued) {
        if (queued.first_sample > heard) break;
        for (const speech::WordEvent& event : queued.words) {
            if (queued.first_sample + event.start_sample > heard) break;
            paragraph = queued.paragraph;
            word = event.bytes;
        }
    }
    if (paragraph != m_view.spoken_paragraph || !(word == m_view.spoken_word)) {
        m_view.spoken_paragraph = paragraph;
        m_view.spoken_word = word;
        m_dirty = true;  // one redraw per word; the layouts are cached, nothing is re-shaped
    }
}

void KioskApp::feed_speech()
{
    while (!m_speech_queue.empty() && m_speech_queue.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        Result<speech::Utterance> utterance = [&]() -> Result<speech::Utterance> {
            try {
                return m_speech_queue.front().get();
            } catch (const std::future_error&) {
                return fail("speech was stopped");
            }
        }();
        m_speech_queue.pop_front();
        const int paragraph = m_paragraphs_taken++;
        if (utterance && m_speech.player) {
            m_queued.push_back({paragraph, m_samples_queued, std::move(utterance->words)});
            m_samples_queued += utterance->samples.size();
            m_speech.player->queue(utterance->samples);
        }
    }
    follow_spoken_word();
    if (m_view.speaking && m_speech_queue.empty() && (!m_speech.player || !m_speech.player->playing())) {
        m_view.speaking = false;  // finished reading: the button says Listen again
        m_view.spoken_paragraph = -1;
        m_dirty = true;
    }
}

}  // namespace kiosk::ui
