#include "MessageCommands.h"
#include "hc/domain/ConsentRule.h"
#include "hc/services/ConsentService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runConsent(CliContext& ctx) {
    const QString cmd = QStringLiteral("consent");
    const QString sub = ctx.operands.value(0);
    if (sub != u"set") {
        return usageError(
            sub.isEmpty()
                ? QCoreApplication::translate("hc::cli", "缺少参数")
                : QCoreApplication::translate("hc::cli", "未知的 consent 子命令:%1").arg(sub),
            cmd);
    }
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("customer-id"), QStringLiteral("purpose"),
                         QStringLiteral("state"), QStringLiteral("source"), QStringLiteral("json")},
                        1, 1, &code)) {
        return code;
    }
    bool idOk = false;
    const qlonglong id = ctx.args.value(QStringLiteral("customer-id")).toLongLong(&idOk);
    if (!idOk || id <= 0) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--customer-id 必须是客户编号(正整数)"), cmd);
    }
    const auto purpose = domain::messagePurposeFromKey(ctx.args.value(QStringLiteral("purpose")));
    if (!purpose) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--purpose 只能是 service 或 marketing"), cmd);
    }
    const auto state = domain::consentStateFromKey(ctx.args.value(QStringLiteral("state")));
    if (!state) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--state 只能是 granted 或 refused"), cmd);
    }
    const auto source = domain::consentSourceFromKey(ctx.args.value(QStringLiteral("source")));
    if (!source || *source == domain::ConsentSource::Migration) {
        return usageError(QCoreApplication::translate(
                              "hc::cli",
                              "--source 只能是 reception_form、call、message_reply、import(或 "
                              "接待登记表、电话、短信回复、导入)"),
                          cmd);
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::ConsentService consent(*db, services::systemClock());
    const auto r = consent.set(cliUser(), id, *purpose, *state, *source);
    if (!r) {
        return serviceFailure(r.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        outUtf8(
            QStringLiteral(R"({"customer_id": %1, "purpose": "%2", "state": "%3", "source": "%4"})")
                .arg(id)
                .arg(domain::toKey(*purpose), domain::toKey(*state), domain::toKey(*source))
                .toUtf8() +
            "\n");
        return kExitOk;
    }
    out(QCoreApplication::translate("hc::cli", "已记录:客户 %1 %2 %3(来源:%4)\n")
            .arg(id)
            .arg(domain::toLabel(*purpose), domain::toLabel(std::optional(*state)),
                 domain::toLabel(*source)));
    return kExitOk;
}

}  // namespace hc::cli
