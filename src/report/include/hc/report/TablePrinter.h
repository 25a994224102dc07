#pragma once

#include "hc/report/ReportTable.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace hc::report {

/// Prints plain tables (the day's callback list, any list a screen shows) with the same page
/// layout as the monthly report: header (title, subtitle), footer (page number), tables that
/// continue on the next page with their header repeated.
class TablePrinter {
public:
    /// False when the device cannot be painted on.
    static bool render(QPagedPaintDevice& device, const QString& title, const QString& subtitle,
                       const std::vector<ReportTable>& tables, const QStringList& notes = {});
};

}  // namespace hc::report
