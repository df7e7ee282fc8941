#include "ui/walkthrough_screens.h"

#include "core/qr_code.h"
#include "core/working_days.h"
#include "store/iso_time.h"
#include "ui/needs_screens.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace kiosk::ui {
namespace {

using content::TimelineEvent;
using content::TimelineStep;

struct WalkStep {
    const char* key;   // "walk.enquiry": .title and .body in the locale files
    const char* icon;  // a pictogram of a thing, so never mirrored
};

constexpr std::array<WalkStep, walk_step_count> walk_steps{{
    {"walk.enquiry", "help_outline"},  {"walk.invitation", "mail"}, {"walk.chair", "person"},
    {"walk.conference", "groups"},     {"walk.decision", "gavel"},  {"walk.core_group", "group_work"},
    {"walk.review", "update"},         {"walk.appeal", "feedback"}, {"walk.help", "support_agent"},
}};

const char* step_key(TimelineStep step)
{
    switch (step) {
    case TimelineStep::ReportsDue: return "timeline.reports_due";
    case TimelineStep::Conference: return "timeline.conference";
    case TimelineStep::CoreGroup: return "timeline.core_group";
    case TimelineStep::Minutes: return "timeline.minutes";
    case TimelineStep::AppealDeadline: return "timeline.appeal_deadline";
    case TimelineStep::FirstReview: return "timeline.first_review";
    case TimelineStep::LaterReview: return "timeline.later_review";
    }
    return "";
}

std::string date_in(const ScreenContext& context, Language language, std::chrono::year_month_day day)
{
    return context.records.date ? context.records.date(language, day) : std::string();
}

// The two columns: the family's language on the reading side of its direction, English on the
// other. One column when the family reads English.
struct Sides {
    Column family;
    Column english;
    bool one_column = false;
};

Sides sides_of(const Frame& frame, Language family)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm) * 2;
    if (family == Language::English) return {{margin, frame.width() - 2 * margin}, {margin, frame.width() - 2 * margin}, true};
    const float width = (frame.width() - 2 * margin - gap) / 2;
    const Column left{margin, width}, right{margin + width + gap, width};
    return text_direction(family) == TextDirection::RightToLeft ? Sides{right, left, false} : Sides{left, right, false};
}

// One paragraph in both languages, side by side, aligned at the top; returns the taller height.
float both(Frame& frame, const Sides& sides, Language family, const std::string& family_text, const std::string& english_text, float y, float font_px)
{
    const float family_height = frame.text_in(family, family_text, sides.family.x, y, sides.family.width, font_px);
    if (sides.one_column) return family_height;
    return std::max(family_height, frame.text_in(Language::English, english_text, sides.english.x, y, sides.english.width, font_px));
}

float both_keys(Frame& frame, const Sides& sides, Language family, std::string_view key, float y, float font_px, const MessageArguments& arguments = {})
{
    const ScreenContext& context = frame.context();
    return both(frame, sides, family, message(context, family, key, arguments), message(context, Language::English, key, arguments), y, font_px);
}

// The worker's bar across the top (English): leave, the three views, text size.
float worker_bar(Frame& frame)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const std::pair<const char*, Action> buttons[] = {
        {"Leave the walkthrough", {ActionKind::LeaveWalkthrough, 0}},
        {"Steps", {ActionKind::WalkPage, static_cast<int>(WalkPage::Steps)}},
        {"Their dates", {ActionKind::WalkPage, static_cast<int>(WalkPage::Timeline)}},
        {"Summary", {ActionKind::WalkPage, static_cast<int>(WalkPage::Summary)}},
        {"Text size", {ActionKind::TextSize, 0}},
    };
    const float width = (frame.width() - 2 * margin - 4 * gap) / 5;
    float height = frame.mm(18);
    for (const auto& [label, action] : buttons) height = frame.control_height(label, width, frame.body_px(), height);
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        const bool current = buttons[i].second.kind == ActionKind::WalkPage && buttons[i].second.value == static_cast<int>(frame.view().walk.page);
        frame.button({margin + static_cast<float>(i) * (width + gap), gap, width, height}, buttons[i].first, buttons[i].second, frame.body_px(), {}, {},
                     current ? Chosen::Yes : Chosen::No);
    }
    return gap + height + gap;
}

