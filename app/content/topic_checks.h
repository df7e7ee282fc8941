// Checks of one language's files on their own: front matter rules, glossary links, orders.
#pragma once

#include "content/guide.h"
#include "content/problem.h"

#include <vector>

namespace kiosk::content {

inline constexpr std::size_t max_english_summary_characters = 60;

// id equals the file name; status, reviewer and translation fields agree; every glossary link
// names an entry of the language's glossary; {#id} only in glossary.md; orders unique and the
// glossary last; English summaries short.
void check_language_files(const LanguageGuide& guide, std::vector<Problem>& problems);

}  // namespace kiosk::content
