#include "content/site_checks.h"

#include "content/content_files.h"

#include <algorithm>
#include <map>
#include <set>

namespace kiosk::content {
namespace {

struct KeyUse {
    std::string file;
    int line = 0;
};

// Each site key the guide uses, with its first use, in any language.
std::map<std::string, KeyUse> keys_used(const Guide& guide)
{
    std::map<std::string, KeyUse> used;
    const auto collect = [&used](const Topic& topic) {
        for (const Block& block : topic.document.blocks) {
            for (const Span& span : block.spans) {
                if (!span.site_key.empty()) used.try_emplace(span.site_key, KeyUse{topic.file, block.line});
            }
        }
    };
    for (const LanguageGuide& language : guide.languages) {
        for (const Topic& topic : language.topics) collect(topic);
        if (language.glossary) collect(*language.glossary);
    }
    return used;
}

}  // namespace

void check_sites(const std::filesystem::path& content_dir, const Guide& guide, std::string_view site_id, std::vector<Problem>& problems)
{
    std::vector<SiteSettings> sites;
    const std::vector<std::string> ids = known_site_ids(content_dir);
    for (const std::string& id : ids) {
        if (id == site_id) {
            if (guide.site) sites.push_back(*guide.site);
            continue;
        }
        SiteLoad load = load_site_settings(content_dir, id);
        problems.insert(problems.end(), load.problems.begin(), load.problems.end());
        if (load.settings) sites.push_back(std::move(*load.settings));
    }
    const auto used = keys_used(guide);
    std::map<std::string, std::string> key_owner;  // every key any site has, and the first site with it
    for (const SiteSettings& site : sites) {
        for (const std::string& key : site.keys()) key_owner.try_emplace(key, site.file);
    }
    for (const SiteSettings& site : sites) {
        for (const auto& [key, use] : used) {
            if (!site.value(key)) {
                problems.push_back({Severity::Error, site.file, 0,
                                    "no setting for {{" + key + "}}, which " + use.file + " line " + std::to_string(use.line) + " uses"});
            }
        }
        const std::vector<std::string> keys = site.keys();
        for (const auto& [key, owner] : key_owner) {
            if (!used.contains(key) && !std::binary_search(keys.begin(), keys.end(), key)) {
                problems.push_back({Severity::Error, site.file, 0, "no setting " + key + ", which " + owner + " has; every site file has the same keys"});
            }
        }
    }
    if (const auto default_site = default_site_id(content_dir); !default_site) {
        problems.push_back({Severity::Error, display_path(content_dir, "site.toml"), 0, default_site.error().message});
    } else if (!std::binary_search(ids.begin(), ids.end(), *default_site)) {
        problems.push_back({Severity::Error, display_path(content_dir, "site.toml"), 0,
                            "default_site \"" + *default_site + "\" has no file sites/" + *default_site + ".toml"});
    }
}

}  // namespace kiosk::content
