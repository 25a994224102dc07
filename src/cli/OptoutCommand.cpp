#include "MessageCommands.h"
#include "hc/services/ConsentService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

int runOptout(CliContext& ctx) {
    const QString cmd = QStringLiteral("optout");
    const QString sub = ctx.operands.value(0);
    if (sub != u"import") {
        return usageError(
            sub.isEmpty()
                ? QCoreApplication::translate("hc::cli", "缺少参数")
                : QCoreApplication::translate("hc::cli", "未知的 optout 子命令:%1").arg(sub),
            cmd);
    }
    int code = kExitOk;
    if (!checkArguments(ctx, cmd, {QStringLiteral("json")}, 2, 2, &code)) {
        return code;
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::ConsentService consent(*db, services::systemClock());
    const auto r = consent.importOptOuts(cliUser(), ctx.operands.value(1));
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& s = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        const nlohmann::json j{{"rows", s.rows},
                               {"matched", s.matched},
                               {"recorded", s.recorded},
                               {"invalid_phones", s.invalidPhones}};
        outUtf8(QByteArray::fromStdString(j.dump(2) + "\n"));
        return kExitOk;
    }
    out(QCoreApplication::translate(
            "hc::cli", "退订名单:%1 行,%2 行匹配到客户,新记录 %3 条营销拒绝;%4 行不是电话号码\n")
            .arg(s.rows)
            .arg(s.matched)
            .arg(s.recorded)
            .arg(s.invalidPhones));
    return kExitOk;
}

}  // namespace hc::cli
