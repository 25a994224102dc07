#pragma once

#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseScoring.h"
#include "hc/domain/GammaGammaModel.h"
#include "hc/domain/HoldoutEvaluation.h"

#include <QDate>

#include <optional>

namespace hc::services {

/// The fitted customer-base model (docs/customer-base.md).
struct CustomerBaseFitReport {
    QDate calibrationEnd;
    int customers = 0;
    int repeatCustomers = 0;
    domain::BgNbdFit bgnbd;                      ///< status Ok
    std::optional<domain::GammaGammaFit> spend;  ///< nullopt when the spend model cannot be fitted
};

struct CustomerBasePrediction {
    CustomerBaseFitReport fit;
    double horizonWeeks = 0.0;
    int marginBp = 0;
    domain::CustomerBaseScores scores;
};

struct CustomerBaseHoldoutReport {
    CustomerBaseFitReport fit;
    QDate holdoutEnd;
    domain::HoldoutResult result;
};

}  // namespace hc::services
