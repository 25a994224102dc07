#pragma once

#include "hc/domain/CustomerClass.h"
#include "hc/domain/FleetSize.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/RfmAnalysis.h"

#include <QString>

#include <optional>

namespace hc::domain {

/// Default service-strategy texts shown to staff (domain.md §4–§6, seeds 000, 001, 003, 004), in
/// Chinese, kept in this one place. The UI translates them separately.

/// Retention action per class (domain.md §6).
[[nodiscard]] QString classStrategy(CustomerClass cls);
/// Retention action for a new customer (new is orthogonal to the class).
[[nodiscard]] QString newCustomerStrategy();
/// Recommended action and offer per stage (seed 003's table).
[[nodiscard]] QString stageStrategy(Stage stage);
/// Loyalty × contribution cell strategy (domain.md §4).
[[nodiscard]] QString matrixStrategy(MatrixCell cell);
/// RFM segment strategy (seed 004).
[[nodiscard]] QString rfmStrategy(RfmSegment segment);
/// Fleet-size strategy (seed 001).
[[nodiscard]] QString fleetStrategy(FleetSize size);
/// Vehicle-grade strategy (seed 001 pages 27–29) by the Vehicle grade key "high", "mid",
/// "mid_low", "low"; std::nullopt for an unknown key.
[[nodiscard]] std::optional<QString> vehicleGradeStrategy(const QString& gradeKey);

}  // namespace hc::domain
