#pragma once

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/Vehicle.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// One follow-up call already made (the call history the planner and the win-back KPIs read).
struct FollowUpCall {
    CustomerId customerId = 0;
    QDate date;
    FollowUpKind kind = FollowUpKind::PostService;
    CallOutcome outcome = CallOutcome::Reached;
    QDate appointment;                        ///< will_come: the agreed date
    std::optional<VehicleId> vehicleId;       ///< maintenance / care: the vehicle called about
    std::optional<std::int64_t> complaintId;  ///< complaint follow-ups
    std::optional<ChurnReason> churnReason;   ///< win-back calls: the reason given, if any
    QString caller;                           ///< user name of the callback staff
};

}  // namespace hc::domain
