// Results of operations that can fail for reasons outside the program (files, fonts, input).
// A failure carries one human-readable message that names what failed and why; callers propagate
// it with early return and the shell shows it to the person at the kiosk or the terminal.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace kiosk {

struct Error {
    std::string message;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(std::string message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

}  // namespace kiosk
