#pragma once

#include <QString>

namespace hc::domain {

/// The one place where report percentages and fixed-point averages are computed and formatted
/// (domain.md §9: "Percentages are computed, rounded half-up to 2 decimals, never copied").
///
/// A percentage is held as an integer number of basis points (bp): 10000 bp = 100.00 %, 2467 bp =
/// 24.67 %. It is computed from the exact integer fraction, never from a floating-point value.
///
/// Rounding is half-up in the strict sense, i.e. towards +∞ at exactly one half:
/// round(x) = floor(x + ½). For non-negative fractions (every share, rate and average of the
/// reports) this is the schoolbook rule (16.345… → 16.35, 0.005 → 0.01). It is the same rule as
/// ratioBp() in AbcAnalysis.h, so the ABC table and the report summaries always agree.
///
/// Range: |numerator| and denominator up to 4.6 × 10^14 (e.g. 4.6 billion yuan in fen) are exact;
/// the result must fit an int (|ratio| < 214 748 ×).

/// numerator ÷ denominator × scale, rounded half-up (towards +∞ at one half) in exact integer
/// arithmetic: floor((2 × numerator × scale + denominator) ÷ (2 × denominator)). A denominator ≤ 0
/// gives 0 (an empty population has no share; callers that must tell "0 %" from "no data" check
/// the denominator themselves). scale must be > 0.
[[nodiscard]] long long divideHalfUp(long long numerator, long long denominator, long long scale);

/// numerator ÷ denominator in basis points, rounded half-up: (num × 10000 × 2 + den) ÷ (2 × den).
/// 1 of 3 → 3333, 2 of 3 → 6667, 1 of 20000 → 1 (0.005 % → 0.01 %). Denominator ≤ 0 → 0.
[[nodiscard]] int percentBp(long long numerator, long long denominator);

/// Difference of two shares in percentage points, in bp: currentBp − previousBp. Both operands
/// are the rounded shares shown in the report, so the printed delta is exactly the difference of
/// the two printed percentages.
[[nodiscard]] int deltaBp(int currentBp, int previousBp);

/// A value in hundredths with exactly two decimals, no sign for positive values: 2467 → "24.67",
/// 10000 → "100.00", 5 → "0.05", -5 → "-0.05", 437 → "4.37" (an average of 4.37).
[[nodiscard]] QString formatHundredths(long long hundredths);

/// Basis points as a percentage with exactly two decimals and no "%": 2467 → "24.67".
[[nodiscard]] QString formatPercent(int bp);

/// Basis points with a "%" sign: 2467 → "24.67%", 0 → "0.00%".
[[nodiscard]] QString formatPercentSign(int bp);

/// A change in percentage points, always signed: 157 → "+1.57", -30 → "-0.30", 0 → "0.00".
[[nodiscard]] QString formatPercentDelta(int bp);

}  // namespace hc::domain
