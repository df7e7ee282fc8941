// Real sentences in the kiosk's languages, asserted on the engine's layout the way a reader
// meets them on screen.
#include "text/engine_fixture.h"

#include <gtest/gtest.h>
#include <harfbuzz/hb.h>

namespace kiosk::text {
namespace {

using testing::shared_engine;
using testing::visual_text;

std::shared_ptr<const Layout> lay_out(std::string_view text, Language language, float width_px = 1000, float size_px = 32)
{
    return shared_engine().layout(text, language, size_px, width_px);
}

const VisualRun* run_containing(const Layout& layout, std::uint32_t byte)
{
    for (const Line& line : layout.lines) {
        for (const VisualRun& run : line.runs) {
            if (byte >= run.bytes.begin && byte < run.bytes.end) return &run;
        }
    }
    return nullptr;
}

std::uint32_t nominal_glyph(FontId font, char32_t code_point)
{
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(shared_engine().fonts().font(font).hb_font, code_point, &glyph);
    return glyph;
}

struct PhoneCase {
    Language language;
    std::string sentence;
    std::string number;
};

class PhoneNumberInRtl : public ::testing::TestWithParam<PhoneCase> {};

// A phone number inside an RTL sentence reads left to right in one piece (plain UBA would show
// "9000 477 0161"), at a wide box and at every narrow width too: it is never split across lines.
TEST_P(PhoneNumberInRtl, ReadsLeftToRightAndStaysOnOneLine)
{
    const PhoneCase& c = GetParam();
    const std::size_t number_at = c.sentence.find(c.number);
    ASSERT_NE(number_at, std::string::npos);
    // Down to the narrowest box the number fits in; a narrower one must break it somewhere.
    const float number_width = lay_out(c.number, c.language)->lines.at(0).width_px;
    for (float width : {1000.0f, 400.0f, 300.0f, number_width + 1}) {
        const auto layout = lay_out(c.sentence, c.language, width);
        bool found = false;
        for (const Line& line : layout->lines) {
            if (number_at >= line.bytes.end || number_at < line.bytes.begin) continue;
            EXPECT_GE(line.bytes.end, number_at + c.number.size()) << "number split at width " << width;
            EXPECT_NE(visual_text(line, c.sentence).find(c.number), std::string::npos)
                << "at width " << width << " the line reads: " << visual_text(line, c.sentence);
            found = true;
        }
        EXPECT_TRUE(found);
    }
}

INSTANTIATE_TEST_SUITE_P(
    UkNumbers, PhoneNumberInRtl,
    ::testing::Values(
        PhoneCase{Language::Urdu, "فون نمبر 0161 477 9000 ہے", "0161 477 9000"},
        PhoneCase{Language::Urdu, "براہ کرم +44 161 477 9000 پر فون کریں", "+44 161 477 9000"},
        PhoneCase{Language::Urdu, "فون نمبر (0161) 477-9000 ہے", "(0161) 477-9000"},
        PhoneCase{Language::Urdu, "فون نمبر ۰۱۶۱ ۴۷۷ ۹۰۰۰ ہے", "۰۱۶۱ ۴۷۷ ۹۰۰۰"},
        PhoneCase{Language::Arabic, "رقم الهاتف 0161 477 9000 للمساعدة", "0161 477 9000"},
        PhoneCase{Language::Arabic, "رقم الهاتف ٠١٦١ ٤٧٧ ٩٠٠٠ للمساعدة", "٠١٦١ ٤٧٧ ٩٠٠٠"},
        PhoneCase{Language::Arabic, "اتصلوا على (0161) 477-9000 من فضلكم", "(0161) 477-9000"},
        PhoneCase{Language::Farsi, "شماره تلفن 0161 477 9000 است", "0161 477 9000"},
        PhoneCase{Language::Farsi, "شماره تلفن ۰۱۶۱ ۴۷۷ ۹۰۰۰ است", "۰۱۶۱ ۴۷۷ ۹۰۰۰"},
        PhoneCase{Language::Farsi, "با +44 161 477 9000 تماس بگیرید", "+44 161 477 9000"}));

// Latin abbreviations inside Bengali and Urdu are drawn with the Latin font, never .notdef.
TEST(RealText, LatinAbbreviationsUseTheLatinFont)
{
    const std::vector<std::pair<Language, std::string>> cases{
        {Language::Bengali, "আপনার CSC মিটিং এবং IRO আসবেন।"},
        {Language::Urdu, "آپ کی CSC میٹنگ میں IRO ہوں گے۔"},
    };
    for (const auto& [language, sentence] : cases) {
        const auto layout = lay_out(sentence, language);
        for (const std::string abbreviation : {"CSC", "IRO"}) {
            const VisualRun* run = run_containing(*layout, static_cast<std::uint32_t>(sentence.find(abbreviation)));
            ASSERT_NE(run, nullptr);
            EXPECT_EQ(shared_engine().fonts().font(run->font).label, "fonts/NotoSans-Regular.ttf") << sentence;
            for (const PositionedGlyph& glyph : run->glyphs) EXPECT_NE(glyph.id, 0u) << sentence;
        }
    }
}

// Bengali conjuncts shape into one cluster: no glyph starts inside ক্ষ or ন্ত্র.
TEST(RealText, BengaliConjunctsAreOneCluster)
{
    for (const std::string conjunct : {"ক্ষ", "ন্ত্র"}) {
        const std::string word = "স" + conjunct + "া";
        const auto layout = lay_out(word, Language::Bengali);
        const auto begin = static_cast<std::uint32_t>(word.find(conjunct));
        const auto end = begin + static_cast<std::uint32_t>(conjunct.size());
        for (const PositionedGlyph& glyph : layout->lines.at(0).runs.at(0).glyphs) {
            EXPECT_FALSE(glyph.cluster > begin && glyph.cluster < end) << conjunct << " split at byte " << glyph.cluster;
            EXPECT_NE(glyph.id, 0u);
        }
    }
}

// In Farsi, ZWNJ stops joining: the yeh of "می‌خواهم" takes its final form, as at the end of
// "می", not the medial form of "میخواهم".
TEST(RealText, FarsiZwnjKeepsTheNonJoiningForm)
{
    auto yeh_glyph = [](const std::string& word) {
        const auto layout = lay_out(word, Language::Farsi);
        const auto yeh_at = static_cast<std::uint32_t>(word.find("ی"));
        for (const PositionedGlyph& glyph : layout->lines.at(0).runs.at(0).glyphs) {
            if (glyph.cluster == yeh_at) return glyph.id;
        }
        return 0u;
    };
    const std::uint32_t with_zwnj = yeh_glyph("می\u200Cخواهم");
    EXPECT_EQ(with_zwnj, yeh_glyph("می"));
    EXPECT_NE(with_zwnj, yeh_glyph("میخواهم"));
}

// Parentheses in RTL text are mirrored exactly once: Noto Naskh has none, so they come from the
// fallback font, shaped right to left, and the logical "(" shows as ")" at the right.
TEST(RealText, ParenthesesInRtlAreMirroredOnce)
{
    const std::string sentence = "الاجتماع (المؤتمر) اليوم";
    const auto layout = lay_out(sentence, Language::Arabic);
    const VisualRun* open = run_containing(*layout, static_cast<std::uint32_t>(sentence.find('(')));
    const VisualRun* close = run_containing(*layout, static_cast<std::uint32_t>(sentence.find(')')));
    ASSERT_NE(open, nullptr);
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(open->direction, TextDirection::RightToLeft);
    EXPECT_EQ(shared_engine().fonts().font(open->font).label, "fonts/NotoSans-Regular.ttf");
    auto glyph_at = [](const VisualRun& run, std::uint32_t byte) {
        for (const PositionedGlyph& glyph : run.glyphs) {
            if (glyph.cluster == byte) return glyph;
        }
        return PositionedGlyph{};
    };
    const PositionedGlyph open_glyph = glyph_at(*open, static_cast<std::uint32_t>(sentence.find('(')));
    const PositionedGlyph close_glyph = glyph_at(*close, static_cast<std::uint32_t>(sentence.find(')')));
    EXPECT_EQ(open_glyph.id, nominal_glyph(open->font, U')'));
    EXPECT_EQ(close_glyph.id, nominal_glyph(close->font, U'('));
    EXPECT_GT(open_glyph.x_px, close_glyph.x_px) << "the opening bracket comes first, at the right";
}

// Traditional Chinese uses the TC face: its ideographic full stop sits centred in the em box,
// where the Japanese face (face 0 of the collection) puts it at the bottom left.
TEST(RealText, TraditionalChineseUsesTheTcFace)
{
    const std::string sentence = "會議。";
    const auto layout = lay_out(sentence, Language::TraditionalChinese);
    const VisualRun& run = layout->lines.at(0).runs.at(0);
    EXPECT_EQ(shared_engine().fonts().font(run.font).label, "fonts/NotoSansCJKtc-Regular-subset.otf");
    const PositionedGlyph& stop = run.glyphs.back();
    hb_glyph_extents_t extents{};
    const Font& font = shared_engine().fonts().font(run.font);
    ASSERT_TRUE(hb_font_get_glyph_extents(font.hb_font, stop.id, &extents));
    const float centre_x_em = (static_cast<float>(extents.x_bearing) + static_cast<float>(extents.width) / 2) / font.units_per_em;
    EXPECT_NEAR(centre_x_em, 0.5f, 0.1f);
}

// No line of Chinese starts with closing punctuation or ends with opening punctuation, at any width.
TEST(RealText, ChineseLinesRespectKinsoku)
{
    const std::string paragraph =
        "會議的主席（chair）會先介紹自己。你可以帶一位支持你的人，例如朋友、家人或倡導者！"
        "你有甚麼問題？請問：「我可以帶律師嗎？」可以；但請先告訴社工。『會議』結束後，你會收到記錄。";
    const std::u32string no_start = U"。，、」）！？：；』";
    const std::u32string no_end = U"「（『";
    // From the width of the longest unbreakable piece, "（chair）會", up.
    for (float width = 160; width <= 900; width += 23) {
        const auto layout = lay_out(paragraph, Language::TraditionalChinese, width);
        for (const Line& line : layout->lines) {
            const DecodedUtf8 decoded = decode_utf8(std::string_view(paragraph).substr(line.bytes.begin, line.bytes.end - line.bytes.begin));
            ASSERT_FALSE(decoded.code_points.empty());
            EXPECT_EQ(no_start.find(decoded.code_points.front().value), std::u32string::npos) << "width " << width;
            EXPECT_EQ(no_end.find(decoded.code_points.back().value), std::u32string::npos) << "width " << width;
        }
    }
}

// A line that breaks inside a shaped run is re-shaped: it is never wider than the box, and it
// measures what the same words measure laid out on their own.
TEST(RealText, SplitRunsAreReshapedAndFit)
{
    const std::vector<std::pair<Language, std::string>> paragraphs{
        {Language::Urdu, "کانفرنس میں آپ کے بچے کی حفاظت کے بارے میں بات ہوگی۔ آپ اپنی بات کہہ سکتے ہیں اور سوال پوچھ سکتے ہیں۔"},
        {Language::Arabic, "سيتحدث الاجتماع عن سلامة طفلكم. يمكنكم أن تقولوا رأيكم وأن تسألوا أي سؤال."},
        {Language::Farsi, "در جلسه درباره‌ی امنیت فرزندتان صحبت می‌شود. شما می‌توانید نظرتان را بگویید و سؤال بپرسید."},
        {Language::Bengali, "সভায় আপনার সন্তানের নিরাপত্তা নিয়ে কথা হবে। আপনি আপনার কথা বলতে ও প্রশ্ন করতে পারেন।"},
        {Language::English, "The conference will talk about keeping your child safe. You can say what you think and ask questions."},
        {Language::TraditionalChinese, "會議會討論如何保障你孩子的安全。你可以說出你的想法，也可以提問。"},
    };
    for (const auto& [language, text] : paragraphs) {
        for (float width : {180.0f, 260.0f, 333.0f, 500.0f}) {
            const auto layout = lay_out(text, language, width);
            ASSERT_GT(layout->lines.size(), 1u);
            for (const Line& line : layout->lines) {
                EXPECT_LE(line.width_px, width + 0.01f) << language_code(language) << " at " << width;
                const std::string alone = text.substr(line.bytes.begin, line.bytes.end - line.bytes.begin);
                const auto single = lay_out(alone, language, 100000);
                ASSERT_EQ(single->lines.size(), 1u);
                EXPECT_NEAR(single->lines[0].width_px, line.width_px, 0.05f) << language_code(language) << ": " << alone;
            }
        }
    }
}

}  // namespace
}  // namespace kiosk::text
