// `parent-kiosk say` as a script uses it: the real binary writes a real WAV (22,050 Hz mono
// 16-bit) and word events for a guide paragraph in every language; bad arguments are refused
// with a message and a non-zero exit.
#include "shell/run_binary.h"
#include "speech/guide_paragraphs.h"
#include "speech/word_boundaries.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using kiosk::Language;
using kiosk::speech::testing::GuideParagraph;

struct Wav {
    int format = 0, channels = 0, rate_hz = 0, bits = 0;
    std::vector<std::int16_t> samples;
    double seconds() const { return rate_hz ? static_cast<double>(samples.size()) / rate_hz : 0; }
    double rms() const
    {
        double sum = 0;
        for (std::int16_t s : samples) sum += static_cast<double>(s) * s;
        return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
    }
};

std::uint32_t little_endian(const std::string& bytes, std::size_t at, int size)
{
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

// Reads a RIFF WAV's fmt and data chunks; an unreadable file gives an empty Wav.
Wav read_wav(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Wav wav;
    if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0) return wav;
    for (std::size_t at = 12; at + 8 <= bytes.size();) {
        const std::string id = bytes.substr(at, 4);
        const std::size_t size = little_endian(bytes, at + 4, 4);
        if (at + 8 + size > bytes.size()) break;
        if (id == "fmt ") {
            wav.format = static_cast<int>(little_endian(bytes, at + 8, 2));
            wav.channels = static_cast<int>(little_endian(bytes, at + 10, 2));
            wav.rate_hz = static_cast<int>(little_endian(bytes, at + 12, 4));
            wav.bits = static_cast<int>(little_endian(bytes, at + 22, 2));
        } else if (id == "data") {
            wav.samples.resize(size / 2);
            std::memcpy(wav.samples.data(), bytes.data() + at + 8, wav.samples.size() * 2);
        }
        at += 8 + size + size % 2;
    }
    return wav;
}

std::string quoted(const std::string& text)
{
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A file of this test's own: ctest runs the tests in parallel processes.
std::string temp_path(const std::string& name)
{
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : test) c = c == '/' ? '_' : c;  // a parameterised test's name is "Test/param"
    return ::testing::TempDir() + "/say_" + test + "_" + name;
}

// Runs `say` with `arguments`, stdin from /dev/null unless given, stderr in the output.
kiosk::shell::testing::Outcome say(const std::string& arguments, const std::string* input = nullptr)
{
    std::string redirect = " < /dev/null 2>&1";
    if (input) {
        const std::string input_path = temp_path("input.txt");
        std::ofstream(input_path, std::ios::binary) << *input;
        redirect = " < " + input_path + " 2>&1";
    }
    return kiosk::shell::testing::run_binary("say " + arguments + redirect);
}

// The first `count` sentences of a paragraph (ends: . । ۔ 。; no end matches inside another
// character's UTF-8 bytes).
std::string first_sentences(std::string_view text, int count)
{
    int found = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (std::string_view stop : {".", "।", "۔", "。"}) {
            if (text.substr(at, stop.size()) == stop && ++found == count) return std::string(text.substr(0, at + stop.size()));
        }
    }
    return std::string(text);
}

class SayInEveryLanguage : public ::testing::TestWithParam<GuideParagraph> {
protected:
    std::string code() const { return std::string(kiosk::language_code(GetParam().language)); }
    Wav say_to_wav(const std::string& text, const std::string& name, const std::string& extra = "")
    {
        const std::string wav = temp_path(name + ".wav");
        const auto outcome = say("--lang " + code() + " --out " + wav + " --text " + quoted(text) + extra);
        EXPECT_EQ(outcome.exit_code, 0) << outcome.out;
        return read_wav(wav);
    }
};

std::string param_name(const ::testing::TestParamInfo<GuideParagraph>& param_info)
{
    std::string name(kiosk::language_code(param_info.param.language));
    for (char& c : name) c = c == '-' ? '_' : c;
    return name;
}

}  // namespace

// The WAV says 22,050 Hz mono 16-bit PCM and is not silent.
TEST_P(SayInEveryLanguage, WritesAnAudibleWav)
{
    const Wav wav = say_to_wav(first_sentences(GetParam().text, 1), "one");
    EXPECT_EQ(wav.format, 1);
    EXPECT_EQ(wav.channels, 1);
    EXPECT_EQ(wav.rate_hz, 22050);
    EXPECT_EQ(wav.bits, 16);
    EXPECT_GT(wav.seconds(), 0.5);
    EXPECT_GT(wav.rms(), 300.0);
}

