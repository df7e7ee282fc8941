// The whole guide as the kiosk uses it: for each language its topics in home-screen order and its
// glossary, plus the chosen council's settings. Loading never stops at a broken file: its
// problems are collected and the rest of the guide still loads, so the kiosk can show what is
// good and the checker can report everything at once.
#pragma once

#include "content/document.h"
#include "content/front_matter.h"
#include "content/problem.h"
#include "content/site_settings.h"
#include "core/language.h"
#include "core/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

struct Topic {
    std::string file;     // as problems name it, e.g. "content/ur/on-the-day.md"
    std::string file_id;  // the file name without ".md"
    FrontMatter front_matter;
    Document document;
};

// One entry of glossary.md: "## Core group {#core-group}" and the paragraphs under it.
struct GlossaryEntry {
    std::string id;
    std::string term;
    int line = 0;
    std::vector<Block> blocks;
};

struct LanguageGuide {
    Language language = Language::English;
    std::string folder;               // as problems name it, e.g. "content/ur"
    std::vector<Topic> topics;        // every topic but the glossary, by order (then id)
    std::optional<Topic> glossary;    // glossary.md, when present
    std::vector<GlossaryEntry> glossary_entries;

    // Pointers into this object; valid while it lives unchanged. Null when absent.
    const Topic* find_topic(std::string_view id) const;
    const GlossaryEntry* find_entry(std::string_view id) const;
};

struct Guide {
    std::vector<LanguageGuide> languages;  // each language that has a folder, in all_languages order
    std::optional<SiteSettings> site;      // absent when the site file is missing or unreadable
    std::vector<Problem> problems;         // everything loading found wrong

    const LanguageGuide* find(Language language) const;  // null when the language has no folder
};

// Fails only when `content_dir` is not a folder; every other fault is a problem in the guide.
Result<Guide> load_guide(const std::filesystem::path& content_dir, std::string_view site_id);

}  // namespace kiosk::content
