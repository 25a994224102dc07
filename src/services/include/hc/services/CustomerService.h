#pragma once

#include "hc/domain/Customer.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// A record that already holds a value being entered (phone, ID number, plate, VIN), so the form
/// can warn and offer a jump to it.
struct DuplicateHit {
    QString field;  ///< "phone", "id_number", "plate", "vin"
    domain::CustomerId customerId = 0;
    QString customerName;
};

/// Use cases on customers. Every write runs in one BEGIN IMMEDIATE transaction together with its
/// audit record; inputs are validated and normalised by the domain validators first.
class CustomerService {
public:
    CustomerService(storage::Database& db, Clock clock);
    ~CustomerService();

    /// Validates, normalises and stores a new customer; returns its id.
    Result<domain::CustomerId> registerCustomer(const ActingUser& user, const domain::Customer& c);
    /// Updates the archive fields of an existing customer (not invalid/verified state).
    VoidResult updateCustomer(const ActingUser& user, const domain::Customer& c);
    /// Marks a customer invalid (无效) with a reason, on `since` (default: today).
    VoidResult markInvalid(const ActingUser& user, domain::CustomerId id,
                           domain::InvalidReason reason, const QString& note,
                           const QDate& since = {});
    /// Undoes markInvalid: the customer is valid again; the audit log keeps both steps.
    VoidResult undoInvalid(const ActingUser& user, domain::CustomerId id);
    /// Records the second check of the customer's information (二次复核): who and when.
    VoidResult verify(const ActingUser& user, domain::CustomerId id);
    /// Sets or clears the refusal of marketing contact; also recorded in the consent history
    /// (marketing refused / granted, source reception_form; ConsentService for the full choice).
    VoidResult setMarketingOptOut(const ActingUser& user, domain::CustomerId id, bool optOut);

    /// Returns the full, unmasked value of a personal field ("phone", "phone2" or "id_number") and
    /// writes the reveal to the audit log (action "customer.reveal", the field in the after JSON).
    /// Screens show masked values to roles that do not need them; this is the only way to see more.
    Result<QString> revealPersonalData(const ActingUser& user, domain::CustomerId id,
                                       const QString& field);
    /// Records that a list with the full phone numbers of `customers` customers was given out
    /// (e.g. `huichang-cli classify --json --reveal`): action "customer.reveal_list", with the
    /// purpose and the count in the after JSON. Call it before the list leaves the program.
    VoidResult recordListReveal(const ActingUser& user, const QString& purpose, int customers);

    [[nodiscard]] Result<std::optional<domain::Customer>> find(domain::CustomerId id) const;
    /// Customers other than `exceptId` that already hold this phone or ID number; an error when
    /// the lookup could not run (the form says so instead of "no duplicate").
    [[nodiscard]] Result<std::vector<DuplicateHit>> findDuplicates(
        const QString& phone, const QString& idNumber, domain::CustomerId exceptId = 0) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
