// Lays out, while a parent reads, the pages they are likely to turn to next, so that a turn
// only paints: the topics either side of the one being read, and on the home screen every
// topic's first page. One page per call, between frames, when no input is waiting; a page takes
// a few milliseconds (Urdu's Nastaliq the most), so a touch is never kept waiting long. The
// pages are fresh views (language, text size, theme, topic): nothing a family chose or typed.
#pragma once

#include "ui/kiosk_view.h"
#include "ui/renderer.h"
#include "ui/screens.h"

#include <vector>

namespace kiosk::ui {

class PagesAhead {
public:
    // After a frame of `view` was drawn: what to lay out next. The same page, size and language
    // as last time keeps the plan as it is.
    void plan(const KioskView& view, int topic_count);
    bool pending() const { return !m_queue.empty(); }
    // Lays out the next page of the plan in a layout pass.
    void prepare_one(Renderer& renderer, const ScreenContext& context);

private:
    std::vector<KioskView> m_queue;  // last is next
    KioskView m_planned_for;
    bool m_planned = false;
};

}  // namespace kiosk::ui
