#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/Money.h"

#include <QString>

#include <array>

namespace hc::domain {

/// One cell of the loyalty × contribution matrix in the monthly report (domain.md §4, §9).
struct MatrixCellSummary {
    MatrixCell cell = MatrixCell::APlus;
    int customers = 0;
    int customerShareBp = 0;  ///< customers ÷ customers in the matrix
    Fen revenueFen = 0;       ///< sum of the cell's window amounts (from the ABC rows)
    int revenueShareBp = 0;   ///< revenue ÷ total revenue of the matrix (0 when the total ≤ 0)
    QString strategy;         ///< matrixStrategy(cell) from SegmentStrategy.h (Chinese)
    friend bool operator==(const MatrixCellSummary&, const MatrixCellSummary&) = default;
};

struct MatrixSummary {
    /// Indexed by MatrixCell: A+, A−, B+, B−, C+, C−.
    std::array<MatrixCellSummary, kMatrixCellCount> cells{};
    int customers = 0;
    Fen totalFen = 0;

    [[nodiscard]] const MatrixCellSummary& cell(MatrixCell c) const {
        return cells.at(static_cast<std::size_t>(c));
    }
};

/// Per cell: count, revenue and shares, plus the strategy text. The amounts come from the ABC rows
/// of the customers in each cell (a customer missing from `abc` counts with 0).
[[nodiscard]] MatrixSummary summarizeMatrix(const LoyaltyMatrixResult& matrix,
                                            const AbcResult& abc);

}  // namespace hc::domain
