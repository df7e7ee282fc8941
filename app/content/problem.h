// A problem found in the guide's content: what a translator or council officer must fix, and where.
#pragma once

#include <string>

namespace kiosk::content {

// An error stops the content shipping (check-content exits non-zero); a warning is worth a look.
enum class Severity { Error, Warning };

struct Problem {
    Severity severity = Severity::Error;
    std::string file;  // as a person finds it in the tree, e.g. "content/ur/on-the-day.md"
    int line = 0;      // 1-based line in that file; 0 when the problem concerns the whole file
    std::string message;
    friend bool operator==(const Problem&, const Problem&) = default;
};

}  // namespace kiosk::content
