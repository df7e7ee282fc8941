// Drawing one screen with SDL's software renderer (no display needed) into a PNG file: the
// engine of `screenshot` and `tour`.
#pragma once

#include "core/result.h"
#include "shell/kiosk_resources.h"
#include "ui/kiosk_view.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace kiosk::shell {

// "1920x1080" into a geometry, or nothing when it is not WIDTHxHEIGHT within 320x240..8192x8192.
std::optional<ui::ScreenGeometry> parse_screen_size(const std::string& size, float px_per_mm);

using DrawFunction = std::function<void(ui::Renderer&, const ui::ScreenContext&)>;
using WriteFunction = std::function<Result<void>(const std::uint8_t* rgba, int width_px, int height_px, int stride_bytes)>;

// Draws with SDL's software renderer onto a picture of `geometry`'s size and hands its RGBA
// pixels to `write` (a PNG or a PDF file).
Result<void> render_offscreen(KioskResources& resources, const ui::ScreenGeometry& geometry, ui::Colour background, const DrawFunction& draw,
                              const WriteFunction& write);

// With `idle_warning_seconds`, draws "Are you still here?" with that countdown over the view.
Result<void> render_screen_png(KioskResources& resources, const ui::KioskView& view, const ui::ScreenGeometry& geometry,
                               const std::filesystem::path& path, std::optional<int> idle_warning_seconds = {});

}  // namespace kiosk::shell
