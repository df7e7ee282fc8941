// Drives a KioskApp as a person would: finger taps and drags, mouse, keys and typed text as
// synthetic SDL events, each followed by a tick and a frame, with time passed in, never slept.
#pragma once

#include "ui/kiosk_app.h"

#include <gtest/gtest.h>

#include <SDL.h>
#include <cstring>
#include <string>

namespace kiosk::ui::testing {

class AppDriver {
public:
    // `app` and `now` must outlive the driver; tests move `now` on to pass time.
    AppDriver(KioskApp& app, Clock::time_point& now, float width = 1920, float height = 1080)
        : m_app(app), m_now(now), m_width(width), m_height(height)
    {
    }

    void send(const SDL_Event& event)
    {
        m_app.handle(event, m_now);
        m_app.tick(m_now);
        m_app.draw_if_needed(m_now);
    }

    void finger(Uint32 type, float x, float y)
    {
        SDL_Event event{};
        event.type = type;
        event.tfinger.x = x / m_width;
        event.tfinger.y = y / m_height;
        send(event);
    }

    void tap(float x, float y)
    {
        finger(SDL_FINGERDOWN, x, y);
        finger(SDL_FINGERUP, x, y);
    }

    // Taps the middle of the control that does `kind` (with `value`), as drawn in the last frame.
    void tap_action(ActionKind kind, int value = 0)
    {
        for (const Control& control : m_app.controls()) {
            if (control.action.kind != kind || control.action.value != value) continue;
            tap(control.area.x + control.area.width / 2, control.area.y + control.area.height / 2);
            return;
        }
        ADD_FAILURE() << "no control for action " << static_cast<int>(kind) << " / " << value;
    }

    void key(SDL_Keycode code)
    {
        SDL_Event event{};
        event.type = SDL_KEYDOWN;
        event.key.keysym.sym = code;
        send(event);
    }

    // Text from a physical keyboard (SDL_TEXTINPUT), as SDL delivers it: UTF-8, up to 31 bytes.
    void type(const std::string& text)
    {
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        std::strncpy(event.text.text, text.c_str(), sizeof event.text.text - 1);
        send(event);
    }

private:
    KioskApp& m_app;
    Clock::time_point& m_now;
    float m_width = 1920;
    float m_height = 1080;
};

}  // namespace kiosk::ui::testing
