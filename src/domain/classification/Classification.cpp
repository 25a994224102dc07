#include "hc/domain/Classification.h"

namespace hc::domain {

bool isMarkedInvalid(const CustomerFacts& facts, const QDate& asOf) {
    return facts.invalidSince.isValid() && asOf.isValid() && facts.invalidSince <= asOf;
}

bool hasVisitBy(const CustomerFacts& facts, const QDate& asOf) {
    return facts.lastVisit.isValid() && asOf.isValid() && facts.lastVisit <= asOf;
}

bool isValidContact(const CustomerFacts& facts, const QDate& asOf) {
    return !isMarkedInvalid(facts, asOf) && !facts.phone.trimmed().isEmpty();
}

bool isValidWithVisit(const CustomerFacts& facts, const QDate& asOf) {
    return isValidContact(facts, asOf) && hasVisitBy(facts, asOf);
}

CustomerClass recencyClass(const QDate& lastVisit, const QDate& asOf,
                           const LifecycleSettings& settings) {
    if (lastVisit >= settings.loyal.before(asOf)) {
        return CustomerClass::Loyal;
    }
    if (lastVisit >= settings.lost.before(asOf)) {
        return CustomerClass::Swing;
    }
    return CustomerClass::Lost;
}

Stage recencyStage(const QDate& lastVisit, const QDate& asOf, const LifecycleSettings& settings) {
    // Cascade from the most recent stage; inconsistent settings (a shorter span after a longer one)
    // simply leave a stage empty instead of failing.
    if (lastVisit >= settings.loyal.before(asOf)) {
        return Stage::Active;
    }
    if (lastVisit >= settings.notLostUntil.before(asOf)) {
        return Stage::NotLost;
    }
    if (lastVisit >= settings.lost.before(asOf)) {  // the lost stages start with the lost class
        return Stage::QuasiLost;
    }
    if (lastVisit >= settings.lostUntil.before(asOf)) {
        return Stage::Lost;
    }
    if (lastVisit >= settings.trendingLostUntil.before(asOf)) {
        return Stage::TrendingLost;
    }
    return Stage::CompletelyLost;
}

QDate reportingPeriodStart(const QDate& asOf, LifecycleSettings::Period period) {
    if (!asOf.isValid()) {
        return {};
    }
    switch (period) {
        case LifecycleSettings::Period::Quarter:
            return {asOf.year(), ((asOf.month() - 1) / 3) * 3 + 1, 1};
        case LifecycleSettings::Period::Year:
            return {asOf.year(), 1, 1};
        case LifecycleSettings::Period::Month:
            break;
    }
    return {asOf.year(), asOf.month(), 1};
}

bool isNewCustomer(const QDate& firstVisit, const QDate& asOf, LifecycleSettings::Period period) {
    if (!firstVisit.isValid() || !asOf.isValid()) {
        return false;
    }
    return firstVisit <= asOf && firstVisit >= reportingPeriodStart(asOf, period);
}

ClassificationResult classify(const CustomerFacts& facts, const QDate& asOf,
                              const LifecycleSettings& settings) {
    ClassificationResult result;
    result.isNew = isNewCustomer(facts.firstVisit, asOf, settings.newPeriod);
    if (isMarkedInvalid(facts, asOf)) {
        result.cls = CustomerClass::Invalid;
        return result;
    }
    if (!hasVisitBy(facts, asOf)) {
        result.cls = CustomerClass::NoVisit;
        return result;
    }
    if (facts.phone.trimmed().isEmpty()) {
        result.cls = CustomerClass::Invalid;
        return result;
    }
    result.cls = recencyClass(facts.lastVisit, asOf, settings);
    result.stage = recencyStage(facts.lastVisit, asOf, settings);
    return result;
}

}  // namespace hc::domain
