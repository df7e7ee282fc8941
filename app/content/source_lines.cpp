#include "content/source_lines.h"

#include "core/utf8.h"

#include <algorithm>

namespace kiosk::content {

SourceLines::SourceLines(std::string_view text, int first_line) : m_text(text), m_first_line(first_line)
{
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') m_line_starts.push_back(i + 1);
    }
}

int SourceLines::line_of(std::size_t utf8_offset) const
{
    const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), utf8_offset);
    return m_first_line + static_cast<int>(after - m_line_starts.begin()) - 1;
}

int SourceLines::first_non_blank_line(int from_line) const
{
    const int last_line = m_first_line + static_cast<int>(m_line_starts.size()) - 1;
    for (int line = std::max(from_line, m_first_line); line <= last_line; ++line) {
        const std::size_t index = static_cast<std::size_t>(line - m_first_line);
        const std::size_t begin = m_line_starts[index];
        const std::size_t end = index + 1 < m_line_starts.size() ? m_line_starts[index + 1] : m_text.size();
        const std::string_view content = m_text.substr(begin, end - begin);
        if (content.find_first_not_of(" \t\r\n") != std::string_view::npos) return line;
    }
    return last_line;
}

std::string repair_utf8(std::string_view text, const std::string& file, int first_line, std::vector<Problem>& problems)
{
    const DecodedUtf8 decoded = decode_utf8(text);
    if (decoded.malformed.empty()) return std::string(text);
    const SourceLines lines(text, first_line);
    // Neighbouring bad bytes are one mistake (a file saved in another encoding), so one problem.
    std::vector<Utf8Range> runs;
    for (const Utf8Range& range : decoded.malformed) {
        if (!runs.empty() && runs.back().end == range.begin) {
            runs.back().end = range.end;
        } else {
            runs.push_back(range);
        }
    }
    for (const Utf8Range& range : runs) {
        std::string bytes;
        for (std::uint32_t i = range.begin; i < range.end; ++i) {
            static constexpr char hex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(text[i]);
            bytes += bytes.empty() ? "" : " ";
            bytes += {hex[byte >> 4], hex[byte & 0xF]};
        }
        problems.push_back({Severity::Error, file, lines.line_of(range.begin),
                            "malformed UTF-8 (bytes " + bytes + "); save the file as UTF-8"});
    }
    std::string repaired;
    repaired.reserve(text.size());
    for (const DecodedCodePoint& code_point : decoded.code_points) append_utf8(repaired, code_point.value);
    return repaired;
}

}  // namespace kiosk::content
