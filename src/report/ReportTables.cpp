#include "hc/report/ReportTables.h"

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/Percent.h"
#include "hc/domain/ReturnBand.h"
#include "hc/domain/SegmentStrategy.h"
#include "hc/report/ReportLabels.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace hc::report {

namespace {

using C = ReportCell;
using services::MonthlyReport;

QString k(const char* text) {
    return QString::fromUtf8(text);
}

C optPct(const std::optional<int>& bp) {
    return bp ? C::pct(*bp) : C::empty();
}

C optCount(const std::optional<int>& n) {
    return n ? C::count(*n) : C::empty();
}

ReportSection composition(const MonthlyReport& r) {
    ReportSection s{k("composition"), ReportLabels::sectionTitle(k("composition")), {}, {}};
    const auto& c = r.composition;
    // The running month's figures are as of today, not of its last day: the screen and every
    // export say so in the same words (issue 9 item 10).
    s.notes << (r.inProgress ? QCoreApplication::translate(
                                   "hc::report", "本月尚未结束:截至今天 %1,与上月(截至 %2)比较")
                             : QCoreApplication::translate("hc::report", "统计日期 %1,对比 %2"))
                   .arg(c.asOf.toString(Qt::ISODate), c.previousAsOf.toString(Qt::ISODate));
    ReportTable rows{QCoreApplication::translate("hc::report", "客户构成"),
                     {QCoreApplication::translate("hc::report", "类别"),
                      QCoreApplication::translate("hc::report", "人数"),
                      QCoreApplication::translate("hc::report", "占全部客户%"),
                      QCoreApplication::translate("hc::report", "占有效客户%"),
                      QCoreApplication::translate("hc::report", "上月人数"),
                      QCoreApplication::translate("hc::report", "人数变化"),
                      QCoreApplication::translate("hc::report", "占比变化(百分点)")},
                     {},
                     0};
    rows.id = k("classes");
    for (const auto& row : c.report.rows) {
        rows.rows.push_back({C::of(ReportLabels::compositionRow(row.key)),
                             C::count(row.count, k("composition.") + row.key), C::pct(row.shareBp),
                             optPct(row.validShareBp), optCount(row.previousCount),
                             optCount(row.deltaCount), optPct(row.deltaShareBp)});
    }
    s.tables.push_back(std::move(rows));
    ReportTable stages{QCoreApplication::translate("hc::report", "流失阶段"),
                       {QCoreApplication::translate("hc::report", "阶段"),
                        QCoreApplication::translate("hc::report", "人数"),
                        QCoreApplication::translate("hc::report", "占有效客户%"),
                        QCoreApplication::translate("hc::report", "人数变化"),
                        QCoreApplication::translate("hc::report", "策略")},
                       {},
                       0};
    stages.id = k("stages");
    for (const auto& st : c.report.stages) {
        stages.rows.push_back(
            {C::of(ReportLabels::stage(st.stage)),
             C::count(st.count, k("composition.stage.") + domain::toKey(st.stage)),
             C::pct(st.validShareBp), optCount(st.deltaCount),
             C::of(domain::stageStrategy(st.stage, r.lifecycle))});
    }
    s.tables.push_back(std::move(stages));
    return s;
}

QString changeNote(const domain::AbcChange& c) {
    QStringList parts;
    if (c.entered) {
        parts << QCoreApplication::translate("hc::report", "新进入");
    }
    if (c.dropped) {
        parts << QCoreApplication::translate("hc::report", "退出");
    }
    if (c.gradeChanged) {
        parts << QCoreApplication::translate("hc::report", "等级变化");
    }
    if (c.rankMoved) {
        parts << (c.rankDelta() > 0 ? QCoreApplication::translate("hc::report", "名次上升过快")
                                    : QCoreApplication::translate("hc::report", "名次下降过快"));
    }
    // The list separator follows the language (", " in English).
    return parts.join(QCoreApplication::translate("hc::report", "、"));
}

ReportSection abc(const MonthlyReport& r, bool forPrint, bool withList) {
    ReportSection s{k("abc"), ReportLabels::sectionTitle(k("abc")), {}, {}};
    const auto& a = r.abc;
    const auto& sum = a.summary;
    s.notes << QCoreApplication::translate("hc::report",
                                           "统计区间 %1 至 %2,实收合计 %3 元,客户 %4 名")
                   .arg(a.from.toString(Qt::ISODate), a.asOf.toString(Qt::ISODate),
                        C::money(sum.totalFen).display())
                   .arg(sum.customers);
    s.notes << QCoreApplication::translate("hc::report",
                                           "%1% 的客户(A 类)带来约 %2% 的收入;A+B 类客户占 %3%。")
                   .arg(domain::formatPercent(sum.aCustomerShareBp),
                        domain::formatPercent(sum.grade(domain::AbcGrade::A).revenueShareBp),
                        domain::formatPercent(sum.abCustomerShareBp));
    ReportTable grades{QCoreApplication::translate("hc::report", "等级汇总"),
                       {QCoreApplication::translate("hc::report", "等级"),
                        QCoreApplication::translate("hc::report", "客户数"),
                        QCoreApplication::translate("hc::report", "客户占比%"),
                        QCoreApplication::translate("hc::report", "实收金额(元)"),
                        QCoreApplication::translate("hc::report", "金额占比%")},
                       {},
                       0};
    grades.id = k("grades");
    for (const auto& g : sum.grades) {
        grades.rows.push_back({C::of(ReportLabels::grade(g.grade)),
                               C::count(g.customers, k("abc.grade.") + domain::toKey(g.grade)),
                               C::pct(g.customerShareBp), C::money(g.revenueFen),
                               C::pct(g.revenueShareBp)});
    }
    s.tables.push_back(std::move(grades));
    ReportTable pareto{QCoreApplication::translate("hc::report", "帕累托数据"),
                       {QCoreApplication::translate("hc::report", "名次"),
                        QCoreApplication::translate("hc::report", "累计客户数"),
                        QCoreApplication::translate("hc::report", "累计客户占比%"),
                        QCoreApplication::translate("hc::report", "金额(元)"),
                        QCoreApplication::translate("hc::report", "累计金额(元)"),
                        QCoreApplication::translate("hc::report", "累计占比%")},
                       {},
                       0};
    pareto.id = k("pareto");
    for (std::size_t i = 0; i < sum.pareto.size(); ++i) {
        const auto& p = sum.pareto[i];
        const QString ranks = p.firstRank == p.customers
                                  ? QString::number(p.customers)
                                  : QStringLiteral("%1-%2").arg(p.firstRank).arg(p.customers);
        pareto.rows.push_back({C::of(ranks),
                               // Cumulative: no drill key (abc.pareto.<i> lists the ranks of
                               // this point only, what the chart's bar drills into).
                               C::count(p.customers), C::pct(p.customerShareBp),
                               C::money(p.amountFen), C::money(p.cumulativeFen),
                               C::pct(p.cumulativeBp)});
    }
    s.tables.push_back(std::move(pareto));
    ReportTable changes{
        QCoreApplication::translate("hc::report", "等级变化与名次变动(阈值 %1 名,对比 %2)")
            .arg(a.rankMoveThreshold)
            .arg(a.previousPeriod),
        {QCoreApplication::translate("hc::report", "客户编号"),
         QCoreApplication::translate("hc::report", "客户名称"),
         QCoreApplication::translate("hc::report", "上次名次"),
         QCoreApplication::translate("hc::report", "本次名次"),
         QCoreApplication::translate("hc::report", "上次等级"),
         QCoreApplication::translate("hc::report", "本次等级"),
         QCoreApplication::translate("hc::report", "说明")},
        {},
        40};
    const std::size_t shownChanges =
        forPrint ? std::min<std::size_t>(a.changes.size(), 40) : a.changes.size();
    changes.omittedRows = a.changes.size() - shownChanges;
    changes.id = k("changes");
    changes.rows.reserve(shownChanges);
    changes.rowFilterValues.reserve(shownChanges);
    // One note text per combination of the four flags (tens of thousands of rows at 100k).
    std::array<QString, 32> notes;
    for (std::size_t i = 0; i < shownChanges; ++i) {
        const auto& c = a.changes[i];
        const std::size_t flags = (c.entered ? 1U : 0U) | (c.dropped ? 2U : 0U) |
                                  (c.gradeChanged ? 4U : 0U) | (c.rankMoved ? 8U : 0U) |
                                  (c.rankDelta() > 0 ? 16U : 0U);
        if (notes.at(flags).isNull()) {
            notes.at(flags) = changeNote(c);
        }
        changes.rowFilterValues.push_back(c.entered || c.dropped || c.gradeChanged
                                              ? ReportTable::kAlwaysShown
                                              : std::abs(c.rankDelta()));
        changes.rows.push_back(
            {C::count(c.customerId), C::of(r.nameOf(c.customerId)),
             c.previousRank ? C::count(*c.previousRank) : C::empty(),
             c.currentRank ? C::count(*c.currentRank) : C::empty(),
             c.previousGrade ? C::of(domain::toKey(*c.previousGrade)) : C::empty(),
             c.currentGrade ? C::of(domain::toKey(*c.currentGrade)) : C::empty(),
             C::of(notes.at(flags))});
    }
    s.tables.push_back(std::move(changes));
    if (!withList) {
        return s;
    }
    ReportTable list{QCoreApplication::translate("hc::report", "ABC 客户明细"),
                     {QCoreApplication::translate("hc::report", "名次"),
                      QCoreApplication::translate("hc::report", "客户编号"),
                      QCoreApplication::translate("hc::report", "客户名称"),
                      QCoreApplication::translate("hc::report", "实收金额(元)"),
                      QCoreApplication::translate("hc::report", "累计占比%"),
                      QCoreApplication::translate("hc::report", "等级")},
                     {},
                     30};
    const std::size_t shownRows =
        forPrint ? std::min<std::size_t>(a.result.rows.size(), 30) : a.result.rows.size();
    list.omittedRows = a.result.rows.size() - shownRows;
    list.id = k("list");
    list.rows.reserve(shownRows);
    for (std::size_t i = 0; i < shownRows; ++i) {
        const auto& row = a.result.rows[i];
        list.rows.push_back({C::count(row.rank), C::count(row.customerId),
                             C::of(r.nameOf(row.customerId)), C::money(row.amountFen),
                             C::pct(row.cumulativeBp), C::of(domain::toKey(row.grade))});
    }
    s.tables.push_back(std::move(list));
    return s;
}

ReportSection matrix(const MonthlyReport& r) {
    ReportSection s{k("matrix"), ReportLabels::sectionTitle(k("matrix")), {}, {}};
    s.notes << QCoreApplication::translate(
                   "hc::report", "忠诚度(+ 高 / − 低)× 贡献度(ABC 等级):%1 位客户,实收合计 %2 元")
                   .arg(r.matrix.summary.customers)
                   .arg(C::money(r.matrix.summary.totalFen).display());
    ReportTable t{QCoreApplication::translate("hc::report", "矩阵单元"),
                  {QCoreApplication::translate("hc::report", "单元"),
                   QCoreApplication::translate("hc::report", "客户数"),
                   QCoreApplication::translate("hc::report", "客户占比%"),
                   QCoreApplication::translate("hc::report", "实收金额(元)"),
                   QCoreApplication::translate("hc::report", "金额占比%"),
                   QCoreApplication::translate("hc::report", "策略")},
                  {},
                  0};
    t.id = k("cells");
    for (const auto& c : r.matrix.summary.cells) {
        t.rows.push_back({C::of(domain::toKey(c.cell)),
                          C::count(c.customers, k("matrix.") + domain::toKey(c.cell)),
                          C::pct(c.customerShareBp), C::money(c.revenueFen),
                          C::pct(c.revenueShareBp), C::of(c.strategy)});
    }
    s.tables.push_back(std::move(t));
    return s;
}

ReportSection rfm(const MonthlyReport& r) {
    ReportSection s{k("rfm"), ReportLabels::sectionTitle(k("rfm")), {}, {}};
    const auto& f = r.rfm.rfm;
    s.notes << QCoreApplication::translate("hc::report", "客户 %1 名;消费额阈值 %2 元%3")
                   .arg(f.population)
                   .arg(C::money(f.monetaryThresholdFen).display(),
                        f.monetaryFromMean ? QCoreApplication::translate("hc::report", "(平均值)")
                                           : QString());
    ReportTable t{QCoreApplication::translate("hc::report", "八类客户"),
                  {QCoreApplication::translate("hc::report", "类别"),
                   QCoreApplication::translate("hc::report", "客户数"),
                   QCoreApplication::translate("hc::report", "占比%"),
                   QCoreApplication::translate("hc::report", "策略")},
                  {},
                  0};
    t.id = k("segments");
    for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
        const auto seg = static_cast<domain::RfmSegment>(i);
        t.rows.push_back({C::of(ReportLabels::rfmSegment(seg)),
                          C::count(f.count(seg), k("rfm.") + domain::toKey(seg)),
                          C::pct(domain::percentBp(f.count(seg), f.population)),
                          C::of(domain::rfmStrategy(seg))});
    }
    s.tables.push_back(std::move(t));
    return s;
}

