#include "hc/domain/AbcAnalysis.h"

#include "hc/domain/Percent.h"

#include "hc/domain/Classification.h"

#include <algorithm>

namespace hc::domain {

QString toKey(AbcGrade grade) {
    switch (grade) {
        case AbcGrade::A:
            return QStringLiteral("A");
        case AbcGrade::B:
            return QStringLiteral("B");
        case AbcGrade::C:
            break;
    }
    return QStringLiteral("C");
}

std::optional<AbcGrade> abcGradeFromKey(const QString& key) {
    for (const AbcGrade grade : {AbcGrade::A, AbcGrade::B, AbcGrade::C}) {
        if (toKey(grade) == key) {
            return grade;
        }
    }
    return std::nullopt;
}

const AbcRow* AbcResult::find(CustomerId id) const {
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [id](const AbcRow& row) { return row.customerId == id; });
    return it == rows.end() ? nullptr : &*it;
}

std::optional<AbcGrade> AbcResult::gradeOf(CustomerId id) const {
    const AbcRow* row = find(id);
    if (row == nullptr) {
        return std::nullopt;
    }
    return row->grade;
}

std::vector<AbcInput> abcInputs(const std::vector<CustomerFacts>& facts, const QDate& asOf) {
    std::vector<AbcInput> inputs;
    inputs.reserve(facts.size());
    for (const auto& f : facts) {
        if (isValidWithVisit(f, asOf)) {
            inputs.push_back({f.id, f.windowAmountFen});
        }
    }
    return inputs;
}

AbcGrade abcGrade(Fen runningFen, Fen totalFen, const AbcSettings& settings) {
    if (totalFen <= 0) {
        return AbcGrade::C;
    }
    const long long scaled = static_cast<long long>(runningFen) * 10000;
    if (scaled <= static_cast<long long>(settings.aThresholdBp) * totalFen) {
        return AbcGrade::A;
    }
    if (scaled <= static_cast<long long>(settings.bThresholdBp) * totalFen) {
        return AbcGrade::B;
    }
    return AbcGrade::C;
}

AbcResult runAbc(std::vector<AbcInput> inputs, const AbcSettings& settings) {
    // Merge duplicate customer ids (sum their amounts).
    std::sort(inputs.begin(), inputs.end(),
              [](const AbcInput& a, const AbcInput& b) { return a.customerId < b.customerId; });
    std::vector<AbcInput> merged;
    merged.reserve(inputs.size());
    for (const auto& input : inputs) {
        if (!merged.empty() && merged.back().customerId == input.customerId) {
            merged.back().amountFen += input.amountFen;
        } else {
            merged.push_back(input);
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const AbcInput& a, const AbcInput& b) {
        if (a.amountFen != b.amountFen) {
            return a.amountFen > b.amountFen;
        }
        return a.customerId < b.customerId;
    });

    AbcResult result;
    for (const auto& input : merged) {
        result.totalFen += input.amountFen;
    }
    result.rows.reserve(merged.size());
    Fen running = 0;
    int rank = 0;
    for (const auto& input : merged) {
        running += input.amountFen;
        AbcRow row;
        row.rank = ++rank;
        row.customerId = input.customerId;
        row.amountFen = input.amountFen;
        row.runningFen = running;
        if (result.totalFen > 0) {
            row.cumulativeBp = ratioBp(running, result.totalFen);
            row.grade = abcGrade(running, result.totalFen, settings);
        } else {
            row.cumulativeBp = 10000;
            row.grade = AbcGrade::C;
        }
        ++result.gradeCounts.at(static_cast<std::size_t>(row.grade));
        result.rows.push_back(row);
    }
    return result;
}

int ratioBp(long long part, long long total) { return percentBp(part, total); }

QString formatBp(int bp) { return formatPercent(bp); }

}  // namespace hc::domain
