#include "hc/services/AnalysisService.h"

#include "LoyaltyMatrixRead.h"

#include "StorageFailure.h"
#include "hc/domain/Classification.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace hc::services {

namespace {

ServiceError badDate() {
    return ServiceError{ServiceError::Code::Invalid,
                        QCoreApplication::translate("hc::services", "分析日期无效。"),
                        {},
                        {}};
}

/// Runs `body` and turns storage errors into service errors.
template <typename T, typename F>
Result<T> guarded(F&& body) {
    try {
        return body();
    } catch (const storage::StorageError& e) {
        return storageFailure(e);
    }
}

/// The facts of a customer: loadFacts returns them ordered by id, so a binary search does
/// (no hash map of 100 000 entries per report); nullptr when absent.
const domain::CustomerFacts* findFacts(const std::vector<domain::CustomerFacts>& facts,
                                       domain::CustomerId id) {
    const auto it = std::lower_bound(
        facts.begin(), facts.end(), id,
        [](const domain::CustomerFacts& f, domain::CustomerId v) { return f.id < v; });
    if (it != facts.end() && it->id == id) {
        return &*it;
    }
    // Not ordered after all (defensive): linear search.
    const auto lin = std::find_if(facts.begin(), facts.end(),
                                  [id](const domain::CustomerFacts& f) { return f.id == id; });
    return lin != facts.end() ? &*lin : nullptr;
}

ClassificationReport buildClassification(const std::vector<domain::CustomerFacts>& facts,
                                         const QDate& asOf,
                                         const domain::LifecycleSettings& lifecycle) {
    ClassificationReport report;
    report.asOf = asOf;
    report.customers.reserve(facts.size());
    for (const auto& f : facts) {
        const auto r = domain::classify(f, asOf, lifecycle);
        report.counts.add(r);
        report.customers.push_back(
            ClassifiedCustomer{f.id, f.name, f.phone, r.cls, r.stage, r.isNew, f.firstVisit,
                               domain::hasVisitBy(f, asOf) ? f.lastVisit : QDate()});
    }
    return report;
}

AbcReport buildAbcReport(const std::vector<domain::CustomerFacts>& facts,
                         const domain::AbcResult& result, const QDate& from, const QDate& to) {
    AbcReport report;
    report.from = from;
    report.to = to;
    report.totalFen = result.totalFen;
    report.gradeCounts = result.gradeCounts;
    report.rows.reserve(result.rows.size());
    for (const auto& row : result.rows) {
        const auto* f = findFacts(facts, row.customerId);
        report.rows.push_back(AbcReportRow{row, f != nullptr ? f->name : QString()});
    }
    return report;
}

}  // namespace

AnalysisService::AnalysisService(storage::Database& db) : db_(db) {}

AnalysisService::AnalysisService(storage::Database& db, const domain::AnalysisSettings& settings)
    : db_(db), fixed_(settings) {}

QDate AnalysisService::windowStart(const QDate& asOf, const domain::Span& span) {
    return span.before(asOf).addDays(1);
}

Result<domain::AnalysisSettings> AnalysisService::settings() const {
    if (fixed_) {
        return *fixed_;
    }
    return guarded<domain::AnalysisSettings>(
        [&] { return storage::SettingsRepository(db_).loadAnalysis(); });
}

Result<ClassificationReport> AnalysisService::classify(const QDate& asOf) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    return guarded<ClassificationReport>([&]() -> Result<ClassificationReport> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        const auto facts = storage::AnalysisRepository(db_).loadFacts(
            asOf, windowStart(asOf, s.value().abc.window));
        ClassificationReport report = buildClassification(facts, asOf, s.value().lifecycle);
        return report;
    });
}

Result<AbcReport> AnalysisService::abc(const QDate& asOf, std::optional<int> months) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    if (months && *months <= 0) {
        return ServiceError{ServiceError::Code::Invalid,
                            QCoreApplication::translate("hc::services", "月数必须大于 0。"),
                            {},
                            {}};
    }
    return guarded<AbcReport>([&]() -> Result<AbcReport> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        domain::AbcSettings abcSettings = s.value().abc;
        if (months) {
            abcSettings.window = domain::Span::months(*months);
        }
        const QDate from = windowStart(asOf, abcSettings.window);
        const auto facts = storage::AnalysisRepository(db_).loadFacts(asOf, from);
        const auto result = domain::runAbc(domain::abcInputs(facts, asOf), abcSettings);
        AbcReport report = buildAbcReport(facts, result, from, asOf);
        return report;
    });
}

Result<domain::AbcResult> AnalysisService::abcResult(const QDate& asOf) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    return guarded<domain::AbcResult>([&]() -> Result<domain::AbcResult> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        const QDate from = windowStart(asOf, s.value().abc.window);
        const auto facts = storage::AnalysisRepository(db_).loadFacts(asOf, from);
        return domain::runAbc(domain::abcInputs(facts, asOf), s.value().abc);
    });
}

Result<MatrixReport> AnalysisService::matrix(const QDate& asOf) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    return guarded<MatrixReport>([&]() -> Result<MatrixReport> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        const auto& settings = s.value();
        storage::AnalysisRepository repo(db_);
        MatrixReport report;
        report.asOf = asOf;
        report.from = windowStart(asOf, settings.matrix.window);
        const QDate abcFrom = windowStart(asOf, settings.abc.window);
        const auto facts = repo.loadFacts(asOf, abcFrom);
        const auto abc = domain::runAbc(domain::abcInputs(facts, asOf), settings.abc);
        // Loyalty is measured against the shop's one maintenance interval (follow-up settings).
        const auto maintenance = storage::SettingsRepository(db_).loadFollowUps().maintenance;
        report.matrix =
            LoyaltyMatrixRead::build(db_, asOf, settings, abc, facts, abcFrom, maintenance);
        return report;
    });
}

