#include "hc/services/CustomerBaseModelService.h"

#include "UseCase.h"
#include "hc/domain/CustomerBaseRefitRule.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/services/CustomerBaseService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerBaseFitRepository.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace hc::services {

namespace {

/// The audit record's JSON of a stored fit.
QString auditJson(const domain::CustomerBaseFit& f) {
    nlohmann::ordered_json j{
        {"data_from", f.dataFrom.toString(Qt::ISODate).toStdString()},
        {"calibration_end", f.calibrationEnd.toString(Qt::ISODate).toStdString()},
        {"customers", f.customers},
        {"repeat_customers", f.repeatCustomers},
        {"r", f.bgnbd.r},
        {"alpha", f.bgnbd.alpha},
        {"a", f.bgnbd.a},
        {"b", f.bgnbd.b},
        {"log_likelihood", f.logLikelihood}};
    if (f.spend) {
        j["p"] = f.spend->p;
        j["q"] = f.spend->q;
        j["gamma"] = f.spend->gamma;
    }
    return QString::fromStdString(j.dump());
}

}  // namespace

CustomerBaseModelService::CustomerBaseModelService(storage::Database& db, Clock clock)
    : db_(db), clock_(std::move(clock)) {}

CustomerBaseModelService::~CustomerBaseModelService() = default;

std::unique_ptr<CustomerBaseModelService> CustomerBaseModelService::openSibling() const {
    auto db = openSiblingConnection(db_, "customer base: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(clock_);
    auto sibling = std::make_unique<CustomerBaseModelService>(*db, clock_);
    sibling->owned_ = std::move(db);
    return sibling;
}

Result<std::optional<domain::CustomerBaseFit>> CustomerBaseModelService::latest() const {
    return runRead<std::optional<domain::CustomerBaseFit>>("customer base: latest fit", [&] {
        return storage::CustomerBaseFitRepository(db_).latest();
    });
}

Result<std::vector<domain::CustomerBaseFit>> CustomerBaseModelService::history(int limit) const {
    return runRead<std::vector<domain::CustomerBaseFit>>("customer base: fits", [&] {
        return storage::CustomerBaseFitRepository(db_).recent(limit);
    });
}

Result<bool> CustomerBaseModelService::isStale(const QDate& today) const {
    const auto fit = latest();
    if (!fit) {
        return fit.error();
    }
    const auto at = fit.value() ? std::optional(fit.value()->fittedAt) : std::nullopt;
    return domain::CustomerBaseRefitRule::isStale(at, today);
}

Result<domain::CustomerBaseFit> CustomerBaseModelService::refit(const ActingUser& user,
                                                                const QDate& calibrationEnd) {
    using R = Result<domain::CustomerBaseFit>;
    if (user.id != 0 && user.role != domain::Role::Manager) {
        return denied(QCoreApplication::translate("hc::services", "只有经理可以重新拟合客户模型"));
    }
    if (!calibrationEnd.isValid()) {
        return invalidInput(QStringLiteral("calibrationEnd"),
                            QCoreApplication::translate("hc::services", "日期无效。"));
    }
    return runUseCase<R>([&]() -> R {
        // The fit reads and computes outside the write transaction (seconds at most).
        const storage::CustomerBaseRepository inputs(db_);
        const auto settings = inputs.loadSettings();
        const auto events = inputs.loadVisits(calibrationEnd);
        const auto predicted = CustomerBaseService::predict(
            events, calibrationEnd, domain::CustomerBaseOutlook::kTwelveMonthsWeeks, settings);
        if (!predicted) {
            return predicted.error();
        }
        const auto& p = predicted.value();
        domain::CustomerBaseFit fit;
        fit.fittedAt = clock_();
        fit.calibrationEnd = calibrationEnd;
        for (const auto& e : events) {
            if (!fit.dataFrom.isValid() || e.date < fit.dataFrom) {
                fit.dataFrom = e.date;
            }
        }
        fit.bgnbd = p.fit.bgnbd.parameters;
        fit.logLikelihood = p.fit.bgnbd.logLikelihood;
        if (p.fit.spend) {
            fit.spend = p.fit.spend->parameters;
            std::vector<double> values;
            values.reserve(p.scores.customers.size());
            for (const auto& s : p.scores.customers) {
                if (s.expectedValue) {
                    values.push_back(*s.expectedValue);
                }
            }
            fit.valueCuts = domain::CustomerBaseOutlook::percentileCuts(std::move(values));
        }
        fit.customers = p.fit.customers;
        fit.repeatCustomers = p.fit.repeatCustomers;
        fit.settings = settings;

        storage::TransactionGuard tx(db_);
        fit.id = storage::CustomerBaseFitRepository(db_).insert(fit, user.id);
        storage::AuditRepository(db_).append(
            fit.fittedAt, user.id, QStringLiteral("customer_base.fit"),
            QStringLiteral("customer_base_fit"), fit.id, QString(), auditJson(fit));
        tx.commit();
        return fit;
    });
}

Result<std::optional<domain::CustomerBaseFit>> CustomerBaseModelService::refitIfStale(
    const ActingUser& user, const QDate& today) {
    const auto stale = isStale(today);
    if (!stale) {
        return stale.error();
    }
    if (!stale.value()) {
        return std::optional<domain::CustomerBaseFit>();
    }
    auto fit = refit(user, domain::CustomerBaseRefitRule::calibrationEndFor(today));
    if (!fit) {
        return fit.error();
    }
    return std::optional<domain::CustomerBaseFit>(std::move(fit.value()));
}

Result<std::unordered_map<domain::CustomerId, domain::CustomerOutlook>>
CustomerBaseModelService::outlooks(const std::vector<domain::CustomerId>& ids,
                                   const QDate& asOf) const {
    using Map = std::unordered_map<domain::CustomerId, domain::CustomerOutlook>;
    return runRead<Map>("customer base: outlooks", [&] {
        Map out;
        const auto fit = storage::CustomerBaseFitRepository(db_).latest();
        if (!fit || ids.empty()) {
            return out;
        }
        std::vector<domain::CustomerId> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        // One pass: the histories of all of them (visits by customer and date), then a score each.
        const auto histories = domain::CustomerBaseSummary::build(
            storage::CustomerBaseRepository(db_).loadVisitsOf(sorted, asOf), asOf);
        out.reserve(histories.size());
        for (const auto& h : histories) {
            if (auto o = domain::CustomerBaseOutlook::ofHistory(h, *fit)) {
                out.emplace(h.id, *o);
            }
        }
        return out;
    });
}

Result<CustomerBaseHoldoutReport> CustomerBaseModelService::holdout(const QDate& calibrationEnd,
                                                                    const QDate& holdoutEnd) const {
    using R = Result<CustomerBaseHoldoutReport>;
    if (!calibrationEnd.isValid() || !holdoutEnd.isValid()) {
        return invalidInput(QStringLiteral("calibrationEnd"),
                            QCoreApplication::translate("hc::services", "日期无效。"));
    }
    return runUseCase<R>([&]() -> R {
        const storage::CustomerBaseRepository inputs(db_);
        return CustomerBaseService::holdout(inputs.loadVisits(holdoutEnd), calibrationEnd,
                                            holdoutEnd, inputs.loadSettings());
    });
}

}  // namespace hc::services
