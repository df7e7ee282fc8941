#include "content/topic_checks.h"

#include "core/utf8.h"

#include <map>

namespace kiosk::content {
namespace {

void error(std::vector<Problem>& problems, const Topic& topic, int line, std::string message)
{
    problems.push_back({Severity::Error, topic.file, line, std::move(message)});
}

void check_review_fields(const Topic& topic, Language language, std::vector<Problem>& problems)
{
    const FrontMatter& front = topic.front_matter;
    const int status_line = front.line_of("status");
    const bool translation = language != Language::English;
    if (front.status == ReviewStatus::Reviewed) {
        if (front.reviewed_by.empty()) {
            error(problems, topic, status_line,
                  translation ? "the translation is marked reviewed but names no reviewer; keep status: draft until a council "
                                "translator has reviewed it and fill in reviewed_by"
                              : "status is reviewed but reviewed_by is empty; name the council officer who reviewed it");
        }
        if (front.reviewed_on.empty()) error(problems, topic, status_line, "status is reviewed but reviewed_on (YYYY-MM-DD) is empty");
    } else if (!front.reviewed_by.empty() || !front.reviewed_on.empty()) {
        error(problems, topic, status_line, "status is draft but reviewed_by or reviewed_on is filled in; set status: reviewed or clear them");
    }
    if (!translation) {
        if (!front.translated_from.empty() || !front.translated_by.empty()) {
            error(problems, topic, front.line_of(front.translated_from.empty() ? "translated_by" : "translated_from"),
                  "the English files are the originals; remove translated_from and translated_by");
        }
        return;
    }
    if (front.translated_from.empty()) {
        error(problems, topic, 1, "a translated file must say translated_from: en");
    } else if (front.translated_from != "en") {
        error(problems, topic, front.line_of("translated_from"), "translations are made from English; translated_from must be en");
    }
    if (front.translated_by.empty()) {
        problems.push_back({Severity::Warning, topic.file, front.line_of("translated_by"), "translated_by does not say who translated the file"});
    }
}

void check_blocks(const Topic& topic, const LanguageGuide& guide, std::vector<Problem>& problems)
{
    const bool is_glossary = guide.glossary && &topic == &*guide.glossary;
    for (const Block& block : topic.document.blocks) {
        if (!block.anchor_id.empty() && (!is_glossary || block.heading_level != 2)) {
            error(problems, topic, block.line, "{#" + block.anchor_id + "} marks a glossary entry; it belongs only on ## headings in glossary.md");
        }
        for (const Span& span : block.spans) {
            if (span.glossary_id.empty() || !guide.glossary || guide.find_entry(span.glossary_id)) continue;
            error(problems, topic, block.line,
                  "glossary link to \"" + span.glossary_id + "\", which is not an entry of " + guide.glossary->file);
        }
    }
}

void check_orders(const LanguageGuide& guide, std::vector<Problem>& problems)
{
    std::map<int, const Topic*> by_order;
    const auto check = [&](const Topic& topic) {
        const int order = topic.front_matter.order;
        if (order == 0) return;
        const auto [first, inserted] = by_order.emplace(order, &topic);
        if (!inserted) {
            error(problems, topic, topic.front_matter.line_of("order"),
                  "order " + std::to_string(order) + " is also the order of " + first->second->file);
        }
    };
    for (const Topic& topic : guide.topics) check(topic);
    if (!guide.glossary) {
        problems.push_back({Severity::Error, guide.folder + "/glossary.md", 0, "the glossary file is missing"});
        return;
    }
    check(*guide.glossary);
    if (!by_order.empty() && by_order.rbegin()->second != &*guide.glossary) {
        problems.push_back({Severity::Warning, guide.glossary->file, guide.glossary->front_matter.line_of("order"),
                            "the glossary is not last on the home screen; give it the highest order"});
    }
}

}  // namespace

void check_language_files(const LanguageGuide& guide, std::vector<Problem>& problems)
{
    const auto check_topic = [&](const Topic& topic) {
        const FrontMatter& front = topic.front_matter;
        if (!front.id.empty() && front.id != topic.file_id) {
            error(problems, topic, front.line_of("id"), "id \"" + front.id + "\" must equal the file name \"" + topic.file_id + "\"");
        }
        check_review_fields(topic, guide.language, problems);
        check_blocks(topic, guide, problems);
        const std::size_t summary_characters = decode_utf8(front.summary).code_points.size();
        if (guide.language == Language::English && summary_characters > max_english_summary_characters) {
            error(problems, topic, front.line_of("summary"),
                  "the summary has " + std::to_string(summary_characters) + " characters; keep English summaries to " +
                      std::to_string(max_english_summary_characters));
        }
    };
    for (const Topic& topic : guide.topics) check_topic(topic);
    if (guide.glossary) check_topic(*guide.glossary);
    check_orders(guide, problems);
}

}  // namespace kiosk::content