Result<RfmReport> AnalysisService::rfm(const QDate& asOf) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    return guarded<RfmReport>([&]() -> Result<RfmReport> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        RfmReport report;
        report.asOf = asOf;
        report.from = windowStart(asOf, s.value().abc.window);
        const auto facts = storage::AnalysisRepository(db_).loadFacts(asOf, report.from);
        report.rfm = domain::runRfm(facts, asOf, s.value().rfm);
        return report;
    });
}

Result<AnalysisBundle> AnalysisService::analyze(const QDate& asOf, std::optional<int> abcMonths,
                                                bool withRfm) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    if (abcMonths && *abcMonths <= 0) {
        return ServiceError{ServiceError::Code::Invalid,
                            QCoreApplication::translate("hc::services", "月数必须大于 0。"),
                            {},
                            {}};
    }
    return guarded<AnalysisBundle>([&]() -> Result<AnalysisBundle> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        const auto& settings = s.value();
        storage::AnalysisRepository repo(db_);
        // One loadFacts pass per distinct window start (a single one with the default settings,
        // where the ABC, matrix and RFM windows coincide).
        std::map<QDate, std::vector<domain::CustomerFacts>> factsByFrom;
        const auto factsFrom = [&](const QDate& from) -> const std::vector<domain::CustomerFacts>& {
            auto it = factsByFrom.find(from);
            if (it == factsByFrom.end()) {
                it = factsByFrom.emplace(from, repo.loadFacts(asOf, from)).first;
            }
            return it->second;
        };

        AnalysisBundle bundle;
        // Settings ABC window: classification (as classify()), matrix grades, RFM.
        const QDate abcFrom = windowStart(asOf, settings.abc.window);
        const auto& facts = factsFrom(abcFrom);
        bundle.classification = buildClassification(facts, asOf, settings.lifecycle);
        const auto abc = domain::runAbc(domain::abcInputs(facts, asOf), settings.abc);

        domain::AbcSettings reportAbc = settings.abc;
        if (abcMonths) {
            reportAbc.window = domain::Span::months(*abcMonths);
        }
        const QDate reportFrom = windowStart(asOf, reportAbc.window);
        if (reportFrom == abcFrom) {
            bundle.abc = buildAbcReport(facts, abc, abcFrom, asOf);
        } else {
            const auto& reportFacts = factsFrom(reportFrom);
            bundle.abc = buildAbcReport(
                reportFacts, domain::runAbc(domain::abcInputs(reportFacts, asOf), reportAbc),
                reportFrom, asOf);
        }

        bundle.matrix.asOf = asOf;
        bundle.matrix.from = windowStart(asOf, settings.matrix.window);
        bundle.matrix.matrix =
            LoyaltyMatrixRead::build(db_, asOf, settings, abc, facts, abcFrom,
                                     storage::SettingsRepository(db_).loadFollowUps().maintenance);

        if (withRfm) {
            RfmReport rfm;
            rfm.asOf = asOf;
            rfm.from = abcFrom;
            rfm.rfm = domain::runRfm(facts, asOf, settings.rfm);
            bundle.rfm = std::move(rfm);
        }
        return bundle;
    });
}

Result<CustomerAnalysisSummary> AnalysisService::customerSummary(domain::CustomerId id,
                                                                 const QDate& asOf) const {
    if (!asOf.isValid()) {
        return badDate();
    }
    return guarded<CustomerAnalysisSummary>([&]() -> Result<CustomerAnalysisSummary> {
        const auto s = settings();
        if (!s) {
            return s.error();
        }
        const auto& settings = s.value();
        storage::AnalysisRepository repo(db_);
        const QDate abcFrom = windowStart(asOf, settings.abc.window);
        const auto facts = repo.loadFacts(asOf, abcFrom);
        const domain::CustomerFacts* found = findFacts(facts, id);
        if (found == nullptr) {
            return ServiceError{ServiceError::Code::NotFound,
                                QCoreApplication::translate("hc::services", "找不到这个客户。"),
                                {},
                                {}};
        }
        const domain::CustomerFacts& f = *found;
        CustomerAnalysisSummary summary;
        summary.id = id;
        summary.name = f.name;
        const auto c = domain::classify(f, asOf, settings.lifecycle);
        summary.cls = c.cls;
        summary.stage = c.stage;
        summary.isNew = c.isNew;
        summary.lastVisit = domain::hasVisitBy(f, asOf) ? f.lastVisit : QDate();
        summary.windowAmountFen = f.windowAmountFen;
        summary.windowVisits = f.windowVisits;

        const auto abc = domain::runAbc(domain::abcInputs(facts, asOf), settings.abc);
        if (const auto* row = abc.find(id)) {
            summary.abcGrade = row->grade;
            summary.abcRank = row->rank;
            const auto matrix = LoyaltyMatrixRead::build(
                db_, asOf, settings, abc, facts, abcFrom,
                storage::SettingsRepository(db_).loadFollowUps().maintenance);
            for (const auto& e : matrix.entries) {
                if (e.customerId == id) {
                    summary.matrixCell = e.cell;
                    break;
                }
            }
        }
        const auto rfm = domain::runRfm(facts, asOf, settings.rfm);
        for (const auto& e : rfm.entries) {
            if (e.customerId == id) {
                summary.rfmSegment = e.segment;
                break;
            }
        }
        return summary;
    });
}

}  // namespace hc::services
