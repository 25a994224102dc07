#pragma once

#include "hc/domain/CustomerClass.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/FollowUpCall.h"
#include "hc/domain/HolidayDate.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::domain {

/// What the planner needs to know about one customer.
struct PlannerCustomer {
    CustomerId id = 0;
    QString name;
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
    QDate due;        ///< the follow-up deadline (ComplaintDeadlines), as a date
    QString summary;  ///< short text shown in the reason
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
};

}  // namespace hc::domain
