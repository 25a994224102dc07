#pragma once

#include "hc/domain/CustomerClass.h"
#include "hc/domain/Money.h"
#include "hc/domain/VehicleAge.h"

#include <QString>

namespace hc::ui {

/// Labels and number formats of the report screen: percentages from basis points through
/// domain::formatPercent, money from fen, labels of the domain keys. Labels shared with the
/// exports come from report::ReportLabels, so the screen and the PDF/XLSX say the same words.
class ReportText {
public:
    [[nodiscard]] static QString percent(int bp);  ///< "24.67%"
    [[nodiscard]] static QString money(domain::Fen fen);
    /// customers, valid, invalid, no_visit, loyal, swing, lost, new.
    [[nodiscard]] static QString compositionRow(const QString& key);
    [[nodiscard]] static QString stage(domain::Stage stage);
    [[nodiscard]] static QString ageBucket(domain::VehicleAgeBucket bucket);
    [[nodiscard]] static QString orEmpty(const QString& text);
};

}  // namespace hc::ui