void language_page(Frame& frame)
{
    const float margin = frame.mm(margin_mm);
    float y = worker_bar(frame);
    y += frame.paragraph("Choose the family's language", margin, y, frame.width() - 2 * margin, frame.body_px() * 1.5f) + frame.mm(gap_mm);
    std::vector<GridItem> items;
    for (std::size_t i = 0; i < all_languages.size(); ++i) {
        items.push_back({std::string(native_language_name(all_languages[i])), {ActionKind::WalkLanguage, static_cast<int>(i)}, "translate",
                         all_languages[i] == frame.view().walk.family ? Chosen::Yes : Chosen::No});
    }
    button_grid(frame, y, {margin, frame.width() - 2 * margin}, items, 3);
}

void date_page(Frame& frame)
{
    const WalkView& walk = frame.view().walk;
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = worker_bar(frame);
    const Column full{margin, frame.width() - 2 * margin};
    y += frame.paragraph("The family's conference date", margin, y, full.width, frame.body_px() * 1.5f) + gap;
    const float half = (full.width - gap) / 2;
    float height = frame.mm(20);
    for (const char* label : {"First (initial) conference", "Review conference"}) height = frame.control_height(label, half, frame.body_px(), height, "radio_button_checked");
    frame.button({margin, y, half, height}, "First (initial) conference", {ActionKind::WalkReviewToggle, 0}, frame.body_px(),
                 walk.review_conference ? "radio_button_unchecked" : "radio_button_checked", {}, walk.review_conference ? Chosen::No : Chosen::Yes,
                 ControlRole::Option);
    frame.button({margin + half + gap, y, half, height}, "Review conference", {ActionKind::WalkReviewToggle, 0}, frame.body_px(),
                 walk.review_conference ? "radio_button_checked" : "radio_button_unchecked", {}, walk.review_conference ? Chosen::Yes : Chosen::No,
                 ControlRole::Option);
    y += height + gap;
    // Working days of the next six months; bank holidays of England and Wales are left out.
    const RectPx visible{0, y, frame.width(), frame.height() - y};
    frame.begin_scrolled(visible);
    y -= frame.view().scroll_px;
    const auto today = frame.context().records.today ? frame.context().records.today()
                                                     : std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    const WorkingCalendar calendar;
    std::vector<GridItem> items;
    for (std::chrono::sys_days day{today}; day < std::chrono::sys_days{today} + std::chrono::weeks(26); day += std::chrono::days(1)) {
        if (!calendar.is_working_day(std::chrono::year_month_day{day})) continue;
        const bool chosen = walk.conference_date && std::chrono::sys_days{*walk.conference_date} == day;
        items.push_back({date_in(frame.context(), Language::English, std::chrono::year_month_day{day}),
                         {ActionKind::WalkDate, static_cast<int>(day.time_since_epoch().count())}, "event", chosen ? Chosen::Yes : Chosen::No});
    }
    button_grid(frame, y, full, items, 4);
    frame.end_scrolled();
}

void progress_bar(Frame& frame, float y, Language family)
{
    // Fills from the side the family's language starts reading: right to left for ur, ar, fa.
    const float margin = frame.mm(margin_mm);
    const float width = frame.width() - 2 * margin;
    const float height = frame.mm(3);
    const float done = width * static_cast<float>(frame.view().walk.step + 1) / static_cast<float>(walk_step_count);
    frame.renderer().fill_rect({margin, y, width, height}, frame.colours().border);
    const float inset = std::max(1.0f, height / 4);
    frame.renderer().fill_rect({margin + inset, y + inset, width - 2 * inset, height - 2 * inset}, frame.colours().surface);
    const float x = text_direction(family) == TextDirection::RightToLeft ? margin + width - done : margin;
    frame.renderer().fill_rect({x, y, done, height}, frame.colours().text);
}

