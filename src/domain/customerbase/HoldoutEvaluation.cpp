#include "hc/domain/HoldoutEvaluation.h"

#include <algorithm>
#include <numeric>

namespace hc::domain {

HoldoutResult HoldoutEvaluation::evaluate(const std::vector<CustomerHistory>& histories,
                                          const BgNbdModel& model, double holdoutWeeks) {
    HoldoutResult out;
    out.holdoutWeeks = holdoutWeeks;
    std::array<double, 8> actualSum{};
    std::array<double, 8> expectedSum{};
    for (int i = 0; i < 8; ++i) {
        out.byFrequency.at(static_cast<std::size_t>(i)).x = i;
    }
    std::vector<double> modelScores;
    std::vector<double> recencyScores;
    std::vector<bool> labels;
    modelScores.reserve(histories.size());
    recencyScores.reserve(histories.size());
    labels.reserve(histories.size());
    for (const auto& h : histories) {
        const auto e = model.expectedVisits(holdoutWeeks, h.x, h.tx, h.T);
        if (!e) {
            out.complete = false;
        }
        const double expected = e.value_or(0.0);
        out.actualTotal += h.holdoutVisits;
        out.expectedTotal += expected;
        const auto row = static_cast<std::size_t>(std::min(h.x, 7));
        ++out.byFrequency.at(row).customers;
        actualSum.at(row) += h.holdoutVisits;
        expectedSum.at(row) += expected;
        modelScores.push_back(expected);
        recencyScores.push_back(-(h.T - h.tx));
        labels.push_back(h.holdoutVisits > 0);
    }
    for (std::size_t i = 0; i < 8; ++i) {
        auto& row = out.byFrequency.at(i);
        if (row.customers > 0) {
            row.actualMean = actualSum.at(i) / row.customers;
            row.expectedMean = expectedSum.at(i) / row.customers;
        }
    }
    out.aucModel = auc(modelScores, labels);
    out.aucRecency = auc(recencyScores, labels);
    return out;
}

std::optional<double> HoldoutEvaluation::auc(const std::vector<double>& scores,
                                             const std::vector<bool>& labels) {
    const std::size_t n = std::min(scores.size(), labels.size());
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t l, std::size_t r) { return scores[l] < scores[r]; });
    // Rank sum of the positives, tied scores sharing their mean rank.
    double rankSum = 0.0;
    double positives = 0.0;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        double groupPositives = 0.0;
        while (j < n && scores[order[j]] == scores[order[i]]) {
            groupPositives += labels[order[j]] ? 1.0 : 0.0;
            ++j;
        }
        const double meanRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        rankSum += groupPositives * meanRank;
        positives += groupPositives;
        i = j;
    }
    const double negatives = static_cast<double>(n) - positives;
    if (positives == 0.0 || negatives == 0.0) {
        return std::nullopt;
    }
    return (rankSum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

}  // namespace hc::domain
