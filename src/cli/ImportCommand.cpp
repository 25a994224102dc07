#include "Commands.h"

#include "hc/services/CustomerImportService.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/ImportMapping.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#include <nlohmann/json.hpp>

namespace hc::cli {

namespace {

std::optional<QByteArray> readFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("hc::cli", "无法读取文件 %1:文件不存在或没有读取权限。")
                .arg(path));
        return std::nullopt;
    }
    return file.readAll();
}

}  // namespace

int runImport(CliContext& ctx) {
    int code = kExitOk;
    const QString cmd = QStringLiteral("import");
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("rejects"), QStringLiteral("sheet"),
                         QStringLiteral("mapping"), QStringLiteral("dry-run")},
                        2, 2, &code)) {
        return code;
    }
    const QString kind = ctx.operands.at(0);
    if (kind != u"visits" && kind != u"customers") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的导入类型:%1(可用:visits、customers)")
                .arg(kind),
            cmd);
    }
    const auto bytes = readFile(ctx.operands.at(1));
    if (!bytes) {
        return kExitFailure;
    }
    services::ImportOptions options;
    options.dryRun = ctx.args.flag(QStringLiteral("dry-run"));
    if (ctx.args.has(QStringLiteral("mapping"))) {
        const auto json = readFile(ctx.args.value(QStringLiteral("mapping")));
        if (!json) {
            return kExitFailure;
        }
        auto mapping = services::ImportMapping::fromJson(*json);
        if (!mapping) {
            return serviceFailure(mapping.error());
        }
        options.mapping = std::move(mapping.value());
    }
    const QString sheet = ctx.args.value(QStringLiteral("sheet"));
    if (!sheet.isEmpty() && !services::ImportFileReader::isXlsx(*bytes)) {
        return usageError(QCoreApplication::translate("hc::cli", "--sheet 只能用于 .xlsx 文件。"),
                          cmd);
    }
    // The file first: a damaged or unknown-sheet file is reported before the database is opened.
    const auto table = services::ImportFileReader::read(*bytes, sheet);
    if (!table) {
        return serviceFailure(table.error());
    }

    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    const auto result =
        kind == u"visits"
            ? services::VisitImportService(*db, services::systemClock(), ctx.language)
                  .importVisits(cliUser(), table.value(), options)
            : services::CustomerImportService(*db, services::systemClock(), ctx.language)
                  .importCustomers(cliUser(), table.value(), options);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& s = result.value();
    if (ctx.args.has(QStringLiteral("rejects"))) {
        const QString rejectsPath = ctx.args.value(QStringLiteral("rejects"));
        QSaveFile rejects(rejectsPath);
        if (!rejects.open(QIODevice::WriteOnly) ||
            rejects.write(services::VisitImportService::rejectsCsv(s)) < 0 || !rejects.commit()) {
            err(QCoreApplication::translate("hc::cli", "导入已完成,但无法写出错行文件 %1。")
                    .arg(rejectsPath));
            code = kExitFailure;
        }
    } else if (s.rejected > 0) {
        err(QCoreApplication::translate("hc::cli",
                                        "有 %1 行没有导入;用 --rejects 文件.csv 查看每一行的原因。")
                .arg(s.rejected));
        int shown = 0;
        for (const auto& r : s.rejects) {
            if (++shown > 5) {
                break;
            }
            err(QCoreApplication::translate("hc::cli", "  第 %1 行,%2:%3")
                    .arg(r.line)
                    .arg(r.column, r.reason));
        }
    }
    nlohmann::ordered_json summary = {{"rows", s.rows},
                                      {"imported", s.imported},
                                      {"rejected", s.rejected},
                                      {"customers_created", s.customersCreated},
                                      {"vehicles_created", s.vehiclesCreated},
                                      {"duplicates_skipped", s.duplicatesSkipped}};
    if (kind == u"customers") {
        summary["customers_matched"] = s.customersMatched;
    }
    if (options.dryRun) {
        summary["dry_run"] = true;
    }
    if (table.value().format == u"xlsx") {
        summary["sheet"] = table.value().sheet.toStdString();
    }
    outUtf8(QByteArray::fromStdString(summary.dump(2)) + '\n');
    return code;
}

}  // namespace hc::cli
