#pragma once

#include "hc/domain/AnalysisSettings.h"

#include <QString>

#include <optional>

namespace hc::domain {

/// Fleet size of a customer by the number of vehicles owned (domain.md §1, §5): 大户 / 中户 / 小户
/// / 散户. Keys "large", "medium", "small", "single".
enum class FleetSize { Large, Medium, Small, Single };
inline constexpr int kFleetSizeCount = 4;

QString toKey(FleetSize size);
std::optional<FleetSize> fleetSizeFromKey(const QString& key);

/// vehicles ≥ large → Large; ≥ medium → Medium; ≥ small → Small; otherwise (1) Single.
/// 0 or fewer vehicles → std::nullopt.
[[nodiscard]] std::optional<FleetSize> fleetSize(int vehicles, const FleetSettings& settings);

}  // namespace hc::domain
