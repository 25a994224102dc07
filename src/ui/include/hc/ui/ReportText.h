#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/Money.h"
#include "hc/domain/RfmAnalysis.h"
#include "hc/domain/VehicleAge.h"

#include <QCoreApplication>
#include <QString>

namespace hc::ui {

/// Labels and number formats of the report screen: percentages from basis points through
/// domain::formatPercent, money from fen, labels of the domain keys. Labels shared with the
/// exports come from report::ReportLabels, so the screen and the PDF/XLSX say the same words.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    [[nodiscard]] static QString percent(int bp);  ///< "24.67%"
    [[nodiscard]] static QString delta(int bp);    ///< "+1.57"
    [[nodiscard]] static QString money(domain::Fen fen);
    /// customers, valid, invalid, no_visit, loyal, swing, lost, new.
    [[nodiscard]] static QString compositionRow(const QString& key);
    [[nodiscard]] static QString customerClass(domain::CustomerClass cls);
    [[nodiscard]] static QString stage(domain::Stage stage);
    [[nodiscard]] static QString grade(domain::AbcGrade grade);
    [[nodiscard]] static QString cell(domain::MatrixCell cell);
    [[nodiscard]] static QString rfmSegment(domain::RfmSegment segment);
    [[nodiscard]] static QString ageBucket(domain::VehicleAgeBucket bucket);
    [[nodiscard]] static QString reason(domain::ChurnReason reason);
    [[nodiscard]] static QString orEmpty(const QString& text);
};

}  // namespace hc::ui
