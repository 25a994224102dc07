#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/FollowUpInput.h"
#include "hc/domain/FollowUpItem.h"
#include "hc/domain/FollowUpSettings.h"

#include <vector>

namespace hc::domain {

/// Builds the daily follow-up list (domain.md §7; rules, priorities and defaults in
/// docs/followups.md). A pure function of its input: editing or deleting a visit, recording a call
/// or changing a setting and planning again gives the updated list.
///
/// Summary:
/// - post_service: latest visit + postServiceDelayDays, listed until postServiceExpiryDays after;
/// - maintenance: per vehicle, MaintenanceDueEstimator (date or mileage, whichever first; default
///   km/day when the vehicle's own rate is unknown), listed from reminderLeadDays ahead;
/// - winback: stages not_lost … completely_lost, at most once per cadence of the stage;
/// - care: birthday, insurance renewal, annual inspection, listed from their lead days ahead;
///   holiday greetings (input holidays, holidayLeadDays ahead) for stages from holidayFromStage on;
/// - complaint: every open complaint follow-up;
/// - declined_work: each open declined item from due − leadDays (DeclinedWorkDue) for listDays
///   after due; safety items also for customers without marketing consent; several items of one
///   customer are merged into one call.
/// Marketing kinds (maintenance, winback, care) skip invalid and opted-out customers. One item per
/// customer (priority complaint > post_service > maintenance > winback > care). With an assignee,
/// post-service items of visits the assignee served are left out of the list. No answer: listed
/// again the next day, up to maxNoAnswerAttempts, then once more with smsSuggested.
/// Sorted by urgency (red, yellow, green), priority, due date, customer id.
class FollowUpPlanner {
public:
    explicit FollowUpPlanner(FollowUpSettings settings = {}, LifecycleSettings lifecycle = {});

    [[nodiscard]] std::vector<FollowUpItem> plan(const FollowUpInput& input) const;

    /// Derives each customer's `valid` (not marked invalid by D, a phone on file: domain
    /// classification) and `stage` (classify() of the last visit on or before D among
    /// input.visits) from the facts storage loaded. Call once after loading, before plan().
    static void classifyCustomers(FollowUpInput& input, const LifecycleSettings& lifecycle);

    [[nodiscard]] const FollowUpSettings& settings() const { return settings_; }

private:
    FollowUpSettings settings_;
    LifecycleSettings lifecycle_;
};

}  // namespace hc::domain
