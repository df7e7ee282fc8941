#include "content/content_files.h"

#include "core/language.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace kiosk::content {

std::string display_path(const std::filesystem::path& content_dir, const std::filesystem::path& relative)
{
    // A trailing slash ("content/") leaves an empty filename; the parent path then has the name.
    const std::filesystem::path folder = content_dir.has_filename() ? content_dir.filename() : content_dir.parent_path().filename();
    return (folder / relative).generic_string();
}

Result<std::string> read_text_file(const std::filesystem::path& path, const std::string& display_name)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) return fail("cannot open " + display_name);
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) return fail("cannot read " + display_name);
    return text;
}

std::size_t count_content_files(const std::filesystem::path& content_dir)
{
    const auto count_in = [](const std::filesystem::path& folder, std::string_view extension) {
        std::error_code error;
        std::size_t count = 0;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.is_regular_file() && entry.path().extension() == extension) ++count;
        }
        return count;
    };
    std::size_t count = count_in(content_dir / "sites", ".toml");
    if (std::filesystem::is_regular_file(content_dir / "site.toml")) ++count;
    for (Language language : all_languages) count += count_in(content_dir / std::string(language_code(language)), ".md");
    return count;
}

std::size_t count_language_folders(const std::filesystem::path& content_dir)
{
    return static_cast<std::size_t>(std::count_if(all_languages.begin(), all_languages.end(), [&content_dir](Language language) {
        return std::filesystem::is_directory(content_dir / std::string(language_code(language)));
    }));
}

}  // namespace kiosk::content
