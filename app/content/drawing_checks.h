// Checks that need the text engine, asked through TextMeasure: every character can be drawn with
// the bundled fonts, and topic titles and summaries fit their button.
#pragma once

#include "content/guide.h"
#include "content/problem.h"
#include "content/site_settings.h"
#include "content/text_measure.h"

#include <vector>

namespace kiosk::content {

// `site` supplies the values drawn in place of {{key}}; without it keys are left out.
void check_drawing(const LanguageGuide& guide, const SiteSettings* site, TextMeasure& measure, std::vector<Problem>& problems);

}  // namespace kiosk::content