void steps_page(Frame& frame)
{
    const WalkView& walk = frame.view().walk;
    const ScreenContext& context = frame.context();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = worker_bar(frame);
    // Along the bottom: back and forward, and Listen in each language.
    const float width = (frame.width() - 2 * margin - 3 * gap) / 4;
    const std::string listen_family = message(context, walk.family, frame.view().speaking && !walk.speak_english ? "reader.stop" : "reader.listen");
    const std::pair<std::string, Action> buttons[] = {
        {"Previous step", {ActionKind::WalkStep, -1}},
        {listen_family, {ActionKind::Listen, 0}},
        {"Listen in English", {ActionKind::WalkListenEnglish, 0}},
        {"Next step", {ActionKind::WalkStep, 1}},
    };
    float height = frame.mm(22);
    for (const auto& [label, action] : buttons) height = frame.control_height(label, width, frame.body_px(), height, "volume_up");
    const float bottom = frame.height() - gap - height;
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        if ((i == 1 && !can_speak(context, walk.family)) || (i == 2 && !can_speak(context, Language::English))) continue;
        const bool listen = i == 1 || i == 2;
        frame.button({margin + static_cast<float>(i) * (width + gap), bottom, width, height}, buttons[i].first, buttons[i].second, frame.body_px(),
                     listen ? "volume_up" : (i == 0 ? "arrow_back" : "arrow_forward"));
    }
    progress_bar(frame, y, walk.family);
    y += frame.mm(3) + gap;
    frame.begin_scrolled({0, y, frame.width(), bottom - gap - y});
    y -= frame.view().scroll_px;
    const Sides sides = sides_of(frame, walk.family);
    const MessageArguments position{{"current", std::int64_t{walk.step + 1}}, {"total", std::int64_t{walk_step_count}}};
    y += both_keys(frame, sides, walk.family, "walk.step", y, frame.body_px() * 0.9f, position) + gap / 2;
    const WalkStep& step = walk_steps[static_cast<std::size_t>(walk.step)];
    const std::string key(step.key);
    if (const auto icon = context.engine.icon(step.icon, frame.body_px() * 3)) {
        frame.renderer().draw_text(*icon, (frame.width() - icon->width_px) / 2, y, frame.colours().text);
        y += icon->height_px + gap;
    }
    y += both_keys(frame, sides, walk.family, key + ".title", y, frame.body_px() * 1.5f) + gap;
    both_keys(frame, sides, walk.family, key + ".body", y, frame.body_px() * 1.2f);
    frame.end_scrolled();
}

// The dates as a picture: a vertical line with a mark at each date, the family's words and dates
// on their side, English on the other; the conference itself marked larger.
float timeline_picture(Frame& frame, float y, Language family, const std::vector<TimelineEvent>& timeline)
{
    const ScreenContext& context = frame.context();
    const float gap = frame.mm(gap_mm);
    const Sides sides = sides_of(frame, family);
    const float line_x = sides.one_column ? frame.mm(margin_mm) + frame.mm(4) : frame.width() / 2;
    const float inset = frame.mm(8);
    Column family_column = sides.family, english_column = sides.english;
    if (sides.one_column) {
        family_column = {line_x + inset, frame.width() - line_x - inset - frame.mm(margin_mm)};
    } else {
        // Each side stops short of the line, leaving room for the marks.
        auto shrink = [&](Column& c) {
            if (c.x < line_x) c.width = line_x - inset - c.x;
            else {
                c.width -= line_x + inset - c.x;
                c.x = line_x + inset;
            }
        };
        shrink(family_column);
        shrink(english_column);
    }
    const float top = y;
    float last_mark = y;
    for (const TimelineEvent& event : timeline) {
        const std::string family_text = message(context, family, step_key(event.step)) + "\n" + date_in(context, family, event.date);
        const std::string english_text = message(context, Language::English, step_key(event.step)) + "\n" + date_in(context, Language::English, event.date);
        const float font_px = event.step == TimelineStep::Conference ? frame.body_px() * 1.25f : frame.body_px();
        float height = frame.text_in(family, family_text, family_column.x, y, family_column.width, font_px);
        if (!sides.one_column) height = std::max(height, frame.text_in(Language::English, english_text, english_column.x, y, english_column.width, font_px));
        const float mark = event.step == TimelineStep::Conference ? frame.mm(7) : frame.mm(4);
        frame.renderer().fill_rect({line_x - mark / 2, y + font_px * 0.4f, mark, mark}, frame.colours().text);
        last_mark = y + font_px * 0.4f + mark;
        y += height + gap * 1.5f;
    }
    const float thickness = std::max(2.0f, frame.mm(0.8f));
    frame.renderer().fill_rect({line_x - thickness / 2, top, thickness, last_mark - top}, frame.colours().text);
    return y;
}