ReportSection churn(const MonthlyReport& r) {
    ReportSection s{k("churn"), ReportLabels::sectionTitle(k("churn")), {}, {}};
    const auto& a = r.churn.analysis;
    s.notes << QCoreApplication::translate("hc::report",
                                           "按车辆统计:保有量 %1 辆,流失 %2 辆,流失率 %3%")
                   .arg(a.population)
                   .arg(a.lost)
                   .arg(domain::formatPercent(a.rateBp));
    if (a.skipped > 0) {
        s.notes << QCoreApplication::translate(
                       "hc::report", "%1 辆车未计入(车主无效或没有来店记录,或同一辆车重复出现)")
                       .arg(a.skipped);
    }
    ReportTable region{QCoreApplication::translate("hc::report", "按区域"),
                       {QCoreApplication::translate("hc::report", "区域"),
                        QCoreApplication::translate("hc::report", "流失车辆"),
                        QCoreApplication::translate("hc::report", "占比%")},
                       {},
                       20};
    region.id = k("region");
    for (const auto& row : a.byRegion) {
        region.rows.push_back({C::of(ReportLabels::orEmpty(row.region)),
                               C::count(row.lost, k("churn.region.") + row.region),
                               C::pct(row.shareBp)});
    }
    s.tables.push_back(std::move(region));
    ReportTable model{QCoreApplication::translate("hc::report", "按车型"),
                      {QCoreApplication::translate("hc::report", "车型"),
                       QCoreApplication::translate("hc::report", "保有量"),
                       QCoreApplication::translate("hc::report", "流失车辆"),
                       QCoreApplication::translate("hc::report", "流失率%"),
                       QCoreApplication::translate("hc::report", "占比%")},
                      {},
                      20};
    model.id = k("model");
    for (const auto& row : a.byModel) {
        model.rows.push_back(
            {C::of(ReportLabels::orEmpty(row.model)),
             C::count(row.population, k("churn.model.") + row.model + k(".population")),
             C::count(row.lost, k("churn.model.") + row.model + k(".lost")), C::pct(row.rateBp),
             C::pct(row.shareBp)});
    }
    s.tables.push_back(std::move(model));
    ReportTable age{QCoreApplication::translate("hc::report", "按车龄(购车至今)"),
                    {QCoreApplication::translate("hc::report", "车龄"),
                     QCoreApplication::translate("hc::report", "流失车辆"),
                     QCoreApplication::translate("hc::report", "占比%"),
                     QCoreApplication::translate("hc::report", "累计占比%")},
                    {},
                    0};
    age.id = k("age");
    for (const auto& row : a.byVehicleAge) {
        age.rows.push_back({C::of(ReportLabels::ageBucket(row.bucket)),
                            C::count(row.lost, k("churn.age.") + domain::toKey(row.bucket)),
                            C::pct(row.shareBp), C::pct(row.cumulativeBp)});
    }
    age.rows.push_back({C::of(QCoreApplication::translate("hc::report", "车龄不详")),
                        C::count(a.unknownAgeLost, k("churn.age.unknown")),
                        C::pct(a.unknownAgeShareBp), C::empty()});
    s.tables.push_back(std::move(age));
    const auto& reasons = r.churn.reasons;
    ReportTable why{QCoreApplication::translate("hc::report", "流失原因(回访)"),
                    {QCoreApplication::translate("hc::report", "原因"),
                     QCoreApplication::translate("hc::report", "内因/外因"),
                     QCoreApplication::translate("hc::report", "人数"),
                     QCoreApplication::translate("hc::report", "占比%"),
                     QCoreApplication::translate("hc::report", "组内占比%")},
                    {},
                    0};
    why.id = k("reasons");
    for (const auto& row : reasons.rows) {
        why.rows.push_back({C::of(domain::toLabel(row.reason)),
                            C::of(row.internal ? QCoreApplication::translate("hc::report", "内因")
                                               : QCoreApplication::translate("hc::report", "外因")),
                            C::count(row.count, k("churn.reason.") + domain::toKey(row.reason)),
                            C::pct(row.shareBp), C::pct(row.groupShareBp)});
    }
    why.rows.push_back({C::of(QCoreApplication::translate("hc::report", "内因合计")), C::empty(),
                        C::count(reasons.internal, k("churn.reason.internal")),
                        C::pct(reasons.internalShareBp), C::empty()});
    why.rows.push_back({C::of(QCoreApplication::translate("hc::report", "外因合计")), C::empty(),
                        C::count(reasons.external, k("churn.reason.external")),
                        C::pct(reasons.externalShareBp), C::empty()});
    s.tables.push_back(std::move(why));
    if (reasons.total > 0) {
        s.notes << (reasons.internalDominant()
                        ? QCoreApplication::translate("hc::report", "内因是客户不来店的主要原因。")
                        : QCoreApplication::translate("hc::report", "外因多于内因。"));
    }
    return s;
}

