#include "hc/domain/CustomerBaseScoring.h"

namespace hc::domain {

CustomerBaseScores CustomerBaseScoring::score(const std::vector<CustomerHistory>& histories,
                                              const BgNbdModel& visits,
                                              const std::optional<GammaGammaModel>& spend,
                                              double horizonWeeks, int marginBp) {
    CustomerBaseScores out;
    out.customers.reserve(histories.size());
    const double margin = static_cast<double>(marginBp) / 10000.0;
    double valueTotal = 0.0;
    bool valueComplete = spend.has_value();
    for (const auto& h : histories) {
        CustomerScore s;
        s.id = h.id;
        s.x = h.x;
        s.tx = h.tx;
        s.T = h.T;
        s.pAlive = visits.pAlive(h.x, h.tx, h.T);
        const auto e = visits.expectedVisits(horizonWeeks, h.x, h.tx, h.T);
        if (e) {
            s.expectedVisits = *e;
        } else {
            out.complete = false;
        }
        s.pReturn = visits.probabilityOfVisit(horizonWeeks, h.x, h.tx, h.T);
        if (spend) {
            s.expectedSpend = spend->expectedSpend(h.x, h.meanRepeatSpend);
        }
        if (s.expectedSpend) {
            s.expectedValue = s.expectedVisits * *s.expectedSpend * margin;
            valueTotal += *s.expectedValue;
        } else {
            valueComplete = false;
        }
        out.expectedTotal += s.expectedVisits;
        out.customers.push_back(s);
    }
    if (valueComplete) {
        out.valueTotal = valueTotal;
    }
    return out;
}

}  // namespace hc::domain
