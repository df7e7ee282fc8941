#include "shell/say_command.h"

#include "speech/synthesiser.h"
#include "speech/wav_file.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace kiosk::shell {

CLI::App* add_say_command(CLI::App& app, SayOptions& options)
{
    CLI::App* command = app.add_subcommand("say", "speak text (from --text or stdin) into a WAV file with eSpeak NG");
    command->add_option("--lang", options.language_code, "language: en, bn, ur, zh-Hant, ar or fa")->required();
    command->add_option("--out", options.wav_path, "the WAV file to write")->required();
    command->add_option("--events", options.events_path, "also write the word events as JSON to this file");
    command->add_option("--rate", options.rate_words_per_minute, "speed in words per minute (80 to 450, default 160)")
        ->check(CLI::Range(80, 450));
    command->add_option("--text", options.text, "the text (UTF-8); read from stdin when absent")
        ->each([&options](const std::string&) { options.text_given = true; });
    return command;
}

int run_say_command(const SayOptions& options)
{
    const auto language = parse_language(options.language_code);
    if (!language) {
        std::cerr << "parent-kiosk say: " << language.error().message << "\n";
        return 2;
    }
    std::string text = options.text;
    if (!options.text_given) text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        std::cerr << "parent-kiosk say: nothing to say: the text is empty (give --text or pipe text to stdin)\n";
        return 2;
    }
    auto synthesiser = speech::Synthesiser::create();
    if (!synthesiser) {
        std::cerr << "parent-kiosk say: " << synthesiser.error().message << "\n";
        return 1;
    }
    Result<speech::Utterance> utterance = (*synthesiser)->synthesise({text, *language, options.rate_words_per_minute}).get();
    if (!utterance) {
        std::cerr << "parent-kiosk say: " << utterance.error().message << "\n";
        return 1;
    }
    // Only punctuation, or only characters of scripts no voice reads: a silent WAV would look
    // like success to a script.
    if (utterance->words.empty()) {
        std::cerr << "parent-kiosk say: nothing to say: the text has no words the " << options.language_code
                  << " voice can read\n";
        return 2;
    }
    if (auto written = speech::write_wav(options.wav_path, utterance->samples, utterance->sample_rate_hz); !written) {
        std::cerr << "parent-kiosk say: " << written.error().message << "\n";
        return 1;
    }
    if (!options.events_path.empty()) {
        nlohmann::json events = nlohmann::json::array();
        for (const speech::WordEvent& word : utterance->words) {
            events.push_back({{"sample", word.start_sample}, {"start", word.bytes.begin}, {"end", word.bytes.end},
                              {"word", text.substr(word.bytes.begin, word.bytes.end - word.bytes.begin)}});
        }
        std::ofstream out(options.events_path);
        out << events.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        if (!out) {
            std::cerr << "parent-kiosk say: cannot write " << options.events_path << "\n";
            return 1;
        }
    }
    return 0;
}

}  // namespace kiosk::shell
