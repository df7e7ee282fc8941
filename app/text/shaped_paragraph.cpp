#include "text/shaped_paragraph.h"

#include "core/phone_number.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

namespace kiosk::text {
namespace {

struct Utf16Text {
    std::u16string text;
    std::vector<std::uint32_t> utf8_offsets;
    std::vector<std::uint32_t> utf16_offset_of_code_point;  // and one past the end
};

Utf16Text to_utf16(const DecodedUtf8& decoded)
{
    Utf16Text out;
    out.text.reserve(decoded.code_points.size());
    out.utf8_offsets.reserve(decoded.code_points.size() + 1);
    out.utf16_offset_of_code_point.reserve(decoded.code_points.size() + 1);
    for (const DecodedCodePoint& cp : decoded.code_points) {
        out.utf16_offset_of_code_point.push_back(static_cast<std::uint32_t>(out.text.size()));
        if (cp.value > 0xFFFF) {
            out.text.push_back(static_cast<char16_t>(U16_LEAD(cp.value)));
            out.text.push_back(static_cast<char16_t>(U16_TRAIL(cp.value)));
            out.utf8_offsets.push_back(cp.utf8_offset);
        } else {
            out.text.push_back(static_cast<char16_t>(cp.value));
        }
        out.utf8_offsets.push_back(cp.utf8_offset);
    }
    out.utf16_offset_of_code_point.push_back(static_cast<std::uint32_t>(out.text.size()));
    out.utf8_offsets.push_back(decoded.utf8_length);
    return out;
}

int default_script(Language language)
{
    switch (language) {
    case Language::English: return USCRIPT_LATIN;
    case Language::Bengali: return USCRIPT_BENGALI;
    case Language::TraditionalChinese: return USCRIPT_HAN;
    case Language::Urdu:
    case Language::Arabic:
    case Language::Farsi: return USCRIPT_ARABIC;
    }
    return USCRIPT_LATIN;
}

bool is_real_script(int script) { return script != USCRIPT_COMMON && script != USCRIPT_INHERITED && script != USCRIPT_UNKNOWN; }

// Gives every code point a real script: Inherited marks take their base's, Common characters
// take the script before them (leading ones the first after), and a closing bracket takes the
// script of its opening bracket, so "(CSC)" in Bengali is one Latin-or-Bengali run, not three.
std::vector<int> resolve_scripts(const DecodedUtf8& decoded, Language language)
{
    std::vector<int> scripts(decoded.code_points.size());
    struct OpenBracket {
        char32_t closing;
        int script;
    };
    std::vector<OpenBracket> open_brackets;
    int current = USCRIPT_COMMON;
    std::size_t first_unresolved = 0;
    bool seen_real = false;
    for (std::size_t i = 0; i < decoded.code_points.size(); ++i) {
        const char32_t cp = decoded.code_points[i].value;
        UErrorCode status = U_ZERO_ERROR;
        int script = uscript_getScript(static_cast<UChar32>(cp), &status);
        if (is_real_script(script)) {
            current = script;
            if (!seen_real) {
                std::fill(scripts.begin() + static_cast<std::ptrdiff_t>(first_unresolved), scripts.begin() + static_cast<std::ptrdiff_t>(i), script);
                seen_real = true;
            }
        } else {
            const auto bracket = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_BIDI_PAIRED_BRACKET_TYPE);
            if (bracket == U_BPT_OPEN) {
                open_brackets.push_back({static_cast<char32_t>(u_getBidiPairedBracket(static_cast<UChar32>(cp))), current});
            } else if (bracket == U_BPT_CLOSE) {
                const auto match = std::find_if(open_brackets.rbegin(), open_brackets.rend(),
                                                [cp](const OpenBracket& open) { return open.closing == cp; });
                if (match != open_brackets.rend()) {
                    script = match->script;
                    open_brackets.erase(std::next(match).base(), open_brackets.end());
                    scripts[i] = is_real_script(script) ? script : current;
                    continue;
                }
            }
            script = current;
        }
        scripts[i] = script;
    }
    if (!seen_real) std::fill(scripts.begin(), scripts.end(), default_script(language));
    for (int& script : scripts) {
        if (!is_real_script(script)) script = default_script(language);
    }
    return scripts;
}

std::vector<Utf16Range> phone_ranges(const DecodedUtf8& decoded, const Utf16Text& utf16)
{
    const bool has_digit = std::any_of(decoded.code_points.begin(), decoded.code_points.end(),
                                       [](const DecodedCodePoint& cp) { return is_phone_digit(cp.value); });
    if (!has_digit) return {};
    std::u32string code_points;
    code_points.reserve(decoded.code_points.size());
    for (const DecodedCodePoint& cp : decoded.code_points) code_points.push_back(cp.value);
    std::vector<Utf16Range> ranges;
    for (const CodePointRange& range : find_phone_numbers(code_points)) {
        ranges.push_back({utf16.utf16_offset_of_code_point[range.begin], utf16.utf16_offset_of_code_point[range.end]});
    }
    return ranges;
}

std::vector<BreakOpportunity> breaks_outside(std::vector<BreakOpportunity> breaks, const std::vector<Utf16Range>& keep_whole)
{
    std::erase_if(breaks, [&](const BreakOpportunity& opportunity) {
        return opportunity.kind == BreakKind::Allowed &&
            std::any_of(keep_whole.begin(), keep_whole.end(), [&](const Utf16Range& range) {
                return opportunity.utf16_offset > range.begin && opportunity.utf16_offset < range.end;
            });
    });
    return breaks;
}

}  // namespace

