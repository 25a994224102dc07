#include "hc/ui/ReportSectionPage.h"

#include "hc/ui/ReportCharts.h"
#include "hc/ui/ReportTableModel.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace hc::ui {
namespace {

/// Tables up to this many rows show every row; longer ones scroll inside their view.
constexpr int kShortTableRows = 60;

QLabel* heading(const QString& text) {
    auto* label = new QLabel(text);
    label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    label->setWordWrap(true);
    return label;
}

/// Builds the page of one section: tables in report order, each under its title.
class PageBuilder {
public:
    PageBuilder(const std::shared_ptr<const std::vector<report::ReportSection>>& sections,
                const report::ReportSection& section, const services::MonthlyReport& report,
                ReportSectionPage::Drill drill)
        : sections_(sections), section_(section), report_(report), drill_(std::move(drill)) {}

    QWidget* build() {
        auto* scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("reportSection_") + section_.id);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto* inner = new QWidget;
        scroll->setWidget(inner);
        layout_ = new QVBoxLayout(inner);
        for (const auto& note : section_.notes) {
            auto* label = new QLabel(note);
            label->setWordWrap(true);
            layout_->addWidget(label);
        }
        for (std::size_t i = 0; i < section_.tables.size(); ++i) {
            place(i);
        }
        layout_->addStretch(1);
        return scroll;
    }

private:
    std::shared_ptr<const report::ReportTable> shared(std::size_t i) const {
        // Shares the ownership of the whole list of sections: no copy of the rows.
        return {sections_, &section_.tables[i]};
    }

    /// The table's title and its view.
    QWidget* block(std::size_t i) const {
        const auto& t = section_.tables[i];
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(heading(t.title));
        auto* model = new ReportTableModel(shared(i), box);
        auto* view = ReportSectionPage::view(
            model, ReportSectionPage::objectName(section_.id, t.id), model->textLast(), drill_);
        v->addWidget(view);
        v->addStretch(1);  // beside a taller chart: title and table stay at the top
        if (!model->textLast()) {
            box->setMaximumWidth(std::max(view->maximumWidth(), 240));
        }
        return box;
    }

    [[nodiscard]] std::optional<std::size_t> indexOf(const QString& id) const {
        for (std::size_t i = 0; i < section_.tables.size(); ++i) {
            if (section_.tables[i].id == id) {
                return i;
            }
        }
        return std::nullopt;
    }

    /// A chart above a table, in one column.
    QLayout* column(QWidget* chart, std::size_t table) const {
        auto* c = new QVBoxLayout;
        c->addWidget(chart);
        c->addWidget(block(table), 0, Qt::AlignTop | Qt::AlignHCenter);
        c->addStretch(1);
        return c;
    }

    void place(std::size_t i) {
        const QString& sid = section_.id;
        const QString& tid = section_.tables[i].id;
        const auto is = [&](const char* s, const char* t) {
            return sid == QLatin1String(s) && tid == QLatin1String(t);
        };
        if (is("composition", "classes")) {
            auto* row = new QHBoxLayout;
            row->addWidget(block(i), 3);
            row->addWidget(ReportCharts::composition(report_, drill_, nullptr), 2);
            layout_->addLayout(row);
        } else if (is("abc", "grades")) {
            layout_->addWidget(block(i));
            layout_->addWidget(ReportCharts::pareto(report_, drill_, nullptr));
        } else if (is("abc", "changes")) {
            layout_->addWidget(heading(section_.tables[i].title));
            layout_->addWidget(ReportSectionTables::abcChanges(
                shared(i), report_.abc.rankMoveThreshold, report_.abc.previousSource,
                report_.abc.previousPeriod, drill_));
        } else if (is("matrix", "cells")) {
            layout_->addWidget(ReportSectionTables::matrixGrid(section_.tables[i], drill_));
            layout_->addWidget(block(i));
        } else if (is("churn", "region") || is("churn", "age")) {
            // Each chart above its own table: regions on the left, vehicle ages on the right.
            const auto region = indexOf(QStringLiteral("region"));
            const auto age = indexOf(QStringLiteral("age"));
            if (placedChurnPair_ || !region || !age) {
                if (!placedChurnPair_) {
                    layout_->addWidget(block(i));
                }
                return;
            }
            placedChurnPair_ = true;
            auto* pair = new QHBoxLayout;
            pair->addLayout(column(ReportCharts::churnByRegion(report_, drill_, nullptr), *region),
                            1);
            pair->addLayout(column(ReportCharts::churnByAge(report_, drill_, nullptr), *age), 1);
            layout_->addLayout(pair);
        } else {
            layout_->addWidget(block(i));
        }
    }

    const std::shared_ptr<const std::vector<report::ReportSection>>& sections_;
    const report::ReportSection& section_;
    const services::MonthlyReport& report_;
    ReportSectionPage::Drill drill_;
    QVBoxLayout* layout_ = nullptr;
    bool placedChurnPair_ = false;
};

}  // namespace

QString ReportSectionPage::objectName(const QString& sectionId, const QString& tableId) {
    // "customer_base" + "bands" → "customerBaseBandsTable".
    QString name;
    bool upper = false;
    for (const QChar c : sectionId + QLatin1Char('_') + tableId) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("Table");
}

QTableView* ReportSectionPage::view(QAbstractItemModel* model, const QString& objectName,
                                    bool textLast, const Drill& drill) {
    auto* v = new QTableView;
    v->setObjectName(objectName);
    v->setModel(model);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->setVisible(false);
    v->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QObject::connect(v, &QTableView::clicked, v, [drill](const QModelIndex& index) {
        const QString key = index.data(ReportTableModel::kDrillKeyRole).toString();
        if (drill && !key.isEmpty()) {
            drill(key, index.data(ReportTableModel::kDrillTitleRole).toString());
        }
    });
    const int rows = model->rowCount();
    auto* header = v->horizontalHeader();
    // A text column last (strategies, notes) takes the rest of the width; number columns stay
    // compact, next to their labels.
    header->setStretchLastSection(textLast);
    if (rows > kShortTableRows) {
        // Long (the ABC changes: tens of thousands at 100 000 customers): sized from the first
        // rows, fixed row heights, scrolled inside the view.
        v->setWordWrap(false);
        v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
        header->setResizeContentsPrecision(100);
        v->verticalHeader()->setResizeContentsPrecision(100);
        v->resizeColumnsToContents();
        v->setMinimumHeight(240);
        v->setMaximumHeight(420);
        return v;
    }
    v->setWordWrap(true);
    v->resizeColumnsToContents();
    v->resizeRowsToContents();
    int h = header->sizeHint().height() + 2 * v->frameWidth() + 2;
    for (int i = 0; i < rows; ++i) {
        h += v->rowHeight(i);
    }
    v->setMinimumHeight(std::min(h, 420));
    v->setMaximumHeight(h);
    v->setVerticalScrollBarPolicy(h > 420 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (!textLast) {
        int w = 2 * v->frameWidth() + 2;
        for (int c = 0; c < model->columnCount(); ++c) {
            w += v->columnWidth(c);
        }
        v->setMaximumWidth(w);
    }
    return v;
}

QWidget* ReportSectionPage::build(
    const std::shared_ptr<const std::vector<report::ReportSection>>& sections,
    const report::ReportSection& section, const services::MonthlyReport& report,
    const Drill& drill) {
    return PageBuilder(sections, section, report, drill).build();
}

}  // namespace hc::ui
