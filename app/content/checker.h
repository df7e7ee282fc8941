// The content checker behind `parent-kiosk check-content` (DESIGN.md, "Content and strings"):
// everything a translator or council officer must fix before the guide ships, each problem with
// its file and line.
#pragma once

#include "content/problem.h"
#include "content/text_measure.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace kiosk::content {

// Checks every language folder, glossary and site file under `content_dir`, with `site_id`'s
// values in place of {{key}}. Without `measure` the checks that need the text engine (characters
// the fonts cannot draw, labels that overflow) are skipped. Problems come sorted by file and line.
std::vector<Problem> check_content(const std::filesystem::path& content_dir, std::string_view site_id, TextMeasure* measure = nullptr);

}  // namespace kiosk::content
