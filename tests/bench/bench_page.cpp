#include "bench_page.h"

#include <filesystem>
#include <fstream>
#include <regex>

namespace kiosk::bench {
namespace {

std::string shown_text(std::string line)
{
    static const std::regex heading_or_list(R"(^(#+ |- |\d+\. ))");
    static const std::regex glossary_link(R"(\[([^\]]*)\]\(glossary:[^)]*\))");
    static const std::regex site_key(R"(\{\{[^}]*\}\})");
    line = std::regex_replace(line, heading_or_list, "");
    line = std::regex_replace(line, glossary_link, "$1");
    line = std::regex_replace(line, site_key, "0161 217 6028");
    std::erase(line, '*');
    return line;
}

}  // namespace

std::vector<std::string> guide_page(Language language, std::size_t count)
{
    const std::filesystem::path folder = std::filesystem::path(KIOSK_SOURCE_DIR) / "content" / std::string(language_code(language));
    std::vector<std::string> paragraphs;
    for (const char* topic : {"on-the-day", "what-can-be-decided", "before-the-conference", "after-the-conference"}) {
        std::ifstream file(folder / (std::string(topic) + ".md"));
        int front_matter_fences = 0;
        for (std::string line; std::getline(file, line) && paragraphs.size() < count;) {
            if (line == "---") {
                ++front_matter_fences;
                continue;
            }
            if (front_matter_fences < 2 || line.empty()) continue;
            paragraphs.push_back(shown_text(line));
        }
    }
    return paragraphs;
}

}  // namespace kiosk::bench
