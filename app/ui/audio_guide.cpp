#include "ui/audio_guide.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace kiosk::ui {
namespace {

// How a language separates a control's name from its role when spoken: its own comma.
std::string_view spoken_comma(Language language)
{
    switch (language) {
    case Language::Urdu:
    case Language::Arabic:
    case Language::Farsi: return "\u060C ";
    case Language::TraditionalChinese: return "\uFF0C";
    case Language::English:
    case Language::Bengali: break;
    }
    return ", ";
}

const char* role_key(const Control& control)
{
    switch (control.role) {
    case ControlRole::TickBox: return control.on ? "role.tickbox_on" : "role.tickbox_off";
    case ControlRole::Option: return control.on ? "role.option_on" : "role.option_off";
    case ControlRole::Switch: return control.on ? "role.switch_on" : "role.switch_off";
    case ControlRole::Button: break;
    }
    return "role.button";
}

}  // namespace

std::vector<std::size_t> reading_order(const std::vector<Control>& controls, TextDirection direction)
{
    std::vector<std::size_t> by_top(controls.size());
    std::iota(by_top.begin(), by_top.end(), std::size_t{0});
    std::ranges::stable_sort(by_top, {}, [&controls](std::size_t i) { return controls[i].area.y; });
    // A row: the controls whose middles lie within the height of its first (topmost) control.
    std::vector<std::size_t> order;
    for (std::size_t start = 0; start < by_top.size();) {
        const RectPx& first = controls[by_top[start]].area;
        std::size_t end = start + 1;
        while (end < by_top.size() && controls[by_top[end]].area.y + controls[by_top[end]].area.height / 2 < first.y + first.height) ++end;
        std::vector<std::size_t> row(by_top.begin() + static_cast<std::ptrdiff_t>(start), by_top.begin() + static_cast<std::ptrdiff_t>(end));
        std::ranges::stable_sort(row, [&](std::size_t a, std::size_t b) {
            const RectPx &left = controls[a].area, &right = controls[b].area;
            return direction == TextDirection::RightToLeft ? left.x + left.width > right.x + right.width : left.x < right.x;
        });
        order.insert(order.end(), row.begin(), row.end());
        start = end;
    }
    return order;
}

std::vector<SpokenLine> in_every_language(const ScreenContext& context, std::initializer_list<std::string_view> keys)
{
    std::vector<SpokenLine> lines;
    for (const Language language : all_languages) {
        for (const std::string_view key : keys) lines.push_back({context.strings(language, key), language});
    }
    return lines;
}

std::vector<SpokenLine> screen_announcement(const KioskView& view, const ScreenContext& context)
{
    if (view.screen == Screen::Welcome) return in_every_language(context, {"welcome.invite"});
    std::vector<SpokenLine> lines;
    for (const std::string& paragraph : glossary_speakable_text(view, context)) lines.push_back({paragraph, view.language});
    if (!lines.empty()) return lines;
    const std::vector<std::string> paragraphs = speakable_text(view, context);
    const char* heading = view.screen == Screen::Help ? "help.title" : "home.title";
    return {{paragraphs.empty() ? context.strings(view.language, heading) : paragraphs.front(), speech_language(view)}};
}

std::vector<SpokenLine> spoken_name(const Control& control, const ScreenContext& context)
{
    const auto line = [&](const std::string& name, Language language) {
        return SpokenLine{name + std::string(spoken_comma(language)) + context.strings(language, role_key(control)), language};
    };
    if (control.name_key.empty()) return {line(control.name, control.name_language)};
    std::vector<SpokenLine> lines;
    for (const Language language : all_languages) lines.push_back(line(context.strings(language, control.name_key), language));
    return lines;
}

std::vector<SpokenLine> guide_switched_words(const KioskView& view, const ScreenContext& context)
{
    const char* key = view.audio_guided ? "guide.on" : "guide.off";
    if (view.screen == Screen::Welcome) {
        // No language is chosen yet: each language in turn, "guide on" and then its invitation,
        // so a parent hears both in theirs. Touching their tile cuts the rest short.
        return view.audio_guided ? in_every_language(context, {key, "welcome.invite"}) : in_every_language(context, {key});
    }
    std::vector<SpokenLine> lines{{context.strings(view.language, key), view.language}};
    if (view.audio_guided) std::ranges::move(screen_announcement(view, context), std::back_inserter(lines));
    return lines;
}

std::vector<SpokenLine> volume_words(const KioskView& view, const ScreenContext& context)
{
    const MessageArguments level{{"current", std::int64_t{view.volume_step + 1}}, {"total", std::int64_t{volume_step_count}}};
    if (view.screen != Screen::Welcome) return {{message(context, view.language, "guide.volume", level), view.language}};
    std::vector<SpokenLine> lines;
    for (const Language language : all_languages) lines.push_back({message(context, language, "guide.volume", level), language});
    return lines;
}

}  // namespace kiosk::ui
