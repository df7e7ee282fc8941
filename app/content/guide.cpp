#include "content/guide.h"

#include "content/content_files.h"

#include <algorithm>
#include <climits>

namespace kiosk::content {
namespace {

constexpr std::string_view glossary_id = "glossary";

void append(std::vector<Problem>& to, std::vector<Problem> from) { to.insert(to.end(), from.begin(), from.end()); }

Topic load_topic(const std::filesystem::path& content_dir, const std::filesystem::path& relative, std::vector<Problem>& problems)
{
    Topic topic;
    topic.file = display_path(content_dir, relative);
    topic.file_id = relative.stem().string();
    const auto bytes = read_text_file(content_dir / relative, topic.file);
    if (!bytes) {
        problems.push_back({Severity::Error, topic.file, 0, bytes.error().message});
        return topic;
    }
    SplitFile split = split_front_matter(*bytes, topic.file);
    topic.front_matter = std::move(split.front_matter);
    append(problems, std::move(split.problems));
    topic.document = parse_document(split.body, topic.file, split.body_first_line);
    append(problems, std::move(topic.document.problems));
    topic.document.problems.clear();
    return topic;
}

// Each level-2 heading with an {#id} opens an entry; the paragraphs up to the next heading are its text.
std::vector<GlossaryEntry> glossary_entries(const Topic& glossary, std::vector<Problem>& problems)
{
    std::vector<GlossaryEntry> entries;
    bool in_entry = false;
    for (const Block& block : glossary.document.blocks) {
        if (block.kind == BlockKind::Heading) {
            in_entry = block.heading_level == 2 && !block.anchor_id.empty();
            if (block.heading_level == 2 && block.anchor_id.empty()) {
                problems.push_back({Severity::Error, glossary.file, block.line, "glossary entry \"" + block.plain_text() + "\" has no {#id} at the end"});
            }
            if (!in_entry) continue;
            const auto same = std::find_if(entries.begin(), entries.end(), [&block](const GlossaryEntry& entry) { return entry.id == block.anchor_id; });
            if (same != entries.end()) {
                problems.push_back({Severity::Error, glossary.file, block.line,
                                    "glossary id {#" + block.anchor_id + "} is used twice (first on line " + std::to_string(same->line) + ")"});
            }
            entries.push_back({block.anchor_id, block.plain_text(), block.line, {}});
        } else if (in_entry) {
            entries.back().blocks.push_back(block);
        }
    }
    return entries;
}

LanguageGuide load_language(const std::filesystem::path& content_dir, Language language, std::vector<Problem>& problems)
{
    LanguageGuide guide;
    guide.language = language;
    const std::filesystem::path folder(language_code(language));
    guide.folder = display_path(content_dir, folder);
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(content_dir / folder, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(folder / entry.path().filename());
    }
    std::sort(files.begin(), files.end());
    for (const auto& relative : files) {
        Topic topic = load_topic(content_dir, relative, problems);
        if (topic.file_id == glossary_id) {
            guide.glossary_entries = glossary_entries(topic, problems);
            guide.glossary = std::move(topic);
        } else {
            guide.topics.push_back(std::move(topic));
        }
    }
    // A topic whose order could not be read goes last rather than first.
    const auto order_key = [](const Topic& topic) { return topic.front_matter.order == 0 ? INT_MAX : topic.front_matter.order; };
    std::stable_sort(guide.topics.begin(), guide.topics.end(), [&order_key](const Topic& a, const Topic& b) {
        return std::pair(order_key(a), a.file_id) < std::pair(order_key(b), b.file_id);
    });
    return guide;
}

}  // namespace

const Topic* LanguageGuide::find_topic(std::string_view id) const
{
    if (id == glossary_id) return glossary ? &*glossary : nullptr;
    const auto found = std::find_if(topics.begin(), topics.end(), [id](const Topic& topic) { return topic.file_id == id; });
    return found == topics.end() ? nullptr : &*found;
}

const GlossaryEntry* LanguageGuide::find_entry(std::string_view id) const
{
    const auto found = std::find_if(glossary_entries.begin(), glossary_entries.end(), [id](const GlossaryEntry& entry) { return entry.id == id; });
    return found == glossary_entries.end() ? nullptr : &*found;
}

const LanguageGuide* Guide::find(Language language) const
{
    const auto found = std::find_if(languages.begin(), languages.end(), [language](const LanguageGuide& guide) { return guide.language == language; });
    return found == languages.end() ? nullptr : &*found;
}

Result<Guide> load_guide(const std::filesystem::path& content_dir, std::string_view site_id)
{
    if (!std::filesystem::is_directory(content_dir)) return fail("no content folder at " + content_dir.string());
    Guide guide;
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        if (!std::filesystem::is_directory(content_dir / code)) {
            guide.problems.push_back({Severity::Error, display_path(content_dir, code), 0, "no folder for language " + code});
            continue;
        }
        guide.languages.push_back(load_language(content_dir, language, guide.problems));
    }
    SiteLoad site = load_site_settings(content_dir, site_id);
    guide.site = std::move(site.settings);
    append(guide.problems, std::move(site.problems));
    return guide;
}

}  // namespace kiosk::content
