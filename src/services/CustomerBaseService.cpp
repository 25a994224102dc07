#include "hc/services/CustomerBaseService.h"

#include "UseCase.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/storage/CustomerBaseRepository.h"

#include <QCoreApplication>

namespace hc::services {

namespace {

/// Fits both models on prepared histories.
Result<CustomerBaseFitReport> fitHistories(const std::vector<domain::CustomerHistory>& histories,
                                           const QDate& calibrationEnd,
                                           const domain::CustomerBaseSettings& settings) {
    CustomerBaseFitReport report;
    report.calibrationEnd = calibrationEnd;
    report.bgnbd = domain::BgNbdModel::fit(histories, settings.minRepeatCustomers);
    report.customers = report.bgnbd.customers;
    report.repeatCustomers = report.bgnbd.repeatCustomers;
    if (report.bgnbd.status == domain::FitStatus::NotEnoughData) {
        return invalidInput(
            QStringLiteral("data"),
            QCoreApplication::translate("hc::services",
                                        "数据不足:截至 %1 共 %2 位客户,其中 %3 位有回头进厂,"
                                        "模型至少需要 %4 位回头客户。")
                .arg(calibrationEnd.toString(Qt::ISODate))
                .arg(report.customers)
                .arg(report.repeatCustomers)
                .arg(std::max(1, settings.minRepeatCustomers)));
    }
    if (report.bgnbd.status != domain::FitStatus::Ok) {
        ServiceError e;
        e.code = ServiceError::Code::Failed;
        e.message = QCoreApplication::translate("hc::services", "模型拟合没有收敛,请检查数据。");
        return e;
    }
    auto spend = domain::GammaGammaModel::fit(histories, settings.minRepeatCustomers);
    if (spend.status == domain::FitStatus::Ok) {
        report.spend = spend;
    }
    return report;
}

ServiceError badDate(const QString& field) {
    return invalidInput(field, QCoreApplication::translate("hc::services", "日期无效。"));
}

}  // namespace

CustomerBaseService::CustomerBaseService(storage::Database& db) : db_(db) {}

Result<domain::CustomerBaseSettings> CustomerBaseService::settings() const {
    using R = Result<domain::CustomerBaseSettings>;
    return runUseCase<R>(
        [&]() -> R { return storage::CustomerBaseRepository(db_).loadSettings(); });
}

Result<std::vector<domain::PurchaseEvent>> CustomerBaseService::visits(const QDate& upTo) const {
    using R = Result<std::vector<domain::PurchaseEvent>>;
    if (!upTo.isValid()) {
        return badDate(QStringLiteral("asOf"));
    }
    return runUseCase<R>(
        [&]() -> R { return storage::CustomerBaseRepository(db_).loadVisits(upTo); });
}

domain::CustomerBaseSettings CustomerBaseService::defaultSettings() {
    return domain::CustomerBaseSettings{};
}

Result<CustomerBaseFitReport> CustomerBaseService::fit(
    const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
    const domain::CustomerBaseSettings& settings) {
    if (!calibrationEnd.isValid()) {
        return badDate(QStringLiteral("calibrationEnd"));
    }
    return fitHistories(domain::CustomerBaseSummary::build(events, calibrationEnd), calibrationEnd,
                        settings);
}

Result<CustomerBasePrediction> CustomerBaseService::predict(
    const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
    double horizonWeeks, const domain::CustomerBaseSettings& settings) {
    if (!calibrationEnd.isValid()) {
        return badDate(QStringLiteral("calibrationEnd"));
    }
    if (!(horizonWeeks > 0) || horizonWeeks > 52 * 100) {
        return invalidInput(
            QStringLiteral("horizon"),
            QCoreApplication::translate("hc::services", "预测周数必须在 1 到 5200 之间。"));
    }
    const auto histories = domain::CustomerBaseSummary::build(events, calibrationEnd);
    auto fitted = fitHistories(histories, calibrationEnd, settings);
    if (!fitted) {
        return fitted.error();
    }
    CustomerBasePrediction prediction;
    prediction.fit = fitted.value();
    prediction.horizonWeeks = horizonWeeks;
    prediction.marginBp = settings.marginBp;
    std::optional<domain::GammaGammaModel> spend;
    if (prediction.fit.spend) {
        spend.emplace(prediction.fit.spend->parameters);
    }
    prediction.scores = domain::CustomerBaseScoring::score(
        histories, domain::BgNbdModel(prediction.fit.bgnbd.parameters), spend, horizonWeeks,
        settings.marginBp);
    return prediction;
}

Result<CustomerBaseHoldoutReport> CustomerBaseService::holdout(
    const std::vector<domain::PurchaseEvent>& events, const QDate& calibrationEnd,
    const QDate& holdoutEnd, const domain::CustomerBaseSettings& settings) {
    if (!calibrationEnd.isValid()) {
        return badDate(QStringLiteral("calibrationEnd"));
    }
    if (!holdoutEnd.isValid() || holdoutEnd <= calibrationEnd) {
        return invalidInput(
            QStringLiteral("holdoutEnd"),
            QCoreApplication::translate("hc::services", "检验期结束日期必须晚于校准期结束日期。"));
    }
    const auto histories = domain::CustomerBaseSummary::build(events, calibrationEnd, holdoutEnd);
    auto fitted = fitHistories(histories, calibrationEnd, settings);
    if (!fitted) {
        return fitted.error();
    }
    CustomerBaseHoldoutReport report;
    report.fit = fitted.value();
    report.holdoutEnd = holdoutEnd;
    const double weeks = static_cast<double>(calibrationEnd.daysTo(holdoutEnd)) / 7.0;
    report.result = domain::HoldoutEvaluation::evaluate(
        histories, domain::BgNbdModel(report.fit.bgnbd.parameters), weeks);
    return report;
}

}  // namespace hc::services
