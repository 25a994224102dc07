#pragma once

#include "hc/domain/CallListSettings.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/DeclinedWorkSettings.h"
#include "hc/domain/MaintenanceDueEstimator.h"

#include <QString>

#include <chrono>
#include <vector>

namespace hc::domain {

/// The "2123 principle" of complaint handling (domain.md §8, seed 002), as durations:
/// contact within 2 hours of receipt, answer within 1 day (24 h) of receipt, a major complaint gets
/// a senior-management answer within 2 days (48 h) of receipt, and the callback staff follow up
/// within 3 days (72 h) after resolution.
struct ComplaintSettings {
    std::chrono::minutes contactWithin{2 * 60};
    std::chrono::minutes answerWithin{24 * 60};
    std::chrono::minutes seniorAnswerWithin{48 * 60};
    std::chrono::minutes followUpWithin{72 * 60};
    friend bool operator==(const ComplaintSettings&, const ComplaintSettings&) = default;
};

/// Win-back cadence per callback stage (domain.md §7, seed 003): a customer in a stage is called
/// again at the earliest `n` days after the last win-back call. Active (loyal) customers get no
/// win-back call. The nearer a customer is to the shop, the more often (seed 003: quasi-lost
/// customers are the most likely to come back; completely lost ones get care first).
struct WinbackCadence {
    int notLostDays = 30;
    int quasiLostDays = 30;
    int lostDays = 60;
    int trendingLostDays = 90;
    int completelyLostDays = 180;
    friend bool operator==(const WinbackCadence&, const WinbackCadence&) = default;
};

/// A holiday for greetings (节日问候, domain.md §6–7; seed 003: "节日问候(元旦及春节等节日)"): a
/// day of the Gregorian calendar or of the Chinese lunar calendar (春节 = lunar 1/1, 中秋节 =
/// 8/15).
struct HolidayRule {
    QString name;
    int month = 1;
    int day = 1;
    bool lunar = false;
    friend bool operator==(const HolidayRule&, const HolidayRule&) = default;
};

/// 元旦 (1/1), 春节 (lunar 1/1), 端午节 (lunar 5/5), 中秋节 (lunar 8/15), 国庆节 (10/1).
inline std::vector<HolidayRule> defaultHolidays() {
    return {{QStringLiteral("元旦"), 1, 1, false},
            {QStringLiteral("春节"), 1, 1, true},
            {QStringLiteral("端午节"), 5, 5, true},
            {QStringLiteral("中秋节"), 8, 15, true},
            {QStringLiteral("国庆节"), 10, 1, false}};
}

/// Every threshold of the daily follow-up list (domain.md §7), with its defaults. See
/// docs/followups.md for the rules that use them.
struct FollowUpSettings {
    /// Post-service callback due this many days after the visit.
    int postServiceDelayDays = 3;
    /// A post-service callback not made this many days after its due date is dropped from the list
    /// (asking "is the fault fixed?" weeks later makes no sense).
    int postServiceExpiryDays = 7;

    /// Maintenance due at last maintenance + interval (6 months) or + intervalKm (5000 km),
    /// whichever comes first (MaintenanceDueEstimator).
    MaintenanceDueSettings maintenance;
    /// Driving rate used when the vehicle's own rate is unknown (fewer than two odometer readings).
    int defaultKmPerDay = 40;
    /// Maintenance reminders are listed from this many days before they are due.
    int reminderLeadDays = 7;

    /// Urgency: red when due < D; yellow when D ≤ due ≤ D + yellowWindowDays; green further ahead
    /// (only items listed early, e.g. insurance renewal, can be green).
    int yellowWindowDays = 7;

    WinbackCadence winback;
    /// At most this many win-back items per daily list (seed 003: "每天定量"); 0 = no limit.
    int winbackDailyLimit = 0;

    /// Care calls (关怀) are listed this many days ahead of the occasion.
    int birthdayLeadDays = 3;
    int insuranceLeadDays = 30;
    int inspectionLeadDays = 30;

    /// No answer: the same item is listed again the next day, at most this many attempts in all;
    /// after the last one it is listed once more, the next day, flagged "send an SMS".
    int maxNoAnswerAttempts = 3;

    /// Win-back KPIs: a visit within this many days after a win-back call counts as "returned".
    int winbackReturnWindowDays = 30;

    ComplaintSettings complaint;

    /// Appointments (预约): the reminder call is listed this many days before the appointment day
    /// (1 = the day before; listed until the day before it).
    int appointmentReminderLeadDays = 1;
    /// A missed appointment (no-show) is listed as a follow-up call from the next day on, for this
    /// many days (then dropped: the regular maintenance / win-back rules take over).
    int noShowFollowUpDays = 7;

    /// Holiday greetings: listed this many days before each holiday, for valid customers (who
    /// accept marketing) whose callback stage is holidayFromStage or further away (seed 003: the
    /// completely lost — 2 years and more — get care first).
    std::vector<HolidayRule> holidays = defaultHolidays();
    int holidayLeadDays = 3;
    Stage holidayFromStage = Stage::TrendingLost;

    /// The day's list a person can finish: capacity per callback user, how the list is split, the
    /// weights of the priority score (JSON "callList").
    CallListSettings callList;

    /// Declined work (建议项目) follow-up: default due days by urgency, listing window (JSON
    /// "declined").
    DeclinedWorkSettings declined;

    friend bool operator==(const FollowUpSettings&, const FollowUpSettings&) = default;
};

}  // namespace hc::domain