// Two sentences last longer than the first alone, and --rate 100 longer than --rate 250.
TEST_P(SayInEveryLanguage, LengthGrowsWithTheTextAndFallsWithTheRate)
{
    const std::string one = first_sentences(GetParam().text, 1);
    const std::string two = first_sentences(GetParam().text, 2);
    ASSERT_GT(two.size(), one.size());
    EXPECT_GT(say_to_wav(two, "two").seconds(), 1.3 * say_to_wav(one, "one").seconds());
    EXPECT_GT(say_to_wav(one, "slow", " --rate 100").seconds(), 1.5 * say_to_wav(one, "fast", " --rate 250").seconds());
}

// --events is a JSON array of {sample, start, end, word}: in order, each word the bytes it
// names, together covering every word (by ICU) of the input.
TEST_P(SayInEveryLanguage, EventsCoverTheWordsInOrder)
{
    const std::string text(GetParam().text);
    const std::string events_path = temp_path("events.json");
    const Wav wav = say_to_wav(text, "events", " --events " + events_path);
    std::ifstream in(events_path);
    const nlohmann::json events = nlohmann::json::parse(in, nullptr, false);
    ASSERT_TRUE(events.is_array() && !events.empty()) << events_path;
    std::uint64_t last_end = 0, last_sample = 0;
    for (const auto& event : events) {
        const auto start = event.at("start").get<std::uint64_t>(), end = event.at("end").get<std::uint64_t>();
        const auto sample = event.at("sample").get<std::uint64_t>();
        EXPECT_EQ(event.at("word").get<std::string>(), text.substr(start, end - start));
        EXPECT_GE(start, last_end);
        EXPECT_LT(start, end);
        EXPECT_GE(sample, last_sample);
        EXPECT_LT(sample, wav.samples.size());
        last_end = end;
        last_sample = sample;
    }
    for (const kiosk::Utf8Range& word : kiosk::speech::testing::icu_words(text, GetParam().language).words) {
        const bool covered = std::any_of(events.begin(), events.end(), [&](const auto& event) {
            return event.at("start").template get<std::uint32_t>() <= word.begin && word.end <= event.at("end").template get<std::uint32_t>();
        });
        EXPECT_TRUE(covered) << text.substr(word.begin, word.end - word.begin);
    }
}

INSTANTIATE_TEST_SUITE_P(Guide, SayInEveryLanguage, ::testing::ValuesIn(kiosk::speech::testing::guide_paragraphs), param_name);

// Without --text the text comes from stdin: the same speech as with --text.
TEST(SayCommand, ReadsStdin)
{
    const std::string text = "Please tell the desk what you need.";
    const std::string from_stdin = temp_path("stdin.wav"), from_option = temp_path("option.wav");
    ASSERT_EQ(say("--lang en --out " + from_stdin, &text).exit_code, 0);
    ASSERT_EQ(say("--lang en --out " + from_option + " --text " + quoted(text)).exit_code, 0);
    const double seconds = read_wav(from_option).seconds();
    EXPECT_GT(seconds, 1.0);
    // eSpeak NG 1.51 is not sample-exact from one run to the next.
    EXPECT_NEAR(read_wav(from_stdin).seconds(), seconds, 0.02 * seconds);
}

// Each bad argument gets a message on stderr naming the problem and a non-zero exit.
TEST(SayCommand, RefusesBadArgumentsWithAMessage)
{
    const std::string out = temp_path("bad.wav");
    const std::string empty;
    const struct {
        std::string arguments;
        const std::string* input;
        std::string message;
    } cases[] = {
        {"--lang xx --out " + out + " --text Hello", nullptr, "unknown language"},
        {"--lang en --text Hello", nullptr, "--out is required"},
        {"--lang en --out " + out + " --rate 9999 --text Hello", nullptr, "--rate"},
        {"--lang en --out /nonexistent-folder/x.wav --text Hello", nullptr, "cannot write /nonexistent-folder/x.wav"},
        {"--lang en --out " + out + " --text ''", nullptr, "nothing to say"},
        {"--lang en --out " + out, &empty, "nothing to say"},
        {"--lang en --out " + out + " --text '...'", nullptr, "nothing to say"},
    };
    for (const auto& bad : cases) {
        const auto outcome = say(bad.arguments, bad.input);
        EXPECT_NE(outcome.exit_code, 0) << bad.arguments;
        EXPECT_NE(outcome.out.find(bad.message), std::string::npos) << bad.arguments << "\n" << outcome.out;
    }
    EXPECT_FALSE(std::ifstream(out).good()) << "a refused request wrote " << out;
}
