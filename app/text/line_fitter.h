// Stages 4b and 5 of the pipeline, the width-dependent ones: choose where each line ends, re-shape
// only the pieces a line break splits inside a run, measure lines by their shaped advances,
// reorder each line to visual order (UAX #9 rule L2) and place lines by the real extents of
// their fonts and ink.
#pragma once

#include "text/shaped_paragraph.h"
#include "text/text_engine.h"

namespace kiosk::text {

struct FitContext {
    FontSet& fonts;
    Shaper& shaper;
    LineBreaker& breaker;
    CacheCounters& counters;
};

Layout fit_lines(const ShapedParagraph& paragraph, float font_size_px, float width_px, FitContext& context);

}  // namespace kiosk::text
