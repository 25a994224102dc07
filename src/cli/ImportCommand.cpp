#include "Commands.h"

#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace hc::cli {

int runImport(CliContext& ctx) {
    int code = kExitOk;
    const QString cmd = QStringLiteral("import");
    if (!checkArguments(ctx, cmd, {QStringLiteral("rejects")}, 2, 2, &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"visits") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的导入类型:%1(目前支持 visits)")
                .arg(ctx.operands.at(0)),
            cmd);
    }
    const QString path = ctx.operands.at(1);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("hc::cli", "无法读取文件 %1:文件不存在或没有读取权限。")
                .arg(path));
        return kExitFailure;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::VisitImportService importer(*db, services::systemClock(), ctx.language);
    const auto result = importer.importVisits(cliUser(), bytes);
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
    outUtf8(QByteArray::fromStdString(summary.dump(2)) + '\n');
    return code;
}

}  // namespace hc::cli