ReportSection winback(const MonthlyReport& r) {
    ReportSection s{k("winback"), ReportLabels::sectionTitle(k("winback")), {}, {}};
    s.notes << QCoreApplication::translate(
                   "hc::report", "回厂按提醒后 %1 天内计算;回厂率 = 提醒后回厂数 ÷ 流失提醒数。")
                   .arg(r.winback.returnWindowDays);
    s.notes << QCoreApplication::translate("hc::report",
                                           "建议项目:回收率 = 本月已回收金额 ÷ 本月建议未做金额。");
    const auto& w = r.winback.kpis;
    ReportTable t{QCoreApplication::translate("hc::report", "招揽指标"),
                  {QCoreApplication::translate("hc::report", "指标"),
                   QCoreApplication::translate("hc::report", "数值")},
                  {},
                  0};
    t.id = k("kpis");
    t.rows = {
        {C::of(QCoreApplication::translate("hc::report", "招揽电话(次)")), C::count(w.calls)},
        {C::of(QCoreApplication::translate("hc::report", "流失提醒数")),
         C::count(w.reminded, k("winback.reminded"))},
        {C::of(QCoreApplication::translate("hc::report", "提醒后回厂数(%1天内)")
                   .arg(r.winback.returnWindowDays)),
         C::count(w.returned, k("winback.returned"))},
        {C::of(QCoreApplication::translate("hc::report", "回厂率%")), C::pct(w.returnRateBp)},
        {C::of(QCoreApplication::translate("hc::report", "有意向还会来")),
         C::count(w.intending, k("winback.intending"))},
        {C::of(QCoreApplication::translate("hc::report", "明确表示不来")),
         C::count(w.refusals, k("winback.refusals"))},
        {C::of(QCoreApplication::translate("hc::report", "无效数据")),
         C::count(w.invalidData, k("winback.invalid_data"))},
        {C::of(QCoreApplication::translate("hc::report", "未接听")),
         C::count(w.noAnswer, k("winback.no_answer"))},
        {C::of(QCoreApplication::translate("hc::report", "已接通(未表态)")),
         C::count(w.reached, k("winback.reached"))},
    };
    s.tables.push_back(std::move(t));
    // Appointments (预约) of the month: made by "will come" calls and at reception.
    const auto& a = r.appointments.summary;
    ReportTable appt{QCoreApplication::translate("hc::report", "预约到店"),
                     {QCoreApplication::translate("hc::report", "指标"),
                      QCoreApplication::translate("hc::report", "数值")},
                     {},
                     0};
    appt.id = k("appointments");
    appt.rows = {
        {C::of(QCoreApplication::translate("hc::report", "预约数(不含取消)")), C::count(a.booked)},
        {C::of(QCoreApplication::translate("hc::report", "按约到店")), C::count(a.kept)},
        {C::of(QCoreApplication::translate("hc::report", "爽约")), C::count(a.noShow)},
        {C::of(QCoreApplication::translate("hc::report", "爽约率%")),
         r.appointments.noShowRateBp ? C::pct(*r.appointments.noShowRateBp)
                                     : C::of(QStringLiteral("—"))},
        {C::of(QCoreApplication::translate("hc::report", "尚未到期")), C::count(a.pending)},
        {C::of(QCoreApplication::translate("hc::report", "已取消")), C::count(a.cancelled)},
    };
    s.tables.push_back(std::move(appt));
    // Declined work (建议项目): declined and recovered in money, the recovery rate.
    const auto& dw = r.declinedWork.summary;
    ReportTable declined{QCoreApplication::translate("hc::report", "建议项目回收"),
                         {QCoreApplication::translate("hc::report", "指标"),
                          QCoreApplication::translate("hc::report", "项数"),
                          QCoreApplication::translate("hc::report", "金额(元)")},
                         {},
                         0};
    declined.id = k("declined");
    declined.rows = {
        {C::of(QCoreApplication::translate("hc::report", "本月建议未做")),
         C::count(dw.declinedCount, k("declined.declined")), C::money(dw.declinedFen)},
        {C::of(QCoreApplication::translate("hc::report", "本月已回收(之后进厂已做)")),
         C::count(dw.recoveredCount, k("declined.recovered")), C::money(dw.recoveredFen)},
        {C::of(QCoreApplication::translate("hc::report", "本月放弃")), C::count(dw.droppedCount),
         C::money(dw.droppedFen)},
        {C::of(QCoreApplication::translate("hc::report", "月末仍未做")), C::count(dw.openCount),
         C::money(dw.openFen)},
        {C::of(QCoreApplication::translate("hc::report", "回收率%(金额)")), C::empty(),
         dw.recoveryRateBp ? C::pct(*dw.recoveryRateBp) : C::of(QStringLiteral("—"))},
    };
    s.tables.push_back(std::move(declined));
    return s;
}

