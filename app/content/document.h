// The body of a content file as the kiosk shows it: a flat list of blocks (headings, paragraphs,
// list items), each a list of styled spans. Built from the Markdown with md4c, which follows
// CommonMark; everything outside the markup content/README.md allows is reported with its line,
// never silently dropped.
#pragma once

#include "content/problem.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

enum class BlockKind { Heading, Paragraph, BulletItem, NumberedItem };

enum class SpanStyle { Plain, Strong, Emphasis, StrongEmphasis };

struct Span {
    std::string text;         // UTF-8; empty for a site key, whose text comes from the site settings
    SpanStyle style = SpanStyle::Plain;
    std::string glossary_id;  // set inside [words](glossary:id)
    std::string site_key;     // set for {{key}}, e.g. "phone.duty"; such a span is always its own span
    friend bool operator==(const Span&, const Span&) = default;
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int heading_level = 0;   // a heading's level as written (above 3 is reported), else 0
    int item_number = 0;     // the number shown before a numbered item, else 0
    int line = 0;            // file line where the block starts
    std::vector<Span> spans;
    std::string anchor_id;   // from a heading ending in {#id} (glossary entries), without the braces

    // The block's words with each site key written as {{key}}; for comparing blocks.
    std::string plain_text() const;
    // The block's words with each site key replaced by `value_of(key)`, as a reader sees them.
    std::string text_with_values(const std::function<std::string(std::string_view key)>& value_of) const;
};

struct Document {
    std::vector<Block> blocks;
    std::vector<Problem> problems;
};

// Parses `markdown`, whose first line is line `first_line` of `file`. Malformed UTF-8 is reported
// and replaced with U+FFFD, so every span holds valid UTF-8.
Document parse_document(std::string_view markdown, const std::string& file, int first_line);

}  // namespace kiosk::content
