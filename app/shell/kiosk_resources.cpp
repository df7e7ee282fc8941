#include "shell/kiosk_resources.h"

#include "i18n/language_names.h"

namespace kiosk::shell {

Result<KioskResources> load_kiosk_resources(const std::filesystem::path& resources_dir, const std::string& site_id)
{
    KioskResources resources;
    auto engine = text::TextEngine::create(resources_dir / "fonts");
    if (!engine) return std::unexpected(engine.error());
    resources.engine = std::move(*engine);
    auto catalog = i18n::Catalog::load(resources_dir / "locales");
    if (!catalog) return std::unexpected(catalog.error());
    resources.catalog = std::make_unique<i18n::Catalog>(std::move(*catalog));
    std::string site = site_id;
    if (site.empty()) {
        auto default_site = content::default_site_id(resources_dir / "content");
        if (!default_site) return std::unexpected(default_site.error());
        site = *default_site;
    }
    auto guide = content::load_guide(resources_dir / "content", site);
    if (!guide) return std::unexpected(guide.error());
    resources.guide = std::make_unique<content::Guide>(std::move(*guide));
    return resources;
}

namespace {

// Messages, language names and dates for the access-needs screens; saving is added by the kiosk
// window, which owns the records store.
ui::RecordsServices records_services(const i18n::Catalog& catalog)
{
    ui::RecordsServices services;
    services.message = [&catalog](Language language, std::string_view key, const ui::MessageArguments& arguments) {
        std::vector<i18n::MessageArgument> values;
        for (const auto& [name, value] : arguments) values.push_back({name, value});
        return catalog.format(language, key, values);
    };
    services.language_name = [&catalog](Language language, std::string_view code) { return i18n::language_name(catalog, language, code); };
    services.date = [&catalog](Language language, std::chrono::year_month_day day) -> std::string {
        const auto formatted = catalog.format_date(language, static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                                                   static_cast<int>(static_cast<unsigned>(day.day())));
        if (!formatted) return "";
        return formatted->gregorian ? formatted->local + " (" + *formatted->gregorian + ")" : formatted->local;
    };
    services.today = [] { return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())}; };
    return services;
}

}  // namespace

ui::ScreenContext screen_context(KioskResources& resources, const ui::ScreenGeometry& geometry)
{
    const i18n::Catalog& catalog = *resources.catalog;
    const content::Guide& guide = *resources.guide;
    ui::ScreenContext context{
        *resources.engine,
        [&catalog](Language language, std::string_view key) { return catalog.format(language, key); },
        guide,
        [&catalog, &guide](Language language, std::string_view key) -> std::string {
            if (!guide.site) return "";
            const auto value = guide.site->value(key);
            if (!value) return "";
            // Whole numbers (days, weeks, months) in the language's digits; phone numbers as written.
            if (const auto* number = std::get_if<std::int64_t>(&*value)) return catalog.format_number(language, *number);
            return content::to_string(*value);
        },
        [&catalog](Language language, int current, int total) {
            return catalog.format(language, "nav.topic_position", {{"current", std::int64_t{current}}, {"total", std::int64_t{total}}});
        },
        [&catalog](Language language, std::int64_t value) { return catalog.format_number(language, value); },
        [&catalog](Language language, int seconds) {
            return catalog.format(language, "idle.countdown", {{"seconds", std::int64_t{seconds}}});
        },
        geometry,
        {true, true, true, true, true, true},  // every language speaks until the kiosk finds otherwise
        records_services(catalog),
        {},  // the timeline, just below
        {},  // spoken_word_drawn: the kiosk app sets it
    };
    // Bank holidays of England and Wales and the council's own closure days.
    context.timeline = [&guide](std::chrono::year_month_day day, content::ConferenceKind kind) -> Result<std::vector<content::TimelineEvent>> {
        if (!guide.site) return fail("the council's settings could not be read, so the dates cannot be worked out");
        return content::family_timeline(*guide.site, day, kind, WorkingCalendar(guide.site->closure_days));
    };
    return context;
}

}  // namespace kiosk::shell
