#pragma once

#include "hc/report/ReportTable.h"

#include <QAbstractTableModel>

#include <memory>

namespace hc::ui {

/// An hc_report table (the one the PDF, XLSX and CSV exports print) as a read-only model: the
/// same headers and cell texts (ReportCell::display), numbers right-aligned, and every cell with
/// a drill-down key blue, underlined, with a tooltip and its key in kDrillKeyRole. Texts are made
/// only for the rows on screen, so a table of tens of thousands of rows costs no widget items.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDrillKeyRole = Qt::UserRole + 1;
    /// The drill-down list's title: the row's label (and the column's header when the row has
    /// more than one drillable cell).
    static constexpr int kDrillTitleRole = Qt::UserRole + 2;
    /// The row's ReportTable::rowFilterValues entry (qint64), when the table has them.
    static constexpr int kFilterValueRole = Qt::UserRole + 4;

    ReportTableModel(std::shared_ptr<const report::ReportTable> table, QObject* parent = nullptr);

    [[nodiscard]] const report::ReportTable& table() const { return *table_; }
    /// The last column holds texts (a strategy, a note): it takes the rest of the width.
    [[nodiscard]] bool textLast() const { return textLast_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    [[nodiscard]] QString drillTitle(int row, int column) const;

    std::shared_ptr<const report::ReportTable> table_;
    int lastColumn_ = 0;
    bool textLast_ = false;  ///< the last column holds texts (strategies, notes): tooltips
};

}  // namespace hc::ui
