#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

using DeclinedItemId = std::int64_t;

/// How urgent the advisor judged declined work (建议项目). Keys: "safety" (安全), "soon" (尽快),
/// "later" (以后). Listed most urgent first.
enum class DeclinedUrgency { Safety, Soon, Later };
inline constexpr int kDeclinedUrgencyCount = 3;
QString toKey(DeclinedUrgency urgency);
std::optional<DeclinedUrgency> declinedUrgencyFromKey(const QString& key);
/// Chinese label: 安全, 尽快, 以后.
QString toLabel(DeclinedUrgency urgency);

/// Where a declined item stands. Keys: "open", "done" (done at a later visit), "dropped" (given
/// up, with a reason).
enum class DeclinedStatus { Open, Done, Dropped };
QString toKey(DeclinedStatus status);
std::optional<DeclinedStatus> declinedStatusFromKey(const QString& key);
/// Chinese label: 未做, 已做, 已放弃.
QString toLabel(DeclinedStatus status);

/// One piece of work advised at a visit and declined by the customer (issue 12 item 7; rules in
/// docs/domain-rules.md "Declined work"). Due by `dueDate` or at odometer `dueMileage`, whichever
/// comes first (DeclinedWorkDue); neither set: a default from the urgency.
struct DeclinedItem {
    DeclinedItemId id = 0;
    VisitId visitId = 0;
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    QDate visitDate;  ///< the date of the visit it was declined at
    QString plate;    ///< the vehicle's plate, for display (filled when read)
    QString what;
    Fen amountFen = 0;  ///< estimated amount
    DeclinedUrgency urgency = DeclinedUrgency::Soon;
    QDate dueDate;                  ///< null: no date given
    std::optional<int> dueMileage;  ///< odometer reading (km) it is due at
    DeclinedStatus status = DeclinedStatus::Open;
    std::optional<VisitId> closedByVisitId;  ///< done: the visit that did it
    QDate closedDate;  ///< done: that visit's date; dropped: the day it was dropped
    QString dropReason;
    QDateTime createdAt;
    std::optional<std::int64_t> createdBy;
    QDateTime closedAt;
    std::optional<std::int64_t> closedBy;

    [[nodiscard]] bool isOpen() const { return status == DeclinedStatus::Open; }
};

}  // namespace hc::domain
