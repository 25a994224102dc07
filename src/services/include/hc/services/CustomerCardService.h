#pragma once

#include "hc/services/CustomerCard.h"
#include "hc/services/Result.h"

#include <QDate>

#include <memory>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The one read behind the customer card (客户档案), the callback screen's customer summary and
/// `huichang-cli customer show`: CustomerCard for one customer as of a date, with the stored
/// settings (analysis key "analysis", follow-up key "followups").
///
/// Cost does not grow with the archive: the customer's own rows are read by id through the
/// indexes; the whole-shop part (ABC ranks and cut-offs, matrix cells, RFM thresholds) is computed
/// once per as-of date, settings and data version (storage::DataVersion: highest audit, customer
/// and visit ids) and kept until one of them changes. Use an instance from the thread that owns
/// its connection; a background loader uses openSibling() (own connection, shared cache; the cache
/// is guarded by a mutex). Read-only; never throws.
class CustomerCardService {
public:
    explicit CustomerCardService(storage::Database& db);
    ~CustomerCardService();
    CustomerCardService(const CustomerCardService&) = delete;
    CustomerCardService& operator=(const CustomerCardService&) = delete;

    /// NotFound "找不到这个客户。" for an unknown id; Invalid for an invalid date.
    [[nodiscard]] Result<CustomerCard> card(domain::CustomerId id, const QDate& asOf) const;

    /// A service on a connection of its own to the same database file, sharing this one's
    /// whole-shop cache: for a background thread (create, use and destroy it on that thread).
    /// nullptr when the file cannot be opened again (logged).
    [[nodiscard]] std::unique_ptr<CustomerCardService> openSibling() const;

    /// Computes the whole-shop part for asOf now (e.g. in the background at start-up), so the
    /// first card opens fast.
    VoidResult warmUp(const QDate& asOf) const;

    /// Work advised at the latest visit of each vehicle (ties: the higher visit id) of card.visits,
    /// with the plate from card.vehicles: a later visit without advice means it was dealt with.
    [[nodiscard]] static std::vector<OpenRecommendation> openRecommendations(
        const CustomerCard& card);

    /// How often the whole-shop part was computed (tests: once per as-of date and data version).
    [[nodiscard]] int shopPassCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
