#pragma once

#include "hc/domain/CustomerFacts.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

using VehicleId = std::int64_t;

/// A vehicle (seed 001 车辆信息). `customerId` is the current owner; earlier owners are kept in the
/// ownership history. Enumerated fields by key: transmission "manual"/"automatic"; grade "high"
/// (高档), "mid" (中档), "mid_low" (中低档), "low" (低档).
struct Vehicle {
    VehicleId id = 0;
    CustomerId customerId = 0;
    QString plate;  ///< normalised, e.g. 陕A12345
    QString vin;    ///< normalised, upper case
    QString engineNo;
    QString brand;
    QString model;
    QString displacement;  ///< as written, e.g. "1.8" (litres)
    QString transmission;
    QString colour;
    QString keyNo;
    QDate plateDate;
    QDate purchaseDate;
    QDate firstServiceDate;
    std::optional<int> firstServiceMileage;
    QString grade;
    QDate insuranceDue;
    QDate inspectionDue;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// One period of ownership of a vehicle; `to` is null for the current owner.
struct Ownership {
    VehicleId vehicleId = 0;
    CustomerId customerId = 0;
    QDate from;
    QDate to;
    QString note;
};

}  // namespace hc::domain
