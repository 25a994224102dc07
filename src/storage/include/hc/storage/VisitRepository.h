#pragma once

#include "hc/domain/Visit.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The visits table <-> domain::Visit. Prepared statements only; throws StorageError.
class VisitRepository {
public:
    explicit VisitRepository(Database& db) : db_(db) {}

    /// Inserts the visit (created_at from v.createdAt, else now) and returns the new id.
    domain::VisitId insert(const domain::Visit& v);
    /// Updates every field except created_at / created_by; false when missing.
    bool update(const domain::Visit& v);
    /// Voids the visit (voided_at, voided_by — NULL for user 0 — and the reason); false when it is
    /// missing or already voided. A voided visit is left out of every list, count and analysis.
    bool markVoided(domain::VisitId id, const QDateTime& at, std::int64_t userId,
                    const QString& reason);
    /// Deletes the visit; false when missing.
    bool remove(domain::VisitId id);
    /// The visit, voided or not.
    [[nodiscard]] std::optional<domain::Visit> find(domain::VisitId id) const;
    /// All valid (not voided) visits of a customer, newest first (date, then id, descending).
    [[nodiscard]] std::vector<domain::Visit> ofCustomer(domain::CustomerId customer) const;
    /// All valid visits of a vehicle, newest first.
    [[nodiscard]] std::vector<domain::Visit> ofVehicle(domain::VehicleId vehicle) const;
    /// The mileage of the vehicle's latest valid visit that recorded one.
    [[nodiscard]] std::optional<int> lastMileage(domain::VehicleId vehicle) const;
    /// The visit with this work-order number, voided or not (the number stays taken).
    [[nodiscard]] std::optional<domain::Visit> byWorkOrder(const QString& workOrder) const;
    /// Valid visits.
    [[nodiscard]] std::int64_t count() const;

private:
    Database& db_;
};

}  // namespace hc::storage
