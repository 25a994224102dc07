#pragma once

#include "hc/domain/MaintenanceDueEstimator.h"
#include "hc/domain/ShopProfile.h"
#include "hc/domain/Visit.h"
#include "hc/services/DeclinedWork.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace hc::services {

/// Everything printed on a visit receipt (结算单), built once by ReceiptService and painted by
/// report::ReceiptRenderer on paper (print preview) or into a PDF (huichang-cli print visit).
struct VisitReceipt {
    domain::ShopProfile shop;  ///< header; empty name when no profile is set
    domain::Visit visit;
    QString customerName;
    QString customerPhone;  ///< masked (138****5678): the receipt leaves the shop
    QString plate;
    QString vehicle;  ///< brand and model, e.g. "丰田 凯美瑞"
    QString vin;
    /// Next service from the vehicle's valid visits up to this one, with the shop's STORED
    /// maintenance settings (interval, km); invalid when it cannot be estimated.
    domain::MaintenanceDue nextService;
    /// Declined work (建议项目) still open for the vehicle (or, without one, declined at this
    /// visit), declined at this visit or before, with the due date as of the visit.
    std::vector<DeclinedItemRow> declined;
    QDateTime printedAt;
};

}  // namespace hc::services
