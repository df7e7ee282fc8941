#include "ui/kiosk_app.h"

#include "core/utf8.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr float drag_threshold_mm = 5;
// Holding still this long switches the audio guide on or off; a second tap on the same control
// within double_tap uses it while the guide is on.
constexpr auto long_press = std::chrono::milliseconds(1500);
constexpr auto double_tap = std::chrono::milliseconds(600);
constexpr float wheel_step_mm = 12;
// SDL reports every sound device it finds at start-up as added; only one plugged in later (a
// parent's headphones) is offered the guide.
constexpr auto start_up = std::chrono::seconds(2);
constexpr auto offer_shown = std::chrono::seconds(10);

// Whether the action reads or changes the records (the staff desk carries it out).
bool needs_desk(const Action& action, const KioskView& view)
{
    switch (action.kind) {
    case ActionKind::PinEnter:
    case ActionKind::StaffList:
    case ActionKind::StaffSearchBy:
    case ActionKind::StaffOpenRequest:
    case ActionKind::StaffSetStatus:
    case ActionKind::StaffCancelRequest:
    case ActionKind::StaffNewRequest:
    case ActionKind::StaffEditRequest:
    case ActionKind::StaffExport:
    case ActionKind::StaffAudit: return true;
    case ActionKind::StopTyping: return view.staff_session && view.screen == Screen::Staff;
    default: return false;
    }
}

}  // namespace

KioskApp::KioskApp(Renderer& renderer, ScreenContext context, IdleTimer idle_timer, Clock::time_point now, SpeechOutput speech, StaffDesk* staff,
                   const content::KioskSettings& site)
    : m_renderer(renderer), m_context(std::move(context)), m_idle(idle_timer), m_speech(speech), m_staff(staff),
      m_default_volume_step(std::clamp(site.default_volume - 1, 0, volume_step_count - 1)), m_now(now), m_started(now)
{
    m_view = fresh_view();
    for (const content::KeypadKeys& keys : site.keys) {
        // Names SDL does not know were reported by the site check; they do nothing here.
        for (const std::string& name : keys.key_names) {
            if (const SDL_Keycode code = SDL_GetKeyFromName(name.c_str()); code != SDLK_UNKNOWN) m_keypad.emplace_back(code, keys.action);
        }
    }
    m_idle.touched(now);
    SDL_StopTextInput();  // SDL starts with text input on; it is on only while a text box has focus
    if (m_speech.player) m_speech.player->set_volume(volume_gain(m_view.volume_step));
    m_context.spoken_word_drawn = [this](float word_top, float word_bottom, float area_top, float area_bottom) {
        m_spoken_box = SpokenBox{word_top, word_bottom, area_top, area_bottom};
    };
}

int KioskApp::topic_count() const
{
    const content::LanguageGuide* guide = m_context.guide.find(m_view.language);
    return guide ? static_cast<int>(guide->topics.size()) : 0;
}

void KioskApp::send_request()
{
    store::AccessRequest request = m_view.request;
    request.language = m_view.language;
    request.entered_by = "kiosk";
    Result<std::string> saved = m_context.records.save_request ? m_context.records.save_request(request)
                                                               : fail("this kiosk has no records store");
    m_view.scroll_px = 0;
    if (!saved) {
        // The parent sees "please tell the desk" and keeps what they chose, so staff can copy it.
        m_view.save_failed = true;
        return;
    }
    // Saved durably: only the code stays on screen; the request leaves the screen and memory.
    m_view.request = store::AccessRequest{};
    m_view.reference = std::move(*saved);
    m_view.save_failed = false;
    m_view.screen = Screen::Reference;
}

