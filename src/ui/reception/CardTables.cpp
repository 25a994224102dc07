#include "CardTables.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <cstdlib>

namespace hc::ui {

QTableWidget* CardTables::make(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The stretched last column gets what the others leave over, and the default section size
    // when they fill the view (long work texts): never less than its header needs ("Next
    // recommendation" was cut to 100 px in English).
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultSectionSize(
        std::max(header->defaultSectionSize(), header->sectionSizeHint(table->columnCount() - 1)));
    table->setWordWrap(false);
    return table;
}

/// The card's vehicles table at 1366 px (issue 9 item 7): a header of several words goes on two
/// lines, make/model and VIN are capped (elided, whole in the tooltip), so the dates, mileages and
/// the reminder stay in view.
void CardTables::fitVehicleColumns(QTableWidget* table) {
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem* item = table->horizontalHeaderItem(c);
        if (item == nullptr || item->text().contains(QLatin1Char('\n'))) {
            continue;
        }
        QString text = item->text();
        const int middle = static_cast<int>(text.size()) / 2;
        int best = -1;
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char(' ') &&
                (best < 0 || std::abs(i - middle) < std::abs(best - middle))) {
                best = i;
            }
        }
        if (best > 0) {
            text[best] = QLatin1Char('\n');
            item->setText(text);
        }
    }
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);  // the last date needs no more than its contents
    const int cap = table->fontMetrics().horizontalAdvance(QStringLiteral("LE4ZG8DB1M")) + 12;
    for (const int c : {1, 2}) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        int widest = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (const QTableWidgetItem* item = table->item(r, c)) {
                widest =
                    std::max(widest, table->fontMetrics().horizontalAdvance(item->text()) + 12);
            }
        }
        header->resizeSection(c, std::max(header->sectionSizeHint(c), std::min(widest, cap)));
    }
}

}  // namespace hc::ui
