#include "hc/ui/ReportSectionTables.h"

#include "hc/ui/ReportSectionPage.h"
#include "hc/ui/ReportTableModel.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hc::ui {
namespace {

/// The rows of a report table whose filter value exceeds a threshold (the ABC rank changes).
class OverThreshold : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setThreshold(qint64 threshold) {
        threshold_ = threshold;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QVariant v =
            sourceModel()->index(row, 0, parent).data(ReportTableModel::kFilterValueRole);
        return !v.isValid() || v.toLongLong() > threshold_;
    }

private:
    qint64 threshold_ = 0;
};

}  // namespace

QWidget* ReportSectionTables::matrixGrid(const report::ReportTable& cells, const Drill& drill) {
    auto* t =
        table(QStringLiteral("matrixGrid"), {tr("忠诚度高(+)"), tr("忠诚度低(−)")}, drill, nullptr);
    t->setRowCount(3);
    t->setVerticalHeaderLabels({tr("A 贡献高"), tr("B 贡献中"), tr("C 贡献低")});
    t->verticalHeader()->setVisible(true);
    // Rows in cell order (A+, A−, B+, B−, C+, C−): key, customers, shares and revenue, strategy.
    for (std::size_t index = 0; index < cells.rows.size() && index < 6; ++index) {
        const auto& row = cells.rows[index];
        QStringList lines;
        QString drillKey;
        int customers = 0;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const QString value = row[c].display();
            if (c == 0) {
                continue;
            }
            if (!row[c].drillKey().isEmpty()) {
                drillKey = row[c].drillKey();
                customers = static_cast<int>(row[c].number);
                lines.prepend(row.front().display() + QLatin1Char(':') + value);
            } else if (row[c].isNumber()) {
                lines << cells.headers.value(static_cast<qsizetype>(c)) + QLatin1Char(' ') + value;
            }
        }
        const QString strategy = row.back().isNumber() ? QString() : row.back().display();
        if (!strategy.isEmpty()) {
            lines << strategy;
        }
        auto* item = number(lines.join(QLatin1Char('\n')), drillKey, row.front().display());
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        item->setData(Qt::UserRole + 3, customers);
        item->setToolTip(strategy);
        const int i = static_cast<int>(index);
        t->setItem(i / 2, i % 2, item);
    }
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth() + 2;
    for (int i = 0; i < 3; ++i) {
        t->setRowHeight(i, std::max(t->rowHeight(i), 96));
        h += t->rowHeight(i);
    }
    t->setMinimumHeight(h);
    return t;
}

QWidget* ReportSectionTables::abcChanges(std::shared_ptr<const report::ReportTable> changes,
                                         int threshold, const QString& previousSource,
                                         const QString& previousPeriod, const Drill& drill) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("排名变动超过")));
    auto* spin = new QSpinBox;
    spin->setObjectName(QStringLiteral("rankMoveSpin"));
    spin->setRange(threshold, 100000);
    spin->setValue(threshold);
    filterRow->addWidget(spin);
    filterRow->addWidget(new QLabel(tr("名,或等级变化、新进入、退出")));
    filterRow->addStretch(1);
    // What the ranks are compared with (a run saved at month close, or the previous month end).
    QString source = tr("无上期数据");
    if (previousSource == QLatin1String("saved")) {
        source = tr("与已保存的 %1 期比较").arg(previousPeriod);
    } else if (previousSource == QLatin1String("computed")) {
        source = tr("与上月末重新计算的结果比较");
    }
    auto* compared = new QLabel(source);
    compared->setObjectName(QStringLiteral("abcComparedLabel"));
    filterRow->addWidget(compared);
    layout->addLayout(filterRow);
    auto* model = new ReportTableModel(std::move(changes), box);
    auto* shown = new OverThreshold(box);
    shown->setSourceModel(model);
    shown->setThreshold(threshold);
    auto* view =
        ReportSectionPage::view(shown, QStringLiteral("abcChangesTable"), model->textLast(), drill);
    layout->addWidget(view);
    QObject::connect(spin, &QSpinBox::valueChanged, view, [view, shown](int n) {
        shown->setThreshold(n);
        view->resizeColumnsToContents();  // from the first rows (header precision)
    });
    return box;
}

QTableWidget* ReportSectionTables::table(const QString& objectName, const QStringList& headers,
                                         const Drill& drill, QWidget* parent) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(true);
    QObject::connect(t, &QTableWidget::cellClicked, t, [t, drill](int row, int column) {
        const QTableWidgetItem* item = t->item(row, column);
        if (item == nullptr || !drill) {
            return;
        }
        const QString key = item->data(kDrillKeyRole).toString();
        if (!key.isEmpty()) {
            drill(key, item->data(kDrillTitleRole).toString());
        }
    });
    return t;
}

QTableWidgetItem* ReportSectionTables::number(const QString& text, const QString& key,
                                              const QString& title) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!key.isEmpty()) {
        item->setData(kDrillKeyRole, key);
        item->setData(kDrillTitleRole, title);
        item->setForeground(QColor(0x0b, 0x5c, 0xad));
        item->setToolTip(tr("点击查看客户名单"));
        QFont f = item->font();
        f.setUnderline(true);
        item->setFont(f);
    }
    return item;
}

QTableWidgetItem* ReportSectionTables::text(const QString& text) {
    return new QTableWidgetItem(text);
}

void ReportSectionTables::fit(QTableWidget* t) {
    t->resizeColumnsToContents();
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A text column last (strategies, notes) takes the rest of the width; long texts keep their
    // full wording in a tooltip. Number columns stay compact, next to their labels.
    const int last = t->columnCount() - 1;
    const QTableWidgetItem* sample = t->rowCount() > 0 ? t->item(0, last) : nullptr;
    const bool textLast = sample != nullptr && !(sample->textAlignment() & Qt::AlignRight);
    t->horizontalHeader()->setStretchLastSection(textLast);
    if (textLast) {
        for (int i = 0; i < t->rowCount(); ++i) {
            if (auto* item = t->item(i, last); item != nullptr && item->toolTip().isEmpty()) {
                item->setToolTip(item->text());
            }
        }
    }
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
    for (int i = 0; i < t->rowCount(); ++i) {
        h += t->rowHeight(i);
    }
    t->setMinimumHeight(std::min(h, 420));
    t->setMaximumHeight(h);
    if (!textLast) {
        int w = 2 * t->frameWidth() + 2;
        for (int c = 0; c <= last; ++c) {
            w += t->columnWidth(c);
        }
        t->setMaximumWidth(w);
    }
}

}  // namespace hc::ui
