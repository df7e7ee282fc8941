// Staff mode's screens, in English for the desk: the PIN pad, the list of requests (next four
// weeks, or found by code or name) with export, one request with each need's status and note,
// and the audit. A parent never sees them: the way in is a small lock in a corner of the
// welcome screen, and everything shown is wiped when staff sign out or the lock closes.
#pragma once

#include "ui/frame.h"

namespace kiosk::ui {

void draw_staff(Frame& frame);

}  // namespace kiosk::ui
