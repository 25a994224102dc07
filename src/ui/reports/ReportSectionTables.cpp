#include "hc/ui/ReportSectionTables.h"

#include "hc/domain/Percent.h"
#include "hc/domain/SegmentStrategy.h"
#include "hc/ui/ReportCharts.h"
#include "hc/ui/ReportText.h"

#include <QAbstractTableModel>
#include <QChartView>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstdlib>
#include <memory>

namespace hc::ui {
namespace {

QString num(long long n) {
    return QString::number(n);
}

QString signedNum(int n) {
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

/// A scrollable page with a vertical layout.
QVBoxLayout* page(QWidget*& outer) {
    outer = new QScrollArea;
    auto* scroll = static_cast<QScrollArea*>(outer);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    scroll->setWidget(inner);
    return new QVBoxLayout(inner);
}

QLabel* note(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

/// The ABC rank changes as a model: at 100 000 customers tens of thousands of changes are common,
/// too many for a QTableWidget (one item object per cell, rows measured one by one: seconds on the
/// GUI thread). Texts are made only for the rows on screen.
class AbcChangesModel : public QAbstractTableModel {
public:
    struct Texts {
        QStringList headers;
        QString entered, dropped, gradeChanged, rankMoved;
    };
    /// `names[i]` is the name of `changes[i]`'s customer (empty: shown by id).
    AbcChangesModel(std::vector<domain::AbcChange> changes, std::vector<QString> names, Texts texts,
                    QObject* parent)
        : QAbstractTableModel(parent),
          changes_(std::move(changes)),
          names_(std::move(names)),
          texts_(std::move(texts)) {}

    /// Shows the entered, dropped and re-graded customers and the moves over `threshold` places.
    void setThreshold(int threshold) {
        beginResetModel();
        shown_.clear();
        for (std::size_t i = 0; i < changes_.size(); ++i) {
            const auto& ch = changes_[i];
            if (ch.entered || ch.dropped || ch.gradeChanged ||
                std::abs(ch.rankDelta()) > threshold) {
                shown_.push_back(i);
            }
        }
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(shown_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(texts_.headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole &&
            section < texts_.headers.size()) {
            return texts_.headers[section];
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= rowCount()) {
            return {};
        }
        if (role == Qt::TextAlignmentRole) {
            return index.column() >= 1 && index.column() <= 3
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        }
        if (role != Qt::DisplayRole) {
            return {};
        }
        const auto& ch = changes_[shown_[static_cast<std::size_t>(index.row())]];
        switch (index.column()) {
            case 0: {
                const QString& name = names_[shown_[static_cast<std::size_t>(index.row())]];
                return name.isEmpty() ? QString::number(ch.customerId) : name;
            }
            case 1:
                return ch.previousRank ? num(*ch.previousRank) : QString();
            case 2:
                return ch.currentRank ? num(*ch.currentRank) : QString();
            case 3:
                return ch.previousRank && ch.currentRank ? signedNum(ch.rankDelta()) : QString();
            case 4:
                return ch.previousGrade ? domain::toKey(*ch.previousGrade) : QString();
            case 5:
                return ch.currentGrade ? domain::toKey(*ch.currentGrade) : QString();
            default:
                return ch.entered        ? texts_.entered
                       : ch.dropped      ? texts_.dropped
                       : ch.gradeChanged ? texts_.gradeChanged
                                         : texts_.rankMoved;
        }
    }

private:
    std::vector<domain::AbcChange> changes_;
    std::vector<QString> names_;
    Texts texts_;
    std::vector<std::size_t> shown_;
};

QLabel* heading(const QString& text) {
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

}  // namespace

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

QWidget* ReportSectionTables::composition(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& rep = r.composition.report;
    layout->addWidget(
        note(tr("截至 %1,与上月末 %2 比较。")
                 .arg(r.asOf.toString(Qt::ISODate), r.previousAsOf.toString(Qt::ISODate))));
    auto* row = new QHBoxLayout;
    auto* t = table(QStringLiteral("compositionTable"),
                    {tr("分类"), tr("人数"), tr("占全部"), tr("占有效"), tr("上月"), tr("变化"),
                     tr("占比变化")},
                    drill, nullptr);
    t->setRowCount(static_cast<int>(rep.rows.size()));
    int i = 0;
    for (const auto& c : rep.rows) {
        const QString label = ReportText::compositionRow(c.key);
        t->setItem(i, 0, text(label));
        t->setItem(i, 1, number(num(c.count), QStringLiteral("composition.") + c.key, label));
        t->setItem(i, 2, number(ReportText::percent(c.shareBp)));
        t->setItem(i, 3, number(c.validShareBp ? ReportText::percent(*c.validShareBp) : QString()));
        t->setItem(i, 4, number(c.previousCount ? num(*c.previousCount) : QString()));
        t->setItem(i, 5, number(c.deltaCount ? signedNum(*c.deltaCount) : QString()));
        t->setItem(i, 6, number(c.deltaShareBp ? ReportText::delta(*c.deltaShareBp) : QString()));
        ++i;
    }
    fit(t);
    row->addWidget(t, 3);
    row->addWidget(ReportCharts::composition(r, drill, nullptr), 2);
    layout->addLayout(row);

    layout->addWidget(heading(tr("有效客户的回访阶段")));
    auto* s = table(QStringLiteral("stageTable"),
                    {tr("阶段"), tr("人数"), tr("占有效"), tr("变化"), tr("对策")}, drill, nullptr);
    s->setRowCount(static_cast<int>(rep.stages.size()));
    i = 0;
    for (const auto& st : rep.stages) {
        const QString label = ReportText::stage(st.stage);
        s->setItem(i, 0, text(label));
        s->setItem(i, 1,
                   number(num(st.count),
                          QStringLiteral("composition.stage.") + domain::toKey(st.stage), label));
        s->setItem(i, 2, number(ReportText::percent(st.validShareBp)));
        s->setItem(i, 3, number(st.deltaCount ? signedNum(*st.deltaCount) : QString()));
        s->setItem(i, 4, text(domain::stageStrategy(st.stage, r.lifecycle)));
        ++i;
    }
    fit(s);
    layout->addWidget(s);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::abc(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& a = r.abc;
    const auto& sum = a.summary;
    layout->addWidget(
        note(tr("统计期 %1 至 %2:%3 位客户,总额 %4。%5 的客户(%6 位)贡献了约 %7 的收入。")
                 .arg(a.from.toString(Qt::ISODate), a.asOf.toString(Qt::ISODate))
                 .arg(sum.customers)
                 .arg(ReportText::money(sum.totalFen), ReportText::percent(sum.aCustomerShareBp))
                 .arg(sum.aCustomers)
                 .arg(ReportText::percent(sum.aMarkBp))));
    auto* g =
        table(QStringLiteral("abcGradeTable"),
              {tr("等级"), tr("人数"), tr("人数占比"), tr("金额"), tr("金额占比")}, drill, nullptr);
    g->setRowCount(static_cast<int>(sum.grades.size()));
    int i = 0;
    for (const auto& gr : sum.grades) {
        const QString label = ReportText::grade(gr.grade);
        g->setItem(i, 0, text(label));
        g->setItem(i, 1,
                   number(num(gr.customers), QStringLiteral("abc.grade.") + domain::toKey(gr.grade),
                          label));
        g->setItem(i, 2, number(ReportText::percent(gr.customerShareBp)));
        g->setItem(i, 3, number(ReportText::money(gr.revenueFen)));
        g->setItem(i, 4, number(ReportText::percent(gr.revenueShareBp)));
        ++i;
    }
    fit(g);
    layout->addWidget(g);
    layout->addWidget(ReportCharts::pareto(r, drill, nullptr));

    // Rank changes since the previous run, filtered by a configurable rank move.
    QString source = tr("无上期数据");
    if (a.previousSource == QLatin1String("saved")) {
        source = tr("与已保存的 %1 期比较").arg(a.previousPeriod);
    } else if (a.previousSource == QLatin1String("computed")) {
        source = tr("与上月末重新计算的结果比较");
    }
    layout->addWidget(heading(tr("等级变化与排名变动(%1)").arg(source)));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("排名变动超过")));
    auto* spin = new QSpinBox;
    spin->setObjectName(QStringLiteral("rankMoveSpin"));
    spin->setRange(a.rankMoveThreshold, 100000);
    spin->setValue(a.rankMoveThreshold);
    filterRow->addWidget(spin);
    filterRow->addWidget(new QLabel(tr("名,或等级变化、新进入、退出")));
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    auto* c = new QTableView;
    c->setObjectName(QStringLiteral("abcChangesTable"));
    c->setEditTriggers(QAbstractItemView::NoEditTriggers);
    c->setSelectionMode(QAbstractItemView::SingleSelection);
    c->setSelectionBehavior(QAbstractItemView::SelectRows);
    c->setWordWrap(false);
    c->verticalHeader()->setVisible(false);
    c->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    c->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only (the list can hold tens of thousands).
    c->horizontalHeader()->setResizeContentsPrecision(100);
    c->verticalHeader()->setResizeContentsPrecision(100);
    c->setMinimumHeight(240);
    c->setMaximumHeight(420);
    AbcChangesModel::Texts texts{{tr("客户"), tr("上期排名"), tr("本期排名"), tr("变动"),
                                  tr("上期等级"), tr("本期等级"), tr("说明")},
                                 tr("新进入"),
                                 tr("退出"),
                                 tr("等级变化"),
                                 tr("排名变动大")};
    std::vector<QString> names;
    names.reserve(a.changes.size());
    for (const auto& ch : a.changes) {
        const auto it = r.names.find(ch.customerId);
        names.push_back(it != r.names.end() ? it->second : QString());
    }
    auto* model = new AbcChangesModel(a.changes, std::move(names), std::move(texts), c);
    c->setModel(model);
    layout->addWidget(c);
    auto refill = [c, model](int threshold) {
        model->setThreshold(threshold);
        // Sized from the first rows (QHeaderView samples at most 1 000 rows).
        c->resizeColumnsToContents();
    };
    refill(spin->value());
    QObject::connect(spin, &QSpinBox::valueChanged, c, refill);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::matrix(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& m = r.matrix.summary;
    layout->addWidget(
        note(tr("忠诚度(+ 高 / − 低)× 贡献度(ABC 等级):%1 位客户,总额 %2。点击格子查看客户。")
                 .arg(m.customers)
                 .arg(ReportText::money(m.totalFen))));
    auto* t = table(QStringLiteral("matrixTable"), {tr("忠诚度高(+)"), tr("忠诚度低(−)")}, drill,
                    nullptr);
    t->setRowCount(3);
    t->setVerticalHeaderLabels({tr("A 贡献高"), tr("B 贡献中"), tr("C 贡献低")});
    t->verticalHeader()->setVisible(true);
    for (const auto& cell : m.cells) {
        const int index = static_cast<int>(cell.cell);
        const QString key = domain::toKey(cell.cell);
        auto* item = number(
            tr("%1:%2 人(%3)\n%4(%5)\n%6")
                .arg(key)
                .arg(cell.customers)
                .arg(ReportText::percent(cell.customerShareBp), ReportText::money(cell.revenueFen),
                     ReportText::percent(cell.revenueShareBp), cell.strategy),
            QStringLiteral("matrix.") + key, tr("矩阵 %1").arg(key));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        item->setData(Qt::UserRole + 3, cell.customers);
        item->setToolTip(cell.strategy);
        t->setItem(index / 2, index % 2, item);
    }
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth() + 2;
    for (int i = 0; i < 3; ++i) {
        t->setRowHeight(i, std::max(t->rowHeight(i), 96));
        h += t->rowHeight(i);
    }
    t->setMinimumHeight(h);
    layout->addWidget(t);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::rfm(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& rfm = r.rfm.rfm;
    layout->addWidget(note(tr("参与分析 %1 位客户;消费金额阈值 %2%3。")
                               .arg(rfm.population)
                               .arg(ReportText::money(rfm.monetaryThresholdFen),
                                    rfm.monetaryFromMean ? tr("(平均值)") : QString())));
    auto* t = table(QStringLiteral("rfmTable"), {tr("分类"), tr("人数"), tr("占比"), tr("对策")},
                    drill, nullptr);
    t->setRowCount(domain::kRfmSegmentCount);
    for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
        const auto seg = static_cast<domain::RfmSegment>(i);
        const QString label = ReportText::rfmSegment(seg);
        t->setItem(i, 0, text(label));
        t->setItem(i, 1,
                   number(num(rfm.count(seg)), QStringLiteral("rfm.") + domain::toKey(seg), label));
        t->setItem(i, 2,
                   number(ReportText::percent(domain::percentBp(rfm.count(seg), rfm.population))));
        t->setItem(i, 3, text(domain::rfmStrategy(seg)));
    }
    fit(t);
    layout->addWidget(t);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::churn(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& c = r.churn.analysis;
    layout->addWidget(note(tr("按车辆统计:保有量 %1 辆,流失 %2 辆,流失率 %3(未计入 %4 辆)。")
                               .arg(c.population)
                               .arg(c.lost)
                               .arg(ReportText::percent(c.rateBp))
                               .arg(c.skipped)));
    // Each chart stands above its own table: regions on the left, vehicle ages on the right.
    auto* pairs = new QHBoxLayout;
    auto* regionColumn = new QVBoxLayout;
    regionColumn->addWidget(ReportCharts::churnByRegion(r, drill, nullptr));
    auto* region = table(QStringLiteral("churnRegionTable"), {tr("地区"), tr("流失"), tr("占比")},
                         drill, nullptr);
    region->setRowCount(static_cast<int>(c.byRegion.size()));
    int i = 0;
    for (const auto& row : c.byRegion) {
        const QString label = ReportText::orEmpty(row.region);
        region->setItem(i, 0, text(label));
        region->setItem(i, 1,
                        number(num(row.lost), QStringLiteral("churn.region.") + row.region, label));
        region->setItem(i, 2, number(ReportText::percent(row.shareBp)));
        ++i;
    }
    fit(region);
    regionColumn->addWidget(region, 0, Qt::AlignTop | Qt::AlignHCenter);
    regionColumn->addStretch(1);
    pairs->addLayout(regionColumn, 1);

    auto* ageColumn = new QVBoxLayout;
    ageColumn->addWidget(ReportCharts::churnByAge(r, drill, nullptr));
    auto* age = table(QStringLiteral("churnAgeTable"),
                      {tr("车龄"), tr("流失"), tr("占比"), tr("累计占比")}, drill, nullptr);
    age->setRowCount(static_cast<int>(c.byVehicleAge.size()) + 1);
    i = 0;
    for (const auto& row : c.byVehicleAge) {
        const QString label = ReportText::ageBucket(row.bucket);
        age->setItem(i, 0, text(label));
        age->setItem(
            i, 1,
            number(num(row.lost), QStringLiteral("churn.age.") + domain::toKey(row.bucket), label));
        age->setItem(i, 2, number(ReportText::percent(row.shareBp)));
        age->setItem(i, 3, number(ReportText::percent(row.cumulativeBp)));
        ++i;
    }
    age->setItem(i, 0, text(tr("车龄未知")));
    age->setItem(
        i, 1, number(num(c.unknownAgeLost), QStringLiteral("churn.age.unknown"), tr("车龄未知")));
    age->setItem(i, 2, number(ReportText::percent(c.unknownAgeShareBp)));
    fit(age);
    ageColumn->addWidget(age, 0, Qt::AlignTop | Qt::AlignHCenter);
    ageColumn->addStretch(1);
    pairs->addLayout(ageColumn, 1);
    layout->addLayout(pairs);

    layout->addWidget(heading(tr("按车型")));
    auto* model =
        table(QStringLiteral("churnModelTable"),
              {tr("车型"), tr("保有量"), tr("流失"), tr("流失率"), tr("占流失")}, drill, nullptr);
    model->setRowCount(static_cast<int>(c.byModel.size()));
    i = 0;
    for (const auto& row : c.byModel) {
        const QString label = ReportText::orEmpty(row.model);
        const QString base = QStringLiteral("churn.model.") + row.model;
        model->setItem(i, 0, text(label));
        model->setItem(i, 1,
                       number(num(row.population), base + QStringLiteral(".population"),
                              tr("%1 保有").arg(label)));
        model->setItem(
            i, 2, number(num(row.lost), base + QStringLiteral(".lost"), tr("%1 流失").arg(label)));
        model->setItem(i, 3, number(ReportText::percent(row.rateBp)));
        model->setItem(i, 4, number(ReportText::percent(row.shareBp)));
        ++i;
    }
    fit(model);
    layout->addWidget(model);

    const auto& reasons = r.churn.reasons;
    layout->addWidget(heading(tr("流失原因:共 %1 条,内因 %2(%3),外因 %4(%5)%6")
                                  .arg(reasons.total)
                                  .arg(reasons.internal)
                                  .arg(ReportText::percent(reasons.internalShareBp))
                                  .arg(reasons.external)
                                  .arg(ReportText::percent(reasons.externalShareBp),
                                       reasons.total > 0 && reasons.internalDominant()
                                           ? tr(";内因是客户不来的主要原因")
                                           : QString())));
    auto* why =
        table(QStringLiteral("churnReasonTable"),
              {tr("原因"), tr("类别"), tr("次数"), tr("占比"), tr("类内占比")}, drill, nullptr);
    why->setRowCount(static_cast<int>(reasons.rows.size()));
    i = 0;
    for (const auto& row : reasons.rows) {
        const QString label = ReportText::reason(row.reason);
        why->setItem(i, 0, text(label));
        why->setItem(i, 1, text(row.internal ? tr("内因") : tr("外因")));
        why->setItem(i, 2,
                     number(num(row.count),
                            QStringLiteral("churn.reason.") + domain::toKey(row.reason), label));
        why->setItem(i, 3, number(ReportText::percent(row.shareBp)));
        why->setItem(i, 4, number(ReportText::percent(row.groupShareBp)));
        ++i;
    }
    fit(why);
    layout->addWidget(why);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::winback(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& k = r.winback.kpis;
    layout->addWidget(note(tr("回厂按提醒后 %1 天内计算;回厂率 = 提醒后回厂数 ÷ 流失提醒数。")
                               .arg(r.winback.returnWindowDays)));
    auto* t = table(QStringLiteral("winbackTable"), {tr("指标"), tr("数值")}, drill, nullptr);
    const std::vector<std::tuple<QString, int, QString>> rows = {
        {tr("招揽电话次数"), k.calls, QString()},
        {tr("流失提醒数"), k.reminded, QStringLiteral("winback.reminded")},
        {tr("提醒后回厂数"), k.returned, QStringLiteral("winback.returned")},
        {tr("有意向还会来"), k.intending, QStringLiteral("winback.intending")},
        {tr("明确表示不来"), k.refusals, QStringLiteral("winback.refusals")},
        {tr("无效数据"), k.invalidData, QStringLiteral("winback.invalid_data")},
        {tr("无人接听"), k.noAnswer, QStringLiteral("winback.no_answer")},
        {tr("已接通(无承诺)"), k.reached, QStringLiteral("winback.reached")}};
    t->setRowCount(static_cast<int>(rows.size()) + 1);
    int i = 0;
    for (const auto& [label, value, key] : rows) {
        t->setItem(i, 0, text(label));
        t->setItem(i, 1, number(num(value), key, label));
        ++i;
    }
    t->setItem(i, 0, text(tr("回厂率")));
    t->setItem(i, 1, number(ReportText::percent(k.returnRateBp)));
    fit(t);
    layout->addWidget(t);
    // Declined work (建议项目): declined and recovered in money, the recovery rate.
    const auto& dw = r.declinedWork.summary;
    layout->addWidget(note(tr("建议项目:回收率 = 本月已回收金额 ÷ 本月建议未做金额。")));
    auto* d = table(QStringLiteral("declinedWorkTable"), {tr("建议项目"), tr("项数"), tr("金额")},
                    drill, nullptr);
    const std::vector<std::tuple<QString, int, domain::Fen, QString>> dRows = {
        {tr("本月建议未做"), dw.declinedCount, dw.declinedFen, QStringLiteral("declined.declined")},
        {tr("本月已回收"), dw.recoveredCount, dw.recoveredFen,
         QStringLiteral("declined.recovered")},
        {tr("本月放弃"), dw.droppedCount, dw.droppedFen, QString()},
        {tr("月末仍未做"), dw.openCount, dw.openFen, QString()}};
    d->setRowCount(static_cast<int>(dRows.size()) + 1);
    int row = 0;
    for (const auto& [label, count, fen, key] : dRows) {
        d->setItem(row, 0, text(label));
        d->setItem(row, 1, number(num(count), key, label));
        d->setItem(row, 2, number(ReportText::money(fen)));
        ++row;
    }
    d->setItem(row, 0, text(tr("回收率(金额)")));
    d->setItem(row, 1, text(QString()));
    d->setItem(row, 2,
               number(dw.recoveryRateBp ? ReportText::percent(*dw.recoveryRateBp) : tr("—")));
    fit(d);
    layout->addWidget(d);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::satisfaction(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& s = r.satisfaction.summary;
    auto labelOf = [&s](const QString& id) {
        const auto* item = s.item(id);
        return item != nullptr ? item->label : id;
    };
    QStringList strong;
    QStringList weak;
    QStringList lowest;
    for (const auto& id : s.strongItems) {
        strong << labelOf(id);
    }
    for (const auto& id : s.weakItems) {
        weak << labelOf(id);
    }
    for (const auto& id : s.lowestItems) {
        lowest << labelOf(id);
    }
    const QString none = tr("无");
    const QString separator = tr("、");  // ", " in English
    layout->addWidget(note(
        tr("共 %1 个评分(无效 %2),总平均 %3。\n优势项目:%4\n劣势项目:%5\n最低项目:%6")
            .arg(s.answers)
            .arg(s.rejected)
            .arg(s.overallAverageX100 ? domain::formatHundredths(*s.overallAverageX100) : tr("—"),
                 strong.isEmpty() ? none : strong.join(separator),
                 weak.isEmpty() ? none : weak.join(separator),
                 lowest.isEmpty() ? none : lowest.join(separator))));
    auto* t = table(QStringLiteral("satisfactionTable"),
                    {tr("项目"), tr("评分数"), tr("1分"), tr("2分"), tr("3分"), tr("4分"),
                     tr("5分"), tr("平均"), tr("评价")},
                    drill, nullptr);
    t->setRowCount(static_cast<int>(s.items.size()));
    int i = 0;
    for (const auto& item : s.items) {
        t->setItem(i, 0, text(item.label));
        t->setItem(
            i, 1, number(num(item.answers), QStringLiteral("satisfaction.") + item.id, item.label));
        for (int score = domain::kSatisfactionMinScore; score <= domain::kSatisfactionMaxScore;
             ++score) {
            t->setItem(i, 1 + score, number(num(item.scoreCount(score))));
        }
        t->setItem(
            i, 7, number(item.averageX100 ? domain::formatHundredths(*item.averageX100) : tr("—")));
        t->setItem(i, 8, text(item.strong ? tr("优势") : item.weak ? tr("劣势") : QString()));
        ++i;
    }
    fit(t);
    layout->addWidget(t);
    layout->addStretch(1);
    return outer;
}

QWidget* ReportSectionTables::complaints(const services::MonthlyReport& r, const Drill& drill) {
    QWidget* outer = nullptr;
    auto* layout = page(outer);
    const auto& c = r.complaints.stats;
    layout->addWidget(
        note(tr("本月受理的投诉,按 2123 原则评估(评估时间 %1)。")
                 .arg(r.complaints.evaluatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    auto* t = table(QStringLiteral("complaintTable"), {tr("指标"), tr("数值")}, drill, nullptr);
    const std::vector<std::tuple<QString, int, QString>> rows = {
        {tr("受理"), c.received, QStringLiteral("complaints.received")},
        {tr("重大投诉"), c.major, QStringLiteral("complaints.major")},
        {tr("已解决"), c.resolved, QStringLiteral("complaints.resolved")},
        {tr("已回访结案"), c.closed, QStringLiteral("complaints.closed")},
        {tr("全部按时"), c.compliant, QStringLiteral("complaints.compliant")},
        {tr("超时"), c.late, QStringLiteral("complaints.late")},
        {tr("当前逾期"), c.overdueNow, QStringLiteral("complaints.overdue_now")},
        {tr("未结案"), c.open, QStringLiteral("complaints.open")}};
    t->setRowCount(static_cast<int>(rows.size()) + 1);
    int i = 0;
    for (const auto& [label, value, key] : rows) {
        t->setItem(i, 0, text(label));
        t->setItem(i, 1, number(num(value), key, label));
        ++i;
    }
    t->setItem(i, 0, text(tr("2123 达标率")));
    t->setItem(i, 1, number(c.complianceBp ? ReportText::percent(*c.complianceBp) : tr("—")));
    fit(t);
    layout->addWidget(t);
    layout->addStretch(1);
    return outer;
}

}  // namespace hc::ui
