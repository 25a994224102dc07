#pragma once

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/Customer.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// One follow-up call as stored (the calls table): every attempt is one record. The planner reads
/// the lean FollowUpCall view of it.
struct CallRecord {
    std::int64_t id = 0;  ///< 0 until stored
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    std::optional<VisitId> visitId;           ///< post_service: the visit called about
    std::optional<std::int64_t> complaintId;  ///< complaint follow-ups
    std::optional<std::int64_t> campaignId;   ///< win-back calls made for a campaign
    FollowUpKind kind = FollowUpKind::PostService;
    QDate due;           ///< the item's due date when called from the list
    QDateTime calledAt;  ///< when the call was made; its date is the call date
    std::optional<UserId> callerId;
    QString callerName;  ///< username of callerId (read only)
    CallOutcome outcome = CallOutcome::Reached;
    QDate appointment;  ///< will_come
    std::optional<ChurnReason> churnReason;
    QString note;
    int attempt = 1;
};

}  // namespace hc::domain
