#include "hc/storage/CustomerBaseFitRepository.h"

#include "Query.h"
#include "SqlValues.h"
#include "hc/storage/CustomerBaseRepository.h"

#include <nlohmann/json.hpp>

namespace hc::storage {

namespace {

const char* const kColumns =
    "id, fitted_at, data_from, calibration_end, r, alpha, a, b, log_likelihood, p, q, gamma, "
    "customers, repeat_customers, settings_json, value_cuts_json";

QString cutsToJson(const std::vector<double>& cuts) {
    return QString::fromStdString(nlohmann::json(cuts).dump());
}

std::vector<double> cutsFromJson(const QString& text) {
    std::vector<double> cuts;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_array()) {
        return cuts;
    }
    for (const auto& v : j) {
        if (!v.is_number()) {
            return {};
        }
        cuts.push_back(v.get<double>());
    }
    return cuts;
}

}  // namespace

std::int64_t CustomerBaseFitRepository::insert(const domain::CustomerBaseFit& fit,
                                               std::int64_t userId) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO customer_base_fits (fitted_at, fitted_by, data_from, "
                     "calibration_end, r, alpha, a, b, log_likelihood, p, q, gamma, customers, "
                     "repeat_customers, settings_json, value_cuts_json) VALUES (:at, :by, :from, "
                     ":end, :r, :alpha, :a, :b, :ll, :p, :q, :gamma, :customers, :repeat, "
                     ":settings, :cuts)"));
    q.bind(QStringLiteral(":at"), timestampOr(fit.fittedAt, db_));
    q.bindOptInt(QStringLiteral(":by"),
                 userId > 0 ? std::optional<std::int64_t>(userId) : std::nullopt);
    q.bindDate(QStringLiteral(":from"), fit.dataFrom);
    q.bindDate(QStringLiteral(":end"), fit.calibrationEnd);
    q.bind(QStringLiteral(":r"), fit.bgnbd.r);
    q.bind(QStringLiteral(":alpha"), fit.bgnbd.alpha);
    q.bind(QStringLiteral(":a"), fit.bgnbd.a);
    q.bind(QStringLiteral(":b"), fit.bgnbd.b);
    q.bind(QStringLiteral(":ll"), fit.logLikelihood);
    q.bind(QStringLiteral(":p"), fit.spend ? QVariant(fit.spend->p) : QVariant());
    q.bind(QStringLiteral(":q"), fit.spend ? QVariant(fit.spend->q) : QVariant());
    q.bind(QStringLiteral(":gamma"), fit.spend ? QVariant(fit.spend->gamma) : QVariant());
    q.bindInt(QStringLiteral(":customers"), fit.customers);
    q.bindInt(QStringLiteral(":repeat"), fit.repeatCustomers);
    q.bindText(QStringLiteral(":settings"), CustomerBaseRepository::settingsToJson(fit.settings));
    q.bindText(QStringLiteral(":cuts"), cutsToJson(fit.valueCuts));
    q.exec();
    return q.lastInsertId();
}

std::optional<domain::CustomerBaseFit> CustomerBaseFitRepository::latest() const {
    auto fits = select(QString(), QDate(), 1);
    return fits.empty() ? std::nullopt : std::optional(std::move(fits.front()));
}

std::optional<domain::CustomerBaseFit> CustomerBaseFitRepository::latestCalibratedBy(
    const QDate& day) const {
    auto fits = select(QStringLiteral("WHERE calibration_end <= :day"), day, 1);
    return fits.empty() ? std::nullopt : std::optional(std::move(fits.front()));
}

std::vector<domain::CustomerBaseFit> CustomerBaseFitRepository::recent(int limit) const {
    return select(QString(), QDate(), limit);
}

std::vector<domain::CustomerBaseFit> CustomerBaseFitRepository::select(const QString& where,
                                                                       const QDate& day,
                                                                       int limit) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM customer_base_fits %2 "
                                "ORDER BY fitted_at DESC, id DESC LIMIT :limit")
                     .arg(QString::fromLatin1(kColumns), where));
    if (!where.isEmpty()) {
        q.bindDate(QStringLiteral(":day"), day);
    }
    q.bindInt(QStringLiteral(":limit"), std::max(0, limit));
    q.exec();
    std::vector<domain::CustomerBaseFit> out;
    while (q.next()) {
        domain::CustomerBaseFit f;
        f.id = q.integer(0);
        f.fittedAt = timestampFrom(q.value(1));
        f.dataFrom = q.date(2);
        f.calibrationEnd = q.date(3);
        f.bgnbd = {q.real(4), q.real(5), q.real(6), q.real(7)};
        f.logLikelihood = q.real(8);
        if (!q.isNull(9) && !q.isNull(10) && !q.isNull(11)) {
            f.spend = domain::GammaGammaParameters{q.real(9), q.real(10), q.real(11)};
        }
        f.customers = static_cast<int>(q.integer(12));
        f.repeatCustomers = static_cast<int>(q.integer(13));
        f.settings = CustomerBaseRepository::settingsFromJson(q.text(14));
        f.valueCuts = cutsFromJson(q.text(15));
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace hc::storage
