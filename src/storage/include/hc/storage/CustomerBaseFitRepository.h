#pragma once

#include "hc/domain/CustomerBaseFit.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The stored fits of the customer-base model (table customer_base_fits, schema 0014): append and
/// read. The newest fit (by fitted_at, then id) is the one in use.
class CustomerBaseFitRepository {
public:
    explicit CustomerBaseFitRepository(Database& db) : db_(db) {}

    /// Stores a fit made by `userId` (0 = the system); returns its id.
    std::int64_t insert(const domain::CustomerBaseFit& fit, std::int64_t userId);
    /// The newest fit, or nullopt when none is stored.
    [[nodiscard]] std::optional<domain::CustomerBaseFit> latest() const;
    /// The newest fit whose calibration end is on or before `day`.
    [[nodiscard]] std::optional<domain::CustomerBaseFit> latestCalibratedBy(const QDate& day) const;
    /// The newest `limit` fits, newest first.
    [[nodiscard]] std::vector<domain::CustomerBaseFit> recent(int limit) const;

private:
    [[nodiscard]] std::vector<domain::CustomerBaseFit> select(const QString& where,
                                                              const QDate& day, int limit) const;
    Database& db_;
};

}  // namespace hc::storage
