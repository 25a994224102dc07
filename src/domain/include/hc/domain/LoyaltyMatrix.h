#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/MaintenanceDueEstimator.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// Loyalty × contribution cell (domain.md §4). Keys "A+", "A-", "B+", "B-", "C+", "C-" (ASCII
/// minus). Strategy texts: matrixStrategy() in SegmentStrategy.h.
enum class MatrixCell { APlus, AMinus, BPlus, BMinus, CPlus, CMinus };
inline constexpr int kMatrixCellCount = 6;

QString toKey(MatrixCell cell);
std::optional<MatrixCell> matrixCellFromKey(const QString& key);

/// Cell of a customer with ABC grade `grade`; `loyal` is the "+" side.
[[nodiscard]] MatrixCell matrixCell(AbcGrade grade, bool loyal);

/// Loyalty as an exact fraction `visits × interval ÷ window` (= visits ÷ expected visits, expected
/// = window ÷ maintenance interval), capped at 1. Both spans in months → months; both in days →
/// days; mixed → days with a month = 146097 ÷ 4800 days (the Gregorian mean). A non-positive window
/// or interval counts as "one visit expected".
struct Loyalty {
    long long numerator = 0;
    long long denominator = 1;  ///< always > 0

    /// Rounded half-up, 0..10000.
    [[nodiscard]] int basisPoints() const;
    /// Exact: numerator × 100 ≥ pct × denominator.
    [[nodiscard]] bool atLeastPct(int pct) const;
};

/// `maintenance` is the shop's one maintenance setting (FollowUpSettings::maintenance).
[[nodiscard]] Loyalty loyalty(int windowVisits, const MatrixSettings& settings,
                              const MaintenanceDueSettings& maintenance);

/// A vehicle of a customer as the share-of-wallet rule sees it: its own driving rate, from two
/// odometer readings at least MatrixSettings::mileageMinDays apart (nullopt otherwise).
struct VehicleUsage {
    CustomerId customerId = 0;
    std::optional<MileageRate> rate;
    friend bool operator==(const VehicleUsage&, const VehicleUsage&) = default;
};

/// Services one vehicle needed in the window (domain.md §4): the larger of window ÷ interval
/// (12 ÷ 6 = 2) and km driven in the window (km per day × window days, a month = 146097 ÷ 4800
/// days) ÷ interval km; without a rate (or interval km ≤ 0) window ÷ interval. The interval and
/// interval km are the shop's one maintenance setting.
[[nodiscard]] double servicesNeeded(const std::optional<MileageRate>& rate,
                                    const MatrixSettings& settings,
                                    const MaintenanceDueSettings& maintenance);

/// Share of wallet of a customer with `windowVisits` visits in the window and these vehicles'
/// rates (one entry per vehicle; none on file counts as one vehicle without a rate, which gives
/// exactly loyalty(windowVisits, settings, maintenance)). Capped at 100 %.
[[nodiscard]] Loyalty shareOfWallet(int windowVisits,
                                    const std::vector<std::optional<MileageRate>>& vehicles,
                                    const MatrixSettings& settings,
                                    const MaintenanceDueSettings& maintenance);

/// "+" when loyalty ≥ settings.loyaltyThresholdPct (integer comparison).
[[nodiscard]] bool isLoyalPlus(int windowVisits, const MatrixSettings& settings,
                               const MaintenanceDueSettings& maintenance);

struct MatrixEntry {
    CustomerId customerId = 0;
    AbcGrade grade = AbcGrade::C;
    int windowVisits = 0;
    int loyaltyBp = 0;  ///< 0..10000
    bool plus = false;
    MatrixCell cell = MatrixCell::CMinus;
    friend bool operator==(const MatrixEntry&, const MatrixEntry&) = default;
};

struct LoyaltyMatrixResult {
    std::vector<MatrixEntry> entries;                                 ///< in ABC rank order
    std::array<std::vector<CustomerId>, kMatrixCellCount> customers;  ///< indexed by MatrixCell

    [[nodiscard]] int count(MatrixCell cell) const {
        return static_cast<int>(customers.at(static_cast<std::size_t>(cell)).size());
    }
    [[nodiscard]] const std::vector<CustomerId>& customersIn(MatrixCell cell) const {
        return customers.at(static_cast<std::size_t>(cell));
    }
};

/// Builds the matrix for the customers of an ABC run; visits come from the facts with the same id
/// (0 when absent), vehicles from `vehicles` (any order; a customer without an entry counts as
/// one vehicle without a driving rate). `maintenance` is the shop's one maintenance setting.
[[nodiscard]] LoyaltyMatrixResult buildLoyaltyMatrix(
    const AbcResult& abc, const std::vector<CustomerFacts>& facts, const MatrixSettings& settings,
    const MaintenanceDueSettings& maintenance, const std::vector<VehicleUsage>& vehicles = {});

}  // namespace hc::domain
