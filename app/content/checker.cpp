#include "content/checker.h"

#include "content/content_files.h"
#include "content/drawing_checks.h"
#include "content/guide.h"
#include "content/plain_language.h"
#include "content/site_checks.h"
#include "content/topic_checks.h"
#include "content/translation_checks.h"

#include <algorithm>
#include <tuple>

namespace kiosk::content {
namespace {

// Folders in content/ that are neither a language nor the site settings.
void check_folders(const std::filesystem::path& content_dir, std::vector<Problem>& problems)
{
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir, error)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_directory() || name == "sites" || parse_language(name)) continue;
        problems.push_back({Severity::Warning, display_path(content_dir, name), 0,
                            "a folder that is not a language the kiosk knows; the kiosk ignores it"});
    }
}

}  // namespace

std::vector<Problem> check_content(const std::filesystem::path& content_dir, std::string_view site_id, TextMeasure* measure)
{
    auto guide = load_guide(content_dir, site_id);
    if (!guide) return {{Severity::Error, content_dir.string(), 0, guide.error().message}};
    std::vector<Problem> problems = std::move(guide->problems);
    check_folders(content_dir, problems);
    const LanguageGuide* english = guide->find(Language::English);
    for (const LanguageGuide& language : guide->languages) {
        check_language_files(language, problems);
        if (english && &language != english) check_translation(*english, language, problems);
        if (measure) check_drawing(language, guide->site ? &*guide->site : nullptr, *measure, problems);
    }
    if (english) {
        for (const Topic& topic : english->topics) check_plain_english(topic, problems);
        if (english->glossary) check_plain_english(*english->glossary, problems);
    }
    check_sites(content_dir, *guide, site_id, problems);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    return problems;
}

}  // namespace kiosk::content
