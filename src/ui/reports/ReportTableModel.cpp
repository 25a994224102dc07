#include "hc/ui/ReportTableModel.h"

#include <QColor>
#include <QFont>

namespace hc::ui {

ReportTableModel::ReportTableModel(std::shared_ptr<const report::ReportTable> table,
                                   QObject* parent)
    : QAbstractTableModel(parent), table_(std::move(table)) {
    lastColumn_ = static_cast<int>(table_->headers.size()) - 1;
    for (const auto& row : table_->rows) {
        const auto last = static_cast<std::size_t>(lastColumn_);
        if (last < row.size() && row[last].kind != report::ReportCell::Kind::Empty) {
            textLast_ = !row[last].isNumber();
            break;
        }
    }
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_->rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_->headers.size());
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < table_->headers.size()) {
        return table_->headers.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ReportTableModel::drillTitle(int row, int column) const {
    const auto& cells = table_->rows[static_cast<std::size_t>(row)];
    int drills = 0;
    for (const auto& c : cells) {
        drills += c.drillKey().isEmpty() ? 0 : 1;
    }
    const QString label = cells.empty() ? QString() : cells.front().display();
    return drills > 1 ? label + QLatin1Char(' ') + table_->headers.value(column) : label;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const auto& row = table_->rows[static_cast<std::size_t>(index.row())];
    if (role == kFilterValueRole) {
        const auto r = static_cast<std::size_t>(index.row());
        return r < table_->rowFilterValues.size() ? QVariant(qint64{table_->rowFilterValues[r]})
                                                  : QVariant();
    }
    if (static_cast<std::size_t>(index.column()) >= row.size()) {
        return {};
    }
    const auto& cell = row[static_cast<std::size_t>(index.column())];
    const bool drill = !cell.drillKey().isEmpty();
    switch (role) {
        case Qt::DisplayRole:
            return cell.display();
        case Qt::TextAlignmentRole:
            // "—" stands for a number that has no value (no appointments, nothing declined).
            return cell.isNumber() || cell.text == QStringLiteral("—")
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        case Qt::ForegroundRole:
            return drill ? QVariant(QColor(0x0b, 0x5c, 0xad)) : QVariant();
        case Qt::FontRole:
            if (drill) {
                QFont f;
                f.setUnderline(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            if (drill) {
                return tr("点击查看客户名单");
            }
            // A long text last (strategies, notes) keeps its full wording in a tooltip.
            return textLast_ && index.column() == lastColumn_ ? QVariant(cell.display())
                                                              : QVariant();
        case kDrillKeyRole:
            return drill ? QVariant(cell.drillKey()) : QVariant();
        case kDrillTitleRole:
            return drill ? QVariant(drillTitle(index.row(), index.column())) : QVariant();
        default:
            return {};
    }
}

}  // namespace hc::ui
