#include "hc/domain/ReturnBand.h"

#include <algorithm>

namespace hc::domain {

int ReturnBand::of(double probability) {
    return std::clamp(static_cast<int>(probability * kReturnBands), 0, kReturnBands - 1);
}

ReturnBandBounds ReturnBand::bounds(int band) {
    const int width = 100 / kReturnBands;
    const int b = std::clamp(band, 0, kReturnBands - 1);
    return {b * width, (b + 1) * width};
}

}  // namespace hc::domain
