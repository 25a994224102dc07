#include "Commands.h"

#include "hc/services/DemoService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hc::cli {

int runDemo(CliContext& ctx) {
    int code = kExitOk;
    const QString cmd = QStringLiteral("demo");
    if (!checkArguments(
            ctx, cmd,
            {QStringLiteral("customers"), QStringLiteral("seed"), QStringLiteral("as-of")}, 0, 0,
            &code)) {
        return code;
    }
    if (!ctx.args.has(QStringLiteral("customers"))) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --customers N"), cmd);
    }
    bool ok = false;
    const int customers = ctx.args.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || customers <= 0 || customers > 10'000'000) {
        return usageError(
            QCoreApplication::translate("hc::cli", "--customers 必须是 1 到 10000000 之间的整数"),
            cmd);
    }
    services::DemoOptions options;
    options.customers = customers;
    if (ctx.args.has(QStringLiteral("seed"))) {
        options.seed = ctx.args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            return usageError(QCoreApplication::translate("hc::cli", "--seed 必须是非负整数"), cmd);
        }
    }
    const auto asOf = asOfDate(ctx, cmd, &code);
    if (!asOf) {
        return code;
    }
    options.asOf = *asOf;
    const auto db = openDatabase(ctx, true, true);  // demo fills a new, empty database
    if (!db) {
        return kExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    services::DemoService demo(*db, services::systemClock());
    const auto result = demo.generate(cliUser(), options);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& s = result.value();
    out(QCoreApplication::translate(
            "hc::cli", "已生成演示数据:%1 个客户,%2 辆车,%3 次进厂(种子 %4,截至 %5,用时 %6 秒)\n")
            .arg(s.customers)
            .arg(s.vehicles)
            .arg(s.visits)
            .arg(s.seed)
            .arg(s.asOf.toString(Qt::ISODate))
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return kExitOk;
}

}  // namespace hc::cli
