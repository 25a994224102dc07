#pragma once

#include "hc/domain/Visit.h"
#include "hc/services/ActingUser.h"
#include "hc/services/DeclinedWork.h"
#include "hc/services/ServiceError.h"

#include <QDateTime>

#include <optional>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The declined-work part of a visit entry (services-private; VisitService calls it inside the
/// visit's transaction, so the visit and its items are saved together or not at all).
class DeclinedWorkWriter {
public:
    explicit DeclinedWorkWriter(storage::Database& db) : db_(db) {}

    /// Field checks (no database): what not blank (normalised), amount ≥ 0, due date not before
    /// the visit, due mileage above the visit's mileage when both are given; no item ticked twice.
    /// Errors name the field "declined.N.what" etc. (N from 1).
    [[nodiscard]] static std::optional<ServiceError> normalise(VisitDeclinedWork& work,
                                                               const domain::Visit& visit);
    /// Checks the ticked items against the stored data: open, of the visit's vehicle (or, without
    /// a vehicle, of its customer), declined at a visit on or before this one. Call before
    /// inserting the visit.
    [[nodiscard]] std::optional<ServiceError> checkDone(const VisitDeclinedWork& work,
                                                        const domain::Visit& visit) const;
    /// Inserts the declined items of the saved visit and closes the ticked ones as done by it;
    /// audited "declined.create" / "declined.done" (entity "declined_item").
    void write(const ActingUser& user, const domain::Visit& saved, const VisitDeclinedWork& work,
               const QDateTime& now);

private:
    storage::Database& db_;
};

}  // namespace hc::services
