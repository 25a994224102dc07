#include "MonthlyReportBuilder.h"

#include "LoyaltyMatrixRead.h"

#include "ShopProfileJson.h"

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/Composition.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/HoldoutEvaluation.h"
#include "hc/domain/ReturnBand.h"
#include "hc/domain/ReturnWindow.h"
#include "hc/domain/VehicleAge.h"
#include "hc/services/AnalysisService.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/AppointmentRepository.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerBaseFitRepository.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/DeclinedItemRepository.h"
#include "hc/storage/ReportRepository.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/SettingsRepository.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hc::services {

namespace {

using domain::CustomerId;

QString key(const char* text) {
    return QString::fromUtf8(text);
}

/// Sorts and removes duplicates.
void normalize(CustomerIds& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

/// Appends `id` to the list of `k` when `count` (0 or 1 per customer) says so.
void addIf(MonthlyReport& r, const QString& k, int count, CustomerId id) {
    if (count > 0) {
        r.drill[k].push_back(id);
    }
}

QDate windowStart(const QDate& asOf, const domain::Span& span) {
    return AnalysisService::windowStart(asOf, span);
}

}  // namespace

MonthlyReportBuilder::MonthlyReportBuilder(storage::Database& db,
                                           const domain::AnalysisSettings& analysis,
                                           const domain::FollowUpSettings& followUp,
                                           const MonthlyReportOptions& options, QDateTime now)
    : db_(db), analysis_(analysis), followUp_(followUp), options_(options), now_(std::move(now)) {}

domain::AbcResult MonthlyReportBuilder::abcOnly(const ReportMonth& month) const {
    const QDate asOf = month.asOf(now_.date());
    const auto facts =
        storage::AnalysisRepository(db_).loadFacts(asOf, windowStart(asOf, analysis_.abc.window));
    return domain::runAbc(domain::abcInputs(facts, asOf), analysis_.abc);
}

MonthlyReport MonthlyReportBuilder::build(const ReportMonth& month,
                                          const MonthlyReportService::FirstSection& first) const {
    MonthlyReport r;
    r.month = month;
    r.asOf = month.asOf(now_.date());
    r.inProgress = month.inProgress(now_.date());
    r.lifecycle = analysis_.lifecycle;
    r.previousAsOf = month.previous().last();
    if (const auto shop =
            storage::SettingsRepository(db_).get(QString::fromLatin1(ShopProfileJson::kKey))) {
        r.shopName = ShopProfileJson::fromJson(*shop).name;
    }
    if (const auto head = storage::AuditRepository(db_).head()) {
        r.auditHeadId = head->first;
        r.auditHeadHash = head->second;
    }
    const storage::AnalysisRepository analysis(db_);
    const auto facts = analysis.loadFacts(r.asOf, windowStart(r.asOf, analysis_.abc.window));
    const auto previousFacts =
        analysis.loadFacts(r.previousAsOf, windowStart(r.previousAsOf, analysis_.abc.window));
    std::vector<domain::ClassificationResult> classes;
    classes.reserve(facts.size());
    r.names.reserve(facts.size());
    for (const auto& f : facts) {
        classes.push_back(domain::classify(f, r.asOf, analysis_.lifecycle));
        r.names.emplace(f.id, f.name);
    }
    composition(r, facts, classes, previousFacts);
    if (first) {
        // The report screen's first tab: what is built so far (only the composition's drill-down
        // keys exist yet), handed out while the rest is built from the same snapshot.
        MonthlyReport partial = r;
        partial.complete = false;
        for (auto& [k, ids] : partial.drill) {
            normalize(ids);
        }
        first(std::move(partial));
    }
    abc(r, facts, previousFacts);
    matrixAndRfm(r, facts);
    churn(r, facts, classes);
    winback(r);
    appointments(r);
    declinedWork(r);
    satisfaction(r);
    complaints(r);
    customerBase(r);
    for (auto& [k, ids] : r.drill) {
        normalize(ids);
    }
    return r;
}

void MonthlyReportBuilder::composition(
    MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
    const std::vector<domain::ClassificationResult>& classes,
    const std::vector<domain::CustomerFacts>& previousFacts) const {
    domain::Composition current;
    auto& all = r.drill[key("composition.customers")];
    auto& valid = r.drill[key("composition.valid")];
    auto& fresh = r.drill[key("composition.new")];
    std::array<CustomerIds*, domain::kCustomerClassCount> byClass{};
    for (int c = 0; c < domain::kCustomerClassCount; ++c) {
        byClass.at(static_cast<std::size_t>(c)) =
            &r.drill[key("composition.") + domain::toKey(static_cast<domain::CustomerClass>(c))];
    }
    std::array<CustomerIds*, domain::kStageCount> byStage{};
    for (int s = 0; s < domain::kStageCount; ++s) {
        byStage.at(static_cast<std::size_t>(s)) =
            &r.drill[key("composition.stage.") + domain::toKey(static_cast<domain::Stage>(s))];
    }
    all.reserve(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const auto& c = classes[i];
        const CustomerId id = facts[i].id;
        current.add(c);
        all.push_back(id);
        byClass.at(static_cast<std::size_t>(c.cls))->push_back(id);
        if (c.cls == domain::CustomerClass::Loyal || c.cls == domain::CustomerClass::Swing ||
            c.cls == domain::CustomerClass::Lost) {
            valid.push_back(id);
        }
        if (c.stage) {
            byStage.at(static_cast<std::size_t>(*c.stage))->push_back(id);
        }
        if (c.isNew) {
            fresh.push_back(id);
        }
    }
    domain::Composition previous;
    for (const auto& f : previousFacts) {
        previous.add(domain::classify(f, r.previousAsOf, analysis_.lifecycle));
    }
    r.composition.asOf = r.asOf;
    r.composition.previousAsOf = r.previousAsOf;
    r.composition.report = domain::buildCompositionReport(current, previous);
}

void MonthlyReportBuilder::abc(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
                               const std::vector<domain::CustomerFacts>& previousFacts) const {
    auto& s = r.abc;
    s.from = windowStart(r.asOf, analysis_.abc.window);
    s.asOf = r.asOf;
    s.rankMoveThreshold = analysis_.abc.rankMoveThreshold;
    s.result = domain::runAbc(domain::abcInputs(facts, r.asOf), analysis_.abc);
    s.summary = domain::summarizeAbc(s.result, analysis_.abc, options_.pareto);
    for (const auto& row : s.result.rows) {
        r.drill[key("abc.grade.") + domain::toKey(row.grade)].push_back(row.customerId);
    }
    for (std::size_t i = 0; i < s.summary.pareto.size(); ++i) {
        const auto& p = s.summary.pareto[i];
        auto& ids = r.drill[key("abc.pareto.") + QString::number(i)];
        for (int rank = p.firstRank; rank <= p.customers; ++rank) {
            ids.push_back(s.result.rows.at(static_cast<std::size_t>(rank - 1)).customerId);
        }
    }
    const storage::ReportRepository repo(db_);
    domain::AbcResult previous;
    if (const auto period = repo.previousAbcPeriod(r.month.key())) {
        if (auto run = repo.loadAbcRun(*period)) {
            previous = run->result();
            s.previousSource = key("saved");
            s.previousPeriod = *period;
        }
    }
    if (s.previousSource == u"none") {
        previous = domain::runAbc(domain::abcInputs(previousFacts, r.previousAsOf), analysis_.abc);
        s.previousSource = key("computed");
        s.previousPeriod = r.month.previous().key();
    }
    s.changes = domain::compareAbc(previous, s.result, analysis_.abc);
    auto& changed = r.drill[key("abc.changes")];
    for (const auto& c : s.changes) {
        changed.push_back(c.customerId);
        addIf(r, key("abc.changes.grade_changed"), c.gradeChanged ? 1 : 0, c.customerId);
        addIf(r, key("abc.changes.rank_moved"), c.rankMoved ? 1 : 0, c.customerId);
        addIf(r, key("abc.changes.entered"), c.entered ? 1 : 0, c.customerId);
        addIf(r, key("abc.changes.dropped"), c.dropped ? 1 : 0, c.customerId);
    }
}

void MonthlyReportBuilder::matrixAndRfm(MonthlyReport& r,
                                        const std::vector<domain::CustomerFacts>& facts) const {
    auto& m = r.matrix;
    m.from = LoyaltyMatrixRead::from(r.asOf, analysis_);
    m.matrix = LoyaltyMatrixRead::build(db_, r.asOf, analysis_, r.abc.result, facts, r.abc.from,
                                        followUp_.maintenance);
    m.summary = domain::summarizeMatrix(m.matrix, r.abc.result);
    for (int c = 0; c < domain::kMatrixCellCount; ++c) {
        const auto cell = static_cast<domain::MatrixCell>(c);
        r.drill[key("matrix.") + domain::toKey(cell)] = m.matrix.customersIn(cell);
    }
    r.rfm.rfm = domain::runRfm(facts, r.asOf, analysis_.rfm);
    for (int s = 0; s < domain::kRfmSegmentCount; ++s) {
        r.drill[key("rfm.") + domain::toKey(static_cast<domain::RfmSegment>(s))];
    }
    for (const auto& e : r.rfm.rfm.entries) {
        r.drill[key("rfm.") + domain::toKey(e.segment)].push_back(e.customerId);
    }
}

void MonthlyReportBuilder::churn(MonthlyReport& r, const std::vector<domain::CustomerFacts>& facts,
                                 const std::vector<domain::ClassificationResult>& classes) const {
    std::unordered_map<CustomerId, domain::CustomerClass> classOf;
    classOf.reserve(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        classOf.emplace(facts[i].id, classes[i].cls);
    }
    const auto rows = storage::ReportRepository(db_).churnVehicles();
    std::vector<domain::ChurnVehicle> vehicles;
    vehicles.reserve(rows.size());
    for (const auto& v : rows) {
        const auto it = classOf.find(v.ownerId);
        const auto cls = it != classOf.end() ? it->second : domain::CustomerClass::NoVisit;
        vehicles.push_back(
            domain::ChurnVehicle{v.vehicleId, v.region, v.model, v.purchaseDate, cls});
        const bool valid = cls == domain::CustomerClass::Loyal ||
                           cls == domain::CustomerClass::Swing ||
                           cls == domain::CustomerClass::Lost;
        if (!valid) {
            continue;
        }
        const QString model = v.model.trimmed();
        r.drill[key("churn.population")].push_back(v.ownerId);
        r.drill[key("churn.model.") + model + key(".population")].push_back(v.ownerId);
        if (cls != domain::CustomerClass::Lost) {
            continue;
        }
        r.drill[key("churn.lost")].push_back(v.ownerId);
        r.drill[key("churn.region.") + v.region.trimmed()].push_back(v.ownerId);
        r.drill[key("churn.model.") + model + key(".lost")].push_back(v.ownerId);
        const auto bucket = domain::vehicleAgeBucket(v.purchaseDate, r.asOf);
        r.drill[key("churn.age.") + (bucket ? domain::toKey(*bucket) : key("unknown"))].push_back(
            v.ownerId);
    }
    r.churn.analysis = domain::analyzeChurn(vehicles, r.asOf);
}

void MonthlyReportBuilder::appointments(MonthlyReport& r) const {
    const QDate from = r.month.first();
    const storage::AppointmentRepository repo(db_);
    // Every appointment dated in the month; those still ahead of a running month count as pending.
    const auto list = repo.between(from, from.addMonths(1).addDays(-1));
    const auto visits = repo.visitsBetween(from, r.asOf);
    // A finished month: its last day has passed too (no appointment left pending).
    const QDate today = r.inProgress ? r.asOf : r.asOf.addDays(1);
    r.appointments.summary = domain::summarizeAppointments(list, visits, today);
    if (const auto rate = r.appointments.summary.noShowRate) {
        r.appointments.noShowRateBp = static_cast<int>(std::lround(*rate * 10000.0));
    }
}

void MonthlyReportBuilder::declinedWork(MonthlyReport& r) const {
    const QDate from = r.month.first();
    const auto items = storage::DeclinedItemRepository(db_).forPeriod(from, r.asOf);
    r.declinedWork.summary = domain::summarizeDeclinedWork(items, from, r.asOf);
    for (const auto& i : items) {
        const bool declined = i.visitDate >= from && i.visitDate <= r.asOf;
        const bool recovered = i.status == domain::DeclinedStatus::Done && i.closedDate >= from &&
                               i.closedDate <= r.asOf;
        if (declined) {
            r.drill[key("declined.declined")].push_back(i.customerId);
        }
        if (recovered) {
            r.drill[key("declined.recovered")].push_back(i.customerId);
        }
    }
}

void MonthlyReportBuilder::winback(MonthlyReport& r) const {
    const QDate from = r.month.first();
    const QDate to = r.asOf;
    const int window = followUp_.winbackReturnWindowDays;
    r.winback.returnWindowDays = window;
    auto calls = storage::CallRepository(db_).history(from, to);
    std::erase_if(calls, [](const domain::FollowUpCall& c) {
        return c.kind != domain::FollowUpKind::Winback;
    });
    // Visits up to the end of the return window of the month's last call (domain ReturnWindow).
    const auto visits = storage::ReportRepository(db_).winbackVisits(
        from, to, domain::ReturnWindow{to, window}.last());
    r.winback.kpis = domain::computeWinbackKpis(r.month.year, r.month.month, calls, visits, window);
    r.churn.reasons = domain::summarizeChurnReasons(r.winback.kpis.reasons);

    // The customers behind each KPI: the same rule applied to each customer's own calls and
    // visits (every KPI counts distinct customers, so the per-customer results add up).
    std::map<CustomerId, std::vector<domain::FollowUpCall>> callsBy;
    for (const auto& c : calls) {
        callsBy[c.customerId].push_back(c);
    }
    std::unordered_map<CustomerId, std::vector<domain::Visit>> visitsBy;
    for (const auto& v : visits) {
        visitsBy[v.customerId].push_back(v);
    }
    static const std::vector<domain::Visit> kNone;
    for (const auto& [id, own] : callsBy) {
        const auto it = visitsBy.find(id);
        const auto k = domain::computeWinbackKpis(
            r.month.year, r.month.month, own, it != visitsBy.end() ? it->second : kNone, window);
        addIf(r, key("winback.reminded"), k.reminded, id);
        addIf(r, key("winback.returned"), k.returned, id);
        addIf(r, key("winback.reached"), k.reached, id);
        addIf(r, key("winback.intending"), k.intending, id);
        addIf(r, key("winback.refusals"), k.refusals, id);
        addIf(r, key("winback.invalid_data"), k.invalidData, id);
        addIf(r, key("winback.no_answer"), k.noAnswer, id);
        for (int i = 0; i < domain::kChurnReasonCount; ++i) {
            const auto reason = static_cast<domain::ChurnReason>(i);
            addIf(r, key("churn.reason.") + domain::toKey(reason),
                  k.reasons.at(static_cast<std::size_t>(i)), id);
            addIf(r,
                  domain::isInternal(reason) ? key("churn.reason.internal")
                                             : key("churn.reason.external"),
                  k.reasons.at(static_cast<std::size_t>(i)), id);
        }
    }
}

void MonthlyReportBuilder::satisfaction(MonthlyReport& r) const {
    std::vector<domain::SatisfactionItem> items;
    for (const auto& i : storage::SatisfactionRepository(db_).items(true)) {
        items.push_back({i.key, i.label});
    }
    std::vector<domain::SatisfactionAnswer> answers;
    for (const auto& a :
         storage::ReportRepository(db_).satisfactionAnswers(r.month.first(), r.asOf)) {
        answers.push_back({a.itemKey, a.score});
        r.drill[key("satisfaction.") + a.itemKey].push_back(a.customerId);
        r.drill[key("satisfaction.answers")].push_back(a.customerId);
    }
    r.satisfaction.summary = domain::summarizeSatisfaction(items, answers, analysis_.satisfaction);
}

void MonthlyReportBuilder::complaints(MonthlyReport& r) const {
    const domain::ComplaintDeadlines deadlines(followUp_.complaint);
    const QDate from = r.month.first();
    const QDate to = r.asOf;
    r.complaints.evaluatedAt = now_;
    std::vector<domain::ComplaintTimes> times;
    for (const auto& c : storage::ComplaintRepository(db_).receivedBetween(from, to)) {
        times.push_back(c.times());
        // The same rule on one complaint says which numbers it counts in.
        const auto one = deadlines.summarize({c.times()}, from, to, now_);
        addIf(r, key("complaints.received"), one.received, c.customerId);
        addIf(r, key("complaints.major"), one.major, c.customerId);
        addIf(r, key("complaints.resolved"), one.resolved, c.customerId);
        addIf(r, key("complaints.closed"), one.closed, c.customerId);
        addIf(r, key("complaints.compliant"), one.compliant, c.customerId);
        addIf(r, key("complaints.late"), one.late, c.customerId);
        addIf(r, key("complaints.overdue_now"), one.overdueNow, c.customerId);
        addIf(r, key("complaints.open"), one.open, c.customerId);
    }
    r.complaints.stats = deadlines.summarize(times, from, to, now_);
}

void MonthlyReportBuilder::customerBase(MonthlyReport& r) const {
    auto& s = r.customerBase;
    const storage::CustomerBaseRepository inputs(db_);
    s.minRepeatCustomers = inputs.loadSettings().minRepeatCustomers;
    const storage::CustomerBaseFitRepository fits(db_);
    const auto fit = fits.latest();
    if (!fit) {
        return;
    }
    s.fitted = true;
    s.fittedAt = fit->fittedAt;
    s.dataFrom = fit->dataFrom;
    s.calibrationEnd = fit->calibrationEnd;
    s.fitCustomers = fit->customers;
    s.fitRepeatCustomers = fit->repeatCustomers;

    // One SQL pass sums up every customer's visit days up to the report date, split at the
    // previous month end: both parts are scored from it (no row per visit in C++).
    const QDate previousEnd = r.month.first().addDays(-1);
    const auto spans = inputs.loadSpans(r.asOf, previousEnd);
    const domain::BgNbdModel model(fit->bgnbd);
    auto then = fits.latestCalibratedBy(previousEnd);
    s.retrospective = !then;
    const domain::BgNbdModel forecastModel(then ? then->bgnbd : fit->bgnbd);
    s.nextFrom = r.asOf.addDays(1);
    s.nextTo = r.month.first().addMonths(2).addDays(-1);
    const double nextWeeks = static_cast<double>(r.asOf.daysTo(s.nextTo)) / 7.0;
    const double forecastWeeks = static_cast<double>(previousEnd.daysTo(r.asOf)) / 7.0;
    const double year = domain::CustomerBaseOutlook::kTwelveMonthsWeeks;
    const auto weeks = [](const QDate& from, const QDate& to) {
        return static_cast<double>(from.daysTo(to)) / 7.0;
    };
    std::array<CustomerIds*, domain::kReturnBands> bands{};
    for (std::size_t b = 0; b < bands.size(); ++b) {
        bands.at(b) = &r.drill[key("customer_base.p_return.") + QString::number(b)];
    }
    for (const auto& v : spans) {
        // As of the report date (x repeat days, t_x and T in weeks; CustomerBaseSummary's rules).
        const int x = v.days - 1;
        const double tx = x > 0 ? weeks(v.first, v.last) : 0.0;
        const double T = weeks(v.first, r.asOf);
        const double p = model.probabilityOfVisit(year, x, tx, T);
        const auto band = static_cast<std::size_t>(domain::ReturnBand::of(p));
        ++s.pReturnBands.at(band);
        bands.at(band)->push_back(v.id);
        ++s.scored;
        s.expectedNext += model.expectedVisits(nextWeeks, x, tx, T).value_or(0.0);
        // The forecast for the report month from the previous month end.
        if (v.daysBySplit > 0) {
            const int xp = v.daysBySplit - 1;
            const double txp = xp > 0 ? weeks(v.first, v.lastBySplit) : 0.0;
            ++s.forecastCustomers;
            s.forecastVisits +=
                forecastModel.expectedVisits(forecastWeeks, xp, txp, weeks(v.first, previousEnd))
                    .value_or(0.0);
            s.actualVisits += v.daysAfterSplit;
        }
    }
    s.forecastMade = true;
    s.forecastFrom = r.month.first();
    s.forecastTo = r.asOf;
}

}  // namespace hc::services
