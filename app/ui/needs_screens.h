// "Tell us what you need for your conference": the steps of tick boxes, the on-screen keyboard,
// the review of what was asked for and the reference code to quote at the desk.
#pragma once

#include "ui/frame.h"

#include <string>
#include <vector>

namespace kiosk::ui {

void draw_needs(Frame& frame);
void draw_needs_review(Frame& frame);
void draw_reference(Frame& frame);

// What the Listen button reads on these screens, in reading order. Never includes what the
// parent typed about themselves (name, phone): a shared kiosk's loudspeaker is public.
std::vector<std::string> needs_speakable_text(const KioskView& view, const ScreenContext& context);

// Whether a need's summary includes what the parent typed (a dialect, "something else"): shown
// on the screen, left out of what the loudspeaker says.
enum class TypedText { Include, Leave };

// The label of a need with its details ("An interpreter / Sylheti / same gender"), as the review shows it.
std::string need_summary(const store::RequestedNeed& need, const store::AccessRequest& request, Language language,
                         const ScreenContext& context, TypedText typed);

}  // namespace kiosk::ui
