#pragma once

#include "hc/domain/Appointment.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/DeclinedItem.h"
#include "hc/domain/FollowUpCall.h"
#include "hc/domain/HolidayDate.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::domain {

/// What the planner needs to know about one customer. Storage fills the facts (invalidSince,
/// phone); FollowUpPlanner::classifyCustomers() derives `valid` and `stage` from them with the
/// domain classification (storage applies no rule).
struct PlannerCustomer {
    CustomerId id = 0;
    QString name;
    QDate invalidSince;            ///< fact: marked invalid on this day (null = not marked)
    QString phone;                 ///< fact: the phone on file
    bool valid = true;             ///< false when marked invalid (or no contact on file)
    bool marketingOptOut = false;  ///< refused marketing contact
    /// The callback stage; when unset it is derived from the customer's visits on or before D
    /// (recencyStage with the planner's LifecycleSettings).
    std::optional<Stage> stage;
    QDate birthday;
};

/// An open complaint whose follow-up call is still to be made (domain.md §8).
struct OpenComplaint {
    std::int64_t complaintId = 0;
    CustomerId customerId = 0;
    QDate due;        ///< the deadline when `resolved` is unknown (null = today)
    QString summary;  ///< short text shown in the reason
    /// Fact: when the complaint was resolved; the planner computes the follow-up deadline from it
    /// (ComplaintDeadlines with FollowUpSettings::complaint).
    QDateTime resolved;
};

/// Everything the daily follow-up list for day `date` depends on. Flat lists, joined by customer
/// and vehicle id; visits and calls after `date` are ignored (so a past day can be re-planned).
struct FollowUpInput {
    QDate date;
    /// User name of the callback staff the list is built for; empty = the full list (manager's
    /// view).
    QString assignee;
    std::vector<PlannerCustomer> customers;
    std::vector<Visit> visits;      ///< date, mileage, category, vehicle id, advisor are used
    std::vector<Vehicle> vehicles;  ///< id, owner, plate, purchase / insurance / inspection dates
    std::vector<FollowUpCall> calls;
    std::vector<OpenComplaint> complaints;
    /// Holidays for greetings as concrete dates (the service resolves FollowUpSettings::holidays,
    /// lunar ones through storage::LunarCalendar); only those whose lead window contains `date`
    /// matter.
    std::vector<HolidayDate> holidays;
    /// Appointments around `date` (reminders ahead, no-shows behind; the service loads those from
    /// date − noShowFollowUpDays to date + appointmentReminderLeadDays), cancelled ones included.
    std::vector<Appointment> appointments;
    /// Open declined-work items (visits not voided); the planner lists each when it is due
    /// (DeclinedWorkDue).
    std::vector<DeclinedItem> declinedItems;
};

}  // namespace hc::domain
