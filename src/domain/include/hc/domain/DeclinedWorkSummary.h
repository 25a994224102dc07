#pragma once

#include "hc/domain/DeclinedItem.h"
#include "hc/domain/Money.h"

#include <QDate>

#include <optional>
#include <vector>

namespace hc::domain {

/// Declined work of a period (monthly report, docs/reports.md "Declined work").
struct DeclinedWorkSummary {
    int declinedCount = 0;  ///< items recorded at visits dated in the period
    Fen declinedFen = 0;
    int recoveredCount = 0;  ///< items done at a later visit dated in the period
    Fen recoveredFen = 0;
    int droppedCount = 0;  ///< items dropped (given up) in the period
    Fen droppedFen = 0;
    int openCount = 0;  ///< items still open at the end of the period
    Fen openFen = 0;
    /// recoveredFen ÷ declinedFen in basis points (10000 = 100 %; a month may recover more than it
    /// declined); nullopt when nothing was declined.
    std::optional<int> recoveryRateBp;
    friend bool operator==(const DeclinedWorkSummary&, const DeclinedWorkSummary&) = default;
};

/// Counts the items of [from, to] (dates inclusive): declined by visitDate, recovered and dropped
/// by closedDate; open at `to` = recorded on or before `to` and not closed on or before it.
[[nodiscard]] DeclinedWorkSummary summarizeDeclinedWork(const std::vector<DeclinedItem>& items,
                                                        const QDate& from, const QDate& to);

}  // namespace hc::domain
