#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/Money.h"

#include <array>
#include <vector>

namespace hc::domain {

/// One grade of an ABC run for the monthly report (domain.md §3, §9).
struct AbcGradeSummary {
    AbcGrade grade = AbcGrade::A;
    int customers = 0;
    int customerShareBp = 0;  ///< customers ÷ all ranked customers
    Fen revenueFen = 0;       ///< sum of the grade's window amounts
    int revenueShareBp = 0;   ///< revenue ÷ total revenue (0 when the total is ≤ 0)
    friend bool operator==(const AbcGradeSummary&, const AbcGradeSummary&) = default;
};

/// One point of the Pareto chart: bars are `amountFen`, the line is `cumulativeBp` over
/// `customerShareBp` (or `customers` on a category axis).
struct ParetoPoint {
    int firstRank = 0;        ///< first customer of the group (1-based)
    int customers = 0;        ///< cumulative number of customers up to this point (= last rank)
    int customerShareBp = 0;  ///< customers ÷ all customers
    Fen amountFen = 0;        ///< revenue of this group (one customer when per customer)
    Fen cumulativeFen = 0;    ///< running revenue up to this point
    int cumulativeBp = 0;     ///< running ÷ total (equals the ABC row's cumulativeBp at that rank)
    friend bool operator==(const ParetoPoint&, const ParetoPoint&) = default;
};

/// How the Pareto series is grouped.
struct ParetoOptions {
    int perCustomerMax = 50;  ///< one point per customer when n ≤ this
    int groups = 10;          ///< otherwise this many rank groups (deciles by default)
    friend bool operator==(const ParetoOptions&, const ParetoOptions&) = default;
};

struct AbcSummary {
    int customers = 0;
    Fen totalFen = 0;
    std::array<AbcGradeSummary, kAbcGradeCount> grades{};  ///< indexed by AbcGrade: A, B, C

    bool perCustomer = true;          ///< points per customer, else rank groups
    std::vector<ParetoPoint> pareto;  ///< in rank order; the last point is at 100 %
    int aMarkBp = 8000;               ///< horizontal marks of the chart, from AbcSettings
    int bMarkBp = 9500;
    int aCustomers = 0;        ///< customers graded A (the A zone ends at this rank)
    int abCustomers = 0;       ///< customers graded A or B
    int aCustomerShareBp = 0;  ///< aCustomers ÷ customers ("x % of customers give ...")
    int abCustomerShareBp = 0;

    [[nodiscard]] const AbcGradeSummary& grade(AbcGrade g) const {
        return grades.at(static_cast<std::size_t>(g));
    }
};

/// Summarises an ABC run: grade counts, revenue and revenue share per grade (each share rounded
/// on its own, so A + B + C may print 100.01 % or 99.99 %), and the Pareto series. With n
/// customers, n ≤ options.perCustomerMax gives one point per customer; otherwise
/// k = options.groups groups where group i (1..k) ends at rank ceil(i × n ÷ k) (groups never
/// empty when n ≥ k). Marks come from settings.aThresholdBp / bThresholdBp.
[[nodiscard]] AbcSummary summarizeAbc(const AbcResult& abc, const AbcSettings& settings,
                                      const ParetoOptions& options = {});

}  // namespace hc::domain
