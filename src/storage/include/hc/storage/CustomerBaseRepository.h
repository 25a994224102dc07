#pragma once

#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/PurchaseEvent.h"

#include <QDate>
#include <QString>

#include <vector>

namespace hc::storage {

class Database;

/// One customer's visit days up to a date, split at an earlier date (the monthly report's
/// customer-base section): distinct valid visit days only.
struct CustomerVisitSpan {
    domain::CustomerId id = 0;
    QDate first;             ///< first visit day
    QDate last;              ///< last visit day up to the end
    int days = 0;            ///< distinct visit days up to the end
    QDate lastBySplit;       ///< last visit day up to the split (invalid: none)
    int daysBySplit = 0;     ///< distinct visit days up to the split
    int daysAfterSplit = 0;  ///< distinct visit days after the split, up to the end
};

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

    /// Every customer with a valid visit on or before `end`: its visit days summed up in SQL (one
    /// pass over the customer/date index, no row per visit in C++), split at `split` (< end).
    [[nodiscard]] std::vector<CustomerVisitSpan> loadSpans(const QDate& end,
                                                           const QDate& split) const;

    [[nodiscard]] domain::CustomerBaseSettings loadSettings() const;

    [[nodiscard]] static QString settingsToJson(const domain::CustomerBaseSettings& settings);
    [[nodiscard]] static domain::CustomerBaseSettings settingsFromJson(const QString& json);

private:
    Database& db_;
};

}  // namespace hc::storage
