#pragma once

#include "hc/domain/DuplicateGroup.h"
#include "hc/domain/DuplicateInput.h"
#include "hc/domain/DuplicateSettings.h"

#include <set>
#include <utility>
#include <vector>

namespace hc::domain {

/// The duplicate customers rule (docs/domain-rules.md "Duplicate customers"). Groups customers who
/// share
/// - a mobile (11 digits starting with 1, in phone or phone2; landlines are left out: a company
///   switchboard is shared by design) — score sameMobile;
/// - an ID-card number (trimmed, upper case) — sameIdNumber;
/// - a VIN (VinValidator::normalize) on vehicles of different current owners — sameVin;
/// - a plate (PlateValidator::normalize) under two owners outside a recorded transfer: vehicles
///   with the same plate owned by different customers, or a visit of the vehicle registered under
///   a customer who was not its recorded owner on the visit date (vehicle_owners); owners of
///   consecutive recorded periods (a sale) are not duplicates — plateOwners;
/// - the same pinyin of the name (non-empty) with mobiles that differ in exactly one digit
///   (a typo at reception) — pinyinPhone.
/// Each rule makes one group per shared value. Groups of the same customers are one group with all
/// their findings; its score is the highest rule score plus extraReason for each further rule,
/// capped at 100. Groups below minimumScore are dropped.
/// Pairs marked "not the same customer" (`dismissed`, lower id first) are not suggested again:
/// before groups are joined, a customer whose pair with every other customer of a finding is
/// dismissed leaves that finding, and a finding left with fewer than two customers is dropped (a
/// group of three with one dismissed pair stays whole: each of the two is still undecided with the
/// third). Order: score descending, then the smallest customer id. Pure: linear in the input (hash
/// maps), no I/O.
class DuplicateFinder {
public:
    using Pairs = std::set<std::pair<CustomerId, CustomerId>>;
    [[nodiscard]] static std::vector<DuplicateGroup> find(const DuplicateInput& input,
                                                          const DuplicateSettings& settings,
                                                          const Pairs& dismissed = {});
    /// The pair as stored in the dismissed set: lower id first.
    [[nodiscard]] static std::pair<CustomerId, CustomerId> pairOf(CustomerId a, CustomerId b);
    /// True for a mobile number as stored (11 digits, starting with 1).
    [[nodiscard]] static bool isMobile(const QString& phone);
    /// True when two numbers of the same length differ in exactly one digit.
    [[nodiscard]] static bool oneDigitApart(const QString& a, const QString& b);
};

}  // namespace hc::domain
