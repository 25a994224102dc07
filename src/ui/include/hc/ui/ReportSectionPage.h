#pragma once

#include "hc/report/ReportTable.h"
#include "hc/ui/ReportSectionTables.h"

class QWidget;

namespace hc::ui {

/// A report screen page drawn straight from an hc_report section (the same tables and notes as
/// the exports): numbers right-aligned, counts with a drill-down key clickable.
class ReportSectionPage {
public:
    [[nodiscard]] static QWidget* build(const report::ReportSection& section,
                                        const ReportSectionTables::Drill& drill);
};

}  // namespace hc::ui
