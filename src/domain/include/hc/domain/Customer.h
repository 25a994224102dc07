#pragma once

#include "hc/domain/CustomerFacts.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

using UserId = std::int64_t;

/// Why a customer was marked invalid (domain.md §2). Keys: "wrong_number", "vehicle_sold",
/// "unreachable", "other".
enum class InvalidReason { WrongNumber, VehicleSold, Unreachable, Other };
QString invalidReasonKey(InvalidReason reason);
std::optional<InvalidReason> invalidReasonFromKey(const QString& key);

/// A customer of the archive (domain.md §1, seed 001). Optional text fields are empty when unknown;
/// enumerated attributes are stored by key ("person"/"company", "official"/"insurance"/"private"/
/// "taxi", "demanding"/"confused"/"agitated", "rational"/"emotional", "male"/"female").
struct Customer {
    CustomerId id = 0;  ///< 0 until stored
    QString name;
    QString kind = QStringLiteral("person");
    QString phone;  ///< normalised (mobile 11 digits, or AREA-NUMBER landline)
    QString phone2;
    QString idNumber;
    QString address;
    QString postalCode;
    QDate birthday;
    QString gender;
    QString region;
    QString source;
    QString attribute;
    QString behaviour;
    QString decisionStyle;
    bool marketingOptOut = false;
    std::optional<InvalidReason> invalidReason;
    QString invalidNote;
    QDate invalidSince;
    std::optional<UserId> invalidBy;
    QDateTime verifiedAt;  ///< second check (二次复核); null while unverified
    std::optional<UserId> verifiedBy;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isInvalid() const { return invalidReason.has_value(); }
    [[nodiscard]] bool isVerified() const { return verifiedAt.isValid(); }
};

}  // namespace hc::domain
