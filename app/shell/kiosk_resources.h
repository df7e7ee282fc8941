// Everything the screens draw from, loaded once: fonts and the text engine, interface strings,
// the guide and the council's settings. Shared by the kiosk window and the screenshot command.
#pragma once

#include "content/guide.h"
#include "core/result.h"
#include "i18n/catalog.h"
#include "text/text_engine.h"
#include "ui/screens.h"

#include <filesystem>
#include <memory>
#include <string>

namespace kiosk::shell {

struct KioskResources {
    std::unique_ptr<text::TextEngine> engine;
    std::unique_ptr<i18n::Catalog> catalog;
    std::unique_ptr<content::Guide> guide;
};

// Loads from `resources_dir` (fonts/, locales/, content/). `site_id` empty means the default
// site of content/site.toml. Problems in single content files do not stop loading (the content
// checker reports them); a missing folder or unreadable fonts do.
Result<KioskResources> load_kiosk_resources(const std::filesystem::path& resources_dir, const std::string& site_id);

// The screens' view of the resources; valid while `resources` lives.
ui::ScreenContext screen_context(KioskResources& resources, const ui::ScreenGeometry& geometry);

}  // namespace kiosk::shell
