#include "ReportCommand.h"

#include "hc/report/ReportExporter.h"
#include "hc/report/ReportJson.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>

namespace hc::cli {

namespace {

QString reportUsage() {
    return QCoreApplication::translate(
        "hc::cli",
        "用法:huichang-cli report monthly --month YYYY-MM [--format json|pdf|xlsx|csv] "
        "[-o 文件]\n"
        "  月度经营报表(客户构成、ABC、矩阵、RFM、流失分析、招揽、满意度、投诉)。\n"
        "  json 不带 -o 时输出到标准输出;pdf、xlsx、csv 必须用 -o 指定文件。\n"
        "  导出需要经理权限,并记入审计日志。\n"
        "用法:huichang-cli report save-abc --month YYYY-MM [--json]\n"
        "  月末保存本月 ABC 排名,供下月对比名次变化(经理权限,记入审计日志)。\n");
}

int reportUsageError(const QString& message) {
    err(QCoreApplication::translate("hc::cli", "错误:%1").arg(message));
    err(reportUsage());
    return kExitUsage;
}

/// report save-abc --month M [--json]: the explicit, audited month-close save of the ABC ranking.
int runSaveAbc(CliContext& ctx) {
    const auto month = services::ReportMonth::parse(ctx.args.value(QStringLiteral("month")));
    if (!month) {
        return reportUsageError(
            QCoreApplication::translate("hc::cli", "--month 必须是 YYYY-MM 格式的月份:%1")
                .arg(ctx.args.value(QStringLiteral("month"))));
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::MonthlyReportService service(*db, services::systemClock());
    const auto saved = service.saveAbcRun(cliUser(), *month);
    if (!saved) {
        return serviceFailure(saved.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        outUtf8(QStringLiteral("{\"month\":\"%1\",\"customers\":%2}\n")
                    .arg(month->key())
                    .arg(saved.value())
                    .toUtf8());
    } else {
        out(QCoreApplication::translate("hc::cli", "已保存 %1 月 ABC 排名:%2 位客户")
                .arg(month->key())
                .arg(saved.value()) +
            u'\n');
    }
    return kExitOk;
}

}  // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv) {
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        // `customer export` may write a PDF (PrivacyCommand).
        if (std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "print") == 0 ||
            (std::strcmp(argv[i], "export") == 0 && i > 1 &&
             std::strcmp(argv[i - 1], "customer") == 0)) {
            report = true;
            break;
        }
    }
    if (!report) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen"));
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

QStringList expandShortOptions(QStringList arguments) {
    for (auto& a : arguments) {
        if (a == u"--") {
            break;
        }
        if (a == u"-o") {
            a = QStringLiteral("--output");
        }
    }
    return arguments;
}

int runReport(CliContext& ctx) {
    const QString cmd = QStringLiteral("report");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("month"), QStringLiteral("format"),
                         QStringLiteral("output"), QStringLiteral("json")},
                        1, 1, &code)) {
        return code;
    }
    if (ctx.operands.value(0) == u"save-abc") {
        return runSaveAbc(ctx);
    }
    if (ctx.operands.value(0) != u"monthly") {
        return reportUsageError(
            QCoreApplication::translate("hc::cli", "未知的报表:%1").arg(ctx.operands.value(0)));
    }
    const auto month = services::ReportMonth::parse(ctx.args.value(QStringLiteral("month")));
    if (!month) {
        return reportUsageError(
            QCoreApplication::translate("hc::cli", "--month 必须是 YYYY-MM 格式的月份:%1")
                .arg(ctx.args.value(QStringLiteral("month"))));
    }
    const QString formatKey = ctx.args.value(QStringLiteral("format"), QStringLiteral("json"));
    const auto format = services::reportFormatFromKey(formatKey.toLower());
    if (!format) {
        return reportUsageError(
            QCoreApplication::translate("hc::cli", "--format 只能是 json、pdf、xlsx 或 csv:%1")
                .arg(formatKey));
    }
    const QString output = ctx.args.value(QStringLiteral("output"));
    const bool toStdout = output.isEmpty() || output == u"-";
    if (toStdout && *format != services::ReportFormat::Json) {
        return reportUsageError(
            QCoreApplication::translate("hc::cli", "%1 格式必须用 -o 指定输出文件").arg(formatKey));
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::MonthlyReportService service(*db, services::systemClock());
    services::MonthlyReportService::Writer writer;
    if (toStdout) {
        writer = [](const services::MonthlyReport& report) -> services::VoidResult {
            outUtf8(report::ReportJson::toJson(report));
            return services::Done{};
        };
    } else {
        writer = report::ReportExporter::writer(*format, output);
    }
    const auto result = service.exportReport(
        cliUser(), *month, *format,
        toStdout ? QStringLiteral("-") : QFileInfo(output).absoluteFilePath(), writer);
    if (!result) {
        return serviceFailure(result.error());
    }
    if (!toStdout) {
        out(QCoreApplication::translate("hc::cli", "已导出 %1 月报表:%2")
                .arg(month->key(), output) +
            u'\n');
    }
    return kExitOk;
}

}  // namespace hc::cli
