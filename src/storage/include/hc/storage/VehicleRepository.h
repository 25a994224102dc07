#pragma once

#include "hc/domain/Vehicle.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The vehicles table and the ownership history (vehicle_owners) <-> domain::Vehicle /
/// domain::Ownership. Prepared statements only; throws StorageError. Call inside the caller's
/// transaction when several writes belong together (insert and transfer write two tables).
class VehicleRepository {
public:
    explicit VehicleRepository(Database& db) : db_(db) {}

    /// Inserts the vehicle owned by v.customerId and opens its first ownership period on
    /// `ownedFrom` (invalid → today). Returns the new id.
    domain::VehicleId insert(const domain::Vehicle& v, const QDate& ownedFrom);
    /// Updates every field except the owner (use transfer) and created_at; false when missing.
    bool update(const domain::Vehicle& v);
    [[nodiscard]] std::optional<domain::Vehicle> find(domain::VehicleId id) const;
    [[nodiscard]] std::optional<domain::Vehicle> byPlate(const QString& plate) const;
    [[nodiscard]] std::optional<domain::Vehicle> byVin(const QString& vin) const;
    /// Vehicles currently owned by `owner`, by id.
    [[nodiscard]] std::vector<domain::Vehicle> ofCustomer(domain::CustomerId owner) const;
    /// Closes the open ownership period on `date`, opens one for `newOwner` from `date` and makes
    /// `newOwner` the current owner. False when the vehicle does not exist.
    bool transfer(domain::VehicleId id, domain::CustomerId newOwner, const QDate& date,
                  const QString& note, const QDateTime& at);
    /// Ownership periods, oldest first; the last one is open (to invalid).
    [[nodiscard]] std::vector<domain::Ownership> history(domain::VehicleId id) const;
    /// The open ownership period, if any.
    [[nodiscard]] std::optional<domain::Ownership> currentOwnership(domain::VehicleId id) const;
    [[nodiscard]] std::int64_t count() const;

private:
    Database& db_;
};

}  // namespace hc::storage
