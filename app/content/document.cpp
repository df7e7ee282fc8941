#include "content/document.h"

#include "content/source_lines.h"

#include <md4c.h>

#include <algorithm>
#include <cassert>
#include <functional>
#include <optional>

namespace kiosk::content {
namespace {

constexpr std::string_view glossary_scheme = "glossary:";

bool is_key_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

bool is_valid_key(std::string_view key)
{
    if (key.empty() || key.front() == '.' || key.back() == '.') return false;
    for (char c : key) {
        if (!is_key_character(c)) return false;
    }
    return true;
}

std::string attribute_text(const MD_ATTRIBUTE& attribute) { return std::string(attribute.text, attribute.size); }

// Receives md4c's callbacks and builds the block list. md4c reports no source positions, but
// every piece of text it passes points into the input, so a text's line is known exactly; a
// block starts on the first non-blank line after the last text seen; an inline problem takes
// the line of the next text.
class DocumentBuilder {
public:
    DocumentBuilder(std::string_view markdown, const std::string& file, int first_line)
        : m_markdown(markdown), m_lines(markdown, first_line), m_file(file), m_first_line(first_line)
    {
    }

    Document build(std::vector<Problem> problems)
    {
        m_document.problems = std::move(problems);
        MD_PARSER parser{};
        // Tables, strikethrough and bare web addresses are turned on only so they are recognised
        // and reported; HTML stays on for the same reason.
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
        parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) { return builder(self).enter_block(type, detail); };
        parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) { return builder(self).leave_block(type); };
        parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) { return builder(self).enter_span(type, detail); };
        parser.leave_span = [](MD_SPANTYPE type, void*, void* self) { return builder(self).leave_span(type); };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
            return builder(self).text(type, std::string_view(text, size));
        };
        if (md_parse(m_markdown.data(), static_cast<MD_SIZE>(m_markdown.size()), &parser, this) != 0) {
            report(m_first_line, "the Markdown parser gave up on this file");
        }
        resolve_deferred(cursor_line());
        return std::move(m_document);
    }

