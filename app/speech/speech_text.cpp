#include "speech/speech_text.h"

#include "core/phone_number.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace kiosk::speech {
namespace {

std::string_view voice_for_script(UScriptCode script, Language language)
{
    switch (script) {
    case USCRIPT_LATIN: return "en";
    case USCRIPT_BENGALI: return "bn";
    case USCRIPT_HAN: return "yue";
    case USCRIPT_ARABIC:
        // Arabic letters in an English or Chinese page are most likely Arabic words.
        return language == Language::Urdu || language == Language::Farsi ? voice_for(language) : "ar";
    default: return {};
    }
}

// The ASCII digit for an Eastern Arabic, Persian or Bengali digit, or 0 if it is none.
char ascii_digit(char32_t c)
{
    if (c >= U'0' && c <= U'9') return static_cast<char>(c);
    if (c >= U'\u0660' && c <= U'\u0669') return static_cast<char>('0' + (c - U'\u0660'));
    if (c >= U'\u06F0' && c <= U'\u06F9') return static_cast<char>('0' + (c - U'\u06F0'));
    if (c >= U'\u09E6' && c <= U'\u09EF') return static_cast<char>('0' + (c - U'\u09E6'));
    return 0;
}

bool voice_reads_own_digits(std::string_view voice, char32_t c)
{
    // eSpeak NG 1.51: ar reads ٠-٩, fa reads ۰-۹, bn reads ০-৯; ur reads neither Eastern set.
    return (voice == "ar" && c >= U'\u0660' && c <= U'\u0669') || (voice == "fa" && c >= U'\u06F0' && c <= U'\u06F9') ||
        (voice == "bn" && c >= U'\u09E6' && c <= U'\u09EF');
}

class Planner {
public:
    Planner(const DecodedUtf8& decoded, Language language) : m_decoded(decoded), m_language(language) {}

    std::vector<SpeechRun> plan()
    {
        std::u32string values;
        for (const DecodedCodePoint& cp : m_decoded.code_points) values.push_back(cp.value);
        const std::vector<CodePointRange> phones = find_phone_numbers(values);
        auto phone = phones.begin();
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (phone != phones.end() && i == phone->begin) {
                add_phone_number(values, *phone);
                i = phone->end - 1;
                ++phone;
                continue;
            }
            add_character(i);
        }
        finish_run();
        return std::move(m_runs);
    }

private:
    std::uint32_t offset_of(std::size_t index) const
    {
        return index < m_decoded.code_points.size() ? m_decoded.code_points[index].utf8_offset : m_decoded.utf8_length;
    }

    void append(char32_t c, std::uint32_t source_offset)
    {
        append_utf8(m_current.text, c);
        m_current.source_offsets.push_back(source_offset);
    }

    void switch_voice(std::string_view voice)
    {
        if (m_current.voice == voice) return;
        finish_run();
        m_current.voice = std::string(voice);
    }

    void finish_run()
    {
        bool has_content = false;
        for (char c : m_current.text) has_content |= c != ' ';
        if (has_content && !m_current.voice.empty()) {
            m_current.source_offsets.push_back(m_end_offset);
            m_runs.push_back(std::move(m_current));
        }
        m_current = SpeechRun{};
    }

    void add_character(std::size_t index)
    {
        const char32_t c = m_decoded.code_points[index].value;
        const std::uint32_t at = offset_of(index);
        m_end_offset = offset_of(index + 1);
        UErrorCode status = U_ZERO_ERROR;
        const auto script = uscript_getScript(static_cast<UChar32>(c), &status);
        const std::string_view voice = voice_for_script(script, m_language);
        if (!voice.empty()) {
            // Arabic-Indic, Persian and Bengali digits have their script's Script value, so they
            // come this way too, and still need mapping (the ur voice is silent on ۰-۹).
            switch_voice(voice);
            append(speakable_digit(c), at);
            return;
        }
        const bool unreadable = c == U'\uFFFD' || (script != USCRIPT_COMMON && script != USCRIPT_INHERITED);
        if (unreadable) {
            append(U' ', at);  // keeps words apart without giving eSpeak a character it garbles on
            return;
        }
        if (m_current.voice.empty()) switch_voice(voice_for(m_language));
        append(speakable_digit(c), at);
    }

    // `c` as the current voice should get it: a digit it cannot read becomes ASCII.
    char32_t speakable_digit(char32_t c) const
    {
        const char ascii = ascii_digit(c);
        return ascii && !voice_reads_own_digits(m_current.voice, c) ? static_cast<char32_t>(ascii) : c;
    }

    // "0161 477 9000" becomes "0 1 6 1, 4 7 7, 9 0 0 0": digits one by one, a pause per group.
    void add_phone_number(const std::u32string& values, const CodePointRange& range)
    {
        if (m_current.voice.empty()) switch_voice(voice_for(m_language));
        for (std::size_t i = range.begin; i < range.end; ++i) {
            const char32_t c = values[i];
            if (ascii_digit(c)) {
                append(speakable_digit(c), offset_of(i));
                append(U' ', offset_of(i + 1));
            } else if (c == U'+') {
                append(U'+', offset_of(i));
            } else {
                append(U',', offset_of(i));
                append(U' ', offset_of(i));
            }
        }
        m_end_offset = offset_of(range.end);
    }

    const DecodedUtf8& m_decoded;
    Language m_language = Language::English;
    std::vector<SpeechRun> m_runs;
    SpeechRun m_current;
    std::uint32_t m_end_offset = 0;
};

}  // namespace

std::string_view voice_for(Language language)
{
    switch (language) {
    case Language::English: return "en";
    case Language::Bengali: return "bn";
    case Language::Urdu: return "ur";
    case Language::TraditionalChinese: return "yue";
    case Language::Arabic: return "ar";
    case Language::Farsi: return "fa";
    }
    return "en";
}

std::vector<SpeechRun> plan_speech(std::string_view utf8, Language language)
{
    const DecodedUtf8 decoded = decode_utf8(utf8);
    return Planner(decoded, language).plan();
}

}  // namespace kiosk::speech