void timeline_page(Frame& frame)
{
    const WalkView& walk = frame.view().walk;
    const ScreenContext& context = frame.context();
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    float y = worker_bar(frame);
    if (!walk.conference_date || !context.timeline) {
        frame.paragraph("Enter the conference date first.", margin, y, frame.width() - 2 * margin, frame.body_px() * 1.3f);
        const float width = frame.width() / 3;
        frame.button({margin, y + frame.mm(20), width, frame.control_height("Enter the date", width, frame.body_px(), frame.mm(20))}, "Enter the date",
                     {ActionKind::WalkPage, static_cast<int>(WalkPage::Date)}, frame.body_px());
        return;
    }
    const auto timeline = context.timeline(*walk.conference_date, walk.review_conference ? content::ConferenceKind::Review : content::ConferenceKind::Initial);
    frame.begin_scrolled({0, y, frame.width(), frame.height() - y});
    y -= frame.view().scroll_px;
    const Sides sides = sides_of(frame, walk.family);
    y += both_keys(frame, sides, walk.family, "timeline.title", y, frame.body_px() * 1.5f) + gap;
    if (!timeline) frame.paragraph(timeline.error().message, margin, y, frame.width() - 2 * margin, frame.body_px());
    else timeline_picture(frame, y, walk.family, *timeline);
    frame.end_scrolled();
}

void qr_code(Frame& frame, const std::string& payload, float x, float y, float side)
{
    const auto code = make_qr_code(payload);
    if (!code) return;
    // Dark on white whatever the theme: scanners expect it, and 4 light modules all round.
    const float module = side / static_cast<float>(code->size + 8);
    frame.renderer().fill_rect({x, y, side, side}, {255, 255, 255, 255});
    for (int row = 0; row < code->size; ++row) {
        for (int column = 0; column < code->size; ++column) {
            if (code->is_dark(column, row)) {
                frame.renderer().fill_rect({x + static_cast<float>(column + 4) * module, y + static_cast<float>(row + 4) * module, module, module},
                                           {0, 0, 0, 255});
            }
        }
    }
}

void summary_page(Frame& frame)
{
    const WalkView& walk = frame.view().walk;
    const ScreenContext& context = frame.context();
    float y = worker_bar(frame);
    std::vector<TimelineEvent> timeline;
    if (walk.conference_date && context.timeline) {
        auto computed = context.timeline(*walk.conference_date, walk.review_conference ? content::ConferenceKind::Review : content::ConferenceKind::Initial);
        if (computed) timeline = std::move(*computed);
    }
    frame.begin_scrolled({0, y, frame.width(), frame.height() - y});
    draw_summary(frame, y - frame.view().scroll_px, walk.family, timeline, nullptr);
    frame.end_scrolled();
}

}  // namespace

