// A kiosk whose eSpeak NG data lacks one voice: that language is reported, clearly, and the
// others still speak. Its own program, since eSpeak NG reads its data folder once per process.
#include "speech/missing_voices.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

namespace kiosk::speech {
namespace {

namespace fs = std::filesystem;

const fs::path espeak_data = "/usr/lib/x86_64-linux-gnu/espeak-ng-data";

// A copy of eSpeak NG's data made of links, without the Cantonese voice file.
fs::path data_without_cantonese()
{
    const fs::path copy = fs::temp_directory_path() / ("kiosk-espeak-" + std::to_string(getpid()));
    fs::remove_all(copy);
    fs::create_directories(copy);
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(espeak_data)) {
        const fs::path target = copy / fs::relative(entry.path(), espeak_data);
        if (entry.is_directory()) {
            fs::create_directories(target);
        } else if (entry.path().filename() != "yue") {
            fs::create_symlink(entry.path(), target);
        }
    }
    return copy;
}

TEST(MissingVoice, OnlyThatLanguageLosesSpeechAndTheMessageNamesIt)
{
    ASSERT_TRUE(fs::exists(espeak_data / "lang" / "sit" / "yue"));
    const fs::path data = data_without_cantonese();
    setenv("ESPEAK_DATA_PATH", data.c_str(), 1);
    auto synthesiser = Synthesiser::create();
    ASSERT_TRUE(synthesiser.has_value()) << synthesiser.error().message;
    const auto missing = missing_voices(**synthesiser);
    for (Language language : all_languages) {
        const auto& problem = missing[static_cast<std::size_t>(language)];
        if (language == Language::TraditionalChinese) {
            ASSERT_TRUE(problem.has_value());
            EXPECT_NE(problem->find("zh-Hant"), std::string::npos) << *problem;
            EXPECT_NE(problem->find("yue"), std::string::npos) << *problem;
        } else {
            EXPECT_FALSE(problem.has_value()) << *problem;
        }
    }
    const Result<Utterance> english = (*synthesiser)->synthesise({"Hello.", Language::English, 160}).get();
    ASSERT_TRUE(english.has_value());
    EXPECT_GT(english->samples.size(), 1000u);
    synthesiser->reset();
    fs::remove_all(data);
}

}  // namespace
}  // namespace kiosk::speech
