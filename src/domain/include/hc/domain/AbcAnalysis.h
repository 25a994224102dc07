#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/Money.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// ABC contribution grade (domain.md §3): A 金牌客户, B 重要客户, C 一般客户. Keys "A", "B", "C".
enum class AbcGrade { A, B, C };
inline constexpr int kAbcGradeCount = 3;

QString toKey(AbcGrade grade);
std::optional<AbcGrade> abcGradeFromKey(const QString& key);

/// One customer of the population with the amount actually received in the window.
struct AbcInput {
    CustomerId customerId = 0;
    Fen amountFen = 0;
    friend bool operator==(const AbcInput&, const AbcInput&) = default;
};

/// One ranked row of an ABC run.
struct AbcRow {
    int rank = 0;  ///< 1..n
    CustomerId customerId = 0;
    Fen amountFen = 0;
    Fen runningFen = 0;    ///< running sum including this row
    int cumulativeBp = 0;  ///< running ÷ total in basis points, rounded half-up (10000 = 100 %)
    AbcGrade grade = AbcGrade::C;
    friend bool operator==(const AbcRow&, const AbcRow&) = default;
};

struct AbcResult {
    std::vector<AbcRow> rows;  ///< amount descending, ties customer id ascending
    Fen totalFen = 0;
    std::array<int, kAbcGradeCount> gradeCounts{};

    [[nodiscard]] int count(AbcGrade grade) const {
        return gradeCounts.at(static_cast<std::size_t>(grade));
    }
    /// Row of a customer, or nullptr (linear search).
    [[nodiscard]] const AbcRow* find(CustomerId id) const;
    [[nodiscard]] std::optional<AbcGrade> gradeOf(CustomerId id) const;
};

/// Population of the ABC run (and the matrix): valid customers with a visit on or before D, with
/// their window amount (zero amounts included). See isValidWithVisit().
[[nodiscard]] std::vector<AbcInput> abcInputs(const std::vector<CustomerFacts>& facts,
                                              const QDate& asOf);

/// Grade by exact comparison: A when running × 10000 ≤ aThresholdBp × total, B when ≤ bThresholdBp
/// × total, else C. Total ≤ 0 gives C.
[[nodiscard]] AbcGrade abcGrade(Fen runningFen, Fen totalFen, const AbcSettings& settings);

/// Runs ABC: duplicate customer ids are summed, rows sorted by amount descending (ties id
/// ascending), ranked 1..n, graded. When the total is 0 (or negative) every row is C with a
/// cumulative share of 10000 bp.
[[nodiscard]] AbcResult runAbc(std::vector<AbcInput> inputs, const AbcSettings& settings);

/// part ÷ total in basis points, rounded half-up from the exact fraction: (part × 20000 + total) ÷
/// (2 × total), floored. Total ≤ 0 gives 0.
[[nodiscard]] int ratioBp(long long part, long long total);

/// Basis points as a percentage with two decimals, no "%" sign: 2467 → "24.67", 10000 →
/// "100.00", -5 → "-0.05".
[[nodiscard]] QString formatBp(int bp);

}  // namespace hc::domain
