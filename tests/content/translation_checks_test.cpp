// Translation checks: letters counted outside brackets, and a translation compared with English.
#include "content/translation_checks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk::content {
namespace {

// A topic from a whole file; its id (file name) is taken from the front matter.
Topic topic_from(const std::string& file, const std::string& text)
{
    SplitFile split = split_front_matter(text, file);
    return Topic{file, split.front_matter.id, split.front_matter, parse_document(split.body, file, split.body_first_line)};
}

LanguageGuide language_with(Language language, Topic topic)
{
    LanguageGuide guide;
    guide.language = language;
    guide.folder = std::string("content/") + std::string(language_code(language));
    guide.topics.push_back(std::move(topic));
    return guide;
}

const std::string english_text = "---\nid: t\norder: 2\ntitle: Your rights\nsummary: What you can ask for.\nicon: gavel\nstatus: draft\n---\n"
                                 "## Your rights\n\nYou can bring a friend. Call {{phone.duty}}.\n\nFamily Rights Group\n";

bool has_problem(const std::vector<Problem>& problems, Severity severity, int line, std::string_view words)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.severity == severity && p.line == line && p.message.find(words) != std::string::npos;
    });
}

// English terms in brackets after a translation do not count as untranslated text.
TEST(TranslationChecks, CountsLettersOutsideBrackets)
{
    const LetterCount count = count_letters_outside_brackets("سبھا (core group) ab（chair）[x]");
    EXPECT_EQ(count.letters, 6u);
    EXPECT_EQ(count.latin_letters, 2u);
}

// Identical titles and paragraphs are errors; an identical name is only a warning.
TEST(TranslationChecks, ReportsTextLeftInEnglish)
{
    const LanguageGuide english = language_with(Language::English, topic_from("content/en/t.md", english_text));
    const LanguageGuide urdu = language_with(Language::Urdu, topic_from("content/ur/t.md",
        "---\nid: t\norder: 2\ntitle: Your rights\nsummary: آپ کیا مانگ سکتے ہیں۔\nicon: gavel\nstatus: draft\n---\n"
        "## آپ کے حقوق\n\nYou can bring a friend. Call {{phone.duty}}.\n\nFamily Rights Group\n"));
    std::vector<Problem> problems;
    check_translation(english, urdu, problems);
    EXPECT_TRUE(has_problem(problems, Severity::Error, 4, "title is left untranslated"));
    EXPECT_TRUE(has_problem(problems, Severity::Error, 11, "left untranslated: the same text as content/en/t.md line 11"));
    EXPECT_TRUE(has_problem(problems, Severity::Warning, 13, "right for a name"));
}

// Lightly edited English is caught by the share of Latin letters in the whole file.
TEST(TranslationChecks, ReportsAFileThatIsMostlyLatin)
{
    const LanguageGuide english = language_with(Language::English, topic_from("content/en/t.md", english_text));
    const LanguageGuide bengali = language_with(Language::Bengali, topic_from("content/bn/t.md",
        "---\nid: t\norder: 2\ntitle: আপনার অধিকার\nsummary: আপনি কী চাইতে পারেন।\nicon: gavel\nstatus: draft\n---\n"
        "## আপনার অধিকার\n\nYou may bring one friend. Call {{phone.duty}} now.\n\nFamily Rights Group\n"));
    std::vector<Problem> problems;
    check_translation(english, bengali, problems);
    EXPECT_TRUE(has_problem(problems, Severity::Error, 0, "mostly Latin letters"));
}

// Orders, icons and site keys must match English; a lost key is an error.
TEST(TranslationChecks, ReportsOrderIconAndLostKeys)
{
    const LanguageGuide english = language_with(Language::English, topic_from("content/en/t.md", english_text));
    const LanguageGuide farsi = language_with(Language::Farsi, topic_from("content/fa/t.md",
        "---\nid: t\norder: 3\ntitle: حقوق شما\nsummary: چه چیزی می‌توانید بخواهید.\nicon: lock\nstatus: draft\n---\n"
        "## حقوق شما\n\nمی‌توانید یک دوست بیاورید.\n\nFamily Rights Group\n"));
    std::vector<Problem> problems;
    check_translation(english, farsi, problems);
    EXPECT_TRUE(has_problem(problems, Severity::Error, 3, "order 3 differs from English (2)"));
    EXPECT_TRUE(has_problem(problems, Severity::Error, 6, "icon \"lock\""));
    EXPECT_TRUE(has_problem(problems, Severity::Error, 0, "{{phone.duty}} is in content/en/t.md but not here"));
}

// A topic English has and the translation lacks is named by the file it should be.
TEST(TranslationChecks, ReportsAMissingTopic)
{
    const LanguageGuide english = language_with(Language::English, topic_from("content/en/t.md", english_text));
    LanguageGuide arabic = language_with(Language::Arabic, Topic{});
    arabic.topics.clear();
    std::vector<Problem> problems;
    check_translation(english, arabic, problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "content/ar/t.md");
    EXPECT_NE(problems[0].message.find("topic \"t\" is missing"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::content
