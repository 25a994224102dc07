#include "CorrectionCommands.h"
#include "hc/domain/MoneyParser.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runVisit(CliContext& ctx) {
    const QString cmd = QStringLiteral("visit");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd, {QStringLiteral("work-order"), QStringLiteral("reason")}, 1, 1,
                        &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"void") {
        return usageError(QCoreApplication::translate("hc::cli", "未知的 visit 子命令:%1")
                              .arg(ctx.operands.at(0)),
                          cmd);
    }
    const QString workOrder = ctx.args.value(QStringLiteral("work-order")).trimmed();
    if (workOrder.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --work-order(工单号)"), cmd);
    }
    const QString reason = ctx.args.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --reason(作废原因)"), cmd);
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::VisitService visits(*db, services::systemClock());
    const auto found = visits.findByWorkOrder(workOrder);
    if (!found) {
        return serviceFailure(found.error());
    }
    const auto& visit = found.value();
    if (!visit) {
        err(QCoreApplication::translate("hc::cli", "找不到工单号为 %1 的维修记录。")
                .arg(workOrder));
        return kExitFailure;
    }
    const auto result = visits.voidVisit(cliUser(), visit->id, reason);
    if (!result) {
        return serviceFailure(result.error());
    }
    out(QCoreApplication::translate("hc::cli", "已作废工单 %1(%2 %3),原因:%4")
            .arg(visit->workOrder, visit->date.toString(Qt::ISODate),
                 domain::MoneyParser::formatYuan(visit->amountFen), reason) +
        u'\n');
    return kExitOk;
}

}  // namespace hc::cli
