#include "CorrectionCommands.h"
#include "hc/report/ReceiptRenderer.h"
#include "hc/services/ReceiptService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runPrint(CliContext& ctx) {
    const QString cmd = QStringLiteral("print");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd, {QStringLiteral("work-order"), QStringLiteral("output")}, 1, 1,
                        &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"visit") {
        return usageError(QCoreApplication::translate("hc::cli", "未知的 print 子命令:%1")
                              .arg(ctx.operands.at(0)),
                          cmd);
    }
    const QString workOrder = ctx.args.value(QStringLiteral("work-order")).trimmed();
    if (workOrder.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --work-order(工单号)"), cmd);
    }
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty() || output == u"-") {
        return usageError(QCoreApplication::translate("hc::cli", "必须用 -o 指定输出的 PDF 文件"),
                          cmd);
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const services::ReceiptService receipts(*db, services::systemClock());
    const auto receipt = receipts.receiptByWorkOrder(workOrder);
    if (!receipt) {
        return serviceFailure(receipt.error());
    }
    if (const auto error = report::ReceiptRenderer::writePdf(receipt.value(), output)) {
        err(*error);
        return kExitFailure;
    }
    out(QCoreApplication::translate("hc::cli", "已生成结算单 %1:%2")
            .arg(receipt.value().visit.workOrder, output) +
        u'\n');
    return kExitOk;
}

QString correctionUsage(const QString& command) {
    if (command == u"visit") {
        return QCoreApplication::translate(
            "hc::cli",
            "用法:huichang-cli visit void --work-order 工单号 --reason 原因\n"
            "  作废一条维修记录(保留在档案中,但分析、回访、报表和搜索都不再计入),记入审计日志。\n");
    }
    if (command == u"shop") {
        return QCoreApplication::translate(
            "hc::cli",
            "用法:huichang-cli shop set --name 名称 [--phone 电话] [--address 地址] "
            "[--hours 营业时间]\n"
            "      huichang-cli shop show [--json]\n"
            "  门店信息,用于结算单、报表页眉和回访话术;修改记入审计日志。\n");
    }
    if (command == u"print") {
        return QCoreApplication::translate(
            "hc::cli",
            "用法:huichang-cli print visit --work-order 工单号 -o 文件.pdf\n"
            "  打印维修结算单(门店、客户、车辆、维修内容、费用、下次保养)到 PDF 文件。\n");
    }
    return {};
}

}  // namespace hc::cli
