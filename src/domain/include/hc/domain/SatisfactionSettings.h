#pragma once

namespace hc::domain {

/// Thresholds of the monthly satisfaction section. Averages are fixed-point ×100 (450 = 4.50).
/// Strong and weak are relative to the month: an item is strong (优势项目) when its rounded
/// average is at least the month's overall average + margin, weak (劣势项目) when it is at most
/// the overall average − margin; when every item lies within the margin there are none.
struct SatisfactionSettings {
    int marginX100 = 20;  ///< distance from the month's overall average (0.20)
    int lowestCount = 3;  ///< at most this many "lowest items", all below the overall average
    int minAnswers = 1;   ///< items with fewer answers are not ranked strong/weak/lowest
    friend bool operator==(const SatisfactionSettings&, const SatisfactionSettings&) = default;
};

}  // namespace hc::domain
