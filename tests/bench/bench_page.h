// A guide page per language for the benchmarks: the paragraphs of the longest topics, with the
// Markdown markers and site keys replaced by what the kiosk would show.
#pragma once

#include "core/language.h"

#include <string>
#include <vector>

namespace kiosk::bench {

// About `count` paragraphs of the language's guide, in reading order.
std::vector<std::string> guide_page(Language language, std::size_t count = 20);

}  // namespace kiosk::bench
