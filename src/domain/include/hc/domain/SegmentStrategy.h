#pragma once

#include "hc/domain/AnalysisSettings.h"
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
/// A span as staff read it: "6个月", "2年" (whole years of months), "45天".
[[nodiscard]] QString spanText(const Span& span);
/// From–to: "6–8个月", "1–2年", "45–90天"; mixed units "8个月–1年".
[[nodiscard]] QString spanRangeText(const Span& from, const Span& to);
/// The last-visit ages a stage covers, from the shop's lifecycle settings (never hard-coded):
/// active "6个月以内", not_lost "6–8个月", quasi_lost notLostUntil–lost, lost lost–lostUntil,
/// trending_lost lostUntil–trendingLostUntil, completely_lost "3年以上".
[[nodiscard]] QString stageRange(Stage stage, const LifecycleSettings& lifecycle);
/// Recommended action and offer per stage (seed 003's table), without the range.
[[nodiscard]] QString stageAction(Stage stage);
/// "非流失客户(6–8个月未来厂):<action>" with the range from the STORED lifecycle settings.
[[nodiscard]] QString stageStrategy(Stage stage, const LifecycleSettings& lifecycle);
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
