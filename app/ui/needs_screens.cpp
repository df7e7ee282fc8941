#include "ui/needs_screens.h"

#include "core/working_days.h"
#include "ui/keyboard.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>

namespace kiosk::ui {
namespace {

using store::Need;

struct NeedLook {
    Need need;
    const char* icon;  // Material Icons ligature name
};

// Pictograms of things (not directions): never mirrored.
constexpr std::array<NeedLook, store::all_needs.size()> need_looks{{
    {Need::Interpreter, "translate"},          {Need::SignLanguage, "sign_language"},     {Need::HearingLoop, "hearing"},
    {Need::StepFreeAccess, "accessible"},      {Need::AccessibleToilet, "wc"},            {Need::Childcare, "child_care"},
    {Need::Travel, "directions_bus"},          {Need::ReportsLargePrint, "format_size"},  {Need::ReportsAudio, "headphones"},
    {Need::ReportsBraille, "touch_app"},       {Need::ReportsInOwnLanguage, "translate"}, {Need::ReportsReadBeforehand, "record_voice_over"},
    {Need::QuietRoom, "self_improvement"},     {Need::MeetChairFirst, "person"},          {Need::Supporter, "groups"},
    {Need::Other, "edit"},
}};

const char* need_icon(Need need)
{
    return std::ranges::find(need_looks, need, &NeedLook::need)->icon;
}

std::string need_key(Need need) { return "need." + std::string(store::need_id(need)); }

// The needs each step asks about, in all_needs order.
std::vector<Need> needs_on(NeedsPage page)
{
    switch (page) {
    case NeedsPage::Communication: return {Need::Interpreter, Need::SignLanguage, Need::HearingLoop};
    case NeedsPage::Building: return {Need::StepFreeAccess, Need::AccessibleToilet, Need::Childcare, Need::Travel};
    case NeedsPage::Reports:
        return {Need::ReportsLargePrint, Need::ReportsAudio, Need::ReportsBraille, Need::ReportsInOwnLanguage, Need::ReportsReadBeforehand};
    case NeedsPage::Meeting: return {Need::QuietRoom, Need::MeetChairFirst, Need::Supporter, Need::Other};
    case NeedsPage::Interpreter:
    case NeedsPage::AboutYou:
    case NeedsPage::Date: break;
    }
    return {};
}

const char* page_title_key(NeedsPage page)
{
    switch (page) {
    case NeedsPage::Communication: return "needs.group_communication";
    case NeedsPage::Interpreter: return "needs.group_interpreter";
    case NeedsPage::Building: return "needs.group_building";
    case NeedsPage::Reports: return "needs.group_reports";
    case NeedsPage::Meeting: return "needs.group_meeting";
    case NeedsPage::AboutYou: return "needs.group_about_you";
    case NeedsPage::Date: return "needs.group_date";
    }
    return "";
}

std::string language_name(const ScreenContext& context, Language language, std::string_view code)
{
    return context.records.language_name ? context.records.language_name(language, code) : std::string(code);
}

std::string date_text(const ScreenContext& context, Language language, std::chrono::year_month_day day)
{
    if (context.records.date) return context.records.date(language, day);
    return std::to_string(static_cast<int>(day.year())) + "-" + std::to_string(static_cast<unsigned>(day.month())) + "-" +
           std::to_string(static_cast<unsigned>(day.day()));
}

std::chrono::year_month_day today(const ScreenContext& context)
{
    if (context.records.today) return context.records.today();
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

// "K7M-4QX" spoken one character at a time, so every voice spells it.
std::string spelt(std::string_view code)
{
    std::string out;
    for (const char c : code) {
        if (c == '-') continue;
        if (!out.empty()) out += ", ";
        out += c;
    }
    return out;
}

std::string step_position(const KioskView& view, const ScreenContext& context)
{
    const std::vector<NeedsPage> steps = needs_steps(view.request);
    const auto at = std::ranges::find(steps, view.needs_page);
    const auto current = static_cast<std::int64_t>(at - steps.begin()) + 1;
    return message(context, view.language, "needs.step", {{"current", current}, {"total", static_cast<std::int64_t>(steps.size())}});
}

Column column_of(const Frame& frame)
{
    const float margin = frame.mm(margin_mm);
    const float width = std::min(frame.width() - 2 * margin, frame.body_px() * 40);
    return {(frame.width() - width) / 2, width};
}

// The buttons along the bottom: back at the start side, Listen in the middle (when the kiosk can
// speak), forward at the end side. Returns the row's top edge.
float bottom_row(Frame& frame, const char* back_key, ActionKind back, const char* forward_key, ActionKind forward)
{
    const float margin = frame.mm(margin_mm);
    const float gap = frame.mm(gap_mm);
    const float width = (frame.width() - 2 * margin - 2 * gap) / 3;
    const bool speaking = frame.view().speaking;
    const std::string listen = frame.text(speaking ? "reader.stop" : "reader.listen");
    float height = frame.mm(22);
    for (const char* key : {back_key, forward_key}) {
        if (key) height = frame.control_height(frame.text(key), width, frame.body_px(), height);
    }
    height = frame.control_height(listen, width, frame.body_px(), height, "volume_up");
    const float top = frame.height() - gap - height;
    if (back_key) frame.button({margin, top, width, height}, frame.text(back_key), {back, 0}, frame.body_px());
    if (can_speak(frame.context(), frame.view().language)) {
        frame.button({margin + width + gap, top, width, height}, listen, {ActionKind::Listen, 0}, frame.body_px(), speaking ? "stop" : "volume_up");
    }
    if (forward_key) frame.button({margin + 2 * (width + gap), top, width, height}, frame.text(forward_key), {forward, 0}, frame.body_px());
    return top;
}

// Whether a choice is one of several that can all be ticked, or one of a set where one is picked.
enum class Mark { TickBox, OneOfSet };

// One full-width choice: a tick box (or a round option) and a pictogram before its label.
float choice(Frame& frame, float y, const Column& column, std::string_view label, Action action, Chosen chosen, std::string_view pictogram,
             Mark kind = Mark::TickBox)
{
    const bool on = chosen == Chosen::Yes;
    const char* mark = kind == Mark::TickBox ? (on ? "check_box" : "check_box_outline_blank") : (on ? "radio_button_checked" : "radio_button_unchecked");
    const float height = frame.control_height(label, column.width, frame.body_px(), frame.mm(20), mark, pictogram);
    frame.button({column.x, y, column.width, height}, label, action, frame.body_px(), mark, pictogram, chosen,
                 kind == Mark::TickBox ? ControlRole::TickBox : ControlRole::Option);
    return height + frame.mm(gap_mm) / 2;
}

// A box the parent can type into; touching it opens the keyboard.
float text_field(Frame& frame, float y, const Column& column, std::string_view label_key, TextField field, const std::string& value)
{
    const std::string label = frame.text(label_key) + "\n" + (value.empty() ? std::string("\u2026") : value);
    const float height = frame.control_height(label, column.width, frame.body_px(), frame.mm(22), "edit");
    const Chosen typing = frame.view().typing == field ? Chosen::Yes : Chosen::No;
    frame.button({column.x, y, column.width, height}, label, {ActionKind::StartTyping, static_cast<int>(field)}, frame.body_px(), "edit", {}, typing);
    // The guide says the box's label, never what was typed in it: a kiosk's loudspeaker is public.
    frame.name_last(frame.text(label_key));
    return height + frame.mm(gap_mm) / 2;
}

float interpreter_page(Frame& frame, float y, const Column& column)
{
    const KioskView& view = frame.view();
    const store::RequestedNeed* interpreter = view.request.find(Need::Interpreter);
    y += frame.paragraph(frame.text("needs.interpreter_which"), column.x, y, column.width, frame.body_px() * 1.2f) + frame.mm(gap_mm) / 2;
    std::vector<GridItem> items;
    const auto codes = interpreter_language_codes();
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const bool chosen = interpreter && interpreter->detail == codes[i];
        items.push_back({language_name(frame.context(), view.language, codes[i]), {ActionKind::PickInterpreter, static_cast<int>(i)},
                         chosen ? "radio_button_checked" : "radio_button_unchecked", chosen ? Chosen::Yes : Chosen::No});
    }
    y = button_grid(frame, y, column, items, 3) + frame.mm(gap_mm);
    y += choice(frame, y, column, frame.text("needs.interpreter_same_gender"), {ActionKind::ToggleSameGender, 0},
                view.request.interpreter_same_gender ? Chosen::Yes : Chosen::No, "wc");
    return y + text_field(frame, y, column, "needs.interpreter_dialect", TextField::Dialect, view.request.interpreter_dialect);
}

float about_you_page(Frame& frame, float y, const Column& column)
{
    const KioskView& view = frame.view();
    const store::AccessRequest& request = view.request;
    y += text_field(frame, y, column, "needs.name", TextField::Name, request.name);
    const std::string date = request.conference_date ? date_text(frame.context(), view.language, *request.conference_date) : frame.text("needs.date_choose");
    const std::string label = frame.text("needs.date") + "\n" + date;
    const float height = frame.control_height(label, column.width, frame.body_px(), frame.mm(22), "event");
    frame.button({column.x, y, column.width, height}, label, {ActionKind::OpenDatePicker, 0}, frame.body_px(), "event");
    y += height + frame.mm(gap_mm) / 2;
    y += text_field(frame, y, column, "needs.phone", TextField::Phone, request.phone);
    y += frame.paragraph(frame.text("needs.contact_by"), column.x, y, column.width, frame.body_px()) + frame.mm(gap_mm) / 2;
    const std::pair<store::ContactBy, const char*> contacts[] = {
        {store::ContactBy::PhoneCall, "call"}, {store::ContactBy::TextMessage, "sms"}, {store::ContactBy::Letter, "mail"}};
    for (const auto& [contact, icon] : contacts) {
        y += choice(frame, y, column, frame.text("contact." + std::string(store::contact_id(contact))),
                    {ActionKind::PickContact, static_cast<int>(contact)}, request.contact_by == contact ? Chosen::Yes : Chosen::No, icon, Mark::OneOfSet);
    }
    return y;
}

float date_page(Frame& frame, float y, const Column& column)
{
    const KioskView& view = frame.view();
    std::vector<GridItem> items;
    items.push_back({frame.text("needs.date_unknown"), {ActionKind::PickDate, -1}, "help_outline", view.request.conference_date ? Chosen::No : Chosen::Yes});
    // Conferences sit on working days within a few weeks of the letter: the next twelve weeks,
    // without weekends and England and Wales's bank holidays.
    const std::chrono::sys_days first{today(frame.context())};
    const WorkingCalendar calendar;
    for (std::chrono::sys_days day = first; day < first + std::chrono::weeks(12); day += std::chrono::days(1)) {
        if (!calendar.is_working_day(std::chrono::year_month_day{day})) continue;
        const bool chosen = view.request.conference_date && std::chrono::sys_days{*view.request.conference_date} == day;
        items.push_back({date_text(frame.context(), view.language, std::chrono::year_month_day{day}),
                         {ActionKind::PickDate, static_cast<int>(day.time_since_epoch().count())}, "event", chosen ? Chosen::Yes : Chosen::No});
    }
    return button_grid(frame, y, column, items, 3);
}

const char* field_label_key(TextField field)
{
    switch (field) {
    case TextField::Name: return "needs.name";
    case TextField::Phone: return "needs.phone";
    case TextField::Dialect: return "needs.interpreter_dialect";
    case TextField::Other: return "needs.other_describe";
    case TextField::StaffSearch:
    case TextField::StaffNote:
    case TextField::None: break;
    }
    return "";
}

}  // namespace

void draw_needs(Frame& frame)
{
    const KioskView& view = frame.view();
    const float top = frame.control_bar();
    const float gap = frame.mm(gap_mm);
    // While typing, the keyboard takes the place of the buttons along the bottom; it is drawn last,
    // over the lower part of the page.
    const float bottom = view.typing != TextField::None ? 0 : bottom_row(frame, "nav.back", ActionKind::NeedsBack, "nav.next", ActionKind::NeedsNext);
    const Column column = column_of(frame);
    const RectPx reading{0, top, frame.width(), (bottom > 0 ? bottom : frame.height()) - gap - top};
    frame.begin_scrolled(reading);
    float y = top + gap - view.scroll_px;
    if (view.needs_page != NeedsPage::Date) y += frame.paragraph(step_position(view, frame.context()), column.x, y, column.width, frame.body_px() * 0.9f);
    y += frame.paragraph(frame.text(page_title_key(view.needs_page)), column.x, y, column.width, frame.body_px() * 1.5f) + gap;
    if (view.needs_page == NeedsPage::Communication) y += frame.paragraph(frame.text("needs.intro"), column.x, y, column.width, frame.body_px()) + gap;
    for (const Need need : needs_on(view.needs_page)) {
        const store::RequestedNeed* asked = view.request.find(need);
        y += choice(frame, y, column, frame.text(need_key(need)), {ActionKind::ToggleNeed, static_cast<int>(need)}, asked ? Chosen::Yes : Chosen::No,
                    need_icon(need));
        if (need == Need::SignLanguage && asked) {
            const float indent = frame.mm(15);
            const Column options{column.x + indent, column.width - indent};
            y += choice(frame, y, options, frame.text("needs.sign_bsl"), {ActionKind::PickSigning, 0}, asked->detail == "bsl" ? Chosen::Yes : Chosen::No, {}, Mark::OneOfSet);
            y += choice(frame, y, options, frame.text("needs.sign_other"), {ActionKind::PickSigning, 1}, asked->detail == "other" ? Chosen::Yes : Chosen::No, {}, Mark::OneOfSet);
        }
        if (need == Need::Other && asked) y += text_field(frame, y, column, "needs.other_describe", TextField::Other, asked->detail);
    }
    if (view.needs_page == NeedsPage::Interpreter) interpreter_page(frame, y, column);
    if (view.needs_page == NeedsPage::AboutYou) about_you_page(frame, y, column);
    if (view.needs_page == NeedsPage::Date) date_page(frame, y, column);
    frame.end_scrolled();
    if (view.typing != TextField::None) {
        const std::string* typed = typed_text(view, view.typing);
        draw_keyboard(frame, view.typing, typed ? *typed : std::string(), frame.text(field_label_key(view.typing)));
    }
}

std::string need_summary(const store::RequestedNeed& need, const store::AccessRequest& request, Language language, const ScreenContext& context,
                         TypedText typed)
{
    std::string text = context.strings(language, need_key(need.need));
    std::vector<std::string> details;
    if (need.need == Need::Interpreter) {
        if (!need.detail.empty()) details.push_back(language_name(context, language, need.detail));
        if (request.interpreter_same_gender) details.push_back(context.strings(language, "needs.interpreter_same_gender"));
        if (!request.interpreter_dialect.empty() && typed == TypedText::Include) details.push_back(request.interpreter_dialect);
    }
    if (need.need == Need::SignLanguage) details.push_back(context.strings(language, need.detail == "other" ? "needs.sign_other" : "needs.sign_bsl"));
    if (need.need == Need::Other && !need.detail.empty() && typed == TypedText::Include) details.push_back(need.detail);
    for (const std::string& detail : details) text += "\n  " + detail;
    return text;
}

namespace {

std::string privacy_text(const KioskView& view, const ScreenContext& context)
{
    // The site's retention setting, as a whole number of months (ASCII from the settings file).
    const std::string months = context.site_value(Language::English, "timings.requests_kept_months");
    const std::int64_t value = months.empty() ? 0 : std::stoll(months);
    return message(context, view.language, "needs.privacy", {{"months", value}});
}

// "Name: ...", "Phone: ..." for what the parent gave about themselves, as the review shows it.
std::vector<std::string> about_you_lines(const KioskView& view, const ScreenContext& context)
{
    const store::AccessRequest& request = view.request;
    const auto text = [&](const std::string& key) { return context.strings(view.language, key); };
    const std::pair<const char*, std::string> about[] = {
        {"needs.name", request.name},
        {"needs.date", request.conference_date ? date_text(context, view.language, *request.conference_date) : ""},
        {"needs.phone", request.phone},
        {"needs.contact_by", request.contact_by == store::ContactBy::NoPreference ? "" : text("contact." + std::string(store::contact_id(request.contact_by)))},
    };
    std::vector<std::string> lines;
    for (const auto& [key, value] : about) {
        if (!value.empty()) lines.push_back(text(key) + ": " + value);
    }
    return lines;
}

// Whether the parent typed anything about themselves that Listen leaves out unless they ask.
bool has_typed_text(const store::AccessRequest& request)
{
    const bool typed_detail = std::ranges::any_of(request.needs, [](const store::RequestedNeed& need) { return need.need == Need::Other && !need.detail.empty(); });
    return !request.name.empty() || !request.phone.empty() || !request.interpreter_dialect.empty() || typed_detail;
}

}  // namespace

void draw_needs_review(Frame& frame)
{
    const KioskView& view = frame.view();
    const float top = frame.control_bar();
    const float gap = frame.mm(gap_mm);
    const float bottom = bottom_row(frame, "nav.back", ActionKind::NeedsBack, "needs.send", ActionKind::SendRequest);
    const Column column = column_of(frame);
    frame.begin_scrolled({0, top, frame.width(), bottom - gap - top});
    float y = top + gap - view.scroll_px;
    if (view.save_failed) y += frame.paragraph(frame.text("error.cannot_save"), column.x, y, column.width, frame.body_px() * 1.3f) + gap;
    y += frame.paragraph(frame.text("needs.review_title"), column.x, y, column.width, frame.body_px() * 1.5f) + gap;
    if (view.request.needs.empty()) y += frame.paragraph(frame.text("needs.review_nothing"), column.x, y, column.width, frame.body_px()) + gap;
    for (const store::RequestedNeed& need : view.request.needs) {
        y += frame.paragraph("\u2022 " + need_summary(need, view.request, view.language, frame.context(), TypedText::Include), column.x, y, column.width, frame.body_px()) + gap / 2;
    }
    for (const std::string& line : about_you_lines(view, frame.context())) y += frame.paragraph(line, column.x, y, column.width, frame.body_px()) + gap / 2;
    if (has_typed_text(view.request)) {
        y += gap / 2 + choice(frame, y + gap / 2, column, frame.text("needs.read_typed"), {ActionKind::ToggleReadTyped, 0},
                              view.read_typed_aloud ? Chosen::Yes : Chosen::No, "headphones");
    }
    // Before anything is sent: who will see it and how long it is kept.
    frame.paragraph(privacy_text(view, frame.context()), column.x, y + gap, column.width, frame.body_px());
    frame.end_scrolled();
}

void draw_reference(Frame& frame)
{
    const KioskView& view = frame.view();
    const float top = frame.control_bar();
    const float gap = frame.mm(gap_mm);
    const float bottom = bottom_row(frame, nullptr, ActionKind::Finished, "needs.done", ActionKind::Finished);
    const Column column = column_of(frame);
    frame.begin_scrolled({0, top, frame.width(), bottom - gap - top});
    float y = top + gap - view.scroll_px;
    y += frame.paragraph(frame.text("needs.saved_title"), column.x, y, column.width, frame.body_px() * 1.5f) + gap;
    // The sentence keeps the code in its grammatical place; the box below shows it very large.
    y += frame.paragraph(message(frame.context(), view.language, "needs.saved_code", {{"code", view.reference}}), column.x, y, column.width,
                         frame.body_px()) + gap / 2;
    // The code itself very large, in a box, always left to right (it is Latin letters and digits).
    const auto code = frame.context().engine.layout(view.reference, Language::English, frame.body_px() * 3, column.width);
    const float box_height = code->height_px + 2 * gap;
    frame.panel({column.x, y, column.width, box_height});
    frame.renderer().draw_text(*code, column.x, y + gap, frame.colours().text, TextAlign::Centre);
    y += box_height + gap;
    y += frame.paragraph(frame.text("needs.what_next"), column.x, y, column.width, frame.body_px()) + gap;
    frame.paragraph(privacy_text(view, frame.context()), column.x, y, column.width, frame.body_px());
    frame.end_scrolled();
}

std::vector<std::string> needs_speakable_text(const KioskView& view, const ScreenContext& context)
{
    const Language language = view.language;
    auto text = [&](std::string_view key) { return context.strings(language, key); };
    std::vector<std::string> paragraphs;
    if (view.screen == Screen::Needs) {
        if (view.needs_page != NeedsPage::Date) paragraphs.push_back(step_position(view, context));
        paragraphs.push_back(text(page_title_key(view.needs_page)));
        if (view.needs_page == NeedsPage::Communication) paragraphs.push_back(text("needs.intro"));
        for (const Need need : needs_on(view.needs_page)) paragraphs.push_back(text(need_key(need)));
        if (view.needs_page == NeedsPage::Interpreter) paragraphs.push_back(text("needs.interpreter_which"));
        if (view.needs_page == NeedsPage::AboutYou) {
            for (const char* key : {"needs.name", "needs.date", "needs.phone", "needs.contact_by"}) paragraphs.push_back(text(key));
        }
    } else if (view.screen == Screen::NeedsReview) {
        paragraphs.push_back(text("needs.review_title"));
        if (view.request.needs.empty()) paragraphs.push_back(text("needs.review_nothing"));
        const TypedText typed = view.read_typed_aloud ? TypedText::Include : TypedText::Leave;
        for (const store::RequestedNeed& need : view.request.needs) paragraphs.push_back(need_summary(need, view.request, language, context, typed));
        if (view.read_typed_aloud) std::ranges::move(about_you_lines(view, context), std::back_inserter(paragraphs));
        paragraphs.push_back(privacy_text(view, context));
    } else if (view.screen == Screen::Reference) {
        paragraphs.push_back(text("needs.saved_title"));
        paragraphs.push_back(message(context, language, "needs.saved_code", {{"code", spelt(view.reference)}}));
        paragraphs.push_back(text("needs.what_next"));
        paragraphs.push_back(privacy_text(view, context));
    }
    return paragraphs;
}

}  // namespace kiosk::ui
