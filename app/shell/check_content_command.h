// `parent-kiosk check-content`: runs the content checker over every language with the text
// engine's glyph and overflow checks, prints one line per problem
// ("error: content/ur/on-the-day.md:12: ...") and a summary. Exit 0 without errors, 1 with any
// error (or when the fonts or content cannot be read), 2 for bad arguments.
#pragma once

#include "content/problem.h"
#include "content/text_measure.h"

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::text {
class TextEngine;
}

namespace kiosk::shell {

struct CheckContentOptions {
    std::string site;         // empty: default_site from content/site.toml
    std::string resources;    // empty: the source tree
    std::string content_dir;  // empty: <resources>/content
};

// Adds the subcommand and its options to `app`; `options` must outlive parsing.
CLI::App* add_check_content_command(CLI::App& app, CheckContentOptions& options);

// Runs it; returns the process exit code. Problems and the summary go to stdout, failures to
// run at all to stderr.
int run_check_content_command(const CheckContentOptions& options);

// "error: content/ur/on-the-day.md:12: message"; the line is left out when it is 0.
std::string format_problem(const content::Problem& problem);

// Answers the checker's drawing questions with the text engine; `engine` must outlive it.
class EngineTextMeasure : public content::TextMeasure {
public:
    explicit EngineTextMeasure(text::TextEngine& engine) : m_engine(engine) {}
    std::vector<content::UndrawableCharacter> undrawable_characters(std::string_view utf8, Language language) override;
    std::size_t line_count(std::string_view utf8, Language language, float font_size_px, float width_px) override;

private:
    text::TextEngine& m_engine;
};

}  // namespace kiosk::shell