const std::vector<BreakOpportunity>& ShapedParagraph::break_opportunities(LineBreaker& breaker) const
{
    if (!m_breaks) m_breaks = breaks_outside(breaker.opportunities(text), phone_numbers);
    return *m_breaks;
}

ShapedParagraph shape_paragraph(std::string_view utf8, Language language, FontSet& fonts, Shaper& shaper)
{
    const DecodedUtf8 decoded = decode_utf8(utf8);
    Utf16Text utf16 = to_utf16(decoded);
    ShapedParagraph paragraph;
    paragraph.language = language;
    paragraph.malformed = decoded.malformed;
    paragraph.phone_numbers = phone_ranges(decoded, utf16);
    const BaseDirection base = text_direction(language) == TextDirection::RightToLeft ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
    BidiResult bidi = resolve_bidi_with_isolates(utf16.text, base, paragraph.phone_numbers);
    paragraph.paragraph_level = bidi.paragraph_level;
    const std::vector<int> scripts = resolve_scripts(decoded, language);

    // Itemise by code point: a new item starts where level, script or font changes.
    FontId previous_font = FontSet::no_font;
    for (std::size_t i = 0; i < decoded.code_points.size(); ++i) {
        const std::uint32_t begin = utf16.utf16_offset_of_code_point[i];
        const std::uint32_t end = utf16.utf16_offset_of_code_point[i + 1];
        const FontId font = fonts.font_for(decoded.code_points[i].value, scripts[i], language, previous_font);
        previous_font = font;
        const BidiLevel level = bidi.levels[begin];
        if (!paragraph.items.empty()) {
            Item& last = paragraph.items.back();
            if (last.level == level && last.script == scripts[i] && last.font == font) {
                last.end = end;
                continue;
            }
        }
        paragraph.items.push_back({begin, end, level, scripts[i], font, {}, {}});
    }

    paragraph.advance_prefix_em.assign(utf16.text.size() + 1, 0.0f);
    for (Item& item : paragraph.items) {
        item.glyphs = shaper.shape(fonts, {utf16.text, item.begin, item.end, 0, item.font, item.script,
                                           (item.level & 1) != 0, language});
        for (const ShapedGlyph& glyph : item.glyphs) {
            paragraph.advance_prefix_em[glyph.cluster + 1] += glyph.advance_em;
            const GlyphInkEm ink = fonts.glyph_ink(item.font, glyph.id);
            item.ink.top = std::min(item.ink.top, ink.top - glyph.y_offset_em);
            item.ink.bottom = std::max(item.ink.bottom, ink.bottom - glyph.y_offset_em);
        }
    }
    for (std::size_t i = 1; i < paragraph.advance_prefix_em.size(); ++i) {
        paragraph.advance_prefix_em[i] += paragraph.advance_prefix_em[i - 1];
    }
    paragraph.has_hard_break = std::any_of(utf16.text.begin(), utf16.text.end(), [](char16_t unit) {
        const auto line_break = u_getIntPropertyValue(unit, UCHAR_LINE_BREAK);
        return line_break == U_LB_MANDATORY_BREAK || line_break == U_LB_LINE_FEED || line_break == U_LB_CARRIAGE_RETURN ||
            line_break == U_LB_NEXT_LINE;
    });
    paragraph.text = std::move(utf16.text);
    paragraph.utf8_offsets = std::move(utf16.utf8_offsets);
    return paragraph;
}

}  // namespace kiosk::text
