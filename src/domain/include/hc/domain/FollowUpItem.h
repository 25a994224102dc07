#pragma once

#include "hc/domain/CustomerClass.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/DeclinedItem.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::domain {

/// One line of the daily follow-up list.
struct FollowUpItem {
    CustomerId customerId = 0;
    QString name;
    FollowUpKind kind = FollowUpKind::PostService;
    std::optional<Stage> stage;  ///< the customer's callback stage on D, when known
    Urgency urgency = Urgency::Yellow;
    QDate due;
    QString reason;  ///< short Chinese text, e.g. "保养到期:上次保养 2026-05-20,预计里程 10,230 km"
    std::optional<VehicleId> vehicleId;
    QString plate;
    std::optional<VisitId> visitId;             ///< post_service: the visit called about
    std::optional<std::int64_t> complaintId;    ///< complaint: the complaint followed up
    std::optional<CareOccasion> careOccasion;   ///< care: the occasion
    std::optional<std::int64_t> appointmentId;  ///< appointment_reminder / no_show: the appointment
    QString holiday;                            ///< care, occasion holiday: its name ("春节")
    QString advisor;                            ///< post_service: who served the visit
    /// declined_work: the declined items called about (several when one customer has more due)
    /// and the most urgent of their urgencies.
    std::vector<DeclinedItemId> declinedItemIds;
    std::optional<DeclinedUrgency> declinedUrgency;
    int attempt = 1;            ///< 1 = first call; 2, 3 after no-answers
    bool smsSuggested = false;  ///< maxNoAnswerAttempts reached: send an SMS, do not call again
    /// Lower-priority kinds also due for this customer today, dropped so that the customer gets
    /// one call a day (mention them during the call).
    std::vector<FollowUpKind> alsoDue;
};

}  // namespace hc::domain
