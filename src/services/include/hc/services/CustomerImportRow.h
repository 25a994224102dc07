#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace hc::services {

/// One row of a customer list after validation and normalisation (CustomerRowMapper).
struct CustomerImportRow {
    struct Car {
        QString plate;  ///< normalised; empty when none
        QString vin;    ///< normalised; empty when none
        QString model;
        QDate purchaseDate;
    };
    int line = 0;
    QString raw;
    QString name;
    QString phone;  ///< normalised; empty when none
    QString phone2;
    QString idNumber;
    QString address;
    QString region;
    std::vector<Car> cars;  ///< the row's vehicles, in the order of its plates / VINs
};

}  // namespace hc::services
