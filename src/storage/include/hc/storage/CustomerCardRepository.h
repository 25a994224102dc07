#pragma once

#include "hc/domain/CustomerFacts.h"

#include <QDate>

#include <compare>
#include <cstdint>
#include <optional>

namespace hc::storage {

class Database;

/// A token that changes whenever the data behind the whole-shop analyses (customers, visits,
/// settings) may have changed: the highest audit record id (every write by a service adds one)
/// and the highest customer and visit ids. Three index look-ups, independent of the archive size;
/// comparable across connections and processes.
struct DataVersion {
    std::int64_t auditId = 0;
    std::int64_t customerId = 0;
    std::int64_t visitId = 0;
    friend bool operator==(const DataVersion&, const DataVersion&) = default;
};

/// Reads for one customer card: by customer id only, through the indexes (cost independent of the
/// number of customers and visits in the archive).
class CustomerCardRepository {
public:
    explicit CustomerCardRepository(Database& db) : db_(db) {}

    /// The analysis facts of one customer as AnalysisRepository::loadFacts computes them for the
    /// same asOf and windowFrom (first visit ever, last visit ≤ asOf, amount and count of the
    /// visits with windowFrom ≤ date ≤ asOf); nullopt when no such customer exists. Index
    /// visits(customer_id, visit_date, amount_fen).
    [[nodiscard]] std::optional<domain::CustomerFacts> factsOf(domain::CustomerId id,
                                                               const QDate& asOf,
                                                               const QDate& windowFrom) const;

    [[nodiscard]] DataVersion dataVersion() const;

private:
    Database& db_;
};

}  // namespace hc::storage
