#include "MessageCommands.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/services/HttpSmsGateway.h"
#include "hc/services/MessageService.h"
#include "hc/services/MonthlyReport.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

namespace {

/// The recipient set of `messages export` / `messages send`: the day's list (--date), a campaign's
/// invited customers (--campaign) or the customers behind one number of a monthly report
/// (--month M --drill KEY, the GUI's report drill-down).
struct Recipients {
    QDate day;
    qlonglong campaign = 0;
    std::optional<services::ReportMonth> month;
    QString drill;
    /// --again: also those who already got this template today (a deliberate resend).
    bool again = false;
};

/// Parses the template and the recipient set; prints the usage error and returns false when they
/// are wrong.
bool parseSelection(const CliContext& ctx, const QString& cmd, domain::MessageTemplateKey* key,
                    Recipients* to, int* code) {
    const auto parsed =
        domain::messageTemplateKeyFromKey(ctx.args.value(QStringLiteral("template")));
    if (!parsed) {
        *code = usageError(
            QCoreApplication::translate("hc::cli",
                                        "--template 只能是 post_service、maintenance_due、"
                                        "appointment_reminder、holiday、winback 或 campaign"),
            cmd);
        return false;
    }
    *key = *parsed;
    to->again = ctx.args.flag(QStringLiteral("again"));
    const bool byDate = ctx.args.has(QStringLiteral("date"));
    const bool byCampaign = ctx.args.has(QStringLiteral("campaign"));
    const bool byDrill =
        ctx.args.has(QStringLiteral("drill")) || ctx.args.has(QStringLiteral("month"));
    if (static_cast<int>(byDate) + static_cast<int>(byCampaign) + static_cast<int>(byDrill) != 1) {
        *code =
            usageError(QCoreApplication::translate(
                           "hc::cli", "请给出 --date、--campaign 或 --month 与 --drill 其中之一"),
                       cmd);
        return false;
    }
    if (byDate) {
        to->day = QDate::fromString(ctx.args.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!to->day.isValid()) {
            *code = usageError(
                QCoreApplication::translate("hc::cli", "--date 必须是 YYYY-MM-DD 格式的日期"), cmd);
            return false;
        }
    } else if (byCampaign) {
        bool ok = false;
        to->campaign = ctx.args.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || to->campaign <= 0) {
            *code = usageError(
                QCoreApplication::translate("hc::cli", "--campaign 必须是活动编号(正整数)"), cmd);
            return false;
        }
    } else {
        to->month = services::ReportMonth::parse(ctx.args.value(QStringLiteral("month")));
        to->drill = ctx.args.value(QStringLiteral("drill")).trimmed();
        if (!to->month || to->drill.isEmpty()) {
            *code = usageError(
                QCoreApplication::translate("hc::cli",
                                            "--month YYYY-MM 与 --drill 明细键须一起给出(明细键见 "
                                            "docs/reports.md)"),
                cmd);
            return false;
        }
    }
    return true;
}

/// The batch of `key` for the recipient set; prints the failure and returns nullopt.
std::optional<services::MessageBatch> batchFor(storage::Database& db,
                                               services::MessageService& messages,
                                               domain::MessageTemplateKey key,
                                               const Recipients& to) {
    services::Result<services::MessageBatch> batch = services::MessageBatch{};
    const services::MessageService::BatchOptions options{to.again};
    if (to.day.isValid()) {
        batch = messages.forDay(key, to.day, options);
    } else if (to.campaign > 0) {
        batch = messages.forCampaign(key, to.campaign, options);
    } else {
        const services::MonthlyReportService reports(db, services::systemClock());
        const auto report = reports.build(*to.month);
        if (!report) {
            serviceFailure(report.error());
            return std::nullopt;
        }
        if (report.value().drill.find(to.drill) == report.value().drill.end()) {
            err(QCoreApplication::translate("hc::cli",
                                            "%1 月报表中没有“%2”的客户(明细键见 docs/reports.md)")
                    .arg(to.month->key(), to.drill));
            return std::nullopt;
        }
        batch = messages.forCustomers(key, report.value().customersBehind(to.drill), options);
    }
    if (!batch) {
        serviceFailure(batch.error());
        return std::nullopt;
    }
    return batch.value();
}

nlohmann::json summaryJson(const services::MessageSummary& s) {
    return {{"recipients", s.recipients},
            {"excluded_no_consent", s.excludedNoConsent},
            {"excluded_invalid", s.excludedInvalid},
            {"excluded_already_sent", s.excludedAlreadySent},
            {"excluded_missing_fields", s.excludedMissingFields},
            {"segments", s.segments}};
}

