// The kiosk as a parent uses it: SDL input in, frames out. Separated from the window so tests
// drive it with synthetic SDL events and a software renderer, and pass the time in.
//
// Touch rules: a tap acts on release inside the control it started on; a drag (more than 5 mm)
// scrolls and never triggers a control; mouse events SDL synthesises from touch are ignored so a
// tap never counts twice; the pressed control shows at once.
//
// Keys: a tactile keypad (the site's [kiosk.keys]: next, previous, activate, back, help, volume,
// repeat) or a keyboard (Tab and Shift+Tab move too) drives the whole kiosk with speech. The focus
// moves through the controls in reading order, visibly, and the guide says each one. The first key
// press switches the audio guide on (someone who cannot see the screen has no other way in) unless
// the person switched it off themselves or staff are at the desk; then keys work silently.
#pragma once

#include "ui/audio_guide.h"
#include "ui/idle_timer.h"
#include "ui/kiosk_view.h"
#include "ui/pages_ahead.h"
#include "ui/screens.h"
#include "ui/staff_desk.h"

#include "speech/player.h"
#include "speech/synthesiser.h"

#include <SDL.h>
#include <deque>
#include <future>
#include <optional>
#include <utility>
#include <vector>

namespace kiosk::ui {

// What reads the screen aloud; either may be null (no eSpeak NG data, no sound device), and the
// kiosk then works without speech.
struct SpeechOutput {
    speech::Synthesiser* synthesiser = nullptr;
    speech::Player* player = nullptr;
};

class KioskApp {
public:
    // `staff` (may be null: no staff mode) must outlive the app. `site` is the council's [kiosk]
    // settings: the volume every family starts at and the keypad's keys.
    KioskApp(Renderer& renderer, ScreenContext context, IdleTimer idle_timer, Clock::time_point now, SpeechOutput speech = {},
             StaffDesk* staff = nullptr, const content::KioskSettings& site = {});

    void handle(const SDL_Event& event, Clock::time_point now);
    // Checks the idle timer (wipes the session when the warning has run out) and feeds speech
    // that has been made to the sound device.
    void tick(Clock::time_point now);
    // Draws a frame if anything changed since the last one; returns whether it drew.
    bool draw_if_needed(Clock::time_point now);

    // Between frames, with no input waiting: lays out one page the parent may turn to next
    // (PagesAhead). Says whether more are left.
    bool prepare_ahead();
    bool pages_to_prepare() const { return m_ahead.pending(); }

    // The window changed size (or moved to a screen of another density): lay out afresh.
    void resize(float width_px, float height_px);

    const KioskView& view() const { return m_view; }
    // The controls of the last frame drawn, topmost last.
    const std::vector<Control>& controls() const { return m_controls; }
    // The control the keyboard focus is on, as an index into controls(), if any.
    std::optional<std::size_t> focus() const { return m_focus; }
    // Paragraphs still being synthesised for the current reading.
    std::size_t speech_pending() const { return m_speech_queue.size(); }
    bool quit_requested() const { return m_quit; }
    // What the kiosk said last on its own account (the audio guide's words, not a page read with
    // Listen), line by line; kept whether or not a sound device played it.
    const std::vector<SpokenLine>& last_said() const { return m_said; }
    Clock::time_point next_wake(Clock::time_point now) const;

private:
    void press(float x, float y);
    void move(float x, float y);
    void release(float x, float y);
    // Carries the action out; says whether the guide announced something (a new screen, the guide
    // switched, a definition opened).
    enum class Announced { No, Yes };
    Announced act(const Action& action);
    // Uses a control by the guide's double tap or keypad: where nothing new is announced, the
    // control is said again after the next frame, so its new state is heard ("tick box, ticked").
    void use_named(std::size_t control);
    void send_request();
    void key_down(const SDL_Keysym& key);
    void audio_device_added(const SDL_AudioDeviceEvent& device);
    void keypad(content::KeypadAction action, SDL_Keycode key);
    // Moves the focus `step` controls on in reading order (round from the last to the first).
    void move_focus(int step);
    // Stops whatever was being said and says `lines` in turn.
    void say(std::vector<SpokenLine> lines);
    void announce_screen();
    void guided_tap(std::size_t control);
    void wipe();
    // What every family starts from: the welcome screen at the site's default volume.
    KioskView fresh_view() const;
    std::chrono::year_month_day today() const;
    void draw_idle_warning(Clock::time_point now);
    int topic_count() const;
    void start_speech(int from_paragraph);
    void control_speech(const Action& action, const KioskView& before);
    void stop_speech();
    void feed_speech();

    Renderer& m_renderer;
    ScreenContext m_context;
    IdleTimer m_idle;
    KioskView m_view;
    std::vector<Control> m_controls;      // as drawn in the last frame
    std::optional<std::size_t> m_pressed;  // control under the finger since the press
    std::optional<std::size_t> m_focus;    // keyboard / switch focus
    float m_press_x = 0, m_press_y = 0, m_last_y = 0;
    Clock::time_point m_press_time{};
    // The audio guide's last single tap, to tell a double tap (use it) from a touch (say it).
    std::optional<std::size_t> m_last_tap;
    Clock::time_point m_last_tap_time{};
    std::vector<SpokenLine> m_said;
    std::optional<std::size_t> m_restate;  // the control to say again after the next frame
    bool m_dragging = false;
    bool m_finger_down = false;
    bool m_dirty = true;
    bool m_quit = false;
    int m_drawn_countdown = -1;
    bool m_warning_said = false;  // the idle warning showing now has been said
    PagesAhead m_ahead;
    SpeechOutput m_speech;
    StaffDesk* m_staff = nullptr;
    int m_default_volume_step = default_volume_step;  // the site's
    std::vector<std::pair<SDL_Keycode, content::KeypadAction>> m_keypad;  // the site's keys, resolved by SDL
    Clock::time_point m_now{};  // of the event being handled
    Clock::time_point m_started{};
    // Until when the offer of the audio guide shows, after headphones were plugged in.
    std::optional<Clock::time_point> m_offer_until;
    // One synthesis per paragraph, in reading order: the first plays while the rest are made,
    // so sound starts after one paragraph, not the whole page.
    std::deque<std::future<Result<speech::Utterance>>> m_speech_queue;
    // What has gone to the sound device, to follow the words as they are heard: each paragraph's
    // first sample in the device's count, and its word events.
    struct QueuedParagraph {
        int paragraph = 0;
        std::uint64_t first_sample = 0;
        std::vector<speech::WordEvent> words;
    };
    std::vector<QueuedParagraph> m_queued;
    int m_paragraphs_taken = 0;        // futures taken from m_speech_queue since speech started
    std::uint64_t m_samples_queued = 0;
    void follow_spoken_word();
    // Where the spoken word was drawn in the last frame, and the reading area: to scroll to it.
    struct SpokenBox {
        float word_top = 0, word_bottom = 0, area_top = 0, area_bottom = 0;
    };
    std::optional<SpokenBox> m_spoken_box;
};

}  // namespace kiosk::ui