private:
    struct ListState {
        bool numbered = false;
        int next_number = 1;
    };

    static DocumentBuilder& builder(void* self) { return *static_cast<DocumentBuilder*>(self); }

    int enter_block(MD_BLOCKTYPE type, void* detail)
    {
        const int line = next_block_line();
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: report(line, "a block quote (a line starting with \">\"); write it as a plain paragraph"); break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            if (!m_lists.empty()) {
                report(line, "a list inside a list; the kiosk shows only one level of list");
                finish_block();
            }
            const bool numbered = type == MD_BLOCK_OL;
            const int start = numbered ? static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start) : 0;
            m_lists.push_back({numbered, start});
            break;
        }
        case MD_BLOCK_LI: {
            assert(!m_lists.empty());
            ListState& list = m_lists.back();
            begin_block(list.numbered ? BlockKind::NumberedItem : BlockKind::BulletItem, line);
            if (list.numbered) m_block.item_number = list.next_number++;
            break;
        }
        case MD_BLOCK_HR: report(line, "a horizontal rule (---, *** or ___); leave it out"); break;
        case MD_BLOCK_H: {
            const int level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            if (level > 3) report(line, "a level " + std::to_string(level) + " heading; only #, ## and ### headings are allowed");
            begin_block(BlockKind::Heading, line);
            m_block.heading_level = level;
            break;
        }
        case MD_BLOCK_CODE:
            report(line, "a code block (indented by four spaces or fenced with ```); write it as a paragraph");
            ++m_hidden_depth;
            break;
        case MD_BLOCK_HTML:
            report(line, "HTML; only Markdown is allowed");
            ++m_hidden_depth;
            break;
        case MD_BLOCK_P:
            if (m_block_open) {
                append_text(" ", line);  // a second paragraph in a list item continues the item
            } else {
                begin_block(BlockKind::Paragraph, line);
            }
            break;
        case MD_BLOCK_TABLE:
            report(line, "a table; write it as a list");
            ++m_hidden_depth;
            break;
        default: break;  // table rows and cells: inside a hidden table
        }
        return 0;
    }

    int leave_block(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: m_lists.pop_back(); break;
        case MD_BLOCK_LI:
        case MD_BLOCK_H: finish_block(); break;
        case MD_BLOCK_P:
            if (m_block.kind == BlockKind::Paragraph) finish_block();
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TABLE: --m_hidden_depth; break;
        default: break;
        }
        return 0;
    }

    int enter_span(MD_SPANTYPE type, void* detail)
    {
        flush_text();
        switch (type) {
        case MD_SPAN_EM: ++m_emphasis_depth; break;
        case MD_SPAN_STRONG: ++m_strong_depth; break;
        case MD_SPAN_A: enter_link(static_cast<MD_SPAN_A_DETAIL*>(detail)->href); break;
        case MD_SPAN_IMG: {
            const MD_ATTRIBUTE& source = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src;
            report_at(source, "an image (" + attribute_text(source) + "); the kiosk shows no images in topics");
            ++m_hidden_depth;
            break;
        }
        case MD_SPAN_CODE: defer("inline code (text in backticks); write it as plain text"); break;
        case MD_SPAN_DEL: defer("struck-through text (~~...~~); leave it out or write it plainly"); break;
        default: defer("markup the kiosk does not support"); break;
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type)
    {
        flush_text();
        resolve_deferred(cursor_line());
        switch (type) {
        case MD_SPAN_EM: --m_emphasis_depth; break;
        case MD_SPAN_STRONG: --m_strong_depth; break;
        case MD_SPAN_A: m_glossary_id.clear(); break;
        case MD_SPAN_IMG: --m_hidden_depth; break;
        default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view text)
    {
        const std::optional<std::size_t> offset = offset_of(text);
        const int line = offset ? m_lines.line_of(*offset) : cursor_line();
        if (offset) {
            resolve_deferred(line);
            advance_cursor(*offset + text.size());
        }
        if (m_hidden_depth > 0) return 0;
        switch (type) {
        case MD_TEXT_NORMAL:
            check_literal_markup(text, offset, line);
            append_text(text, line);
            break;
        case MD_TEXT_CODE: append_text(text, line); break;
        case MD_TEXT_SOFTBR: append_text(" ", line); break;
        case MD_TEXT_BR:
            report(line, "a hard line break (two spaces or a backslash at the end of a line); the kiosk wraps lines itself");
            append_text(" ", line);
            break;
        case MD_TEXT_NULLCHAR: report(line, "a NUL character"); break;
        case MD_TEXT_ENTITY: report(line, "an HTML entity " + std::string(text) + "; type the character itself"); break;
        case MD_TEXT_HTML: report(line, "HTML (" + std::string(text) + "); only Markdown is allowed"); break;
        default: break;
        }
        return 0;
    }

    void enter_link(const MD_ATTRIBUTE& target)
    {
        const std::string href = attribute_text(target);
        if (href.starts_with(glossary_scheme)) {
            m_glossary_id = href.substr(glossary_scheme.size());
            if (m_glossary_id.empty()) report_at(target, "a glossary link without an id; write [words](glossary:id)");
            return;
        }
        report_at(target, "a web link (" + href + "); only glossary links [words](glossary:id) are allowed");
    }

    // Markers md4c left as text because they had no partner, and link syntax it could not read.
    void check_literal_markup(std::string_view text, std::optional<std::size_t> offset, int line)
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '*') continue;
            const bool escaped = i == 0 && offset && *offset > 0 && m_markdown[*offset - 1] == '\\';
            if (!escaped) {
                report(line, "an unbalanced \"*\" (emphasis or strong text that is not closed)");
                break;
            }
        }
        if (text.find(glossary_scheme) != std::string_view::npos || text.find("](") != std::string_view::npos) {
            report(line, "a link that is not complete; write [words](glossary:id)");
        }
    }

    std::optional<std::size_t> offset_of(std::string_view text) const
    {
        const std::less_equal<const char*> before_or_at;
        if (before_or_at(m_markdown.data(), text.data()) && std::less<const char*>()(text.data(), m_markdown.data() + m_markdown.size())) {
            return static_cast<std::size_t>(text.data() - m_markdown.data());
        }
        return std::nullopt;  // md4c's own constant text: soft breaks, indentation
    }

    int cursor_line() const { return m_seen_text ? m_lines.line_of(m_cursor_end == 0 ? 0 : m_cursor_end - 1) : m_first_line; }

    int next_block_line() const { return m_lines.first_non_blank_line(m_seen_text ? cursor_line() + 1 : m_first_line); }

    void begin_block(BlockKind kind, int line)
    {
        finish_block();
        m_block = Block{};
        m_block.kind = kind;
        m_block.line = line;
        m_block_open = true;
    }

    void append_text(std::string_view text, int line)
    {
        if (!m_block_open) return;
        if (m_pending.empty()) m_pending_line = line;
        m_pending += text;
    }

    SpanStyle current_style() const
    {
        if (m_strong_depth > 0 && m_emphasis_depth > 0) return SpanStyle::StrongEmphasis;
        if (m_strong_depth > 0) return SpanStyle::Strong;
        if (m_emphasis_depth > 0) return SpanStyle::Emphasis;
        return SpanStyle::Plain;
    }

    // Moves the pending text into spans, each {{key}} becoming a span of its own.
    void flush_text()
    {
        if (m_pending.empty()) return;
        const std::string_view text = m_pending;
        std::size_t start = 0;
        while (start < text.size()) {
            const auto open = text.find("{{", start);
            const auto stray_close = text.substr(start, open == std::string_view::npos ? std::string_view::npos : open - start).find("}}");
            if (stray_close != std::string_view::npos) report(m_pending_line, "\"}}\" without \"{{\" before it");
            if (open == std::string_view::npos) break;
            const auto close = text.find("}}", open + 2);
            const std::string_view key = close == std::string_view::npos ? std::string_view{} : text.substr(open + 2, close - open - 2);
            if (!is_valid_key(key)) {
                report(m_pending_line, "a site key that is not {{key}} with a dotted key such as {{phone.duty}}: \"" +
                                           std::string(text.substr(open, close == std::string_view::npos ? 20 : close + 2 - open)) + "\"");
                const std::size_t resume = close == std::string_view::npos ? open + 2 : close + 2;
                add_span(text.substr(start, resume - start), {});
                start = resume;
                continue;
            }
            add_span(text.substr(start, open - start), {});
            add_span({}, key);
            start = close + 2;
        }
        if (start < text.size()) add_span(text.substr(start), {});
        m_pending.clear();
    }

    void add_span(std::string_view text, std::string_view site_key)
    {
        if (text.empty() && site_key.empty()) return;
        Span span{std::string(text), current_style(), site_key.empty() ? m_glossary_id : std::string(), std::string(site_key)};
        std::vector<Span>& spans = m_block.spans;
        const bool joins_previous = !spans.empty() && span.site_key.empty() && spans.back().site_key.empty() &&
                                    spans.back().style == span.style && spans.back().glossary_id == span.glossary_id;
        if (joins_previous) {
            spans.back().text += span.text;
        } else {
            spans.push_back(std::move(span));
        }
    }

    void finish_block()
    {
        if (!m_block_open) return;
        flush_text();
        m_block_open = false;
        std::vector<Span>& spans = m_block.spans;
        if (!spans.empty() && spans.front().site_key.empty()) {
            spans.front().text.erase(0, spans.front().text.find_first_not_of(' '));
        }
        if (!spans.empty() && spans.back().site_key.empty()) {
            spans.back().text.erase(spans.back().text.find_last_not_of(' ') + 1);
        }
        std::erase_if(spans, [](const Span& span) { return span.text.empty() && span.site_key.empty(); });
        if (m_block.kind == BlockKind::Heading) take_anchor();
        if (!spans.empty()) m_document.blocks.push_back(std::move(m_block));
    }

    // "## Core group {#core-group}": the id is not shown; the glossary finds entries by it.
    void take_anchor()
    {
        std::vector<Span>& spans = m_block.spans;
        if (spans.empty() || !spans.back().site_key.empty() || !spans.back().glossary_id.empty()) return;
        std::string& text = spans.back().text;
        if (!text.ends_with('}')) return;
        const auto open = text.rfind("{#");
        if (open == std::string::npos) return;
        const std::string id = text.substr(open + 2, text.size() - open - 3);
        const bool valid = !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
        if (!valid) {
            report(m_block.line, "heading id {#" + id + "} may only hold a-z, 0-9 and -");
            return;
        }
        m_block.anchor_id = id;
        text.erase(open);
        text.erase(text.find_last_not_of(' ') + 1);
        if (text.empty()) spans.pop_back();
    }

    void report(int line, std::string message) { m_document.problems.push_back({Severity::Error, m_file, line, std::move(message)}); }

    // A link or image target usually points into the input and so has a line; an autolink's
    // target is built by md4c ("www.x" becomes "http://www.x") and takes the next text's line.
    void report_at(const MD_ATTRIBUTE& attribute, std::string message)
    {
        if (const auto offset = offset_of(std::string_view(attribute.text, attribute.size))) {
            advance_cursor(*offset + attribute.size);
            report(m_lines.line_of(*offset), std::move(message));
        } else {
            defer(std::move(message));
        }
    }

    void advance_cursor(std::size_t end_offset)
    {
        m_cursor_end = std::max(m_cursor_end, end_offset);
        m_seen_text = true;
    }

    // An inline problem is found when its span opens, before md4c passes the span's first text.
    void defer(std::string message)
    {
        m_deferred.push_back(m_document.problems.size());
        report(0, std::move(message));
    }

    void resolve_deferred(int line)
    {
        for (std::size_t index : m_deferred) m_document.problems[index].line = line;
        m_deferred.clear();
    }

    std::string_view m_markdown;
    SourceLines m_lines;
    const std::string& m_file;
    int m_first_line = 1;
    Document m_document;

    Block m_block;
    bool m_block_open = false;
    std::vector<ListState> m_lists;
    int m_hidden_depth = 0;  // inside markup that is reported and not shown (code, HTML, tables, images)
    int m_strong_depth = 0;
    int m_emphasis_depth = 0;
    std::string m_glossary_id;

    std::string m_pending;   // text of the current style not yet split into spans
    int m_pending_line = 0;
    std::size_t m_cursor_end = 0;  // byte offset just past the last text md4c passed
    bool m_seen_text = false;
    std::vector<std::size_t> m_deferred;  // problems waiting for the line of the next text
};

}  // namespace

std::string Block::plain_text() const
{
    return text_with_values([](std::string_view key) { return "{{" + std::string(key) + "}}"; });
}

std::string Block::text_with_values(const std::function<std::string(std::string_view key)>& value_of) const
{
    std::string text;
    for (const Span& span : spans) text += span.site_key.empty() ? span.text : value_of(span.site_key);
    return text;
}

Document parse_document(std::string_view markdown, const std::string& file, int first_line)
{
    std::vector<Problem> problems;
    const std::string repaired = repair_utf8(markdown, file, first_line, problems);
    return DocumentBuilder(repaired, file, first_line).build(std::move(problems));
}

}  // namespace kiosk::content
