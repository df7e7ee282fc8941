#include "i18n/catalog.h"

#include "i18n/locale_file.h"
#include "i18n/long_date.h"
#include "i18n/message_pattern.h"

#include <unicode/numfmt.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace kiosk::i18n {
namespace {

struct CompiledMessage {
    std::unique_ptr<icu::MessageFormat> format;
    std::set<std::string> argument_names;
};

std::size_t index_of(Language language) { return static_cast<std::size_t>(language); }

std::string utf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string braced(const std::set<std::string>& names)
{
    if (names.empty()) return "no arguments";
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "{" : ", {") + name + "}";
    return out;
}

// Problems name files the way a person finds them from the repository root: "locales/ur.toml".
std::string folder_name(const std::filesystem::path& locales_dir)
{
    std::filesystem::path normal = locales_dir.lexically_normal();
    if (normal.filename().empty()) normal = normal.parent_path();
    return normal.filename().string();
}

}  // namespace

struct Catalog::LanguageMessages {
    std::string file;
    icu::Locale locale;
    TranslationStatus status = TranslationStatus::Missing;
    std::map<std::string, CompiledMessage, std::less<>> messages;  // the usable ones; the rest fall back to English
    std::unique_ptr<icu::NumberFormat> numbers;
};

std::string CatalogProblem::describe() const
{
    std::string out = file;
    if (line > 0) out.append(":").append(std::to_string(line));
    if (!key.empty()) out.append(" \"").append(key).append("\"");
    return out.append(": ").append(message);
}

Catalog::Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;
Catalog::~Catalog() = default;

Result<Catalog> Catalog::load(const std::filesystem::path& locales_dir)
{
    Catalog catalog;
    const std::string folder = folder_name(locales_dir);
    for (Language language : all_languages) {
        auto messages = std::make_unique<LanguageMessages>();
        const std::string code(language_code(language));
        messages->file = folder + "/" + code + ".toml";
        messages->locale = icu::Locale(std::string(icu_locale_id(language)).c_str());
        UErrorCode status = U_ZERO_ERROR;
        messages->numbers.reset(icu::NumberFormat::createInstance(messages->locale, status));
        if (U_FAILURE(status) || !messages->numbers) {
            return fail(std::string("ICU has no number format for ") + messages->locale.getName() + ": " + u_errorName(status));
        }
        catalog.m_languages[index_of(language)] = std::move(messages);
    }

    // English: every flaw is fatal, since English is what stands in for every other flaw.
    LanguageMessages& english = *catalog.m_languages[index_of(Language::English)];
    LocaleFile english_file = read_locale_file(locales_dir / "en.toml", Language::English, english.file);
    std::vector<CatalogProblem> english_problems = std::move(english_file.problems);
    for (auto& [key, string] : english_file.strings) {
        auto compiled = compile_pattern(string.pattern, english.locale);
        if (!compiled) {
            english_problems.push_back({english.file, string.line, key, compiled.error().message});
            continue;
        }
        const PatternFacts facts = pattern_facts(string.pattern);
        for (std::string& mismatch : plural_category_mismatches(facts, english.locale)) {
            english_problems.push_back({english.file, string.line, key, std::move(mismatch)});
        }
        english.messages.emplace(key, CompiledMessage{std::move(*compiled), facts.argument_names});
    }
    if (english_file.use == FileUse::Unusable || !english_problems.empty()) {
        std::string message = "the English strings (" + english.file + "), which every language falls back to, cannot be used:";
        for (const CatalogProblem& problem : english_problems) message += "\n  " + problem.describe();
        return fail(message);
    }
    english.status = english_file.meta.status;

    for (Language language : all_languages) {
        if (language == Language::English) continue;
        LanguageMessages& messages = *catalog.m_languages[index_of(language)];
        LocaleFile file = read_locale_file(locales_dir / (std::string(language_code(language)) + ".toml"), language, messages.file);
        const auto problem = [&catalog, &messages](int line, const std::string& key, std::string message) {
            catalog.m_problems.push_back({messages.file, line, key, std::move(message)});
        };
        std::move(file.problems.begin(), file.problems.end(), std::back_inserter(catalog.m_problems));
        if (file.use == FileUse::Unusable) continue;
        messages.status = file.meta.status;

        for (const auto& [key, source] : english_file.strings) {
            const auto found = file.strings.find(key);
            if (found == file.strings.end()) {
                // A string dropped for malformed UTF-8 is already reported with its bytes.
                const bool reported = std::any_of(catalog.m_problems.begin(), catalog.m_problems.end(),
                                                  [&](const CatalogProblem& p) { return p.file == messages.file && p.key == key; });
                if (!reported) problem(0, key, "no translation; English is shown");
                continue;
            }
            const LocaleString& translation = found->second;
            auto compiled = compile_pattern(translation.pattern, messages.locale);
            if (!compiled) {
                problem(translation.line, key, compiled.error().message + "; English is shown");
                continue;
            }
            const PatternFacts facts = pattern_facts(translation.pattern);
            const std::set<std::string>& english_names = english.messages.at(key).argument_names;
            if (facts.argument_names != english_names) {
                problem(translation.line, key, "uses " + braced(facts.argument_names) + " where English uses " + braced(english_names) + "; English is shown");
                continue;
            }
            // Kept: a plural short of a category still reads better than English does.
            for (std::string& mismatch : plural_category_mismatches(facts, messages.locale)) problem(translation.line, key, std::move(mismatch));
            if (translation.pattern == source.pattern) problem(translation.line, key, "is the same as the English text; it needs translating");
            messages.messages.emplace(key, CompiledMessage{std::move(*compiled), facts.argument_names});
        }
        for (const auto& [key, translation] : file.strings) {
            if (!english_file.strings.contains(key)) problem(translation.line, key, "is not a key of en.toml (misspelt, or removed from English); ignored");
        }
    }
    return catalog;
}

