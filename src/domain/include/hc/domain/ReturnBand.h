#pragma once

namespace hc::domain {

/// The report's bands of P(return in the next 12 months) from the customer-base model
/// (docs/customer-base.md): five bands of 20 percentage points, 0–20 % … 80–100 %; a probability
/// on a boundary belongs to the higher band, 1.0 to the top one.
inline constexpr int kReturnBands = 5;

struct ReturnBandBounds {
    int fromPct = 0;
    int toPct = 0;
};

class ReturnBand {
public:
    /// The band (0 … kReturnBands − 1) of `probability` (clamped to 0–1).
    [[nodiscard]] static int of(double probability);
    /// The band's bounds in percent, e.g. {20, 40} for band 1.
    [[nodiscard]] static ReturnBandBounds bounds(int band);
};

}  // namespace hc::domain
