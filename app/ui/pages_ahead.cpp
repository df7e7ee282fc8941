#include "ui/pages_ahead.h"

namespace kiosk::ui {
namespace {

bool same_page(const KioskView& a, const KioskView& b)
{
    return a.screen == b.screen && a.language == b.language && a.text_scale_step == b.text_scale_step && a.theme == b.theme &&
        a.topic_index == b.topic_index;
}

KioskView topic_page(const KioskView& from, int topic)
{
    KioskView page;
    page.screen = Screen::Topic;
    page.language = from.language;
    page.text_scale_step = from.text_scale_step;
    page.theme = from.theme;
    page.topic_index = topic;
    return page;
}

}  // namespace

void PagesAhead::plan(const KioskView& view, int topic_count)
{
    if (m_planned && same_page(view, m_planned_for)) return;
    m_planned = true;
    m_planned_for = view;
    m_queue.clear();
    if (view.screen == Screen::Topic) {
        // Previous first in the queue, so Next (the likelier turn) is prepared first.
        if (view.topic_index > 0) m_queue.push_back(topic_page(view, view.topic_index - 1));
        if (view.topic_index + 1 < topic_count) m_queue.push_back(topic_page(view, view.topic_index + 1));
    } else if (view.screen == Screen::Home) {
        for (int topic = topic_count - 1; topic >= 0; --topic) m_queue.push_back(topic_page(view, topic));
    }
}

void PagesAhead::prepare_one(Renderer& renderer, const ScreenContext& context)
{
    if (m_queue.empty()) return;
    const KioskView page = m_queue.back();
    m_queue.pop_back();
    renderer.begin_layout_pass();
    draw_screen(renderer, page, context);
    renderer.end_layout_pass();
}

}  // namespace kiosk::ui
