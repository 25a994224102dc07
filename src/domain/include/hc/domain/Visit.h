#pragma once

#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"
#include "hc/domain/Vehicle.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

using VisitId = std::int64_t;

/// A visit / work order (seed 001 维修信息). `customerId` is the vehicle's owner at the time of the
/// visit. Category keys: "maintenance" (保养), "repair" (维修), "accident" (事故), "warranty"
/// (质保), "insurance" (保险), "other". Money in fen; amountFen is what was actually received
/// (实收金额).
struct Visit {
    VisitId id = 0;
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    QDate date;
    QString workOrder;
    QString appraisalNo;
    std::optional<int> mileage;
    QString category = QStringLiteral("other");
    QDate faultDate;
    std::optional<int> faultMileage;
    QString workDone;
    QString recommendations;  ///< work advised but declined, for next time
    Fen labourFen = 0;
    Fen partsFen = 0;
    Fen otherFen = 0;
    Fen discountFen = 0;
    Fen amountFen = 0;
    QString advisor;
    QString technician;
    QString source = QStringLiteral("manual");  ///< "manual", "import", "demo"
    QDateTime createdAt;
    std::optional<std::int64_t> createdBy;
    // Voided (作废) to correct history: kept on file, ignored by every analysis and list.
    QDateTime voidedAt;  ///< null while the visit is valid
    std::optional<std::int64_t> voidedBy;
    QString voidReason;

    [[nodiscard]] bool isVoided() const { return voidedAt.isValid(); }
};

}  // namespace hc::domain
