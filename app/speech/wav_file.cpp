#include "speech/wav_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace kiosk::speech {
namespace {

void put_u32(std::ofstream& out, std::uint32_t value)
{
    const char bytes[4] = {static_cast<char>(value), static_cast<char>(value >> 8), static_cast<char>(value >> 16), static_cast<char>(value >> 24)};
    out.write(bytes, 4);
}

void put_u16(std::ofstream& out, std::uint16_t value)
{
    const char bytes[2] = {static_cast<char>(value), static_cast<char>(value >> 8)};
    out.write(bytes, 2);
}

}  // namespace

Result<void> write_wav(const std::filesystem::path& path, std::span<const std::int16_t> samples, int sample_rate_hz)
{
    const std::filesystem::path temporary = path.string() + ".partial";
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * sizeof(std::int16_t));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return fail("cannot write " + path.string() + ": " + std::strerror(errno));
        out.write("RIFF", 4);
        put_u32(out, 36 + data_bytes);
        out.write("WAVEfmt ", 8);
        put_u32(out, 16);  // size of the fmt chunk
        put_u16(out, 1);   // PCM
        put_u16(out, 1);   // mono
        put_u32(out, static_cast<std::uint32_t>(sample_rate_hz));
        put_u32(out, static_cast<std::uint32_t>(sample_rate_hz) * 2);  // bytes per second
        put_u16(out, 2);   // bytes per frame
        put_u16(out, 16);  // bits per sample
        out.write("data", 4);
        put_u32(out, data_bytes);
        // WAV is little-endian, as is every machine the kiosk runs on (x86-64, arm64).
        out.write(reinterpret_cast<const char*>(samples.data()), static_cast<std::streamsize>(data_bytes));
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return fail("cannot write " + path.string() + ": the disk may be full");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        return fail("cannot write " + path.string() + ": " + error.message());
    }
    return {};
}

}  // namespace kiosk::speech
