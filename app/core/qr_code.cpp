#include "core/qr_code.h"

#include "core/utf8.h"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>
#include <string>

namespace kiosk {
namespace {

struct QrinputFree {
    void operator()(QRinput* input) const { QRinput_free(input); }
};

struct QrcodeFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

// Byte-mode capacity of a version 40 symbol at level M (ISO/IEC 18004, table 7); the ECI header
// below costs 12 bits, one byte less.
constexpr std::size_t max_payload_bytes = 2331;

// Extended Channel Interpretation 000026: the bytes that follow are UTF-8 (ISO/IEC 18004, 6.4.2).
constexpr unsigned eci_utf8 = 26;

std::unexpected<Error> too_long(std::size_t payload_bytes)
{
    return fail("cannot make a QR code: " + std::to_string(payload_bytes) + " bytes is too long (at level M a QR code holds " +
                std::to_string(max_payload_bytes) + " bytes, or " + std::to_string(max_payload_bytes - 1) +
                " with letters beyond ASCII)");
}

}  // namespace

bool QrCode::is_dark(int x, int y) const
{
    assert(x >= 0 && x < size && y >= 0 && y < size);
    return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)] != 0;
}

Result<QrCode> make_qr_code(std::string_view payload)
{
    if (payload.empty()) return fail("cannot make a QR code: there is nothing to encode");
    if (payload.size() > max_payload_bytes) return too_long(payload.size());
    const DecodedUtf8 decoded = decode_utf8(payload);
    if (!decoded.malformed.empty())
        return fail("cannot make a QR code: the text is not valid UTF-8 at byte " + std::to_string(decoded.malformed.front().begin));

    // Version 0 lets libqrencode pick the smallest version that holds the payload.
    const std::unique_ptr<QRinput, QrinputFree> input(QRinput_new2(0, QR_ECLEVEL_M));
    if (!input) return fail(std::string("cannot make a QR code: ") + std::strerror(errno));
    // Byte mode means ISO 8859-1 unless an ECI says otherwise, and readers that guess (zbar does)
    // turn a Bengali or Urdu name into mojibake; plain ASCII reads the same either way, so it goes
    // without the ECI, which a few old readers do not understand.
    const bool ascii = std::all_of(payload.begin(), payload.end(), [](char byte) { return static_cast<unsigned char>(byte) < 0x80; });
    if (!ascii && QRinput_appendECIheader(input.get(), eci_utf8) != 0)
        return fail(std::string("cannot make a QR code: ") + std::strerror(errno));
    // Always byte mode, so every byte (a NUL included) is kept exactly as given.
    if (QRinput_append(input.get(), QR_MODE_8, static_cast<int>(payload.size()),
                       reinterpret_cast<const unsigned char*>(payload.data())) != 0)
        return fail(std::string("cannot make a QR code: ") + std::strerror(errno));

    errno = 0;
    const std::unique_ptr<QRcode, QrcodeFree> encoded(QRcode_encodeInput(input.get()));
    if (!encoded && errno == ERANGE) return too_long(payload.size());
    if (!encoded) return fail(std::string("cannot make a QR code: ") + std::strerror(errno));

    QrCode code;
    code.version = encoded->version;
    code.size = encoded->width;
    const std::size_t count = static_cast<std::size_t>(code.size) * static_cast<std::size_t>(code.size);
    code.dark.resize(count);
    // libqrencode packs several flags per module (function pattern, format, ...); bit 0 is the colour.
    for (std::size_t i = 0; i < count; ++i) code.dark[i] = encoded->data[i] & 1U;
    return code;
}

}  // namespace kiosk
