#pragma once

#include <QString>
#include <QStringList>

namespace hc::domain {

/// What a PIPL erasure removes from the audit records written about the customer before it
/// (docs/security.md "PIPL requests"): the records stay (who did what when, amounts, dates,
/// categories), their personal values go.
///
/// In a record's JSON (any depth, arrays included):
/// - the value of a personal key (personalKeys(): name, phones, ID number, address, postal code,
///   birthday, gender, behaviour, decision style, notes, plate, VIN, engine and key numbers, free
///   texts of visits, complaints, calls, appointments and messages) becomes
///   CustomerAnonymisation::redactedText() — null stays null;
/// - any other string that contains one of the customer's own values (`personalValues`: the
///   name, phones, ID number, address, plates and VINs read before the erasure; values shorter
///   than 2 characters are ignored) becomes redactedText() too.
/// Numbers, booleans and non-personal keys stay. A text that is not JSON (never stored: the
/// schema checks json_valid) is replaced whole.
class AuditRedaction {
public:
    /// The keys whose values are personal data.
    [[nodiscard]] static const QStringList& personalKeys();
    /// The record's JSON with the personal values replaced (compact JSON; an empty text stays
    /// empty).
    [[nodiscard]] static QString redact(const QString& json, const QStringList& personalValues);
};

}  // namespace hc::domain
