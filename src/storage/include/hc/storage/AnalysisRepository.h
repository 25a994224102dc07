#pragma once

#include "hc/domain/CustomerFacts.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace hc::storage {

class Database;

/// Read-only queries feeding the analysis rules. The hot path of the monthly reports.
class AnalysisRepository {
public:
    explicit AnalysisRepository(Database& db) : db_(db) {}

    /// Facts of every customer (customers without visits included, ordered by id) as of `asOf`:
    /// first visit ever, last visit on or before `asOf`, SUM(amount_fen) and COUNT(*) of the visits
    /// with windowFrom ≤ date ≤ asOf. Two forward-only statements merged by customer id in C++:
    /// one pass over the covering index visits(customer_id, visit_date, amount_fen) in
    /// (customer, date) order, aggregated while streaming, and one scan of customers.
    [[nodiscard]] std::vector<domain::CustomerFacts> loadFacts(const QDate& asOf,
                                                               const QDate& windowFrom) const;

    [[nodiscard]] std::int64_t customerCount() const;
    [[nodiscard]] std::int64_t visitCount() const;

private:
    Database& db_;
};

}  // namespace hc::storage
