// Where the guide's files are and how problems name them.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace kiosk::content {

// How a problem names a file inside the content folder: the folder's own name, then the path
// inside it, e.g. "content/ur/on-the-day.md", so the name works from the repository root.
std::string display_path(const std::filesystem::path& content_dir, const std::filesystem::path& relative);

// The bytes of a file; fails with a message naming it.
Result<std::string> read_text_file(const std::filesystem::path& path, const std::string& display_name);

// The Markdown files of every language folder, site files and site.toml that the checker reads.
std::size_t count_content_files(const std::filesystem::path& content_dir);

// How many of the kiosk's languages have a folder.
std::size_t count_language_folders(const std::filesystem::path& content_dir);

}  // namespace kiosk::content
