// Line numbers for byte offsets into a piece of a file, so every problem names the line a person
// must edit, and the repair of malformed UTF-8 that content parsing starts with.
#pragma once

#include "content/problem.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

class SourceLines {
public:
    // `text` is a piece of a file whose first byte sits on line `first_line` of the file.
    SourceLines(std::string_view text, int first_line);

    // The file line of the byte at `utf8_offset` (offsets past the end give the last line).
    int line_of(std::size_t utf8_offset) const;

    // The first line at or after `from_line` holding anything but spaces; the last line if none.
    int first_non_blank_line(int from_line) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_line_starts;  // byte offset of each line's first byte
    int m_first_line = 1;
};

// `text` with each malformed UTF-8 sequence replaced by U+FFFD, so the model downstream only
// holds valid UTF-8; each replaced sequence is reported as an error on its line of `file`.
std::string repair_utf8(std::string_view text, const std::string& file, int first_line, std::vector<Problem>& problems);

}  // namespace kiosk::content
