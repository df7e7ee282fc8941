// The small block of `key: value` lines between two `---` lines at the top of every content file
// (content/README.md, "A topic file"). Each malformed line, unknown or repeated key, missing key
// and bad value is reported on its own, with its line; what parsed is kept.
#pragma once

#include "content/problem.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::content {

enum class ReviewStatus { Draft, Reviewed };

struct FrontMatter {
    std::string id;
    int order = 0;  // 0 when missing or unreadable; real orders start at 1
    std::string title;
    std::string summary;
    std::string icon;
    ReviewStatus status = ReviewStatus::Draft;
    std::string reviewed_by;
    std::string reviewed_on;      // YYYY-MM-DD, or empty
    std::string translated_from;  // a language code; empty in an original (English) file
    std::string translated_by;

    // The line each key was given on, for problems found later (0 for a key that is absent).
    int line_of(std::string_view key) const;
    std::vector<std::pair<std::string, int>> key_lines;
};

struct SplitFile {
    FrontMatter front_matter;
    std::string_view body;  // a view into the text given to split_front_matter
    int body_first_line = 1;
    std::vector<Problem> problems;
};

// Splits `file_text` (valid UTF-8) into front matter and Markdown body; `file` names the file in
// problems. A file without a closed front matter block yields an empty body.
SplitFile split_front_matter(std::string_view file_text, const std::string& file);

}  // namespace kiosk::content
