#include "hc/ui/ReportSectionPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

QWidget* ReportSectionPage::build(const report::ReportSection& section,
                                  const ReportSectionTables::Drill& drill) {
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("reportSection_") + section.id);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);
    int index = 0;
    for (const auto& t : section.tables) {
        auto* title = new QLabel(t.title, inner);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        layout->addWidget(title);
        auto* table = ReportSectionTables::table(
            QStringLiteral("%1Table%2").arg(section.id).arg(index++), t.headers, drill, inner);
        table->setRowCount(static_cast<int>(t.rows.size()));
        for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
            const auto& row = t.rows.at(static_cast<std::size_t>(r));
            for (int c = 0; c < static_cast<int>(row.size()); ++c) {
                const auto& cell = row.at(static_cast<std::size_t>(c));
                const QString rowTitle = row.empty() ? QString() : row.front().display();
                table->setItem(r, c,
                               cell.isNumber() ? ReportSectionTables::number(
                                                     cell.display(), cell.drillKey, rowTitle)
                                               : ReportSectionTables::text(cell.display()));
            }
        }
        ReportSectionTables::fit(table);
        layout->addWidget(table);
    }
    for (const auto& note : section.notes) {
        auto* label = new QLabel(note, inner);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    return scroll;
}

}  // namespace hc::ui
