#pragma once

#include "hc/domain/Customer.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hc::domain {

/// The outcome of one follow-up call (domain.md §7). Keys: "reached", "no_answer", "wrong_number",
/// "vehicle_sold", "will_come", "refuses".
enum class CallOutcome { Reached, NoAnswer, WrongNumber, VehicleSold, WillCome, Refuses };
inline constexpr int kCallOutcomeCount = 6;

QString toKey(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromKey(const QString& key);
/// Chinese label: 已接通, 未接听, 电话错误, 车辆已转卖, 会来店, 明确拒绝.
QString toLabel(CallOutcome outcome);

/// What recording an outcome implies (pure; the services layer applies it).
struct OutcomeEffect {
    /// False only for no_answer: the item stays open and is retried the next day.
    bool closesItem = true;
    /// no_answer: list the same item again the next day (up to maxNoAnswerAttempts).
    bool retryNextDay = false;
    /// wrong_number / vehicle_sold: the customer becomes invalid with this reason.
    std::optional<InvalidReason> marksInvalid;
    /// will_come: an appointment date (on or after the call) must be given.
    bool needsAppointment = false;
    /// vehicle_sold: ask for the new owner's contact (seed 003 offers a gift voucher for it).
    bool askNewOwnerContact = false;
    /// Counts as "invalid data found" in the win-back KPIs (wrong_number, vehicle_sold).
    bool isInvalidData = false;
    friend bool operator==(const OutcomeEffect&, const OutcomeEffect&) = default;
};

[[nodiscard]] OutcomeEffect effectOf(CallOutcome outcome);

/// The note stored with the invalid mark, e.g. "回访结果:电话错误"; empty when the outcome does not
/// invalidate the customer.
[[nodiscard]] QString invalidNote(CallOutcome outcome);

/// Checks an outcome before it is recorded; returns a Chinese message for the user when it cannot
/// be recorded as given (will_come without an appointment date, or with one before the call date),
/// nullopt when it is fine. An appointment date given with another outcome is ignored.
[[nodiscard]] std::optional<QString> checkOutcome(CallOutcome outcome, const QDate& callDate,
                                                  const QDate& appointment);

}  // namespace hc::domain
