// Checks across the council settings: every {{key}} the guide uses resolves in every site file,
// all site files offer the same keys, and content/site.toml names a site that exists.
#pragma once

#include "content/guide.h"
#include "content/problem.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace kiosk::content {

// `guide` was loaded with `site_id`; its site's load problems are already in guide.problems, so
// only the other site files' load problems are added here.
void check_sites(const std::filesystem::path& content_dir, const Guide& guide, std::string_view site_id, std::vector<Problem>& problems);

}  // namespace kiosk::content
