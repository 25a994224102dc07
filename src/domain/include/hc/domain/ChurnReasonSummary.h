#pragma once

#include "hc/domain/ChurnReason.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// One churn reason of the monthly report (domain.md §7, §9; seed 003's 流失原因汇总).
struct ChurnReasonRow {
    ChurnReason reason = ChurnReason::Other;
    bool internal = false;  ///< 内因 (price, quality, waiting, attitude)
    int count = 0;
    int shareBp = 0;       ///< count ÷ all reasons given
    int groupShareBp = 0;  ///< count ÷ the internal (or external) subtotal
    friend bool operator==(const ChurnReasonRow&, const ChurnReasonRow&) = default;
};

struct ChurnReasonSummary {
    /// All ten reasons, zeros included, in ChurnReason order: internal price, quality, waiting,
    /// attitude; external distance, friend_garage, vehicle_sold, low_mileage, out_of_town, other.
    std::array<ChurnReasonRow, kChurnReasonCount> rows{};
    int total = 0;
    int internal = 0;
    int internalShareBp = 0;  ///< internal ÷ total
    int external = 0;
    int externalShareBp = 0;  ///< external ÷ total
    /// The reason given most often (ties: the earlier reason in ChurnReason order, so an internal
    /// reason wins a tie); std::nullopt when no reason was given.
    std::optional<ChurnReason> mainReason;

    [[nodiscard]] const ChurnReasonRow& row(ChurnReason reason) const {
        return rows.at(static_cast<std::size_t>(reason));
    }
    /// Seed 003's conclusion "内因是客户不来我店主要原因": more internal than external reasons.
    [[nodiscard]] bool internalDominant() const { return internal > external; }
};

/// From counts indexed by ChurnReason (e.g. WinbackKpis::reasons). Negative counts are taken as 0.
[[nodiscard]] ChurnReasonSummary summarizeChurnReasons(
    const std::array<int, kChurnReasonCount>& counts);

/// From one reason per answer (e.g. the last reason each customer gave in the month).
[[nodiscard]] ChurnReasonSummary summarizeChurnReasons(const std::vector<ChurnReason>& reasons);

}  // namespace hc::domain
