#include "core/utf8.h"

#include <string>
#include <unicode/utf8.h>

namespace kiosk {

DecodedUtf8 decode_utf8(std::string_view bytes)
{
    DecodedUtf8 decoded;
    decoded.utf8_length = static_cast<std::uint32_t>(bytes.size());
    decoded.code_points.reserve(bytes.size());
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int32_t>(bytes.size());
    std::int32_t offset = 0;
    while (offset < length) {
        const std::int32_t start = offset;
        UChar32 value = 0;
        // ICU's U8_NEXT consumes exactly one maximal ill-formed subpart and yields a negative value.
        U8_NEXT(data, offset, length, value);
        if (value < 0) {
            decoded.malformed.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(offset)});
            value = 0xFFFD;
        }
        decoded.code_points.push_back({static_cast<char32_t>(value), static_cast<std::uint32_t>(start)});
    }
    return decoded;
}

void append_utf8(std::string& out, char32_t code_point)
{
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), length, U8_MAX_LENGTH, static_cast<UChar32>(code_point), error);
    if (error) {
        // Surrogates and values above U+10FFFF cannot be written; show the replacement instead.
        out += "\xEF\xBF\xBD";
        return;
    }
    out.append(buffer, static_cast<std::size_t>(length));
}

std::size_t count_code_points(std::string_view bytes) { return decode_utf8(bytes).code_points.size(); }

void remove_last_code_point(std::string& text)
{
    if (text.empty()) return;
    const DecodedUtf8 decoded = decode_utf8(text);
    text.resize(decoded.code_points.back().utf8_offset);
}

}  // namespace kiosk
