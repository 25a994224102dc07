#pragma once

#include "hc/domain/Money.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

using CustomerId = std::int64_t;

/// What the analysis rules need to know about one customer as of a date D: computed by the storage
/// layer in one pass over the visits, then classified by the domain rules. Dates are invalid
/// (QDate()) when absent.
struct CustomerFacts {
    CustomerId id = 0;
    QString name;
    QString phone;            ///< primary phone, normalised; empty when none on file
    QDate invalidSince;       ///< marked invalid on this date (and not undone); null otherwise
    QDate firstVisit;         ///< first visit ever (any date)
    QDate lastVisit;          ///< last visit on or before D
    Fen windowAmountFen = 0;  ///< amount actually received in the analysis window
    int windowVisits = 0;     ///< visits in the analysis window
};

}  // namespace hc::domain
