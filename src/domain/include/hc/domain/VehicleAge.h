#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace hc::domain {

/// Vehicle age bucket for churn by vehicle age (domain.md §9). Keys "<1y", "1-2y", "2-3y", ">=3y":
/// age < 1, 1 ≤ age < 2, 2 ≤ age < 3, age ≥ 3 (whole years).
enum class VehicleAgeBucket { UnderOne, OneToTwo, TwoToThree, ThreeOrMore };
inline constexpr int kVehicleAgeBucketCount = 4;

QString toKey(VehicleAgeBucket bucket);
std::optional<VehicleAgeBucket> vehicleAgeBucketFromKey(const QString& key);

/// Whole years from the purchase date to D, birthday-style: the age reaches n on the day
/// purchase + n years (a 29 February purchase turns 1 on 1 March of a common year). Equivalently:
/// the largest n with purchase ≤ D − 12n months (clamped). Null purchase date, null D or a purchase
/// after D → std::nullopt.
[[nodiscard]] std::optional<int> vehicleAgeYears(const QDate& purchaseDate, const QDate& asOf);

[[nodiscard]] VehicleAgeBucket vehicleAgeBucket(int years);

/// Bucket of a vehicle as of D; std::nullopt when the age is unknown (see vehicleAgeYears).
[[nodiscard]] std::optional<VehicleAgeBucket> vehicleAgeBucket(const QDate& purchaseDate,
                                                               const QDate& asOf);

}  // namespace hc::domain
