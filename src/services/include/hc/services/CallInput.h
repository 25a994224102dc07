#pragma once

#include "hc/domain/CallOutcome.h"
#include "hc/domain/CallRetryRule.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/Customer.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::services {

/// The new owner's contact given during a vehicle_sold call (seed 003: ask for it).
struct NewOwnerContact {
    QString name;
    QString phone;
    /// Transfer the vehicle called about (or the customer's only vehicle) to the new owner.
    bool transferVehicle = true;
};

/// One satisfaction score (1–5) of a post-service call for a questionnaire item (by its id).
struct SatisfactionScore {
    std::int64_t itemId = 0;
    int score = 0;
};

/// What the callback staff enter for one call (FollowUpService::recordOutcome). Copy the ids from
/// the FollowUpItem called about.
struct CallInput {
    domain::CustomerId customerId = 0;
    domain::FollowUpKind kind = domain::FollowUpKind::PostService;
    std::optional<domain::VehicleId> vehicleId;
    std::optional<domain::VisitId> visitId;
    std::optional<std::int64_t> complaintId;  ///< required for complaint calls
    /// Win-back calls: the campaign; when unset the customer's running invitation is used.
    std::optional<std::int64_t> campaignId;
    QDate due;  ///< the item's due date
    domain::CallOutcome outcome = domain::CallOutcome::Reached;
    QDate appointment;  ///< required for will_come (on or after the call date)
    /// will_come: the appointment made with the call (AppointmentService): its time slot (null =
    /// only the day), purpose (empty = the item's kind label) and advisor.
    QTime appointmentTime;
    QString appointmentPurpose;
    std::optional<std::int64_t> appointmentAdvisorId;
    std::optional<domain::ChurnReason> churnReason;
    QString note;
    int attempt = 1;  ///< FollowUpItem::attempt
    /// The customer confirmed their data during the call: records the second check (二次复核).
    bool dataConfirmed = false;
    /// Post-service calls only.
    std::vector<SatisfactionScore> satisfaction;
    /// vehicle_sold only.
    std::optional<NewOwnerContact> newOwner;
};

/// What recording a call did.
struct RecordedCall {
    std::int64_t callId = 0;
    bool customerInvalidated = false;
    std::optional<domain::CustomerId> newOwnerId;  ///< created or found by phone
    std::optional<domain::VehicleId> transferredVehicle;
    bool verified = false;
    bool complaintClosed = false;
    std::optional<std::int64_t> campaignId;
    /// will_come: the appointment created with the call.
    std::optional<std::int64_t> appointmentId;
    /// no_answer: when to call again, or suggest an SMS (domain afterNoAnswer).
    domain::NoAnswerRetry retry;
};

}  // namespace hc::services
