#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/CustomerFacts.h"

#include <QDate>

#include <optional>

namespace hc::domain {

/// The result of classifying one customer as of a date D (domain.md §2).
struct ClassificationResult {
    CustomerClass cls = CustomerClass::NoVisit;
    std::optional<Stage> stage;  ///< set only for valid customers with a visit (loyal/swing/lost)
    bool isNew = false;          ///< first visit in the reporting period containing D, ≤ D
    friend bool operator==(const ClassificationResult&, const ClassificationResult&) = default;
};

/// True when the customer was marked invalid on or before D (a later mark does not count yet).
[[nodiscard]] bool isMarkedInvalid(const CustomerFacts& facts, const QDate& asOf);

/// True when the customer has a visit on or before D (lastVisit set and ≤ D).
[[nodiscard]] bool hasVisitBy(const CustomerFacts& facts, const QDate& asOf);

/// A customer staff may contact as of D: not marked invalid by D and a phone on file (the contact
/// part of validity; the follow-up list uses it, visits or not).
[[nodiscard]] bool isValidContact(const CustomerFacts& facts, const QDate& asOf);

/// Valid customer with at least one visit on or before D: not marked invalid by D, has a visit by D
/// and a phone on file. This is the population of ABC, the matrix and RFM.
[[nodiscard]] bool isValidWithVisit(const CustomerFacts& facts, const QDate& asOf);

/// Recency class of a valid customer whose last visit is `lastVisit` (loyal / swing / lost).
/// Boundaries: loyal when L ≥ D − loyal, lost when L < D − lost, swing in between.
[[nodiscard]] CustomerClass recencyClass(const QDate& lastVisit, const QDate& asOf,
                                         const LifecycleSettings& settings);

/// Stage of a valid customer whose last visit is `lastVisit`. A last visit exactly n months (or
/// days) before D belongs to the more recent stage.
[[nodiscard]] Stage recencyStage(const QDate& lastVisit, const QDate& asOf,
                                 const LifecycleSettings& settings);

/// First day of the reporting period (month / quarter / year) containing D.
[[nodiscard]] QDate reportingPeriodStart(const QDate& asOf, LifecycleSettings::Period period);

/// New customer: the first visit lies in [start of the reporting period containing D, D].
[[nodiscard]] bool isNewCustomer(const QDate& firstVisit, const QDate& asOf,
                                 LifecycleSettings::Period period);

/// Full classification with the precedence of domain.md §2:
/// 1. invalid when marked invalid on or before D;
/// 2. no_visit when there is no visit on or before D;
/// 3. invalid (no contact) when the phone is empty;
/// 4. loyal / swing / lost by the last visit, with a stage.
/// `isNew` is computed for every customer regardless of validity. A null D gives no_visit.
[[nodiscard]] ClassificationResult classify(const CustomerFacts& facts, const QDate& asOf,
                                            const LifecycleSettings& settings);

}  // namespace hc::domain
