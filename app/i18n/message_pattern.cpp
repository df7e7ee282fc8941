#include "i18n/message_pattern.h"

#include <unicode/messagepattern.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

namespace kiosk::i18n {
namespace {

std::string utf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

// ICU's error names mean little to a translator; these are the ones a pattern typo produces.
std::string describe_pattern_error(UErrorCode status)
{
    switch (status) {
    case U_DEFAULT_KEYWORD_MISSING: return "a plural or select needs an \"other\" case";
    case U_UNMATCHED_BRACES: return "the braces { } do not pair up";
    case U_PATTERN_SYNTAX_ERROR: return "the braces { } or what is inside them do not follow ICU's rules";
    case U_ARGUMENT_TYPE_MISMATCH: return "one argument is used both as a number and as a text";
    case U_DUPLICATE_KEYWORD: return "a plural or select case appears twice";
    case U_UNDEFINED_KEYWORD: return "a plural case is not a CLDR keyword (zero, one, two, few, many, other or =N)";
    default: return std::string("ICU error ") + u_errorName(status);
    }
}

std::string joined(const std::set<std::string>& words)
{
    std::string out;
    for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

}  // namespace

Result<std::unique_ptr<icu::MessageFormat>> compile_pattern(std::string_view pattern_utf8, const icu::Locale& locale)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    auto format = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(pattern_utf8), locale, where, status);
    if (U_FAILURE(status)) {
        std::string message = "not a valid ICU message pattern: " + describe_pattern_error(status);
        const std::string before = utf8(icu::UnicodeString(where.preContext));
        if (!before.empty()) message += ", just after \"" + before + "\"";
        return fail(message);
    }
    return format;
}

PatternFacts pattern_facts(std::string_view pattern_utf8)
{
    PatternFacts facts;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern pattern(status);
    pattern.parse(icu::UnicodeString::fromUTF8(pattern_utf8), nullptr, status);
    if (U_FAILURE(status)) return facts;

    const int32_t part_count = pattern.countParts();
    for (int32_t i = 0; i < part_count; ++i) {
        const icu::MessagePattern::Part& part = pattern.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) {
            facts.argument_names.insert(utf8(pattern.getSubstring(part)));
        } else if (part.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER) {
            facts.argument_names.insert(std::to_string(part.getValue()));
        }
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
        const UMessagePatternArgType type = part.getArgType();
        if (type != UMSGPAT_ARG_TYPE_PLURAL && type != UMSGPAT_ARG_TYPE_SELECTORDINAL) continue;

        // Parts of a plural: ARG_START, ARG_NAME, [ARG_DOUBLE offset], then per case an
        // ARG_SELECTOR, [ARG_INT for =N] and a MSG_START..MSG_LIMIT sub-message; skipping each
        // sub-message keeps nested arguments' selectors out of this one.
        PluralArgument plural;
        plural.name = utf8(pattern.getSubstring(pattern.getPart(i + 1)));
        plural.kind = type == UMSGPAT_ARG_TYPE_PLURAL ? PluralKind::Cardinal : PluralKind::Ordinal;
        const int32_t limit = pattern.getLimitPartIndex(i);
        for (int32_t j = i + 2; j < limit; ++j) {
            const icu::MessagePattern::Part& inner = pattern.getPart(j);
            if (inner.getType() == UMSGPAT_PART_TYPE_MSG_START) {
                j = pattern.getLimitPartIndex(j);
            } else if (inner.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
                std::string selector = utf8(pattern.getSubstring(inner));
                if (!selector.starts_with('=')) plural.categories.insert(std::move(selector));
            }
        }
        facts.plurals.push_back(std::move(plural));
    }
    return facts;
}

std::vector<std::string> plural_category_mismatches(const PatternFacts& facts, const icu::Locale& locale)
{
    std::vector<std::string> mismatches;
    for (const PluralArgument& plural : facts.plurals) {
        UErrorCode status = U_ZERO_ERROR;
        const UPluralType type = plural.kind == PluralKind::Cardinal ? UPLURAL_TYPE_CARDINAL : UPLURAL_TYPE_ORDINAL;
        const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, type, status));
        if (U_FAILURE(status)) {
            mismatches.push_back(std::string("ICU has no plural rules for this language: ") + u_errorName(status));
            continue;
        }
        const std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
        std::set<std::string> expected;
        while (const icu::UnicodeString* keyword = keywords ? keywords->snext(status) : nullptr) expected.insert(utf8(*keyword));

        std::set<std::string> missing, extra;
        for (const std::string& category : expected) {
            if (!plural.categories.contains(category)) missing.insert(category);
        }
        for (const std::string& category : plural.categories) {
            if (!expected.contains(category)) extra.insert(category);
        }
        if (missing.empty() && extra.empty()) continue;
        std::string message = "the plural {" + plural.name + "} should have exactly the cases " + joined(expected);
        if (!missing.empty()) message += "; it lacks " + joined(missing) + " (numbers in those fall to \"other\")";
        if (!extra.empty()) message += "; " + joined(extra) + " can never be chosen in this language";
        mismatches.push_back(std::move(message));
    }
    return mismatches;
}

}  // namespace kiosk::i18n
