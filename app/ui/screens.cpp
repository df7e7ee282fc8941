#include "ui/screens.h"

#include "core/phone_number.h"
#include "ui/frame.h"
#include "ui/needs_screens.h"
#include "ui/staff_screens.h"
#include "ui/walkthrough_screens.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <string>

namespace kiosk::ui {
namespace {

void draw_home(Frame& frame, const content::LanguageGuide& guide)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float heading_px = frame.body_px() * 1.5f;
    float y = top + frame.mm(gap_mm) - frame.view().scroll_px;
    y += frame.paragraph(frame.text("home.title"), margin, y, frame.width() - 2 * margin, heading_px) + frame.mm(gap_mm);
    // Telling the desk what would help comes first: it is the one thing a parent can do here.
    const std::string needs = frame.text("home.needs");
    const float needs_height = frame.control_height(needs, frame.width() - 2 * margin, frame.body_px() * 1.2f, frame.mm(22), "accessibility_new");
    frame.button({margin, y, frame.width() - 2 * margin, needs_height}, needs, {ActionKind::StartNeeds, 0}, frame.body_px() * 1.2f, "accessibility_new");
    y += needs_height + frame.mm(gap_mm);
    // Two columns of topic buttons, one column at the largest text size so titles stay whole.
    const int columns = frame.view().text_scale() >= 2.0f ? 1 : 2;
    const float gap = frame.mm(gap_mm);
    const float button_width = (frame.width() - 2 * margin - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    // Each row is as tall as its tallest label, so titles and summaries always fit.
    auto label_of = [&guide](std::size_t i) { return guide.topics[i].front_matter.title + "\n" + guide.topics[i].front_matter.summary; };
    for (std::size_t row_start = 0; row_start < guide.topics.size(); row_start += static_cast<std::size_t>(columns)) {
        const std::size_t row_end = std::min(guide.topics.size(), row_start + static_cast<std::size_t>(columns));
        float row_height = frame.mm(22);
        for (std::size_t i = row_start; i < row_end; ++i) {
            row_height = frame.control_height(label_of(i), button_width, frame.body_px(), row_height, guide.topics[i].front_matter.icon);
        }
        for (std::size_t i = row_start; i < row_end; ++i) {
            const auto column = static_cast<float>(i - row_start);
            frame.button({margin + column * (button_width + gap), y, button_width, row_height}, label_of(i), {ActionKind::OpenTopic, static_cast<int>(i)},
                         frame.body_px(), guide.topics[i].front_matter.icon);
        }
        y += row_height + gap;
    }
    // After the topics, the way to a person: always there, in the same place.
    const std::string help = frame.text("help.title");
    frame.button({margin, y, button_width, frame.control_height(help, button_width, frame.body_px() * 1.2f, frame.mm(22), "support_agent")}, help,
                 {ActionKind::Help, 0}, frame.body_px() * 1.2f, "support_agent");
}

void draw_help(Frame& frame)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float column_width = std::min(frame.width() - 2 * margin, frame.body_px() * 34);
    const float column_x = (frame.width() - column_width) / 2;
    float y = top + gap - frame.view().scroll_px;
    y += frame.paragraph(frame.text("help.title"), column_x, y, column_width, frame.body_px() * 1.6f) + gap;
    y += frame.paragraph(frame.text("help.body"), column_x, y, column_width, frame.body_px() * 1.2f) + gap;
    // Council numbers as written (they are dialled), large enough to copy down.
    const std::pair<const char*, const char*> lines[] = {{"help.phone_duty", "phone.duty"},
                                                        {"help.phone_out_of_hours", "phone.out_of_hours"},
                                                        {"help.phone_interpreting", "phone.interpreting"}};
    for (const auto& [label, key] : lines) {
        const std::string number = frame.context().site_value(frame.view().language, key);
        if (number.empty()) continue;
        y += frame.paragraph(frame.text(label), column_x, y, column_width, frame.body_px());
        y += frame.paragraph(number, column_x, y, column_width, frame.body_px() * 1.6f) + gap / 2;
    }
    const float button_width = frame.width() / 3;
    const float button_height = frame.control_height(frame.text("nav.home"), button_width, frame.body_px(), frame.mm(22));
    frame.button({margin, frame.height() - gap - button_height, button_width, button_height}, frame.text("nav.home"), {ActionKind::Home, 0},
                 frame.body_px());
}

struct BlockText {
    std::string text;
    std::uint32_t prefix_bytes = 0;  // the bullet or number the screen puts before the words
    std::vector<std::pair<Utf8Range, std::string>> glossary_links;  // byte range and entry id
};

BlockText block_text(const content::Block& block, const Frame& frame)
{
    BlockText out;
    const Language language = frame.view().language;
    if (block.kind == content::BlockKind::BulletItem) out.text = "\u2022 ";  // the bullet sits on the reading side
    if (block.kind == content::BlockKind::NumberedItem) out.text = frame.context().number(language, block.item_number) + ". ";
    out.prefix_bytes = static_cast<std::uint32_t>(out.text.size());
    for (const content::Span& span : block.spans) {
        const auto begin = static_cast<std::uint32_t>(out.text.size());
        out.text += span.site_key.empty() ? span.text : frame.context().site_value(language, span.site_key);
        if (!span.glossary_id.empty()) out.glossary_links.push_back({{begin, static_cast<std::uint32_t>(out.text.size())}, span.glossary_id});
    }
    return out;
}

int entry_index(const content::LanguageGuide& guide, const std::string& id)
{
    for (std::size_t i = 0; i < guide.glossary_entries.size(); ++i) {
        if (guide.glossary_entries[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

// The word-list entry, in place over the lower part of the reading area, with a Close button.
void draw_definition(Frame& frame, const content::GlossaryEntry& entry, float top, float bottom)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float height = std::max((bottom - top) * 0.5f, frame.mm(60));
    const RectPx area{margin, bottom - height, frame.width() - 2 * margin, height};
    const float border = frame.panel(area);
    const float close_width = std::max(frame.mm(40), area.width * 0.2f);
    const std::string close = frame.text("reader.glossary_close");
    const float close_height = frame.control_height(close, close_width, frame.body_px(), frame.mm(20));
    const float text_width = area.width - close_width - 3 * gap - 2 * border;
    frame.button({area.x + area.width - border - gap - close_width, area.y + border + gap, close_width, close_height}, close,
                 {ActionKind::CloseGlossary, 0}, frame.body_px());
    float y = area.y + border + gap;
    const float x = area.x + border + gap;
    y += frame.paragraph(entry.term, x, y, text_width, frame.body_px() * 1.3f) + gap / 2;
    for (const content::Block& block : entry.blocks) {
        y += frame.paragraph(block_text(block, frame).text, x, y, text_width, frame.body_px()) + gap / 2;
    }
}

// While the page is read aloud, a row above the navigation: pause or carry on, say that again,
// slower, faster, quieter, louder. Returns the row's top.
float speech_controls(Frame& frame, float nav_top)
{
    const KioskView& view = frame.view();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    struct SpeechButton {
        const char* key;
        const char* icon;
        ActionKind kind;
    };
    const SpeechButton buttons[] = {
        {view.speech_paused ? "reader.listen" : "reader.pause", view.speech_paused ? "play_arrow" : "pause", ActionKind::PauseSpeech},
        {"reader.replay", "replay", ActionKind::ReplaySpeech},
        {"reader.slower", "slow_motion_video", ActionKind::SlowerSpeech},
        // Faster points the way the reader reads, as next does.
        {"reader.faster", frame.rtl() ? "fast_rewind" : "fast_forward", ActionKind::FasterSpeech},
        {"reader.quieter", "volume_down", ActionKind::VolumeDown},
        {"reader.louder", "volume_up", ActionKind::VolumeUp},
    };
    const float width = (frame.width() - 2 * margin - 5 * gap) / 6;
    float height = frame.mm(20);
    for (const SpeechButton& button : buttons) height = frame.control_height(frame.text(button.key), width, frame.body_px(), height, button.icon);
    const float top = nav_top - gap - height;
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        // The slowest and fastest rates and the volume's ends show as chosen: nothing further that way.
        const bool at_end = (buttons[i].kind == ActionKind::SlowerSpeech && view.speech_rate_step == 0) ||
                            (buttons[i].kind == ActionKind::FasterSpeech && view.speech_rate_step == static_cast<int>(std::size(speech_rates_wpm)) - 1) ||
                            (buttons[i].kind == ActionKind::VolumeDown && view.volume_step == 0) ||
                            (buttons[i].kind == ActionKind::VolumeUp && view.volume_step == volume_step_count - 1);
        frame.button({margin + static_cast<float>(i) * (width + gap), top, width, height}, frame.text(buttons[i].key), {buttons[i].kind, 0},
                     frame.body_px(), buttons[i].icon, {}, at_end ? Chosen::Yes : Chosen::No);
    }
    return top;
}

void draw_topic(Frame& frame, const content::LanguageGuide& guide)
{
    const float top = frame.control_bar();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    // Icons with a direction point the way the reader reads: "back" points right in Urdu.
    const char* back_icon = frame.rtl() ? "arrow_forward" : "arrow_back";
    const char* forward_icon = frame.rtl() ? "arrow_back" : "arrow_forward";
    // Two scroll buttons at the end, as wide as their arrow needs, then four buttons sharing the rest.
    float scroll_width = frame.mm(22);
    for (const char* arrow : {"arrow_upward", "arrow_downward"}) {
        if (const auto icon = frame.context().engine.icon(arrow, frame.icon_px(frame.body_px()))) scroll_width = std::max(scroll_width, icon->width_px + frame.mm(6));
    }
    const float nav_width = (frame.width() - 2 * margin - 5 * gap - 2 * scroll_width) / 4;
    float nav_height = frame.mm(22);
    nav_height = frame.control_height(frame.text("nav.previous"), nav_width, frame.body_px(), nav_height, back_icon);
    nav_height = frame.control_height(frame.text("nav.next"), nav_width, frame.body_px(), nav_height, forward_icon);
    nav_height = frame.control_height(frame.text("nav.home"), nav_width, frame.body_px(), nav_height);
    nav_height = frame.control_height(frame.text("reader.listen"), nav_width, frame.body_px(), nav_height, "volume_up");
    nav_height = frame.control_height(frame.text("reader.stop"), nav_width, frame.body_px(), nav_height, "stop");
    const float nav_top = frame.height() - gap - nav_height;
    const int count = static_cast<int>(guide.topics.size());
    const int index = std::clamp(frame.view().topic_index, 0, count - 1);
    const content::Topic& topic = guide.topics[static_cast<std::size_t>(index)];

    // Navigation: previous at the start side, next at the end side (mirrored for RTL), and
    // Listen in between, labelled Stop while it speaks; then scrolling up and down by most of a page.
    const float step = nav_width + gap;
    frame.button({margin, nav_top, nav_width, nav_height}, frame.text("nav.previous"), {ActionKind::Previous, 0}, frame.body_px(), back_icon);
    if (can_speak(frame.context(), frame.view().language)) {
        frame.button({margin + step, nav_top, nav_width, nav_height}, frame.text(frame.view().speaking ? "reader.stop" : "reader.listen"),
                     {ActionKind::Listen, 0}, frame.body_px(), frame.view().speaking ? "stop" : "volume_up");
    } else {
        frame.paragraph(frame.text("speech.unavailable"), margin + step, nav_top, nav_width, frame.body_px() * 0.8f);
    }
    frame.button({margin + 2 * step, nav_top, nav_width, nav_height}, frame.text("nav.home"), {ActionKind::Home, 0}, frame.body_px());
    frame.button({margin + 3 * step, nav_top, nav_width, nav_height}, frame.text("nav.next"), {ActionKind::Next, 0}, frame.body_px(), forward_icon);
    const int page_px = static_cast<int>((nav_top - gap - top) * 0.8f);
    frame.icon_button({margin + 4 * step, nav_top, scroll_width, nav_height}, frame.text("reader.scroll_up"), {ActionKind::ScrollUp, page_px}, frame.body_px(),
                      "arrow_upward");
    frame.icon_button({margin + 4 * step + scroll_width + gap, nav_top, scroll_width, nav_height}, frame.text("reader.scroll_down"),
                      {ActionKind::ScrollDown, page_px}, frame.body_px(), "arrow_downward");

    // The reading column, clipped between the bar and the navigation, scrolled by the view.
    const float column_width = std::min(frame.width() - 2 * margin, frame.body_px() * 34);  // about 60-70 characters a line
    const float column_x = (frame.width() - column_width) / 2;
    const float controls_top = frame.view().speaking && can_speak(frame.context(), frame.view().language) ? speech_controls(frame, nav_top) : nav_top;
    const RectPx reading_area{0, top, frame.width(), controls_top - gap - top};
    frame.renderer().set_clip(reading_area);
    float y = top + gap - frame.view().scroll_px;
    y += frame.paragraph(frame.context().topic_position(frame.view().language, index + 1, count),
                         column_x, y, column_width, frame.body_px() * 0.9f);
    const auto [title, title_x] = frame.placed_paragraph(topic.front_matter.title, column_x, y, column_width, frame.body_px() * 1.6f);
    if (frame.view().spoken_paragraph == 0) frame.mark_spoken(*title, title_x, y, frame.view().spoken_word, reading_area);
    y += title->height_px + gap;
    int spoken_index = 1;  // speakable_text(): the title, then one paragraph per block
    for (const content::Block& block : topic.document.blocks) {
        const bool heading = block.kind == content::BlockKind::Heading;
        const float font_px = heading ? frame.body_px() * 1.3f : frame.body_px();
        const bool item = block.kind == content::BlockKind::BulletItem || block.kind == content::BlockKind::NumberedItem;
        const float indent = item ? frame.body_px() : 0.0f;
        const BlockText words = block_text(block, frame);
        const auto [layout, box_x] = frame.placed_paragraph(words.text, column_x + indent, y, column_width - indent, font_px);
        for (const auto& [bytes, id] : words.glossary_links) {
            const int entry = entry_index(guide, id);
            if (entry >= 0) {
                frame.link(*layout, box_x, y, bytes, {ActionKind::OpenGlossary, entry}, reading_area,
                           std::string_view(words.text).substr(bytes.begin, bytes.end - bytes.begin));
            }
        }
        if (frame.view().spoken_paragraph == spoken_index++) {
            // The spoken text has no bullet or number in front: shift by what the screen adds.
            const Utf8Range word = frame.view().spoken_word;
            frame.mark_spoken(*layout, box_x, y, {word.begin + words.prefix_bytes, word.end + words.prefix_bytes}, reading_area);
        }
        y += layout->height_px + (item ? gap / 2 : gap);
        // Phone numbers again on their own line, large enough to copy down or dial from.
        for (const std::string& number : phone_numbers_in(words.text)) {
            y += frame.paragraph(number, column_x + indent, y, column_width - indent, frame.body_px() * 1.6f) + gap / 2;
        }
    }
    frame.renderer().clear_clip();
    const int entry = frame.view().glossary_entry;
    if (entry >= 0 && entry < static_cast<int>(guide.glossary_entries.size())) {
        draw_definition(frame, guide.glossary_entries[static_cast<std::size_t>(entry)], top, nav_top - gap);
    }
}

// Over the foot of the screen drawn so far (its controls there are dropped): headphones were
// plugged in, and one large button turns the guide on.
void draw_guide_offer(Frame& frame)
{
    const KioskView& view = frame.view();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const std::string words = frame.text("guide.headset");
    const std::string label = frame.text("guide.turn_on");
    const float button_width = std::max(frame.mm(80), frame.width() * 0.3f);
    const float text_width = frame.width() - 2 * margin - button_width - 2 * gap;
    const float button_height = frame.control_height(label, button_width, frame.body_px(), frame.mm(22), "headphones");
    const float band_height = std::max(button_height, frame.text_height_in(view.language, words, text_width, frame.body_px())) + 2 * gap;
    const RectPx band{0, frame.height() - band_height, frame.width(), band_height};
    frame.drop_controls_in(band);
    frame.panel(band);
    frame.paragraph(words, margin, band.y + gap, text_width, frame.body_px());
    frame.button({frame.width() - margin - button_width, band.y + gap, button_width, button_height}, label, {ActionKind::AudioGuide, 1}, frame.body_px(),
                 "headphones");
}

std::vector<Control> draw_welcome_screen(Renderer& renderer, const KioskView& view, const ScreenContext& context)
{
    const GuideState guide = view.audio_guided ? GuideState::On : GuideState::Off;
    const float switch_label_height = draw_welcome(renderer, context.engine, context.strings, context.geometry, theme(view.theme), guide);
    const WelcomeLayout layout = welcome_layout(context.geometry);
    std::vector<Control> controls;
    for (std::size_t i = 0; i < layout.tiles.size(); ++i) {
        // Each tile speaks its invitation in its own language.
        controls.push_back({layout.tiles[i], {ActionKind::PickLanguage, static_cast<int>(i)}, 0, false, context.strings(all_languages[i], "welcome.invite"),
                            all_languages[i]});
    }
    controls.push_back({layout.guide_switch, {ActionKind::AudioGuide, view.audio_guided ? 0 : 1}, switch_label_height, false, "", Language::English,
                        "guide.switch", ControlRole::Switch, view.audio_guided});
    // The desk's way in: a small unlabelled lock in the bottom corner.
    const RectPx& corner = layout.staff_corner;
    if (const auto lock = context.engine.icon("lock", corner.width * 0.5f)) {
        renderer.draw_text(*lock, corner.x + (corner.width - lock->width_px) / 2, corner.y + corner.height * 0.25f, theme(view.theme).border);
    }
    controls.push_back({corner, {ActionKind::OpenStaff, 0}, 0, false, "", Language::English, "guide.staff_only"});
    return controls;
}

}  // namespace

std::string message(const ScreenContext& context, Language language, std::string_view key, const MessageArguments& arguments)
{
    return context.records.message ? context.records.message(language, key, arguments) : context.strings(language, key);
}

std::vector<Control> draw_screen(Renderer& renderer, const KioskView& view, const ScreenContext& context)
{
    if (view.screen == Screen::Welcome) return draw_welcome_screen(renderer, view, context);
    Frame frame(renderer, view, context);
    if (view.screen == Screen::Staff) {
        draw_staff(frame);
        return frame.take_controls();
    }
    if (view.screen == Screen::Walkthrough) {
        draw_walkthrough(frame);
        return frame.take_controls();
    }
    const content::LanguageGuide* guide = context.guide.find(view.language);
    if (!guide || guide->topics.empty()) guide = context.guide.find(Language::English);
    if (guide && !guide->topics.empty()) {
        if (view.screen == Screen::Home) draw_home(frame, *guide);
        if (view.screen == Screen::Topic) draw_topic(frame, *guide);
        if (view.screen == Screen::Help) draw_help(frame);
        if (view.screen == Screen::Needs) draw_needs(frame);
        if (view.screen == Screen::NeedsReview) draw_needs_review(frame);
        if (view.screen == Screen::Reference) draw_reference(frame);
    } else {
        frame.control_bar();
    }
    if (view.guide_offered && !view.audio_guided) draw_guide_offer(frame);
    return frame.take_controls();
}

std::vector<std::string> speakable_text(const KioskView& view, const ScreenContext& context)
{
    if (view.screen == Screen::Needs || view.screen == Screen::NeedsReview || view.screen == Screen::Reference) {
        return needs_speakable_text(view, context);
    }
    if (view.screen == Screen::Walkthrough) return walkthrough_speakable_text(view, context);
    std::vector<std::string> paragraphs;
    const content::LanguageGuide* guide = context.guide.find(view.language);
    if (view.screen != Screen::Topic || !guide || guide->topics.empty()) return paragraphs;
    const int count = static_cast<int>(guide->topics.size());
    const content::Topic& topic = guide->topics[static_cast<std::size_t>(std::clamp(view.topic_index, 0, count - 1))];
    paragraphs.push_back(topic.front_matter.title);
    for (const content::Block& block : topic.document.blocks) {
        paragraphs.push_back(block.text_with_values([&](std::string_view key) { return context.site_value(view.language, key); }));
    }
    return paragraphs;
}

std::vector<std::string> glossary_speakable_text(const KioskView& view, const ScreenContext& context)
{
    const content::LanguageGuide* guide = context.guide.find(view.language);
    if (view.screen != Screen::Topic || !guide || view.glossary_entry < 0 || view.glossary_entry >= static_cast<int>(guide->glossary_entries.size())) {
        return {};
    }
    const content::GlossaryEntry& entry = guide->glossary_entries[static_cast<std::size_t>(view.glossary_entry)];
    std::vector<std::string> paragraphs{entry.term};
    for (const content::Block& block : entry.blocks) {
        paragraphs.push_back(block.text_with_values([&](std::string_view key) { return context.site_value(view.language, key); }));
    }
    return paragraphs;
}

Language speech_language(const KioskView& view)
{
    if (view.screen != Screen::Walkthrough) return view.language;
    return view.walk.speak_english ? Language::English : view.walk.family;
}

std::vector<Control> draw_idle_warning(Renderer& renderer, const KioskView& view, const ScreenContext& context, int seconds_left)
{
    const Theme colours = theme(view.theme);
    const ScreenGeometry& g = context.geometry;
    const float margin = 20 * g.px_per_mm;
    const float width = g.width_px - 2 * margin;
    const float title_px = 10 * g.px_per_mm / 0.7f;
    const float body_px = 6 * g.px_per_mm / 0.7f;
    const auto title = context.engine.layout(context.strings(view.language, "idle.title"), view.language, title_px, width);
    const auto countdown = context.engine.layout(context.countdown(view.language, seconds_left), view.language, body_px, width);
    float y = g.height_px * 0.2f;
    renderer.draw_text(*title, margin, y, colours.text, TextAlign::Centre);
    y += title->height_px + body_px;
    renderer.draw_text(*countdown, margin, y, colours.text, TextAlign::Centre);
    y += countdown->height_px + body_px;
    // One large button (at least 40 x 25 mm) to carry on.
    const RectPx button{g.width_px / 2 - 50 * g.px_per_mm, y, 100 * g.px_per_mm, 30 * g.px_per_mm};
    renderer.fill_rect(button, colours.border);
    const float border = std::max(2.0f, 0.8f * g.px_per_mm);
    renderer.fill_rect({button.x + border, button.y + border, button.width - 2 * border, button.height - 2 * border}, colours.surface);
    const auto label = context.engine.layout(context.strings(view.language, "idle.continue"), view.language, body_px, button.width - 4 * border);
    renderer.draw_text(*label, button.x + 2 * border, button.y + (button.height - label->height_px) / 2, colours.text, TextAlign::Centre);
    return {{button, {ActionKind::StillHere, 0}, label->height_px, false, context.strings(view.language, "idle.continue"), view.language}};
}

const Control* control_at(const std::vector<Control>& controls, float x_px, float y_px)
{
    // Last drawn is on top (the definition panel over the text it explains).
    for (auto it = controls.rbegin(); it != controls.rend(); ++it) {
        const RectPx& a = it->area;
        if (x_px >= a.x && x_px < a.x + a.width && y_px >= a.y && y_px < a.y + a.height) return &*it;
    }
    return nullptr;
}

}  // namespace kiosk::ui
