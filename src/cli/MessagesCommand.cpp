#include "MessageCommands.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/services/MessageService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

int runMessages(CliContext& ctx) {
    const QString cmd = QStringLiteral("messages");
    const QString sub = ctx.operands.value(0);
    if (sub != u"export") {
        return usageError(
            sub.isEmpty()
                ? QCoreApplication::translate("hc::cli", "缺少参数")
                : QCoreApplication::translate("hc::cli", "未知的 messages 子命令:%1").arg(sub),
            cmd);
    }
    int code = kExitOk;
    if (!checkArguments(
            ctx, cmd,
            {QStringLiteral("template"), QStringLiteral("date"), QStringLiteral("campaign"),
             QStringLiteral("output"), QStringLiteral("json")},
            1, 1, &code)) {
        return code;
    }
    const auto key = domain::messageTemplateKeyFromKey(ctx.args.value(QStringLiteral("template")));
    if (!key) {
        return usageError(
            QCoreApplication::translate("hc::cli",
                                        "--template 只能是 post_service、maintenance_due、"
                                        "appointment_reminder、holiday、winback 或 campaign"),
            cmd);
    }
    const bool byDate = ctx.args.has(QStringLiteral("date"));
    const bool byCampaign = ctx.args.has(QStringLiteral("campaign"));
    if (byDate == byCampaign) {
        return usageError(
            QCoreApplication::translate("hc::cli", "请给出 --date 或 --campaign 其中之一"), cmd);
    }
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 -o 文件.csv"), cmd);
    }
    QDate day;
    qlonglong campaign = 0;
    if (byDate) {
        day = QDate::fromString(ctx.args.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--date 必须是 YYYY-MM-DD 格式的日期"), cmd);
        }
    } else {
        bool ok = false;
        campaign = ctx.args.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || campaign <= 0) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--campaign 必须是活动编号(正整数)"), cmd);
        }
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::MessageService messages(*db, services::systemClock());
    const auto batch = byDate ? messages.forDay(*key, day) : messages.forCampaign(*key, campaign);
    if (!batch) {
        return serviceFailure(batch.error());
    }
    const auto r = messages.exportCsv(cliUser(), batch.value(), output);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& s = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        const nlohmann::json j{{"recipients", s.recipients},
                               {"excluded_no_consent", s.excludedNoConsent},
                               {"excluded_invalid", s.excludedInvalid},
                               {"segments", s.segments}};
        outUtf8(QByteArray::fromStdString(j.dump(2) + "\n"));
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
    return kExitOk;
}

}  // namespace hc::cli