ReportSection satisfaction(const MonthlyReport& r) {
    ReportSection s{k("satisfaction"), ReportLabels::sectionTitle(k("satisfaction")), {}, {}};
    const auto& sum = r.satisfaction.summary;
    ReportTable t{QCoreApplication::translate("hc::report", "各项目满意度"),
                  {QCoreApplication::translate("hc::report", "项目"),
                   QCoreApplication::translate("hc::report", "回答数"),
                   QCoreApplication::translate("hc::report", "1分"),
                   QCoreApplication::translate("hc::report", "2分"),
                   QCoreApplication::translate("hc::report", "3分"),
                   QCoreApplication::translate("hc::report", "4分"),
                   QCoreApplication::translate("hc::report", "5分"),
                   QCoreApplication::translate("hc::report", "平均分"),
                   QCoreApplication::translate("hc::report", "评价")},
                  {},
                  0};
    t.id = k("items");
    for (const auto& item : sum.items) {
        std::vector<C> row{C::of(item.label), C::count(item.answers, k("satisfaction.") + item.id)};
        for (int score = 1; score <= 5; ++score) {
            row.push_back(C::count(item.scoreCount(score)));
        }
        row.push_back(item.averageX100 ? C::hundredths(*item.averageX100) : C::empty());
        row.push_back(C::of(item.strong ? QCoreApplication::translate("hc::report", "优势")
                            : item.weak ? QCoreApplication::translate("hc::report", "劣势")
                                        : QString()));
        t.rows.push_back(std::move(row));
    }
    t.rows.push_back({C::of(QCoreApplication::translate("hc::report", "全部")),
                      C::count(sum.answers, k("satisfaction.answers")), C::empty(), C::empty(),
                      C::empty(), C::empty(), C::empty(),
                      sum.overallAverageX100 ? C::hundredths(*sum.overallAverageX100) : C::empty(),
                      C::empty()});
    s.tables.push_back(std::move(t));
    auto labels = [&](const std::vector<QString>& ids) {
        QStringList out;
        for (const auto& id : ids) {
            const auto* item = sum.item(id);
            out << (item ? item->label : id);
        }
        return out.isEmpty() ? QCoreApplication::translate("hc::report", "无")
                             : out.join(QCoreApplication::translate("hc::report", "、"));
    };
    s.notes << QCoreApplication::translate("hc::report", "本月优势项目:%1")
                   .arg(labels(sum.strongItems));
    s.notes
        << QCoreApplication::translate("hc::report", "本月劣势项目:%1").arg(labels(sum.weakItems));
    s.notes
        << QCoreApplication::translate("hc::report", "得分最低:%1").arg(labels(sum.lowestItems));
    if (sum.rejected > 0) {
        s.notes << QCoreApplication::translate("hc::report", "无效回答 %1 条未计入。")
                       .arg(sum.rejected);
    }
    return s;
}

