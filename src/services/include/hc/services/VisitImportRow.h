#pragma once

#include "hc/domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hc::services {

/// One CSV row of a visit import after validation and normalisation (VisitRowMapper).
struct VisitImportRow {
    int line = 0;
    QString raw;
    QString name;
    QString phone;  ///< normalised; empty when none
    QString plate;  ///< normalised; empty when none
    QString vin;    ///< normalised; empty when none
    QString model;
    QString region;
    QDate purchaseDate;
    QDate visitDate;
    std::optional<int> mileage;
    QString category = QStringLiteral("other");  ///< key: maintenance, repair, ...
    QString workOrder;                           ///< normalised code; empty when none
    domain::Fen amountFen = 0;
};

}  // namespace hc::services
