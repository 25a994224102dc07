#pragma once

#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/PurchaseEvent.h"

#include <QDate>
#include <QString>

#include <vector>

namespace hc::storage {

class Database;

/// Read-only inputs of the customer-base model (docs/customer-base.md): the visits of the archive
/// and the model settings, stored as JSON under the settings key "customer_base":
///   {"marginBp": 10000, "minRepeatCustomers": 200, "horizonWeeks": 52}
/// (every field optional; a missing or mistyped field keeps its default).
class CustomerBaseRepository {
public:
    static constexpr const char* kSettingsKey = "customer_base";

    explicit CustomerBaseRepository(Database& db) : db_(db) {}

    /// Every visit on or before `upTo`: customer id, visit date and the amount received in yuan
    /// (amount_fen ÷ 100), ordered by customer and date.
    [[nodiscard]] std::vector<domain::PurchaseEvent> loadVisits(const QDate& upTo) const;
    /// As loadVisits(), for the customers `ids` only (read by id through the customer index; the
    /// callback list's customers, not the whole archive).
    [[nodiscard]] std::vector<domain::PurchaseEvent> loadVisitsOf(
        const std::vector<domain::CustomerId>& ids, const QDate& upTo) const;

    [[nodiscard]] domain::CustomerBaseSettings loadSettings() const;

    [[nodiscard]] static QString settingsToJson(const domain::CustomerBaseSettings& settings);
    [[nodiscard]] static domain::CustomerBaseSettings settingsFromJson(const QString& json);

private:
    Database& db_;
};

}  // namespace hc::storage
