#pragma once

#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseSettings.h"
#include "hc/domain/GammaGammaModel.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::domain {

/// A stored fit of the customer-base model (docs/customer-base.md, "The stored model"): the
/// parameters of both models, the data they were fitted on and the settings used. The card, the
/// callback priority and the monthly report score customers with it instead of refitting.
struct CustomerBaseFit {
    std::int64_t id = 0;
    QDateTime fittedAt;    ///< when the fit was made
    QDate dataFrom;        ///< first visit day used
    QDate calibrationEnd;  ///< visits up to this day were used
    BgNbdParameters bgnbd;
    double logLikelihood = 0.0;
    std::optional<GammaGammaParameters> spend;  ///< nullopt: too few repeat customers with spend
    int customers = 0;
    int repeatCustomers = 0;
    CustomerBaseSettings settings;  ///< the settings the fit was made with
    /// The 99 percentile cut points (1 % … 99 %) of the customers' expected value over the next
    /// 12 months at the calibration end; empty without a spend model. The callback priority turns
    /// a customer's value into points 0–100 with them (CustomerBaseOutlook::valuePoints).
    std::vector<double> valueCuts;
};

}  // namespace hc::domain