std::string Catalog::format(Language language, std::string_view key, std::initializer_list<MessageArgument> arguments) const
{
    return format(language, key, std::span<const MessageArgument>(arguments.begin(), arguments.size()));
}

std::string Catalog::format(Language language, std::string_view key, std::span<const MessageArgument> arguments) const
{
    const LanguageMessages& english = *m_languages[index_of(Language::English)];
    const auto english_message = english.messages.find(key);
    if (english_message == english.messages.end()) {
        record({english.file, 0, std::string(key), "asked for, but en.toml has no such key; nothing is shown"});
        return {};
    }

    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    std::set<std::string> given;
    for (const MessageArgument& argument : arguments) {
        names.push_back(icu::UnicodeString::fromUTF8(argument.name));
        if (const auto* number = std::get_if<std::int64_t>(&argument.value)) {
            values.emplace_back(*number);
        } else {
            values.emplace_back(icu::UnicodeString::fromUTF8(std::get<std::string>(argument.value)));
        }
        given.insert(argument.name);
    }
    for (const std::string& name : english_message->second.argument_names) {
        if (!given.contains(name)) record({english.file, 0, std::string(key), "asked for without {" + name + "}, which the text shows unfilled"});
    }

    const auto run = [&](const CompiledMessage& message) -> Result<std::string> {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString text;
        message.format->format(names.data(), values.data(), static_cast<int32_t>(values.size()), text, status);
        if (U_FAILURE(status)) return fail(std::string("cannot be formatted with the arguments given (") + u_errorName(status) + ")");
        return utf8(text);
    };

    const LanguageMessages& messages = *m_languages[index_of(language)];
    if (const auto translated = messages.messages.find(key); translated != messages.messages.end()) {
        auto text = run(translated->second);
        if (text) return std::move(*text);
        record({messages.file, 0, std::string(key), text.error().message + "; English is shown"});
    }
    auto text = run(english_message->second);
    if (text) return std::move(*text);
    record({english.file, 0, std::string(key), text.error().message + "; nothing is shown"});
    return {};
}

std::string Catalog::format_number(Language language, std::int64_t value) const
{
    icu::UnicodeString text;
    m_languages[index_of(language)]->numbers->format(value, text);
    return utf8(text);
}

Result<FormattedDate> Catalog::format_date(Language language, int year, int month, int day) const
{
    return format_long_date(language, year, month, day);
}

TranslationStatus Catalog::status(Language language) const { return m_languages[index_of(language)]->status; }

std::vector<std::string> Catalog::keys() const
{
    std::vector<std::string> keys;
    for (const auto& [key, message] : m_languages[index_of(Language::English)]->messages) keys.push_back(key);
    return keys;
}

bool Catalog::has_key(std::string_view key) const
{
    return m_languages[index_of(Language::English)]->messages.contains(key);
}

const std::vector<CatalogProblem>& Catalog::problems() const { return m_problems; }

void Catalog::record(CatalogProblem problem) const
{
    if (std::find(m_problems.begin(), m_problems.end(), problem) == m_problems.end()) m_problems.push_back(std::move(problem));
}

}  // namespace kiosk::i18n
