#pragma once

#include <cstdint>

namespace hc::domain {

/// Money is always an integer number of fen (1 yuan = 100 fen). Never a floating-point value.
using Fen = std::int64_t;

constexpr Fen fenFromYuan(std::int64_t yuan) {
    return yuan * 100;
}

}  // namespace hc::domain
