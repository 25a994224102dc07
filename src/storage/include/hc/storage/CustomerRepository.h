#pragma once

#include "hc/domain/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The customers table <-> domain::Customer. Prepared statements only; throws StorageError.
/// Timestamps come from the caller (services own the clock); an invalid one means "now".
class CustomerRepository {
public:
    explicit CustomerRepository(Database& db) : db_(db) {}

    /// Inserts every archive field (including invalid/verified state) and returns the new id.
    domain::CustomerId insert(const domain::Customer& c);
    /// Updates the archive fields (not invalid / verified / opt-out state) and updated_at;
    /// false when no such customer.
    bool update(const domain::Customer& c);
    [[nodiscard]] std::optional<domain::Customer> find(domain::CustomerId id) const;
    /// Customers whose phone or phone2 equals `phone` (normalised), by id.
    [[nodiscard]] std::vector<domain::Customer> findByPhone(const QString& phone) const;
    [[nodiscard]] std::vector<domain::Customer> findByIdNumber(const QString& idNumber) const;
    /// Sets reason, note, date and person of the invalid mark; false when no such customer.
    bool markInvalid(domain::CustomerId id, domain::InvalidReason reason, const QString& note,
                     const QDate& since, std::int64_t byUser, const QDateTime& at);
    /// Clears the invalid mark; false when no such customer.
    bool clearInvalid(domain::CustomerId id, const QDateTime& at);
    /// Records the second check: who and when (user 0 → NULL).
    bool setVerified(domain::CustomerId id, const QDateTime& at, std::int64_t byUser);
    bool setMarketingOptOut(domain::CustomerId id, bool optOut, const QDateTime& at);
    [[nodiscard]] bool exists(domain::CustomerId id) const;
    [[nodiscard]] std::int64_t count() const;

private:
    Database& db_;
};

}  // namespace hc::storage
