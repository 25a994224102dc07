#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/RfmAnalysis.h"
#include "hc/domain/VehicleAge.h"

#include <QString>

namespace hc::report {

/// Chinese source labels of the report (translated through "hc::report").
class ReportLabels {
public:
    /// Section titles by section id: "composition" → 客户构成, "abc" → 客户ABC分析, ...
    [[nodiscard]] static QString sectionTitle(const QString& sectionId);
    /// Composition row keys: customers, valid, invalid, no_visit, loyal, swing, lost, new.
    [[nodiscard]] static QString compositionRow(const QString& key);
    [[nodiscard]] static QString stage(domain::Stage stage);
    [[nodiscard]] static QString grade(domain::AbcGrade grade);
    [[nodiscard]] static QString rfmSegment(domain::RfmSegment segment);
    [[nodiscard]] static QString ageBucket(domain::VehicleAgeBucket bucket);
    /// A region or model: the text, or 未填 when empty.
    [[nodiscard]] static QString orEmpty(const QString& text);
};

}  // namespace hc::report
