#include "hc/domain/CompositionReport.h"

#include "hc/domain/Percent.h"

#include <algorithm>
#include <array>

namespace hc::domain {

namespace {

struct Line {
    const char* key;
    int Composition::*count;
    bool ofValid;
};

constexpr std::array<Line, 8> kLines{{
    {"customers", &Composition::customers, false},
    {"valid", &Composition::valid, false},
    {"invalid", &Composition::invalid, false},
    {"no_visit", &Composition::noVisit, false},
    {"loyal", &Composition::loyal, true},
    {"swing", &Composition::swing, true},
    {"lost", &Composition::lost, true},
    {"new", &Composition::newCustomers, false},
}};

}  // namespace

const CompositionRow* CompositionReport::row(const QString& key) const {
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const CompositionRow& r) { return r.key == key; });
    return it == rows.end() ? nullptr : &*it;
}

CompositionReport buildCompositionReport(const Composition& current,
                                         const std::optional<Composition>& previous) {
    CompositionReport report;
    report.hasPrevious = previous.has_value();
    for (const auto& line : kLines) {
        CompositionRow row;
        row.key = QString::fromLatin1(line.key);
        row.count = current.*line.count;
        row.shareBp = percentBp(row.count, current.customers);
        if (line.ofValid) {
            row.validShareBp = percentBp(row.count, current.valid);
        }
        if (previous) {
            const int before = (*previous).*line.count;
            row.previousCount = before;
            row.previousShareBp = percentBp(before, previous->customers);
            row.deltaCount = row.count - before;
            row.deltaShareBp = deltaBp(row.shareBp, *row.previousShareBp);
            if (line.ofValid) {
                row.previousValidShareBp = percentBp(before, previous->valid);
                row.deltaValidShareBp = deltaBp(*row.validShareBp, *row.previousValidShareBp);
            }
        }
        report.rows.push_back(row);
    }
    for (int i = 0; i < kStageCount; ++i) {
        const auto stage = static_cast<Stage>(i);
        CompositionStageRow row;
        row.stage = stage;
        row.count = current.stageCount(stage);
        row.validShareBp = percentBp(row.count, current.valid);
        if (previous) {
            row.previousCount = previous->stageCount(stage);
            row.deltaCount = row.count - *row.previousCount;
        }
        report.stages.push_back(row);
    }
    return report;
}

}  // namespace hc::domain