/// The second line of the plain-text summary: those left out as already reached today or with a
/// merge field missing (printed only when there are any).
void printOtherExclusions(const services::MessageSummary& s) {
    if (s.excludedAlreadySent == 0 && s.excludedMissingFields == 0) {
        return;
    }
    out(QCoreApplication::translate("hc::cli",
                                    "另有 %1 位客户今天已收到同一模板的短信(要再发一次请加 "
                                    "--again),%2 位客户缺少模板所需的内容(如到期日期),未包括在内\n")
            .arg(s.excludedAlreadySent)
            .arg(s.excludedMissingFields));
}

int exportMessages(CliContext& ctx, const QString& cmd) {
    int code = kExitOk;
    if (!checkArguments(
            ctx, cmd,
            {QStringLiteral("template"), QStringLiteral("date"), QStringLiteral("campaign"),
             QStringLiteral("month"), QStringLiteral("drill"), QStringLiteral("output"),
             QStringLiteral("json"), QStringLiteral("again")},
            1, 1, &code)) {
        return code;
    }
    domain::MessageTemplateKey key{};
    Recipients to;
    if (!parseSelection(ctx, cmd, &key, &to, &code)) {
        return code;
    }
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 -o 文件.csv"), cmd);
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::MessageService messages(*db, services::systemClock());
    const auto batch = batchFor(*db, messages, key, to);
    if (!batch) {
        return kExitFailure;
    }
    const auto r = messages.exportCsv(cliUser(), *batch, output);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& s = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        outUtf8(QByteArray::fromStdString(summaryJson(s).dump(2) + "\n"));
        return kExitOk;
    }
    out(QCoreApplication::translate("hc::cli",
                                    "已导出 %1 条短信(共 %2 条计费短信)到 %3;未导出:%4 位客户"
                                    "未同意,%5 位客户无效或没有手机号\n")
            .arg(s.recipients)
            .arg(s.segments)
            .arg(output)
            .arg(s.excludedNoConsent)
            .arg(s.excludedInvalid));
    printOtherExclusions(s);
    return kExitOk;
}

/// `messages send`: through the stored HTTP gateway; exit 1 when a message failed (the counts are
/// printed all the same).
int sendMessages(CliContext& ctx, const QString& cmd) {
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("template"), QStringLiteral("date"),
                         QStringLiteral("campaign"), QStringLiteral("month"),
                         QStringLiteral("drill"), QStringLiteral("json"), QStringLiteral("again")},
                        1, 1, &code)) {
        return code;
    }
    domain::MessageTemplateKey key{};
    Recipients to;
    if (!parseSelection(ctx, cmd, &key, &to, &code)) {
        return code;
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    const auto gatewaySettings =
        services::SettingsService(*db, services::systemClock()).smsGateway();
    if (!gatewaySettings) {
        return serviceFailure(gatewaySettings.error());
    }
    if (!gatewaySettings.value().configured()) {
        err(QCoreApplication::translate(
            "hc::cli", "短信网关尚未设置(在程序的 设置 → 短信模板 → 短信网关 中填写 URL)"));
        return kExitFailure;
    }
    services::MessageService messages(*db, services::systemClock());
    const auto batch = batchFor(*db, messages, key, to);
    if (!batch) {
        return kExitFailure;
    }
    services::HttpSmsGateway gateway(gatewaySettings.value());
    const auto r = messages.send(cliUser(), *batch, gateway);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& s = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        auto j = summaryJson(s);
        j["sent"] = s.sent;
        j["failed"] = s.failed;
        outUtf8(QByteArray::fromStdString(j.dump(2) + "\n"));
    } else {
        out(QCoreApplication::translate("hc::cli",
                                        "已发送 %1 条短信,失败 %2 条(共 %3 条计费短信);未发送:%4 "
                                        "位客户未同意,%5 位客户无效或没有手机号\n")
                .arg(s.sent)
                .arg(s.failed)
                .arg(s.segments)
                .arg(s.excludedNoConsent)
                .arg(s.excludedInvalid));
        printOtherExclusions(s);
    }
    return s.failed > 0 ? kExitFailure : kExitOk;
}

}  // namespace

int runMessages(CliContext& ctx) {
    const QString cmd = QStringLiteral("messages");
    const QString sub = ctx.operands.value(0);
    if (sub == u"export") {
        return exportMessages(ctx, cmd);
    }
    if (sub == u"send") {
        return sendMessages(ctx, cmd);
    }
    return usageError(
        sub.isEmpty()
            ? QCoreApplication::translate("hc::cli", "缺少参数")
            : QCoreApplication::translate("hc::cli", "未知的 messages 子命令:%1").arg(sub),
        cmd);
}

}  // namespace hc::cli
