#include "hc/domain/AbcSummary.h"

#include "hc/domain/Percent.h"

#include <algorithm>

namespace hc::domain {

namespace {

std::vector<int> groupEnds(int n, const ParetoOptions& options) {
    std::vector<int> ends;
    if (n <= std::max(options.perCustomerMax, 0) || options.groups <= 0) {
        for (int rank = 1; rank <= n; ++rank) {
            ends.push_back(rank);
        }
        return ends;
    }
    const long long k = options.groups;
    for (long long i = 1; i <= k; ++i) {
        const int end = static_cast<int>((i * n + k - 1) / k);
        if (ends.empty() || end > ends.back()) {
            ends.push_back(end);
        }
    }
    return ends;
}

}  // namespace

AbcSummary summarizeAbc(const AbcResult& abc, const AbcSettings& settings,
                        const ParetoOptions& options) {
    AbcSummary summary;
    summary.customers = static_cast<int>(abc.rows.size());
    summary.aMarkBp = settings.aThresholdBp;
    summary.bMarkBp = settings.bThresholdBp;

    Fen total = 0;
    for (const auto& row : abc.rows) {
        total += row.amountFen;
        auto& grade = summary.grades.at(static_cast<std::size_t>(row.grade));
        ++grade.customers;
        grade.revenueFen += row.amountFen;
    }
    summary.totalFen = total;
    for (int i = 0; i < kAbcGradeCount; ++i) {
        auto& grade = summary.grades.at(static_cast<std::size_t>(i));
        grade.grade = static_cast<AbcGrade>(i);
        grade.customerShareBp = percentBp(grade.customers, summary.customers);
        grade.revenueShareBp = percentBp(grade.revenueFen, total);
    }
    summary.aCustomers = summary.grade(AbcGrade::A).customers;
    summary.abCustomers = summary.aCustomers + summary.grade(AbcGrade::B).customers;
    summary.aCustomerShareBp = percentBp(summary.aCustomers, summary.customers);
    summary.abCustomerShareBp = percentBp(summary.abCustomers, summary.customers);

    const auto ends = groupEnds(summary.customers, options);
    summary.perCustomer = static_cast<int>(ends.size()) == summary.customers;
    Fen running = 0;
    int rank = 0;
    for (const int end : ends) {
        ParetoPoint point;
        point.firstRank = rank + 1;
        for (; rank < end; ++rank) {
            point.amountFen += abc.rows.at(static_cast<std::size_t>(rank)).amountFen;
        }
        running += point.amountFen;
        point.customers = end;
        point.customerShareBp = percentBp(end, summary.customers);
        point.cumulativeFen = running;
        point.cumulativeBp = total > 0 ? percentBp(running, total) : 10000;
        summary.pareto.push_back(point);
    }
    return summary;
}

}  // namespace hc::domain