std::string summary_qr_payload(const std::vector<TimelineEvent>& timeline, const store::AccessRequest* request)
{
    std::string payload;
    if (request && !request->reference.empty()) payload += "REF:" + request->reference + ";";
    for (const TimelineEvent& event : timeline) {
        if (event.step == TimelineStep::Conference) payload += "CONF:" + store::iso_date(event.date) + ";";
        if (event.step == TimelineStep::FirstReview || event.step == TimelineStep::LaterReview) {
            if (payload.find("REVIEW:") == std::string::npos) payload += "REVIEW:" + store::iso_date(event.date) + ";";
        }
        if (event.step == TimelineStep::AppealDeadline) payload += "APPEAL:" + store::iso_date(event.date) + ";";
    }
    if (!payload.empty()) payload.pop_back();
    return payload;
}

void draw_summary(Frame& frame, float top, Language family, const std::vector<TimelineEvent>& timeline, const store::AccessRequest* request)
{
    const ScreenContext& context = frame.context();
    const float gap = frame.mm(gap_mm);
    const float margin = frame.mm(margin_mm);
    const Sides sides = sides_of(frame, family);
    float y = top + gap;
    y += both_keys(frame, sides, family, "summary.title", y, frame.body_px() * 1.5f) + gap;
    if (request && !request->reference.empty()) {
        y += both_keys(frame, sides, family, "summary.reference", y, frame.body_px() * 1.2f, {{"code", request->reference}}) + gap;
    }
    if (timeline.empty()) {
        y += frame.text_in(Language::English, "Enter the conference date to see the family's dates.", margin, y, frame.width() - 2 * margin, frame.body_px()) + gap;
    } else {
        y = timeline_picture(frame, y, family, timeline) + gap;
    }
    if (request && !request->needs.empty()) {
        y += both_keys(frame, sides, family, "summary.needs", y, frame.body_px() * 1.2f) + gap / 2;
        for (const store::RequestedNeed& need : request->needs) {
            y += both(frame, sides, family, "\u2022 " + need_summary(need, *request, family, context, TypedText::Include),
                      "\u2022 " + need_summary(need, *request, Language::English, context, TypedText::Include), y, frame.body_px()) + gap / 2;
        }
        y += gap;
    }
    const std::string payload = summary_qr_payload(timeline, request);
    if (payload.empty()) return;
    const float side = std::min(frame.mm(45), frame.width() / 4);
    qr_code(frame, payload, (frame.width() - side) / 2, y, side);
    y += side + gap / 2;
    both_keys(frame, sides, family, "summary.qr_note", y, frame.body_px() * 0.9f);
}

void draw_summary_page(Renderer& renderer, const ScreenContext& context, Language family, const std::vector<TimelineEvent>& timeline,
                       const store::AccessRequest* request)
{
    const KioskView view;  // English for the worker's side, calm colours, 100 %
    Frame frame(renderer, view, context);
    draw_summary(frame, frame.mm(margin_mm), family, timeline, request);
}

void draw_walkthrough(Frame& frame)
{
    switch (frame.view().walk.page) {
    case WalkPage::Language: language_page(frame); break;
    case WalkPage::Date: date_page(frame); break;
    case WalkPage::Steps: steps_page(frame); break;
    case WalkPage::Timeline: timeline_page(frame); break;
    case WalkPage::Summary: summary_page(frame); break;
    }
}

std::vector<std::string> walkthrough_speakable_text(const KioskView& view, const ScreenContext& context)
{
    const Language language = view.walk.speak_english ? Language::English : view.walk.family;
    std::vector<std::string> paragraphs;
    if (view.walk.page == WalkPage::Steps) {
        const std::string key(walk_steps[static_cast<std::size_t>(view.walk.step)].key);
        paragraphs.push_back(message(context, language, key + ".title"));
        paragraphs.push_back(message(context, language, key + ".body"));
    } else if (view.walk.page == WalkPage::Timeline && view.walk.conference_date && context.timeline) {
        const auto timeline = context.timeline(*view.walk.conference_date, view.walk.review_conference ? content::ConferenceKind::Review : content::ConferenceKind::Initial);
        if (timeline) {
            for (const TimelineEvent& event : *timeline) paragraphs.push_back(message(context, language, step_key(event.step)) + " " + date_in(context, language, event.date));
        }
    }
    return paragraphs;
}

}  // namespace kiosk::ui
