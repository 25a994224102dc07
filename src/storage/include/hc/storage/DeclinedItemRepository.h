#pragma once

#include "hc/domain/DeclinedItem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// Which declined items to read (every set field must match).
struct DeclinedItemFilter {
    std::optional<domain::CustomerId> customerId;
    std::optional<domain::VehicleId> vehicleId;
    std::optional<domain::VisitId> visitId;  ///< declined at this visit
    std::optional<domain::DeclinedStatus> status;
};

/// The declined_items table (schema 0015) <-> domain::DeclinedItem. Items of a voided visit are
/// never read (like the visit). Prepared statements only; throws StorageError.
class DeclinedItemRepository {
public:
    explicit DeclinedItemRepository(Database& db) : db_(db) {}

    /// Inserts an open item (created_at from item.createdAt, else now); returns the new id.
    domain::DeclinedItemId insert(const domain::DeclinedItem& item);
    /// The item (nullopt when missing or its visit is voided).
    [[nodiscard]] std::optional<domain::DeclinedItem> find(domain::DeclinedItemId id) const;
    /// Matching items: open first, then by visit date (newest first), then id.
    [[nodiscard]] std::vector<domain::DeclinedItem> list(const DeclinedItemFilter& filter) const;
    /// Every item that matters for the period [from, to]: declined on or before `to` and open or
    /// closed on or after `from` (domain summarizeDeclinedWork).
    [[nodiscard]] std::vector<domain::DeclinedItem> forPeriod(const QDate& from,
                                                              const QDate& to) const;
    /// Closes an open item as done by `visitId` on `visitDate`; false when not open.
    bool markDone(domain::DeclinedItemId id, domain::VisitId visitId, const QDate& visitDate,
                  const QDateTime& at, std::int64_t userId);
    /// Closes an open item as dropped with `reason` on `day`; false when not open.
    bool markDropped(domain::DeclinedItemId id, const QString& reason, const QDate& day,
                     const QDateTime& at, std::int64_t userId);
    /// Reopens the items a visit closed as done (the visit is voided or deleted); returns their
    /// ids.
    std::vector<domain::DeclinedItemId> reopenClosedBy(domain::VisitId visitId);
    /// Deletes the items declined at a visit (the visit is deleted); returns how many.
    int removeOfVisit(domain::VisitId visitId);

private:
    Database& db_;
};

}  // namespace hc::storage