ReportSection complaints(const MonthlyReport& r) {
    ReportSection s{k("complaints"), ReportLabels::sectionTitle(k("complaints")), {}, {}};
    const auto& c = r.complaints.stats;
    ReportTable t{QCoreApplication::translate("hc::report", "投诉统计"),
                  {QCoreApplication::translate("hc::report", "指标"),
                   QCoreApplication::translate("hc::report", "数值")},
                  {},
                  0};
    t.id = k("stats");
    t.rows = {
        {C::of(QCoreApplication::translate("hc::report", "收到投诉")),
         C::count(c.received, k("complaints.received"))},
        {C::of(QCoreApplication::translate("hc::report", "重大投诉")),
         C::count(c.major, k("complaints.major"))},
        {C::of(QCoreApplication::translate("hc::report", "已解决")),
         C::count(c.resolved, k("complaints.resolved"))},
        {C::of(QCoreApplication::translate("hc::report", "已回访结案")),
         C::count(c.closed, k("complaints.closed"))},
        {C::of(QCoreApplication::translate("hc::report", "2123 全部按时")),
         C::count(c.compliant, k("complaints.compliant"))},
        {C::of(QCoreApplication::translate("hc::report", "有步骤超时")),
         C::count(c.late, k("complaints.late"))},
        {C::of(QCoreApplication::translate("hc::report", "当前超时未办")),
         C::count(c.overdueNow, k("complaints.overdue_now"))},
        {C::of(QCoreApplication::translate("hc::report", "未结案")),
         C::count(c.open, k("complaints.open"))},
        {C::of(QCoreApplication::translate("hc::report", "2123 达标率%")), optPct(c.complianceBp)},
    };
    s.tables.push_back(std::move(t));
    s.notes << QCoreApplication::translate("hc::report", "按 %1 的状态评估")
                   .arg(r.complaints.evaluatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return s;
}

C visits(double v) {
    return C::hundredths(std::llround(v * 100.0));
}

/// The customer-base section (docs/customer-base.md): from the stored fit; without one a note
/// that the rule-based view stays.
ReportSection customerBaseSection(const MonthlyReport& r) {
    ReportSection s{k("customer_base"), ReportLabels::sectionTitle(k("customer_base")), {}, {}};
    const auto& cb = r.customerBase;
    if (!cb.fitted) {
        // The class boundaries from the stored lifecycle settings the report was built with.
        s.notes << QCoreApplication::translate(
                       "hc::report",
                       "尚无客户模型:需要至少 %1 位回头客户并由经理拟合(每月自动重新拟合)。"
                       "在此之前按 %2/%3 规则看客户。")
                       .arg(cb.minRepeatCustomers)
                       .arg(domain::spanText(r.lifecycle.loyal),
                            domain::spanText(r.lifecycle.lost));
        return s;
    }
    ReportTable bands{QCoreApplication::translate("hc::report", "未来 12 个月回厂可能性分布"),
                      {QCoreApplication::translate("hc::report", "回厂可能性"),
                       QCoreApplication::translate("hc::report", "客户数"),
                       QCoreApplication::translate("hc::report", "占比%")},
                      {},
                      0};
    bands.id = k("bands");
    for (std::size_t b = 0; b < cb.pReturnBands.size(); ++b) {
        const int n = cb.pReturnBands.at(b);
        bands.rows.push_back(
            {C::of(QStringLiteral("%1–%2%")
                       .arg(domain::ReturnBand::bounds(static_cast<int>(b)).fromPct)
                       .arg(domain::ReturnBand::bounds(static_cast<int>(b)).toPct)),
             C::count(n, k("customer_base.p_return.") + QString::number(b)),
             C::pct(cb.scored > 0
                        ? static_cast<int>((static_cast<long long>(n) * 20000 + cb.scored) /
                                           (2LL * cb.scored))
                        : 0)});
    }
    bands.rows.push_back({C::of(QCoreApplication::translate("hc::report", "合计")),
                          C::count(cb.scored), C::pct(cb.scored > 0 ? 10000 : 0)});
    s.tables.push_back(std::move(bands));

    ReportTable visitsTable{QCoreApplication::translate("hc::report", "预计进厂与预测检验"),
                            {QCoreApplication::translate("hc::report", "指标"),
                             QCoreApplication::translate("hc::report", "数值")},
                            {},
                            0};
    visitsTable.id = k("visits");
    visitsTable.rows = {
        {C::of(QCoreApplication::translate("hc::report", "%1 至 %2 预计进厂(次)")
                   .arg(cb.nextFrom.toString(Qt::ISODate), cb.nextTo.toString(Qt::ISODate))),
         visits(cb.expectedNext)},
        {C::of(
             QCoreApplication::translate("hc::report", "%1 至 %2 预测进厂(次)")
                 .arg(cb.forecastFrom.toString(Qt::ISODate), cb.forecastTo.toString(Qt::ISODate))),
         visits(cb.forecastVisits)},
        {C::of(
             QCoreApplication::translate("hc::report", "%1 至 %2 实际进厂(次)")
                 .arg(cb.forecastFrom.toString(Qt::ISODate), cb.forecastTo.toString(Qt::ISODate))),
         C::count(cb.actualVisits)},
    };
    s.tables.push_back(std::move(visitsTable));
    s.notes << QCoreApplication::translate("hc::report",
                                           "模型拟合于 %1,数据 %2 至 %3,%4 位客户中 %5 位回头。")
                   .arg(cb.fittedAt.toString(QStringLiteral("yyyy-MM-dd")),
                        cb.dataFrom.toString(Qt::ISODate), cb.calibrationEnd.toString(Qt::ISODate))
                   .arg(cb.fitCustomers)
                   .arg(cb.fitRepeatCustomers);
    s.notes
        << QCoreApplication::translate(
               "hc::report",
               "预测只算上月末已有进厂记录的 %1 位客户(按天计,同一天多次算一次),新客户不在其中。")
               .arg(cb.forecastCustomers);
    if (cb.retrospective) {
        s.notes << QCoreApplication::translate(
            "hc::report", "当时还没有保存的模型:本月预测用现在的模型回算,仅供参考。");
    }
    return s;
}

std::vector<ReportSection> sections(const MonthlyReport& report, bool forPrint, bool abcList) {
    std::vector<ReportSection> out;
    out.push_back(composition(report));
    out.push_back(abc(report, forPrint, abcList));
    out.push_back(matrix(report));
    out.push_back(rfm(report));
    out.push_back(churn(report));
    out.push_back(winback(report));
    out.push_back(satisfaction(report));
    out.push_back(complaints(report));
    out.push_back(customerBaseSection(report));
    return out;
}

}  // namespace

std::vector<ReportSection> ReportTables::build(const MonthlyReport& report, bool forPrint) {
    return sections(report, forPrint, true);
}

std::vector<ReportSection> ReportTables::forScreen(const MonthlyReport& report) {
    if (!report.complete) {
        std::vector<ReportSection> out;
        out.push_back(composition(report));
        return out;
    }
    return sections(report, false, false);
}

ReportSection ReportTables::customerBase(const MonthlyReport& report) {
    return customerBaseSection(report);
}

}  // namespace hc::report