std::chrono::year_month_day KioskApp::today() const
{
    if (m_context.records.today) return m_context.records.today();
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

KioskApp::Announced KioskApp::act(const Action& action)
{
    const KioskView before = m_view;
    m_view = apply(m_view, action, topic_count(), fresh_view());
    if (action.kind == ActionKind::SendRequest) {
        if (m_view.staff_session && m_staff) m_staff->save(m_view);
        else send_request();
    } else if (m_staff && needs_desk(action, m_view)) {
        m_staff->act(m_view, action, m_now, today());
    }
    // Back from the first step of a request staff are entering returns to staff mode.
    if (m_view.staff_session && (m_view.screen == Screen::Home || m_view.screen == Screen::Welcome)) m_view.screen = Screen::Staff;
    if (before.staff_session && !m_view.staff_session && m_staff) m_staff->sign_out();
    // SDL reports typed text only while a text box has focus (it starts with text input on).
    if ((m_view.typing != TextField::None) != (before.typing != TextField::None)) {
        if (m_view.typing != TextField::None) SDL_StartTextInput();
        else SDL_StopTextInput();
    }
    if (is_speech_control(action.kind)) {
        control_speech(action, before);
    } else {
        if (before.speaking || !m_speech_queue.empty()) stop_speech();
        if (m_view.speaking) start_speech(0);
    }
    // Louder or quieter, or back to the default for the next family ("I'm finished").
    if (m_view.volume_step != before.volume_step && m_speech.player) m_speech.player->set_volume(volume_gain(m_view.volume_step));
    if (m_view.screen != before.screen || m_view.language != before.language) {
        m_view.scroll_px = 0;
        m_focus.reset();
    }
    const bool arrived = m_view.screen != before.screen || m_view.language != before.language || m_view.topic_index != before.topic_index ||
                         m_view.needs_page != before.needs_page || (m_view.glossary_entry >= 0 && m_view.glossary_entry != before.glossary_entry);
    m_dirty = true;
    if (action.kind == ActionKind::AudioGuide) {
        m_last_tap.reset();
        say(guide_switched_words(m_view, m_context));
        return Announced::Yes;
    }
    if (m_view.audio_guided && arrived && !m_view.speaking) {
        announce_screen();
        return Announced::Yes;
    }
    return Announced::No;
}

void KioskApp::use_named(std::size_t control)
{
    if (act(m_controls[control].action) == Announced::No && m_view.audio_guided && !m_view.speaking) m_restate = control;
}

void KioskApp::resize(float width_px, float height_px)
{
    if (width_px == m_context.geometry.width_px && height_px == m_context.geometry.height_px) return;
    m_context.geometry.width_px = width_px;
    m_context.geometry.height_px = height_px;
    m_dirty = true;
}

void KioskApp::say(std::vector<SpokenLine> lines)
{
    stop_speech();
    m_view.speaking = false;
    m_said = std::move(lines);
    if (!m_speech.synthesiser || !m_speech.player) return;
    for (const SpokenLine& line : m_said) {
        if (line.text.empty()) continue;
        m_speech_queue.push_back(m_speech.synthesiser->synthesise({line.text, line.language, speech_rates_wpm[m_view.speech_rate_step]}));
    }
}

void KioskApp::announce_screen() { say(screen_announcement(m_view, m_context)); }

void KioskApp::guided_tap(std::size_t control)
{
    if (m_last_tap == control && m_now - m_last_tap_time < double_tap) {
        m_last_tap.reset();
        use_named(control);
        return;
    }
    m_last_tap = control;
    m_last_tap_time = m_now;
    say(spoken_name(m_controls[control], m_context));
}

void KioskApp::press(float x, float y)
{
    m_press_time = m_now;
    m_press_x = x;
    m_press_y = y;
    m_last_y = y;
    m_dragging = false;
    m_pressed.reset();
    if (const Control* control = control_at(m_controls, x, y)) m_pressed = static_cast<std::size_t>(control - m_controls.data());
    m_dirty = true;  // the pressed state shows in the next frame
}

void KioskApp::move(float x, float y)
{
    const float threshold = drag_threshold_mm * m_context.geometry.px_per_mm;
    if (!m_dragging && std::hypot(x - m_press_x, y - m_press_y) > threshold) {
        m_dragging = true;
        m_pressed.reset();  // a drag scrolls; it never presses a button
    }
    if (m_dragging && m_view.screen != Screen::Welcome) {
        // Content follows the finger: dragging up shows what is below.
        m_view.scroll_px = std::max(0.0f, m_view.scroll_px + (m_last_y - y));
        m_dirty = true;
    }
    m_last_y = y;
}

void KioskApp::release(float x, float y)
{
    if (!m_dragging && m_now - m_press_time >= long_press) {
        // A long press anywhere switches the audio guide on or off, as the welcome screen's switch does.
        act({ActionKind::AudioGuide, m_view.audio_guided ? 0 : 1});
    } else if (!m_dragging && m_pressed) {
        const Control* control = control_at(m_controls, x, y);
        const auto index = control ? static_cast<std::size_t>(control - m_controls.data()) : m_controls.size();
        if (control && index == *m_pressed) {
            if (m_view.audio_guided) guided_tap(index);
            else act(control->action);
        }
    }
    m_pressed.reset();
    m_dragging = false;
    m_dirty = true;
}

void KioskApp::handle(const SDL_Event& event, Clock::time_point now)
{
    m_now = now;
    const float width = m_context.geometry.width_px, height = m_context.geometry.height_px;
    switch (event.type) {
    case SDL_QUIT: m_quit = true; return;
    case SDL_FINGERDOWN: m_finger_down = true; press(event.tfinger.x * width, event.tfinger.y * height); break;
    case SDL_FINGERMOTION: move(event.tfinger.x * width, event.tfinger.y * height); break;
    case SDL_FINGERUP: m_finger_down = false; release(event.tfinger.x * width, event.tfinger.y * height); break;
    case SDL_MOUSEBUTTONDOWN:
        // SDL also reports a touch as a mouse click; the finger events above already handled it.
        if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) return;
        press(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        break;
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID || !(event.motion.state & SDL_BUTTON_LMASK)) return;
        move(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) return;
        release(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        break;
    case SDL_MOUSEWHEEL:
        act({event.wheel.y > 0 ? ActionKind::ScrollUp : ActionKind::ScrollDown,
             static_cast<int>(wheel_step_mm * m_context.geometry.px_per_mm * std::abs(event.wheel.preciseY))});
        break;
    case SDL_TEXTINPUT:
        if (m_view.typing == TextField::None) return;
        for (const DecodedCodePoint& code_point : decode_utf8(event.text.text).code_points) {
            act({ActionKind::TypeCharacter, static_cast<int>(code_point.value)});
        }
        break;
    case SDL_KEYDOWN: key_down(event.key.keysym); break;
    case SDL_AUDIODEVICEADDED: audio_device_added(event.adevice); break;
    case SDL_WINDOWEVENT: m_dirty = true; break;
    default: return;  // not input: does not keep the session alive
    }
    m_idle.touched(now);
    if (m_view.staff_session && m_staff) m_staff->touch(now);
}

void KioskApp::key_down(const SDL_Keysym& keysym)
{
    const SDL_Keycode key = keysym.sym;
    if (m_view.typing != TextField::None) {
        // Typing: these keys edit or close the box, and a key that types a character only types it.
        if (key == SDLK_BACKSPACE || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_ESCAPE) {
            act({key == SDLK_BACKSPACE ? ActionKind::DeleteCharacter : ActionKind::StopTyping, 0});
            return;
        }
        if (key >= SDLK_SPACE && key < SDLK_DELETE) return;
    }
    if (key == SDLK_TAB) {
        // A keyboard's own way between controls, whatever the site's keypad sends.
        keypad((keysym.mod & KMOD_SHIFT) ? content::KeypadAction::Previous : content::KeypadAction::Next, key);
        return;
    }
    const auto found = std::ranges::find(m_keypad, key, &std::pair<SDL_Keycode, content::KeypadAction>::first);
    if (found != m_keypad.end()) keypad(found->second, key);
}

void KioskApp::audio_device_added(const SDL_AudioDeviceEvent& device)
{
    // Headphones (an output, not a microphone) plugged in while the guide is off: offer it, aloud
    // through the player (SDL's default device, which the sound server usually moves to headphones
    // just plugged in) and on screen.
    if (device.iscapture != 0 || m_now - m_started < start_up || m_view.audio_guided || m_view.staff_session) return;
    say(m_view.screen == Screen::Welcome ? in_every_language(m_context, {"guide.headset"})
                                         : std::vector<SpokenLine>{{m_context.strings(m_view.language, "guide.headset"), m_view.language}});
    m_offer_until = m_now + offer_shown;
    m_view.guide_offered = true;
    m_dirty = true;
}

void KioskApp::keypad(content::KeypadAction action, SDL_Keycode key)
{
    using content::KeypadAction;
    // Someone who cannot see the screen has no other way in: the first key press switches the
    // guide on and says so, and does nothing they could not hear. Not for staff at the desk, nor
    // for someone who switched the guide off themselves (they can see, and use keys).
    if (!m_view.audio_guided && !m_view.audio_guide_refused && !m_view.staff_session) {
        act({ActionKind::AudioGuide, 1});
        return;
    }
    const bool focused = m_focus && *m_focus < m_controls.size();
    switch (action) {
    case KeypadAction::Next:
    case KeypadAction::Previous: {
        // Left and Right follow what the parent sees: in a right-to-left screen reading runs leftwards.
        const bool mirrored = (key == SDLK_LEFT || key == SDLK_RIGHT) && text_direction(m_view.language) == TextDirection::RightToLeft;
        move_focus((action == KeypadAction::Next) != mirrored ? 1 : -1);
        break;
    }
    case KeypadAction::Activate:
        if (focused) use_named(*m_focus);
        else if (m_view.audio_guided) announce_screen();  // nothing chosen yet: say where they are
        break;
    case KeypadAction::Back:
        if (const std::optional<Action> back = back_action(m_view)) act(*back);
        else if (m_view.audio_guided) announce_screen();
        break;
    case KeypadAction::Help:
        // No language yet on the welcome screen: its invitations say what to do.
        if (m_view.screen == Screen::Welcome || m_view.staff_session) announce_screen();
        else act({ActionKind::Help, 0});
        break;
    case KeypadAction::VolumeUp:
    case KeypadAction::VolumeDown:
        act({action == KeypadAction::VolumeUp ? ActionKind::VolumeUp : ActionKind::VolumeDown, 0});
        // While a page is read aloud, the reading itself, louder or quieter, is the answer.
        if (!m_view.speaking) say(volume_words(m_view, m_context));
        break;
    case KeypadAction::Repeat:
        if (focused) say(spoken_name(m_controls[*m_focus], m_context));
        else announce_screen();
        break;
    }
}

void KioskApp::move_focus(int step)
{
    if (m_controls.empty()) return;
    const std::vector<std::size_t> order = reading_order(m_controls, text_direction(m_view.language));
    const auto at = m_focus ? std::ranges::find(order, *m_focus) : order.end();
    const auto count = static_cast<std::ptrdiff_t>(order.size());
    const std::ptrdiff_t position = at == order.end() ? (step > 0 ? 0 : count - 1) : ((at - order.begin()) + step + count) % count;
    m_focus = order[static_cast<std::size_t>(position)];
    m_dirty = true;
    if (m_view.audio_guided) say(spoken_name(m_controls[*m_focus], m_context));
}

Clock::time_point KioskApp::next_wake(Clock::time_point now) const
{
    const Clock::time_point idle = m_idle.next_change(now);
    return m_offer_until ? std::min(idle, *m_offer_until) : idle;
}

void KioskApp::tick(Clock::time_point now)
{
    const IdleTimer::State state = m_idle.state(now);
    feed_speech();
    if (m_offer_until && (now >= *m_offer_until || m_view.audio_guided)) {
        m_offer_until.reset();
        m_view.guide_offered = false;
        m_dirty = true;
    }
    if (m_view.staff_session) {
        // Staff mode has its own, longer quiet time (the staff lock) and no "still here?" warning.
        m_idle.touched(now);
        if (!m_staff || m_staff->locked(now)) wipe();
    } else if (state == IdleTimer::State::Expired) {
        wipe();
        m_idle.touched(now);
    } else if (state == IdleTimer::State::Warning && m_idle.seconds_left(now) != m_drawn_countdown) {
        m_dirty = true;
    }
    // Someone listening cannot see "Are you still here?": the guide says it once, as it comes up.
    if (state == IdleTimer::State::Warning && !m_warning_said && m_view.audio_guided && !m_view.staff_session) {
        const Language language = m_view.language;
        say({{m_context.strings(language, "idle.title"), language}, {m_context.countdown(language, m_idle.seconds_left(now)), language}});
    }
    m_warning_said = state == IdleTimer::State::Warning;
}

void KioskApp::wipe()
{
    stop_speech();
    if (m_view.staff_session && m_staff) m_staff->sign_out();
    m_view = fresh_view();  // the next person starts from the welcome screen, with nothing kept
    m_said.clear();
    m_offer_until.reset();  // the view's offer went with the rest
    if (m_speech.player) m_speech.player->set_volume(volume_gain(m_view.volume_step));
    SDL_StopTextInput();
    m_controls.clear();
    m_pressed.reset();
    m_focus.reset();
    m_dirty = true;
}

KioskView KioskApp::fresh_view() const
{
    KioskView view;
    view.volume_step = m_default_volume_step;
    return view;
}

void KioskApp::draw_idle_warning(Clock::time_point now)
{
    m_drawn_countdown = m_idle.seconds_left(now);
    m_controls = ui::draw_idle_warning(m_renderer, m_view, m_context, m_drawn_countdown);
}

bool KioskApp::prepare_ahead()
{
    m_ahead.prepare_one(m_renderer, m_context);
    return m_ahead.pending();
}

bool KioskApp::draw_if_needed(Clock::time_point now)
{
    if (!m_dirty) return false;
    m_dirty = false;
    const Theme colours = theme(m_view.theme);
    m_renderer.begin_frame(colours.background);
    if (m_idle.state(now) == IdleTimer::State::Warning) {
        draw_idle_warning(now);
    } else {
        m_spoken_box.reset();
        m_controls = draw_screen(m_renderer, m_view, m_context);
        m_ahead.plan(m_view, topic_count());
        if (m_restate && *m_restate < m_controls.size()) say(spoken_name(m_controls[*m_restate], m_context));
        m_restate.reset();
        // Reading aloud: when the word heard leaves the reading area, turn the page so that its
        // line sits a third of the way down (the next frame draws it there).
        if (m_spoken_box && m_view.speaking) {
            const SpokenBox& box = *m_spoken_box;
            if (box.word_bottom > box.area_bottom || box.word_top < box.area_top) {
                const float target = box.area_top + (box.area_bottom - box.area_top) / 3;
                m_view.scroll_px = std::max(0.0f, m_view.scroll_px + (box.word_top - target));
                m_dirty = true;
            }
        }
    }
    // Pressed and focused controls get a thick ring in the focus colour (3:1 against both themes).
    const float ring = std::max(3.0f, 1.2f * m_context.geometry.px_per_mm);
    for (const auto& marked : {m_pressed, m_focus}) {
        if (!marked || *marked >= m_controls.size()) continue;
        const RectPx& a = m_controls[*marked].area;
        m_renderer.fill_rect({a.x, a.y, a.width, ring}, colours.focus);
        m_renderer.fill_rect({a.x, a.y + a.height - ring, a.width, ring}, colours.focus);
        m_renderer.fill_rect({a.x, a.y, ring, a.height}, colours.focus);
        m_renderer.fill_rect({a.x + a.width - ring, a.y, ring, a.height}, colours.focus);
    }
    m_renderer.end_frame();
    return true;
}

}  // namespace kiosk::ui
