#include "hc/domain/MatrixSummary.h"

#include "hc/domain/Percent.h"
#include "hc/domain/SegmentStrategy.h"

#include <unordered_map>

namespace hc::domain {

MatrixSummary summarizeMatrix(const LoyaltyMatrixResult& matrix, const AbcResult& abc) {
    std::unordered_map<CustomerId, Fen> amounts;
    amounts.reserve(abc.rows.size());
    for (const auto& row : abc.rows) {
        amounts[row.customerId] += row.amountFen;
    }

    MatrixSummary summary;
    for (int i = 0; i < kMatrixCellCount; ++i) {
        const auto cell = static_cast<MatrixCell>(i);
        auto& out = summary.cells.at(static_cast<std::size_t>(i));
        out.cell = cell;
        out.strategy = matrixStrategy(cell);
        for (const auto id : matrix.customersIn(cell)) {
            ++out.customers;
            if (const auto it = amounts.find(id); it != amounts.end()) {
                out.revenueFen += it->second;
            }
        }
        summary.customers += out.customers;
        summary.totalFen += out.revenueFen;
    }
    for (auto& out : summary.cells) {
        out.customerShareBp = percentBp(out.customers, summary.customers);
        out.revenueShareBp = percentBp(out.revenueFen, summary.totalFen);
    }
    return summary;
}

}  // namespace hc::domain
