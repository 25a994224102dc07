#include "hc/domain/ChurnReasonSummary.h"

#include "hc/domain/Percent.h"

#include <algorithm>

namespace hc::domain {

ChurnReasonSummary summarizeChurnReasons(const std::array<int, kChurnReasonCount>& counts) {
    ChurnReasonSummary summary;
    for (int i = 0; i < kChurnReasonCount; ++i) {
        const auto index = static_cast<std::size_t>(i);
        auto& row = summary.rows.at(index);
        row.reason = static_cast<ChurnReason>(i);
        row.internal = isInternal(row.reason);
        row.count = std::max(counts.at(index), 0);
        summary.total += row.count;
        (row.internal ? summary.internal : summary.external) += row.count;
        if (row.count > 0 &&
            (!summary.mainReason || row.count > summary.row(*summary.mainReason).count)) {
            summary.mainReason = row.reason;
        }
    }
    for (auto& row : summary.rows) {
        row.shareBp = percentBp(row.count, summary.total);
        row.groupShareBp = percentBp(row.count, row.internal ? summary.internal : summary.external);
    }
    summary.internalShareBp = percentBp(summary.internal, summary.total);
    summary.externalShareBp = percentBp(summary.external, summary.total);
    return summary;
}

ChurnReasonSummary summarizeChurnReasons(const std::vector<ChurnReason>& reasons) {
    std::array<int, kChurnReasonCount> counts{};
    for (const auto reason : reasons) {
        ++counts.at(static_cast<std::size_t>(reason));
    }
    return summarizeChurnReasons(counts);
}

}  // namespace hc::domain
