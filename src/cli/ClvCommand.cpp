// huichang-cli clv fit|predict|holdout: the customer-base model (docs/customer-base.md, cli.md).
#include "Commands.h"

#include "hc/domain/CustomerBaseRefitRule.h"
#include "hc/domain/DateParser.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/CustomerBaseService.h"
#include "hc/services/PurchaseEventCsv.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

namespace hc::cli {

namespace {

using Json = nlohmann::ordered_json;
const QString kCommand = QStringLiteral("clv");

/// What every clv subcommand works on.
struct ClvInput {
    std::vector<domain::PurchaseEvent> events;
    domain::CustomerBaseSettings settings;
    QDate calibrationEnd;  ///< invalid when neither given nor derivable
    QDate asOf;            ///< archive mode only
};

/// Parses date option `name`; nullopt (and a usage error) when given but invalid; an invalid
/// QDate when absent.
std::optional<QDate> dateOption(const CliContext& ctx, const QString& name, int* code) {
    if (!ctx.args.has(name)) {
        return QDate();
    }
    const QString text = ctx.args.value(name);
    const auto r = domain::DateParser::parse(text);
    if (r.isError() || !r.date) {
        *code = usageError(
            QCoreApplication::translate("hc::cli", "--%1 不是有效日期:%2").arg(name, text),
            kCommand);
        return std::nullopt;
    }
    return *r.date;
}

std::optional<ClvInput> loadInput(CliContext& ctx, const QStringList& extraOptions, int* code) {
    QStringList allowed = extraOptions;
    allowed << QStringLiteral("events") << QStringLiteral("as-of")
            << QStringLiteral("calibration-end") << QStringLiteral("customer-column")
            << QStringLiteral("date-column") << QStringLiteral("amount-column")
            << QStringLiteral("json");
    if (!checkArguments(ctx, kCommand, allowed, 1, 1, code)) {
        return std::nullopt;
    }
    const bool fromFile = ctx.args.has(QStringLiteral("events"));
    if (fromFile == ctx.args.has(QStringLiteral("as-of"))) {
        *code = usageError(QCoreApplication::translate(
                               "hc::cli", "请给出 --events 文件.csv 或 --as-of 日期(二选一)"),
                           kCommand);
        return std::nullopt;
    }
    if (!fromFile) {
        for (const char* name : {"customer-column", "date-column", "amount-column"}) {
            if (ctx.args.has(QString::fromLatin1(name))) {
                *code = usageError(
                    QCoreApplication::translate("hc::cli", "--%1 只能与 --events 一起使用")
                        .arg(QString::fromLatin1(name)),
                    kCommand);
                return std::nullopt;
            }
        }
    }
    const auto calibrationEnd = dateOption(ctx, QStringLiteral("calibration-end"), code);
    if (!calibrationEnd) {
        return std::nullopt;
    }
    ClvInput input;
    input.calibrationEnd = *calibrationEnd;
    if (fromFile) {
        services::PurchaseEventCsv::Columns columns;
        columns.customer = ctx.args.value(QStringLiteral("customer-column"), columns.customer);
        columns.date = ctx.args.value(QStringLiteral("date-column"), columns.date);
        columns.amount = ctx.args.value(QStringLiteral("amount-column"), columns.amount);
        columns.amountOptional = !ctx.args.has(QStringLiteral("amount-column"));
        auto events =
            services::PurchaseEventCsv::read(ctx.args.value(QStringLiteral("events")), columns);
        if (!events) {
            *code = serviceFailure(events.error());
            return std::nullopt;
        }
        input.events = std::move(events.value());
        // Settings: the database's when --db is given, else the defaults.
        input.settings = services::CustomerBaseService::defaultSettings();
        if (ctx.args.has(QStringLiteral("db"))) {
            auto db = openDatabase(ctx, false);
            if (!db) {
                *code = kExitFailure;
                return std::nullopt;
            }
            const auto settings = services::CustomerBaseService(*db).settings();
            if (!settings) {
                *code = serviceFailure(settings.error());
                return std::nullopt;
            }
            input.settings = settings.value();
        }
        if (!input.calibrationEnd.isValid()) {
            for (const auto& e : input.events) {
                input.calibrationEnd = std::max(input.calibrationEnd, e.date);
            }
        }
        if (!input.calibrationEnd.isValid()) {
            *code = serviceFailure(services::ServiceError{
                services::ServiceError::Code::Invalid,
                QCoreApplication::translate("hc::cli", "文件中没有进厂记录。"),
                QStringLiteral("events"),
                {}});
            return std::nullopt;
        }
        return input;
    }
    const auto asOf = asOfDate(ctx, kCommand, code);
    if (!asOf) {
        return std::nullopt;
    }
    input.asOf = *asOf;
    auto db = openDatabase(ctx, false);
    if (!db) {
        *code = kExitFailure;
        return std::nullopt;
    }
    const services::CustomerBaseService service(*db);
    const auto settings = service.settings();
    if (!settings) {
        *code = serviceFailure(settings.error());
        return std::nullopt;
    }
    input.settings = settings.value();
    auto visits = service.visits(input.asOf);
    if (!visits) {
        *code = serviceFailure(visits.error());
        return std::nullopt;
    }
    input.events = std::move(visits.value());
    if (!input.calibrationEnd.isValid()) {
        input.calibrationEnd = input.asOf;
    } else if (input.calibrationEnd > input.asOf) {
        *code = usageError(
            QCoreApplication::translate("hc::cli", "--calibration-end 不能晚于 --as-of"), kCommand);
        return std::nullopt;
    }
    return input;
}

/// A number for JSON: non-finite values become null.
Json number(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json fitJson(const services::CustomerBaseFitReport& fit) {
    Json j;
    j["customers"] = fit.customers;
    j["repeat_customers"] = fit.repeatCustomers;
    j["calibration_end"] = fit.calibrationEnd.toString(Qt::ISODate).toStdString();
    const auto& p = fit.bgnbd.parameters;
    j["bgnbd"] = Json{{"r", number(p.r)},
                      {"alpha", number(p.alpha)},
                      {"a", number(p.a)},
                      {"b", number(p.b)},
                      {"log_likelihood", number(fit.bgnbd.logLikelihood)}};
    if (fit.spend) {
        const auto& s = fit.spend->parameters;
        j["spend"] = Json{{"p", number(s.p)},
                          {"q", number(s.q)},
                          {"gamma", number(s.gamma)},
                          {"customers", fit.spend->customers}};
    } else {
        j["spend"] = nullptr;
    }
    return j;
}

void printJson(const Json& j) {
    outUtf8(QByteArray::fromStdString(j.dump(2) + "\n"));
}

QString fitText(const services::CustomerBaseFitReport& fit) {
    const auto& p = fit.bgnbd.parameters;
    QString text =
        QCoreApplication::translate("hc::cli",
                                    "客户基础模型(BG/NBD),校准期截至 %1:客户 %2 位,回头客户 %3 位\n"
                                    "  r = %4, α = %5, a = %6, b = %7, 对数似然 %8\n")
            .arg(fit.calibrationEnd.toString(Qt::ISODate))
            .arg(fit.customers)
            .arg(fit.repeatCustomers)
            .arg(p.r, 0, 'f', 4)
            .arg(p.alpha, 0, 'f', 4)
            .arg(p.a, 0, 'f', 4)
            .arg(p.b, 0, 'f', 4)
            .arg(fit.bgnbd.logLikelihood, 0, 'f', 2);
    if (fit.spend) {
        text += QCoreApplication::translate("hc::cli",
                                            "  每次消费(gamma-gamma):p = %1, q = %2, γ = %3\n")
                    .arg(fit.spend->parameters.p, 0, 'f', 4)
                    .arg(fit.spend->parameters.q, 0, 'f', 4)
                    .arg(fit.spend->parameters.gamma, 0, 'f', 4);
    } else {
        text += QCoreApplication::translate("hc::cli", "  每次消费模型:数据不足,未拟合\n");
    }
    return text;
}

/// A stored fit as JSON: the `clv fit` keys plus its id, fit time and data range.
Json storedFitJson(const domain::CustomerBaseFit& f) {
    Json j;
    j["id"] = f.id;
    j["fitted_at"] = f.fittedAt.toString(Qt::ISODate).toStdString();
    j["data_from"] = f.dataFrom.toString(Qt::ISODate).toStdString();
    j["calibration_end"] = f.calibrationEnd.toString(Qt::ISODate).toStdString();
    j["customers"] = f.customers;
    j["repeat_customers"] = f.repeatCustomers;
    j["bgnbd"] = Json{{"r", number(f.bgnbd.r)},
                      {"alpha", number(f.bgnbd.alpha)},
                      {"a", number(f.bgnbd.a)},
                      {"b", number(f.bgnbd.b)},
                      {"log_likelihood", number(f.logLikelihood)}};
    j["spend"] = f.spend ? Json{{"p", number(f.spend->p)},
                                {"q", number(f.spend->q)},
                                {"gamma", number(f.spend->gamma)}}
                         : Json(nullptr);
    j["settings"] = Json{{"marginBp", f.settings.marginBp},
                         {"minRepeatCustomers", f.settings.minRepeatCustomers},
                         {"horizonWeeks", f.settings.horizonWeeks}};
    return j;
}

/// The model service for the archive, its clock on `day` (the CLI's "today").
std::unique_ptr<services::CustomerBaseModelService> modelService(storage::Database& db,
                                                                 const QDate& day) {
    return std::make_unique<services::CustomerBaseModelService>(
        db, [day] { return QDateTime(day, QTime::currentTime()); });
}

/// `clv fit --as-of D --save`: fits on the archive up to the calibration end and stores the fit.
int runFitAndSave(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, kCommand,
                        {QStringLiteral("as-of"), QStringLiteral("calibration-end"),
                         QStringLiteral("save"), QStringLiteral("json")},
                        1, 1, &code)) {
        return code;
    }
    if (!ctx.args.has(QStringLiteral("as-of"))) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--save 只能与 --as-of 一起使用(档案数据)"),
            kCommand);
    }
    const auto asOf = asOfDate(ctx, kCommand, &code);
    if (!asOf) {
        return code;
    }
    const auto calibrationEnd = dateOption(ctx, QStringLiteral("calibration-end"), &code);
    if (!calibrationEnd) {
        return code;
    }
    const QDate end = calibrationEnd->isValid() ? *calibrationEnd : *asOf;
    if (end > *asOf) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--calibration-end 不能晚于 --as-of"), kCommand);
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto fit = modelService(*db, *asOf)->refit(cliUser(), end);
    if (!fit) {
        return serviceFailure(fit.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        printJson(storedFitJson(fit.value()));
    } else {
        out(QCoreApplication::translate("hc::cli", "已保存客户模型(编号 %1),数据 %2 至 %3\n")
                .arg(fit.value().id)
                .arg(fit.value().dataFrom.toString(Qt::ISODate),
                     fit.value().calibrationEnd.toString(Qt::ISODate)));
    }
    return kExitOk;
}

