#pragma once

#include "hc/domain/ChurnReason.h"
#include "hc/domain/FollowUpCall.h"
#include "hc/domain/Visit.h"

#include <array>
#include <vector>

namespace hc::domain {

/// Win-back KPIs of one calendar month (domain.md §7, seed 003's "流失客户招揽信息汇总"). Counts
/// are of distinct customers with at least one win-back call dated in the month, each counted once
/// by the outcome of their last win-back call of the month (so the outcome counts add up to
/// `reminded`); `calls` counts every attempt.
struct WinbackKpis {
    int calls = 0;        ///< win-back call attempts in the month, no-answers included
    int reminded = 0;     ///< 本月流失提醒数: customers given a win-back call
    int returned = 0;     ///< 提醒后回厂数: reminded customers with a visit inside the
                          ///< ReturnWindow{call date, returnWindowDays} of one of their calls
    int reached = 0;      ///< last outcome reached (no commitment)
    int intending = 0;    ///< 有意向还会来的: last outcome will_come
    int refusals = 0;     ///< 明确表示不来店的: last outcome refuses
    int invalidData = 0;  ///< 无效数据: last outcome wrong_number or vehicle_sold
    int noAnswer = 0;     ///< last outcome no_answer
    /// Churn reasons given (the last one per customer in the month), indexed by ChurnReason.
    std::array<int, kChurnReasonCount> reasons{};
    int internalReasons = 0;  ///< sum of the internal reasons (price, quality, waiting, attitude)
    int externalReasons = 0;
    /// returned ÷ reminded in basis points, rounded half-up (0 when nobody was reminded).
    int returnRateBp = 0;
    friend bool operator==(const WinbackKpis&, const WinbackKpis&) = default;
};

/// KPIs for the month `year`-`month` from the call history and the visits (pure).
[[nodiscard]] WinbackKpis computeWinbackKpis(int year, int month,
                                             const std::vector<FollowUpCall>& calls,
                                             const std::vector<Visit>& visits,
                                             int returnWindowDays = 30);

}  // namespace hc::domain
