// QR codes for the family's take-away summary: the reference code and key dates as a symbol a
// phone camera reads, so a family can keep them without typing. Encoding is libqrencode's; this
// header keeps it out of the layers that draw the symbol.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace kiosk {

// A QR code symbol (ISO/IEC 18004) as a square of modules, row by row from the top left.
// It holds no quiet zone: whoever draws it leaves 4 light modules on every side (18004, 9.1),
// or cameras may not find the finder patterns.
struct QrCode {
    int version = 0;  // 1..40; the symbol is 17 + 4 * version modules wide
    int size = 0;     // modules per side
    std::vector<std::uint8_t> dark;  // size * size entries, 1 = dark module, 0 = light

    // x is the column and y the row, both in 0..size-1.
    bool is_dark(int x, int y) const;
};

// Encodes `payload`, UTF-8 text, in 8-bit byte mode with error correction level M (15% of the
// symbol may be damaged or smudged), choosing the smallest version that holds it. Text beyond
// ASCII is marked as UTF-8 (ECI 26) so phone readers do not guess another character set. Fails
// with a message for an empty payload, malformed UTF-8, or more than a version 40 symbol holds at
// level M (2,331 bytes; 2,330 with the UTF-8 mark). The same payload always gives the same symbol.
Result<QrCode> make_qr_code(std::string_view payload);

}  // namespace kiosk
