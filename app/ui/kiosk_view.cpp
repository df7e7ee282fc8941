#include "ui/kiosk_view.h"

#include <algorithm>
#include <iterator>

namespace kiosk::ui {

KioskView apply(const KioskView& view, const Action& action, int topic_count)
{
    KioskView next = view;
    // A definition shown in place belongs to the page it was opened on.
    if (action.kind != ActionKind::OpenGlossary && action.kind != ActionKind::ScrollUp && action.kind != ActionKind::ScrollDown &&
        action.kind != ActionKind::TextSize && action.kind != ActionKind::Contrast) {
        next.glossary_entry = -1;
    }
    // Speech stops at once on any other action; Listen toggles it.
    next.speaking = action.kind == ActionKind::Listen ? !view.speaking : false;
    switch (action.kind) {
    case ActionKind::Listen: break;
    case ActionKind::PickLanguage:
        next.language = all_languages[static_cast<std::size_t>(action.value)];
        next.screen = view.screen == Screen::Welcome ? Screen::Home : view.screen;
        break;
    case ActionKind::Finished: return KioskView{};  // wipes everything the parent chose
    case ActionKind::ChangeLanguage: next.screen = Screen::Welcome; break;
    case ActionKind::TextSize:
        next.text_scale_step = (view.text_scale_step + 1) % static_cast<int>(std::size(text_scales));
        // Text grows in proportion, so scaling the offset keeps the reader near the same words.
        next.scroll_px = view.scroll_px * next.text_scale() / view.text_scale();
        break;
    case ActionKind::Contrast: next.theme = view.theme == ThemeName::Calm ? ThemeName::HighContrast : ThemeName::Calm; break;
    case ActionKind::OpenTopic:
        next.screen = Screen::Topic;
        next.topic_index = std::clamp(action.value, 0, std::max(0, topic_count - 1));
        next.scroll_px = 0;
        break;
    case ActionKind::Home: next.screen = Screen::Home; break;
    case ActionKind::Next:
    case ActionKind::Previous: {
        const int step = action.kind == ActionKind::Next ? 1 : -1;
        next.topic_index = std::clamp(view.topic_index + step, 0, std::max(0, topic_count - 1));
        next.scroll_px = 0;
        break;
    }
    case ActionKind::ScrollUp: next.scroll_px = std::max(0.0f, view.scroll_px - static_cast<float>(action.value)); break;
    case ActionKind::ScrollDown: next.scroll_px = view.scroll_px + static_cast<float>(action.value); break;
    case ActionKind::StillHere: break;
    case ActionKind::Help: next.screen = Screen::Help; break;
    case ActionKind::OpenGlossary: next.glossary_entry = action.value; break;
    case ActionKind::CloseGlossary: next.glossary_entry = -1; break;  // the touch itself restarted the idle timer
    }
    return next;
}

}  // namespace kiosk::ui
