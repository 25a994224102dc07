#pragma once

#include "hc/services/MonthlyReport.h"

#include <QByteArray>

namespace hc::report {

/// The monthly report as JSON (public contract, docs/reports.md "Service, exports and CLI"):
/// top-level "month", "as_of", "previous_as_of" and the sections "composition", "abc", "matrix",
/// "rfm", "churn", "winback", "satisfaction", "complaints". Every *_pct is a JSON number written
/// exactly from basis points with two decimals (24.67, 100.00); money is *_fen integers.
class ReportJson {
public:
    [[nodiscard]] static QByteArray toJson(const services::MonthlyReport& report);
};

}  // namespace hc::report