/// `clv refit [--as-of D] [--if-stale]`: the refit a manager or the monthly run makes on day D
/// (default today) with the visits up to the day before; with --if-stale only when due.
int runRefit(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(
            ctx, kCommand,
            {QStringLiteral("as-of"), QStringLiteral("if-stale"), QStringLiteral("json")}, 1, 1,
            &code)) {
        return code;
    }
    const auto day = asOfDate(ctx, kCommand, &code);
    if (!day) {
        return code;
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    auto service = modelService(*db, *day);
    std::optional<domain::CustomerBaseFit> fitted;
    if (ctx.args.flag(QStringLiteral("if-stale"))) {
        auto r = service->refitIfStale(cliUser(), *day);
        if (!r) {
            return serviceFailure(r.error());
        }
        fitted = std::move(r.value());
    } else {
        auto r = service->refit(cliUser(), domain::CustomerBaseRefitRule::calibrationEndFor(*day));
        if (!r) {
            return serviceFailure(r.error());
        }
        fitted = std::move(r.value());
    }
    const auto current = fitted ? services::Result<std::optional<domain::CustomerBaseFit>>(fitted)
                                : service->latest();
    if (!current) {
        return serviceFailure(current.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        printJson(Json{{"refitted", fitted.has_value()},
                       {"fit", current.value() ? storedFitJson(*current.value()) : Json(nullptr)}});
    } else if (fitted) {
        out(QCoreApplication::translate("hc::cli", "已重新拟合客户模型(编号 %1),数据 %2 至 %3\n")
                .arg(fitted->id)
                .arg(fitted->dataFrom.toString(Qt::ISODate),
                     fitted->calibrationEnd.toString(Qt::ISODate)));
    } else {
        out(QCoreApplication::translate("hc::cli", "本月已拟合过客户模型,无需重新拟合\n"));
    }
    return kExitOk;
}

int runFit(CliContext& ctx) {
    if (ctx.args.flag(QStringLiteral("save"))) {
        return runFitAndSave(ctx);
    }
    int code = kExitOk;
    auto input = loadInput(ctx, {}, &code);
    if (!input) {
        return code;
    }
    const auto fit =
        services::CustomerBaseService::fit(input->events, input->calibrationEnd, input->settings);
    if (!fit) {
        return serviceFailure(fit.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        printJson(fitJson(fit.value()));
    } else {
        out(fitText(fit.value()));
    }
    return kExitOk;
}

int runPredict(CliContext& ctx) {
    int code = kExitOk;
    auto input = loadInput(ctx, {QStringLiteral("horizon-weeks")}, &code);
    if (!input) {
        return code;
    }
    double horizon = input->settings.horizonWeeks;
    if (ctx.args.has(QStringLiteral("horizon-weeks"))) {
        bool ok = false;
        horizon = ctx.args.value(QStringLiteral("horizon-weeks")).toDouble(&ok);
        if (!ok || !(horizon > 0)) {
            return usageError(QCoreApplication::translate("hc::cli", "--horizon-weeks 必须是正数"),
                              kCommand);
        }
    }
    const auto r = services::CustomerBaseService::predict(input->events, input->calibrationEnd,
                                                          horizon, input->settings);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& p = r.value();
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = fitText(p.fit);
        text += QCoreApplication::translate("hc::cli", "未来 %1 周预计进厂 %2 次")
                    .arg(horizon)
                    .arg(p.scores.expectedTotal, 0, 'f', 1);
        if (p.scores.valueTotal) {
            text += QCoreApplication::translate("hc::cli", ",预计价值 %1(金额的货币单位;档案为元)")
                        .arg(*p.scores.valueTotal, 0, 'f', 2);
        }
        out(text + u'\n');
        return kExitOk;
    }
    Json customers = Json::array();
    for (const auto& c : p.scores.customers) {
        customers.push_back(
            Json{{"id", c.id},
                 {"x", c.x},
                 {"t_x", number(c.tx)},
                 {"T", number(c.T)},
                 {"p_alive", number(c.pAlive)},
                 {"expected_visits", number(c.expectedVisits)},
                 {"p_return", number(c.pReturn)},
                 {"expected_value", c.expectedValue ? number(*c.expectedValue) : Json(nullptr)}});
    }
    Json j;
    j["customers"] = std::move(customers);
    j["expected_total"] = number(p.scores.expectedTotal);
    j["expected_value_total"] = p.scores.valueTotal ? number(*p.scores.valueTotal) : Json(nullptr);
    j["horizon_weeks"] = number(p.horizonWeeks);
    j["margin_bp"] = p.marginBp;
    j["calibration_end"] = p.fit.calibrationEnd.toString(Qt::ISODate).toStdString();
    printJson(j);
    return kExitOk;
}

int runHoldout(CliContext& ctx) {
    int code = kExitOk;
    auto input = loadInput(ctx, {QStringLiteral("holdout-end")}, &code);
    if (!input) {
        return code;
    }
    if (!ctx.args.has(QStringLiteral("calibration-end")) ||
        !ctx.args.has(QStringLiteral("holdout-end"))) {
        return usageError(QCoreApplication::translate(
                              "hc::cli", "clv holdout 需要 --calibration-end 和 --holdout-end"),
                          kCommand);
    }
    const auto holdoutEnd = dateOption(ctx, QStringLiteral("holdout-end"), &code);
    if (!holdoutEnd) {
        return code;
    }
    if (input->asOf.isValid() && *holdoutEnd > input->asOf) {
        return usageError(QCoreApplication::translate("hc::cli", "--holdout-end 不能晚于 --as-of"),
                          kCommand);
    }
    const auto r = services::CustomerBaseService::holdout(input->events, input->calibrationEnd,
                                                          *holdoutEnd, input->settings);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& h = r.value().result;
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = fitText(r.value().fit);
        text += QCoreApplication::translate("hc::cli",
                                            "检验期 %1 至 %2:实际回头进厂 %3 次,模型预计 %4 次\n"
                                            "  AUC(模型)%5,AUC(仅按最近进厂)%6\n")
                    .arg(input->calibrationEnd.addDays(1).toString(Qt::ISODate),
                         holdoutEnd->toString(Qt::ISODate))
                    .arg(h.actualTotal)
                    .arg(h.expectedTotal, 0, 'f', 1)
                    .arg(h.aucModel.value_or(NAN), 0, 'f', 3)
                    .arg(h.aucRecency.value_or(NAN), 0, 'f', 3);
        out(text);
        return kExitOk;
    }
    Json rows = Json::array();
    for (const auto& row : h.byFrequency) {
        rows.push_back(Json{{"x", row.x < 7 ? Json(row.x) : Json("7+")},
                            {"customers", row.customers},
                            {"actual_mean", number(row.actualMean)},
                            {"expected_mean", number(row.expectedMean)}});
    }
    Json j;
    j["actual_total"] = h.actualTotal;
    j["expected_total"] = number(h.expectedTotal);
    j["by_frequency"] = std::move(rows);
    j["auc_model"] = h.aucModel ? number(*h.aucModel) : Json(nullptr);
    j["auc_recency"] = h.aucRecency ? number(*h.aucRecency) : Json(nullptr);
    j["calibration_end"] = input->calibrationEnd.toString(Qt::ISODate).toStdString();
    j["holdout_end"] = holdoutEnd->toString(Qt::ISODate).toStdString();
    j["holdout_weeks"] = number(h.holdoutWeeks);
    j["customers"] = r.value().fit.customers;
    printJson(j);
    return kExitOk;
}

}  // namespace

int runClv(CliContext& ctx) {
    const QString sub = ctx.operands.value(0);
    if (sub == u"fit") {
        return runFit(ctx);
    }
    if (sub == u"predict") {
        return runPredict(ctx);
    }
    if (sub == u"holdout") {
        return runHoldout(ctx);
    }
    if (sub == u"refit") {
        return runRefit(ctx);
    }
    return usageError(
        sub.isEmpty()
            ? QCoreApplication::translate("hc::cli", "缺少子命令(fit、predict、holdout 或 refit)")
            : QCoreApplication::translate("hc::cli", "未知子命令:%1").arg(sub),
        kCommand);
}

}  // namespace hc::cli
