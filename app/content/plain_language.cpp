#include "content/plain_language.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>

namespace kiosk::content {
namespace {

// UTF-16 index of a UnicodeString built from `utf8` back to a UTF-8 byte offset.
std::size_t utf8_offset_of(const icu::UnicodeString& text, std::int32_t utf16_index)
{
    std::string prefix;
    text.tempSubString(0, utf16_index).toUTF8String(prefix);
    return prefix.size();
}

std::size_t count_words(icu::BreakIterator& words, const icu::UnicodeString& sentence)
{
    words.setText(sentence);
    std::size_t count = 0;
    for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE; end = words.next()) {
        if (words.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++count;
    }
    return count;
}

std::string shortened(std::string_view text)
{
    constexpr std::size_t shown_bytes = 60;
    if (text.size() <= shown_bytes) return std::string(text);
    std::size_t cut = text.rfind(' ', shown_bytes);
    if (cut == std::string_view::npos) cut = shown_bytes;
    return std::string(text.substr(0, cut)) + " ...";
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale british("en_GB");
    std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(british, status));
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(british, status));
    if (U_FAILURE(status)) return {};  // ICU's break rules are part of libicu; missing data is a broken install
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    sentences->setText(text);
    std::vector<Sentence> out;
    std::int32_t start = sentences->first();
    for (std::int32_t end = sentences->next(); end != icu::BreakIterator::DONE; start = end, end = sentences->next()) {
        const icu::UnicodeString sentence = text.tempSubString(start, end - start);
        const std::size_t word_count = count_words(*words, sentence);
        if (word_count == 0) continue;
        const std::size_t begin_byte = utf8_offset_of(text, start);
        const std::size_t end_byte = utf8_offset_of(text, end);
        std::string_view piece = utf8.substr(begin_byte, end_byte - begin_byte);
        while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
        out.push_back({piece, word_count});
    }
    return out;
}

void check_plain_english(const Topic& topic, std::vector<Problem>& problems)
{
    std::size_t sentence_count = 0;
    std::size_t word_count = 0;
    for (const Block& block : topic.document.blocks) {
        if (block.kind == BlockKind::Heading) continue;
        // A key stands for one number or name: one word, whatever its value.
        const std::string text = block.text_with_values([](std::string_view) { return std::string("0"); });
        for (const Sentence& sentence : split_sentences(text)) {
            ++sentence_count;
            word_count += sentence.word_count;
            if (sentence.word_count > max_sentence_words) {
                problems.push_back({Severity::Error, topic.file, block.line,
                                    "a sentence of " + std::to_string(sentence.word_count) + " words (plain English keeps each under " +
                                        std::to_string(max_sentence_words + 1) + "): \"" + shortened(sentence.text) + "\""});
            }
        }
    }
    if (sentence_count == 0) return;
    const double average = static_cast<double>(word_count) / static_cast<double>(sentence_count);
    if (average > max_average_sentence_words) {
        char shown[16];
        std::snprintf(shown, sizeof shown, "%.1f", average);
        problems.push_back({Severity::Error, topic.file, 0,
                            "sentences average " + std::string(shown) + " words; plain English keeps the average at " +
                                std::to_string(static_cast<int>(max_average_sentence_words)) + " or fewer"});
    }
}

}  // namespace kiosk::content
