#include "text/line_fitter.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <unicode/uchar.h>

namespace kiosk::text {
namespace {

// WCAG 2.2 SC 1.4.12 (text spacing) asks that text survive line height 1.5 times the font size;
// the kiosk sets it at least that wide for every script, taller where the fonts need it.
constexpr float min_line_height_em = 1.5f;
// Shaped advances are sums of floats; a line that is wider than the box by less than this is
// treated as fitting, so the same text does not wrap differently from rounding noise.
constexpr float width_tolerance_em = 1e-4f;

bool is_trailing_space(char16_t unit) { return u_isUWhiteSpace(unit); }

std::uint32_t visible_end(const ShapedParagraph& paragraph, std::uint32_t begin, std::uint32_t end)
{
    while (end > begin && is_trailing_space(paragraph.text[end - 1])) --end;
    return end;
}

float approximate_width_em(const ShapedParagraph& paragraph, std::uint32_t begin, std::uint32_t end)
{
    const std::uint32_t visible = visible_end(paragraph, begin, end);
    return paragraph.advance_prefix_em[visible] - paragraph.advance_prefix_em[begin];
}

// A piece of one item that lies on one line.
struct Piece {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    const Item* item = nullptr;
    std::vector<ShapedGlyph> reshaped;     // owned glyphs, when the piece had to be re-shaped
    std::span<const ShapedGlyph> glyphs;   // visual order: into the item, or into `reshaped`
    float width_em = 0;
};

// The item's glyphs whose clusters lie in [begin, end). Clusters run monotonically through a
// shaped item (up for LTR, down for RTL), so they are one contiguous stretch.
std::span<const ShapedGlyph> glyphs_between(const Item& item, std::uint32_t begin, std::uint32_t end)
{
    const auto inside = [&](const ShapedGlyph& g) { return g.cluster >= begin && g.cluster < end; };
    const auto first = std::find_if(item.glyphs.begin(), item.glyphs.end(), inside);
    const auto last = std::find_if_not(first, item.glyphs.end(), inside);
    return {first, last};
}

// True if the item can be cut before `offset` without re-shaping: at its ends, or where
// HarfBuzz did not flag the glyph that starts there as unsafe to break.
bool can_cut_without_reshaping(const Item& item, std::uint32_t offset)
{
    if (offset == item.begin || offset == item.end) return true;
    const auto glyph = std::find_if(item.glyphs.begin(), item.glyphs.end(),
                                    [offset](const ShapedGlyph& g) { return g.cluster == offset; });
    return glyph != item.glyphs.end() && !glyph->unsafe_to_break;
}

std::vector<Piece> cut_pieces(const ShapedParagraph& paragraph, std::uint32_t line_begin, std::uint32_t line_end,
                              std::uint32_t visible, FitContext& context)
{
    std::vector<Piece> pieces;
    for (const Item& item : paragraph.items) {
        const std::uint32_t begin = std::max(item.begin, line_begin);
        const std::uint32_t end = std::min(item.end, visible);
        if (begin >= end) continue;
        Piece piece{begin, end, &item, {}, {}, 0};
        if (begin == item.begin && end == item.end) {
            piece.glyphs = item.glyphs;
        } else if (can_cut_without_reshaping(item, begin) && can_cut_without_reshaping(item, end)) {
            piece.glyphs = glyphs_between(item, begin, end);
        } else {
            // The line's own text is the context: joining must not reach across the break.
            const std::u16string_view line(paragraph.text.data() + line_begin, line_end - line_begin);
            piece.reshaped = context.shaper.shape(context.fonts, {line, begin - line_begin, end - line_begin, line_begin,
                                                                  item.font, item.script, (item.level & 1) != 0,
                                                                  paragraph.language});
            piece.glyphs = piece.reshaped;
            ++context.counters.pieces_reshaped;
        }
        for (const ShapedGlyph& glyph : piece.glyphs) piece.width_em += glyph.advance_em;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

float total_width_em(const std::vector<Piece>& pieces)
{
    float width = 0;
    for (const Piece& piece : pieces) width += piece.width_em;
    return width;
}

// Where a line starting at `begin` ends, when no break opportunity fits: at the last grapheme
// boundary that fits, and after at least one grapheme so layout always moves forward.
std::uint32_t emergency_end(const ShapedParagraph& paragraph, std::uint32_t begin, std::uint32_t limit,
                            float width_em, LineBreaker& breaker)
{
    std::uint32_t end = limit;
    const std::vector<std::uint32_t> boundaries = breaker.grapheme_boundaries(paragraph.text, begin, limit);
    for (auto it = boundaries.rbegin(); it != boundaries.rend(); ++it) {
        end = *it;
        if (approximate_width_em(paragraph, begin, *it) <= width_em + width_tolerance_em) break;
    }
    return end;
}

Line place_line(const ShapedParagraph& paragraph, std::vector<Piece>& pieces, std::uint32_t begin,
                std::uint32_t end, float size_px, float width_px, FontSet& fonts)
{
    Line line;
    line.bytes = {paragraph.utf8_offsets[begin], paragraph.utf8_offsets[end]};
    std::vector<BidiLevel> levels;
    for (const Piece& piece : pieces) levels.push_back(piece.item->level);
    const std::vector<std::int32_t> order = visual_order(levels);

    line.width_px = total_width_em(pieces) * size_px;
    const bool right_aligned = (paragraph.paragraph_level & 1) != 0;
    float pen_px = right_aligned ? width_px - line.width_px : 0.0f;

    // Extents above (ascent) and below (descent) the baseline: the fonts' own, widened to the
    // real ink, since Noto Nastaliq draws far above its stated ascender.
    const FontMetricsEm& primary = fonts.font(fonts.primary_font(paragraph.language)).metrics;
    float ascent_em = -primary.ascender;
    float descent_em = primary.descender;
    for (std::int32_t index : order) {
        Piece& piece = pieces[static_cast<std::size_t>(index)];
        const Item& item = *piece.item;
        const FontMetricsEm& metrics = fonts.font(item.font).metrics;
        ascent_em = std::max(ascent_em, -metrics.ascender);
        descent_em = std::max(descent_em, metrics.descender);
        VisualRun run;
        run.font = item.font;
        run.script = item.script;
        run.level = item.level;
        run.direction = (item.level & 1) ? TextDirection::RightToLeft : TextDirection::LeftToRight;
        run.bytes = {paragraph.utf8_offsets[piece.begin], paragraph.utf8_offsets[piece.end]};
        run.glyphs.reserve(piece.glyphs.size());
        const bool whole_item = piece.begin == item.begin && piece.end == item.end;
        if (whole_item) {
            ascent_em = std::max(ascent_em, -item.ink.top);
            descent_em = std::max(descent_em, item.ink.bottom);
        }
        for (const ShapedGlyph& glyph : piece.glyphs) {
            if (!whole_item) {
                const GlyphInkEm ink = fonts.glyph_ink(item.font, glyph.id);
                ascent_em = std::max(ascent_em, -(ink.top - glyph.y_offset_em));
                descent_em = std::max(descent_em, ink.bottom - glyph.y_offset_em);
            }
            run.glyphs.push_back({glyph.id, paragraph.utf8_offsets[glyph.cluster],
                                  pen_px + glyph.x_offset_em * size_px, -glyph.y_offset_em * size_px,
                                  glyph.advance_em * size_px});
            pen_px += glyph.advance_em * size_px;
        }
        line.runs.push_back(std::move(run));
    }
    const float extra_em = std::max(0.0f, min_line_height_em - (ascent_em + descent_em));
    // Whole pixels keep baselines crisp; rounding up keeps the ink inside the line box.
    line.baseline_px = std::ceil((ascent_em + extra_em / 2) * size_px);
    line.height_px = line.baseline_px + std::ceil((descent_em + extra_em / 2) * size_px);
    return line;
}

// Where the line starting at `begin` ends, with its pieces cut (and re-shaped where needed).
std::uint32_t fit_line(const ShapedParagraph& paragraph, std::uint32_t begin, float width_em, FitContext& context,
                       std::vector<Piece>& pieces)
{
    const auto text_length = static_cast<std::uint32_t>(paragraph.text.size());
    const std::vector<BreakOpportunity>& breaks = paragraph.break_opportunities(context.breaker);
    // Break opportunities after `begin` that fit by their cached advances, up to the first
    // mandatory one.
    std::vector<std::uint32_t> fitting;
    std::uint32_t first_too_wide = text_length;
    auto opportunity = std::upper_bound(breaks.begin(), breaks.end(), begin,
                                        [](std::uint32_t offset, const BreakOpportunity& b) { return offset < b.utf16_offset; });
    for (; opportunity != breaks.end(); ++opportunity) {
        if (approximate_width_em(paragraph, begin, opportunity->utf16_offset) > width_em + width_tolerance_em) {
            first_too_wide = opportunity->utf16_offset;
            break;
        }
        fitting.push_back(opportunity->utf16_offset);
        if (opportunity->kind == BreakKind::Mandatory) break;
    }
    if (fitting.empty()) fitting.push_back(emergency_end(paragraph, begin, first_too_wide, width_em, context.breaker));

    // Re-shaping a split run can make it wider than its cached advances said; back off to an
    // earlier opportunity until the line really fits.
    std::uint32_t end = 0;
    while (true) {
        end = fitting.back();
        pieces = cut_pieces(paragraph, begin, end, visible_end(paragraph, begin, end), context);
        if (fitting.size() == 1 || total_width_em(pieces) <= width_em + width_tolerance_em) break;
        fitting.pop_back();
    }
    // Even the first opportunity overflows once re-shaped: cut it between graphemes instead.
    if (total_width_em(pieces) > width_em + width_tolerance_em) {
        const std::uint32_t shorter = emergency_end(paragraph, begin, end, width_em, context.breaker);
        if (shorter != end) {
            end = shorter;
            pieces = cut_pieces(paragraph, begin, end, visible_end(paragraph, begin, end), context);
        }
    }
    return end;
}

}  // namespace

Layout fit_lines(const ShapedParagraph& paragraph, float font_size_px, float width_px, FitContext& context)
{
    Layout layout;
    layout.language = paragraph.language;
    layout.font_size_px = font_size_px;
    layout.width_px = width_px;
    layout.direction = (paragraph.paragraph_level & 1) ? TextDirection::RightToLeft : TextDirection::LeftToRight;
    layout.malformed = paragraph.malformed;
    const float width_em = width_px / font_size_px;
    const auto text_length = static_cast<std::uint32_t>(paragraph.text.size());

    // A paragraph that fits its box whole (headings, list items, labels) is one line and never
    // needs ICU's break opportunities.
    const bool fits_on_one_line = !paragraph.has_hard_break &&
        approximate_width_em(paragraph, 0, text_length) <= width_em + width_tolerance_em;
    std::uint32_t begin = 0;
    float y_px = 0;
    while (begin < text_length) {
        std::vector<Piece> pieces;
        std::uint32_t end = text_length;
        if (fits_on_one_line) {
            pieces = cut_pieces(paragraph, 0, text_length, visible_end(paragraph, 0, text_length), context);
        } else {
            end = fit_line(paragraph, begin, width_em, context, pieces);
        }
        Line line = place_line(paragraph, pieces, begin, end, font_size_px, width_px, context.fonts);
        line.y_px = y_px;
        y_px += line.height_px;
        layout.lines.push_back(std::move(line));
        begin = end;
    }
    layout.height_px = y_px;
    return layout;
}

}  // namespace kiosk::text
