#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// Seed 004's "three dimensions, eight octants" (domain.md §5). (R, F, M) high/low:
/// important_value (H,H,H 重要价值), important_develop (H,L,H 重要发展), important_keep (L,H,H
/// 重要保持), important_retain (L,L,H 重要挽留), general_value (H,H,L 一般价值), general_develop
/// (H,L,L 一般发展), general_keep (L,H,L 一般保持), general_retain (L,L,L 一般挽留).
enum class RfmSegment {
    ImportantValue,
    ImportantDevelop,
    ImportantKeep,
    ImportantRetain,
    GeneralValue,
    GeneralDevelop,
    GeneralKeep,
    GeneralRetain,
};
inline constexpr int kRfmSegmentCount = 8;

QString toKey(RfmSegment segment);
std::optional<RfmSegment> rfmSegmentFromKey(const QString& key);

[[nodiscard]] RfmSegment rfmSegment(bool recencyHigh, bool frequencyHigh, bool monetaryHigh);

struct RfmEntry {
    CustomerId customerId = 0;
    bool recencyHigh = false;    ///< L ≥ D − settings.recency
    bool frequencyHigh = false;  ///< windowVisits ≥ settings.frequencyHigh
    bool monetaryHigh = false;   ///< windowAmountFen ≥ threshold (see RfmResult)
    RfmSegment segment = RfmSegment::GeneralRetain;
    friend bool operator==(const RfmEntry&, const RfmEntry&) = default;
};

struct RfmResult {
    std::vector<RfmEntry> entries;               ///< population in input order
    std::array<int, kRfmSegmentCount> counts{};  ///< indexed by RfmSegment, zeros included
    int population = 0;
    /// Monetary threshold used: the fixed amount, or the mean rounded up to whole fen (the exact
    /// comparison amount × n ≥ sum is what decides).
    Fen monetaryThresholdFen = 0;
    bool monetaryFromMean = false;

    [[nodiscard]] int count(RfmSegment segment) const {
        return counts.at(static_cast<std::size_t>(segment));
    }
};

/// RFM over the valid customers with a visit on or before D (other facts are skipped). Monetary is
/// high when the amount ≥ settings.monetaryHighFen if that is > 0, else when amount × n ≥ sum of
/// the population's amounts (≥ the mean, exact).
[[nodiscard]] RfmResult runRfm(const std::vector<CustomerFacts>& facts, const QDate& asOf,
                               const RfmSettings& settings);

}  // namespace hc::domain
