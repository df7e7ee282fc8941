// The social worker's walkthrough: the family's language chosen, their conference date entered,
// then the process step by step with the family's language beside English (the family's on the
// reading side of its direction: right for ur, ar, fa), the family's dates as a line with marked
// dates, and a one-page summary with a QR code for the desk's scanner. The worker's own controls
// are in English; everything meant for the family is in both languages.
#pragma once

#include "ui/frame.h"

#include <string>
#include <vector>

namespace kiosk::ui {

void draw_walkthrough(Frame& frame);

// The one-page summary in the family's language and English: title, the dates as a picture and
// as text, what they asked for (when `request` is given) and a QR code of the reference and dates.
// Drawn on screen in the walkthrough and by `parent-kiosk summary` onto a printable page.
// `top` is where it starts on the frame.
void draw_summary(Frame& frame, float top, Language family, const std::vector<content::TimelineEvent>& timeline, const store::AccessRequest* request);

// The summary alone on a page of the context's geometry (for printing: `parent-kiosk summary`),
// calm theme, default text size.
void draw_summary_page(Renderer& renderer, const ScreenContext& context, Language family, const std::vector<content::TimelineEvent>& timeline,
                       const store::AccessRequest* request);

// What Listen reads on the walkthrough: the current step in the family's language, or in English.
std::vector<std::string> walkthrough_speakable_text(const KioskView& view, const ScreenContext& context);

// The text the QR code of a summary holds: the reference (if any) and the dates, nothing else.
std::string summary_qr_payload(const std::vector<content::TimelineEvent>& timeline, const store::AccessRequest* request);

}  // namespace kiosk::ui
