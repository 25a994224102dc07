#pragma once

namespace hc::domain {

/// Thresholds of the declined-work follow-up (docs/domain-rules.md "Declined work"; JSON
/// "followups" → "declined"). Defaults in brackets.
struct DeclinedWorkSettings {
    /// An item with neither a due date nor a usable due mileage is due this many days after the
    /// visit it was declined at, by urgency: safety [7], soon [30], later [90].
    int safetyDays = 7;
    int soonDays = 30;
    int laterDays = 90;
    /// The follow-up call is listed from this many days before the item is due [7] — never before
    /// the day after the visit —
    int leadDays = 7;
    /// — until this many days after it is due [30]; later the item stays open (a visit can still
    /// close it) but is no longer called about.
    int listDays = 30;
    friend bool operator==(const DeclinedWorkSettings&, const DeclinedWorkSettings&) = default;
};

}  // namespace hc::domain
