#pragma once

#include <QString>

#include <optional>

namespace hc::domain {

/// Class of a customer as of a date D (domain.md §2). Keys: "loyal", "swing", "lost", "invalid",
/// "no_visit".
enum class CustomerClass { Loyal, Swing, Lost, Invalid, NoVisit };

/// Callback / offer stage of a valid customer with visits (domain.md §2, seed 003). Keys: "active",
/// "not_lost", "quasi_lost", "lost", "trending_lost", "completely_lost".
enum class Stage { Active, NotLost, QuasiLost, Lost, TrendingLost, CompletelyLost };

inline constexpr int kCustomerClassCount = 5;
inline constexpr int kStageCount = 6;

QString toKey(CustomerClass cls);
QString toKey(Stage stage);
std::optional<CustomerClass> customerClassFromKey(const QString& key);
std::optional<Stage> stageFromKey(const QString& key);

}  // namespace hc::domain
