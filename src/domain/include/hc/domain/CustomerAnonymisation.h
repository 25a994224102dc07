#pragma once

#include "hc/domain/PrivacySettings.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace hc::domain {

/// The anonymisation rule of a PIPL erasure (docs/security.md "PIPL requests").
///
/// Personal data of the customer is removed (NULL) or replaced; what the statistics need stays:
/// - customer: name → erasedName(id) (the column is NOT NULL); phones, ID number, address, postal
///   code, birthday, gender, behaviour, decision style, invalid note and note → NULL; marketing
///   opt-out set; kind, region, source, attribute, invalid reason and dates stay (composition and
///   churn by region);
/// - vehicles the customer owns now: plate, VIN, engine number and key number → NULL (they
///   identify the person's car); brand, model, dates, mileage stay;
/// - visits: amounts, dates, mileage, category and work-order number stay (accounting); the free
///   texts work done and recommendations → NULL, a void reason → kRedactedText;
/// - complaints: description (NOT NULL) → kRedactedText, resolution → NULL; complaint events,
///   calls and owner-history notes → NULL;
/// - the search index rows of the customer and of their vehicles are removed.
/// Which columns those are is one list in storage::PrivacyRepository (tables of later migrations
/// are added there).
class CustomerAnonymisation {
public:
    /// The stored name of an erased customer: "已删除客户 #<id>" (data, not UI text: the same in
    /// every language).
    [[nodiscard]] static QString erasedName(std::int64_t customerId);
    /// erasedName() without the number: "已删除客户 #".
    [[nodiscard]] static QString erasedNamePrefix();
    /// What replaces a required free text (complaint description, void reason): "已删除".
    [[nodiscard]] static QString redactedText();
    /// The bulk cut-off: customers whose last contact is before this date are anonymised, i.e.
    /// asOf minus settings.inactiveYears years (29 February → 28 February).
    [[nodiscard]] static QDate inactiveCutoff(const QDate& asOf, const PrivacySettings& settings);
    /// True when a customer whose last contact (visit, call or complaint; the creation date only
    /// when there was none — an import creates old customers today) was `lastContact` is due for
    /// anonymisation on `asOf`. An invalid date is never due (unknown is not old).
    [[nodiscard]] static bool isInactive(const QDate& lastContact, const QDate& asOf,
                                         const PrivacySettings& settings);
};

}  // namespace hc::domain
