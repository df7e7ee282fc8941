#include "shell/contact_sheet.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace kiosk::shell {
namespace {

// Text and attribute values: the five characters HTML gives meaning to.
std::string escaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// A relative URL: everything but RFC 3986 unreserved characters and '/' becomes %XX, so a space,
// '#', '?' or ':' in a name cannot turn it into a fragment, a query or a scheme. The result needs
// no HTML escaping.
std::string url_encoded(std::string_view path)
{
    constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool ascii_alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (ascii_alphanumeric || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

std::string label(const ContactSheetEntry& entry)
{
    return entry.language_code + " / " + std::to_string(entry.text_size_percent) + " % / " + entry.theme;
}

std::string figure(const ContactSheetEntry& entry)
{
    const std::string link = url_encoded(entry.file_name);
    return "<figure><a href=\"" + link + "\"><img src=\"" + link + "\" alt=\"" + escaped(entry.screen + ", " + label(entry)) +
        "\" loading=\"lazy\"></a><figcaption>" + escaped(label(entry)) + "</figcaption></figure>\n";
}

constexpr std::string_view page_head = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Parent kiosk: every screen</title>
<style>
body { font-family: sans-serif; margin: 1rem 2rem; color: #222; }
nav a { margin-right: 1em; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; }
figure img { width: 320px; height: auto; display: block; border: 1px solid #888; }
figcaption { font-size: 0.9rem; padding-top: 0.2rem; }
</style>
</head>
<body>
<h1>Parent kiosk: every screen</h1>
)";

}  // namespace

std::string contact_sheet_html(std::span<const ContactSheetEntry> entries)
{
    std::vector<std::string> screens;  // in order of first appearance
    for (const ContactSheetEntry& entry : entries) {
        if (std::ranges::find(screens, entry.screen) == screens.end()) screens.push_back(entry.screen);
    }
    std::string html(page_head);
    html += "<p>" + std::to_string(entries.size()) + " pictures; each links to its full-size PNG.</p>\n<nav>";
    for (const std::string& screen : screens) html += "<a href=\"#" + url_encoded("screen-" + screen) + "\">" + escaped(screen) + "</a>";
    html += "</nav>\n";
    for (const std::string& screen : screens) {
        html += "<section id=\"" + escaped("screen-" + screen) + "\">\n<h2>" + escaped(screen) + "</h2>\n<div class=\"grid\">\n";
        for (const ContactSheetEntry& entry : entries) {
            if (entry.screen == screen) html += figure(entry);
        }
        html += "</div>\n</section>\n";
    }
    html += "</body>\n</html>\n";
    return html;
}

Result<void> write_contact_sheet(std::span<const ContactSheetEntry> entries, const std::filesystem::path& path)
{
    const std::string html = contact_sheet_html(entries);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) return fail("cannot write " + path.string() + ": " + std::strerror(errno));
    file.write(html.data(), static_cast<std::streamsize>(html.size()));
    file.close();
    if (!file) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        return fail("cannot write " + path.string() + ": the disk may be full");
    }
    return {};
}

}  // namespace kiosk::shell
