#include "hc/report/ReportJson.h"

#include "JsonOut.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/Percent.h"
#include "hc/domain/SegmentStrategy.h"

#include <cmath>

namespace hc::report {

namespace {

using services::MonthlyReport;

QString date(const QDate& d) {
    return d.toString(Qt::ISODate);
}

void optPct(JsonOut& j, const char* name, const std::optional<int>& bp) {
    j.key(name);
    bp ? j.pct(*bp) : j.null();
}

void optInt(JsonOut& j, const char* name, const std::optional<int>& v) {
    j.key(name);
    v ? j.integer(*v) : j.null();
}

void ids(JsonOut& j, const std::vector<QString>& list) {
    j.beginArray();
    for (const auto& s : list) {
        j.str(s);
    }
    j.endArray();
}

void composition(JsonOut& j, const MonthlyReport& r) {
    const auto& c = r.composition;
    j.key("composition").beginObject();
    j.field("as_of", date(c.asOf)).field("previous_as_of", date(c.previousAsOf));
    j.key("rows").beginArray();
    for (const auto& row : c.report.rows) {
        j.beginObject().field("key", row.key).fieldInt("count", row.count);
        j.fieldPct("share_pct", row.shareBp);
        optPct(j, "valid_share_pct", row.validShareBp);
        optInt(j, "previous", row.previousCount);
        optInt(j, "delta", row.deltaCount);
        optPct(j, "delta_share_pct", row.deltaShareBp);
        optPct(j, "delta_valid_share_pct", row.deltaValidShareBp);
        j.endObject();
    }
    j.endArray();
    j.key("stages").beginArray();
    for (const auto& st : c.report.stages) {
        j.beginObject().field("stage", domain::toKey(st.stage)).fieldInt("count", st.count);
        j.fieldPct("valid_share_pct", st.validShareBp);
        optInt(j, "previous", st.previousCount);
        optInt(j, "delta", st.deltaCount);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

void abc(JsonOut& j, const MonthlyReport& r) {
    const auto& a = r.abc;
    const auto& s = a.summary;
    j.key("abc").beginObject();
    j.field("window_from", date(a.from)).field("as_of", date(a.asOf));
    j.field("total_fen", s.totalFen).fieldInt("customers", s.customers);
    j.key("grades").beginArray();
    for (const auto& g : s.grades) {
        j.beginObject().field("grade", domain::toKey(g.grade)).fieldInt("customers", g.customers);
        j.fieldPct("customer_share_pct", g.customerShareBp).field("revenue_fen", g.revenueFen);
        j.fieldPct("revenue_share_pct", g.revenueShareBp).endObject();
    }
    j.endArray();
    j.fieldInt("a_customers", s.aCustomers).fieldInt("ab_customers", s.abCustomers);
    j.fieldPct("a_customer_share_pct", s.aCustomerShareBp);
    j.fieldPct("ab_customer_share_pct", s.abCustomerShareBp);
    j.fieldPct("a_mark_pct", s.aMarkBp).fieldPct("b_mark_pct", s.bMarkBp);
    j.key("pareto").beginObject().fieldBool("per_customer", s.perCustomer);
    j.key("points").beginArray();
    for (const auto& p : s.pareto) {
        j.beginObject().fieldInt("first_rank", p.firstRank).fieldInt("customers", p.customers);
        j.fieldPct("customer_share_pct", p.customerShareBp).field("amount_fen", p.amountFen);
        j.field("cumulative_fen", p.cumulativeFen).fieldPct("cumulative_pct", p.cumulativeBp);
        j.endObject();
    }
    j.endArray().endObject();
    j.key("previous").beginObject().field("source", a.previousSource);
    j.key("period");
    a.previousPeriod.isEmpty() ? j.null() : j.str(a.previousPeriod);
    j.endObject();
    j.fieldInt("rank_move_threshold", a.rankMoveThreshold);
    j.key("changes").beginArray();
    for (const auto& c : a.changes) {
        j.beginObject().field("customer_id", c.customerId);
        optInt(j, "previous_rank", c.previousRank);
        optInt(j, "rank", c.currentRank);
        j.key("previous_grade");
        c.previousGrade ? j.str(domain::toKey(*c.previousGrade)) : j.null();
        j.key("grade");
        c.currentGrade ? j.str(domain::toKey(*c.currentGrade)) : j.null();
        j.fieldBool("entered", c.entered).fieldBool("dropped", c.dropped);
        j.fieldBool("grade_changed", c.gradeChanged).fieldBool("rank_moved", c.rankMoved);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

void matrix(JsonOut& j, const MonthlyReport& r) {
    j.key("matrix").beginArray();
    for (const auto& c : r.matrix.summary.cells) {
        j.beginObject().field("cell", domain::toKey(c.cell)).fieldInt("customers", c.customers);
        j.fieldPct("customer_share_pct", c.customerShareBp).field("revenue_fen", c.revenueFen);
        j.fieldPct("revenue_share_pct", c.revenueShareBp).field("strategy", c.strategy);
        j.endObject();
    }
    j.endArray();
}

void rfm(JsonOut& j, const MonthlyReport& r) {
    const auto& f = r.rfm.rfm;
    j.key("rfm").beginObject().fieldInt("population", f.population);
    j.field("monetary_threshold_fen", f.monetaryThresholdFen);
    j.fieldBool("monetary_from_mean", f.monetaryFromMean);
    j.key("segments").beginArray();
    for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
        const auto seg = static_cast<domain::RfmSegment>(i);
        j.beginObject().field("segment", domain::toKey(seg)).fieldInt("customers", f.count(seg));
        j.fieldPct("share_pct", domain::percentBp(f.count(seg), f.population)).endObject();
    }
    j.endArray().endObject();
}

void reasons(JsonOut& j, const domain::ChurnReasonSummary& s) {
    j.key("reasons").beginObject().fieldInt("total", s.total);
    j.key("internal").beginObject().fieldInt("count", s.internal);
    j.fieldPct("share_pct", s.internalShareBp).endObject();
    j.key("external").beginObject().fieldInt("count", s.external);
    j.fieldPct("share_pct", s.externalShareBp).endObject();
    j.key("main_reason");
    s.mainReason ? j.str(domain::toKey(*s.mainReason)) : j.null();
    j.fieldBool("internal_dominant", s.internalDominant());
    j.key("rows").beginArray();
    for (const auto& row : s.rows) {
        j.beginObject().field("reason", domain::toKey(row.reason));
        j.field("label", domain::toLabel(row.reason)).fieldBool("internal", row.internal);
        j.fieldInt("count", row.count).fieldPct("share_pct", row.shareBp);
        j.fieldPct("group_share_pct", row.groupShareBp).endObject();
    }
    j.endArray().endObject();
}

void churn(JsonOut& j, const MonthlyReport& r) {
    const auto& a = r.churn.analysis;
    j.key("churn").beginObject().field("as_of", date(a.asOf));
    j.fieldInt("population", a.population).fieldInt("lost", a.lost);
    j.fieldPct("rate_pct", a.rateBp).fieldInt("skipped", a.skipped);
    j.key("by_region").beginArray();
    for (const auto& row : a.byRegion) {
        j.beginObject().field("region", row.region).fieldInt("lost", row.lost);
        j.fieldPct("share_pct", row.shareBp).endObject();
    }
    j.endArray();
    j.key("by_model").beginArray();
    for (const auto& row : a.byModel) {
        j.beginObject().field("model", row.model).fieldInt("population", row.population);
        j.fieldInt("lost", row.lost).fieldPct("rate_pct", row.rateBp);
        j.fieldPct("share_pct", row.shareBp).endObject();
    }
    j.endArray();
    j.key("by_vehicle_age").beginArray();
    for (const auto& row : a.byVehicleAge) {
        j.beginObject().field("bucket", domain::toKey(row.bucket)).fieldInt("lost", row.lost);
        j.fieldPct("share_pct", row.shareBp).fieldPct("cumulative_pct", row.cumulativeBp);
        j.endObject();
    }
    j.endArray();
    j.key("unknown_age").beginObject().fieldInt("lost", a.unknownAgeLost);
    j.fieldPct("share_pct", a.unknownAgeShareBp).endObject();
    reasons(j, r.churn.reasons);
    j.endObject();
}

void winback(JsonOut& j, const MonthlyReport& r) {
    const auto& w = r.winback.kpis;
    j.key("winback").beginObject().fieldInt("calls", w.calls).fieldInt("reminded", w.reminded);
    j.fieldInt("returned", w.returned).fieldPct("return_rate_pct", w.returnRateBp);
    j.fieldInt("return_window_days", r.winback.returnWindowDays);
    j.fieldInt("intending", w.intending).fieldInt("refusals", w.refusals);
    j.fieldInt("invalid_data", w.invalidData).fieldInt("no_answer", w.noAnswer);
    j.fieldInt("reached", w.reached).endObject();
}

/// "no_show_rate" is the fraction (0–1, 4 decimals), "no_show_rate_pct" the same in percent.
void appointments(JsonOut& j, const MonthlyReport& r) {
    const auto& a = r.appointments.summary;
    j.key("appointments").beginObject().fieldInt("booked", a.booked).fieldInt("kept", a.kept);
    j.fieldInt("no_show", a.noShow).key("no_show_rate");
    r.appointments.noShowRateBp ? j.tenThousandths(*r.appointments.noShowRateBp) : j.null();
    optPct(j, "no_show_rate_pct", r.appointments.noShowRateBp);
    j.fieldInt("pending", a.pending).fieldInt("cancelled", a.cancelled).endObject();
}

/// Declined work in fen; "recovery_rate" is recovered ÷ declined in money (fraction, 4 decimals),
/// "recovery_rate_pct" the same in percent; null when nothing was declined.
void declinedWork(JsonOut& j, const MonthlyReport& r) {
    const auto& d = r.declinedWork.summary;
    j.key("declined_work").beginObject();
    j.fieldInt("declined", d.declinedCount).field("declined_fen", d.declinedFen);
    j.fieldInt("recovered", d.recoveredCount).field("recovered_fen", d.recoveredFen);
    j.fieldInt("dropped", d.droppedCount).field("dropped_fen", d.droppedFen);
    j.fieldInt("open", d.openCount).field("open_fen", d.openFen);
    j.key("recovery_rate");
    d.recoveryRateBp ? j.tenThousandths(*d.recoveryRateBp) : j.null();
    optPct(j, "recovery_rate_pct", d.recoveryRateBp);
    j.endObject();
}

void satisfaction(JsonOut& j, const MonthlyReport& r) {
    const auto& s = r.satisfaction.summary;
    j.key("satisfaction").beginObject().fieldInt("answers", s.answers);
    j.fieldInt("rejected", s.rejected).key("overall_average");
    s.overallAverageX100 ? j.hundredths(*s.overallAverageX100) : j.null();
    j.key("items").beginArray();
    for (const auto& item : s.items) {
        j.beginObject().field("id", item.id).field("label", item.label);
        j.fieldInt("answers", item.answers).key("distribution").beginArray();
        for (const int n : item.distribution) {
            j.integer(n);
        }
        j.endArray().key("average");
        item.averageX100 ? j.hundredths(*item.averageX100) : j.null();
        j.fieldBool("strong", item.strong).fieldBool("weak", item.weak).endObject();
    }
    j.endArray();
    j.key("strong");
    ids(j, s.strongItems);
    j.key("weak");
    ids(j, s.weakItems);
    j.key("lowest");
    ids(j, s.lowestItems);
    j.endObject();
}

void complaints(JsonOut& j, const MonthlyReport& r) {
    const auto& c = r.complaints.stats;
    j.key("complaints").beginObject().fieldInt("received", c.received).fieldInt("major", c.major);
    j.fieldInt("resolved", c.resolved).fieldInt("closed", c.closed);
    j.fieldInt("compliant", c.compliant).fieldInt("late", c.late);
    j.fieldInt("overdue_now", c.overdueNow).fieldInt("open", c.open);
    optPct(j, "compliance_pct", c.complianceBp);
    j.field("evaluated_at", r.complaints.evaluatedAt.toString(Qt::ISODate).left(19));
    j.endObject();
}

long long toHundredths(double v) {
    return std::llround(v * 100.0);
}

/// The customer-base section (an added key): null parts without a stored fit. Visits with two
/// decimals; "p_return_bands" from 0–20 % up to 80–100 %.
void customerBase(JsonOut& j, const MonthlyReport& r) {
    const auto& s = r.customerBase;
    j.key("customer_base").beginObject().fieldBool("fitted", s.fitted);
    j.fieldInt("min_repeat_customers", s.minRepeatCustomers);
    if (!s.fitted) {
        j.endObject();
        return;
    }
    j.field("fitted_at", s.fittedAt.toString(Qt::ISODate).left(19));
    j.field("data_from", date(s.dataFrom)).field("calibration_end", date(s.calibrationEnd));
    j.fieldInt("fit_customers", s.fitCustomers)
        .fieldInt("fit_repeat_customers", s.fitRepeatCustomers);
    j.fieldInt("customers", s.scored).key("p_return_bands").beginArray();
    for (const int n : s.pReturnBands) {
        j.integer(n);
    }
    j.endArray();
    j.field("next_from", date(s.nextFrom)).field("next_to", date(s.nextTo));
    j.key("expected_visits_next").hundredths(toHundredths(s.expectedNext));
    j.key("forecast").beginObject().field("from", date(s.forecastFrom));
    j.field("to", date(s.forecastTo)).fieldBool("retrospective", s.retrospective);
    j.fieldInt("customers", s.forecastCustomers);
    j.key("expected_visits").hundredths(toHundredths(s.forecastVisits));
    j.fieldInt("actual_visits", s.actualVisits).endObject();
    j.endObject();
}

}  // namespace

QByteArray ReportJson::toJson(const MonthlyReport& report) {
    JsonOut j;
    j.beginObject().field("month", report.month.key());
    j.field("as_of", date(report.asOf)).field("previous_as_of", date(report.previousAsOf));
    j.fieldBool("month_in_progress", report.inProgress);
    j.fieldInt("audit_head_id", static_cast<int>(report.auditHeadId));
    j.field("audit_head_hash", report.auditHeadHash);
    composition(j, report);
    abc(j, report);
    matrix(j, report);
    rfm(j, report);
    churn(j, report);
    winback(j, report);
    appointments(j, report);
    declinedWork(j, report);
    satisfaction(j, report);
    complaints(j, report);
    customerBase(j, report);
    j.endObject();
    return j.bytes();
}

}  // namespace hc::report
