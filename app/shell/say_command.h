// `parent-kiosk say`: speaks text (from --text or stdin) into a WAV file, and with --events writes
// the word events as JSON: [{"sample": N, "start": B, "end": B, "word": "..."}], byte offsets into
// the input, so a check can see which word is heard when.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace kiosk::shell {

struct SayOptions {
    std::string language_code;
    std::string wav_path;
    std::string events_path;
    int rate_words_per_minute = 160;
    std::string text;
    bool text_given = false;
};

// Adds the subcommand and its options to `app`; `options` must outlive parsing.
CLI::App* add_say_command(CLI::App& app, SayOptions& options);

// Runs it; returns the process exit code: 2 for bad input (an unknown language, an empty text, a
// text with nothing the voice can read), 1 when speech or writing a file fails. Messages go to
// stderr.
int run_say_command(const SayOptions& options);

}  // namespace kiosk::shell
