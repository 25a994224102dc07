#pragma once

#include "hc/domain/ComplaintDeadlines.h"
#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// One complaint form (客户投诉, domain.md §8) with the times of the 2123 steps. Channel keys:
/// "phone", "visit", "online", "letter", "other". Status keys: "received", "contacted",
/// "answered", "resolved", "closed" (followed up).
struct Complaint {
    std::int64_t id = 0;  ///< 0 until stored
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    std::optional<VisitId> visitId;
    QString channel = QStringLiteral("phone");
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    QString description;
    std::optional<UserId> responsibleUser;
    QString responsiblePerson;  ///< free text when the person is not a user
    QDateTime received;
    QDateTime contacted;
    QDateTime answered;
    QDateTime seniorAnswered;
    QDateTime resolved;
    QDateTime followedUp;
    QString resolution;
    QString status = QStringLiteral("received");
    std::optional<UserId> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] ComplaintTimes times() const {
        return {received, severity, contacted, answered, seniorAnswered, resolved, followedUp};
    }
};

}  // namespace hc::domain
