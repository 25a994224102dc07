// huichang-cli settings export -o FILE.json | settings import FILE.json (docs/cli.md).
#include "Commands.h"

#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace hc::cli {

namespace {

const QString kCommand = QStringLiteral("settings");

int exportSettings(CliContext& ctx, services::SettingsService& settings) {
    const QString output = ctx.args.value(QStringLiteral("output"));
    const auto json = settings.exportJson();
    if (!json) {
        return serviceFailure(json.error());
    }
    const QByteArray bytes = json.value().toUtf8() + '\n';
    if (output.isEmpty() || output == u"-") {
        outUtf8(bytes);
        return kExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err(QCoreApplication::translate("hc::cli", "无法写入文件 %1:%2")
                .arg(output, file.errorString()));
        return kExitFailure;
    }
    out(QCoreApplication::translate("hc::cli", "已导出设置:%1").arg(output) + u'\n');
    return kExitOk;
}

int importSettings(CliContext& ctx, services::SettingsService& settings) {
    const QString path = ctx.operands.value(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("hc::cli", "无法读取文件 %1:%2")
                .arg(path, file.errorString()));
        return kExitFailure;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const auto result = settings.importJson(cliUser(), text);
    if (!result) {
        err(QCoreApplication::translate("hc::cli", "设置未导入(%1):%2")
                .arg(result.error().field, result.error().message));
        return kExitFailure;
    }
    out(QCoreApplication::translate("hc::cli", "已导入设置:%1").arg(path) + u'\n');
    return kExitOk;
}

}  // namespace

int runSettings(CliContext& ctx) {
    int code = kExitOk;
    const QString sub = ctx.operands.value(0);
    if (sub == u"export") {
        if (!checkArguments(ctx, kCommand, {QStringLiteral("output")}, 1, 1, &code)) {
            return code;
        }
    } else if (sub == u"import") {
        if (!checkArguments(ctx, kCommand, {}, 2, 2, &code)) {
            return code;
        }
    } else {
        return usageError(sub.isEmpty()
                              ? QCoreApplication::translate("hc::cli", "缺少参数")
                              : QCoreApplication::translate("hc::cli", "未知的子命令:%1").arg(sub),
                          kCommand);
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::SettingsService settings(*db, services::systemClock());
    return sub == u"export" ? exportSettings(ctx, settings) : importSettings(ctx, settings);
}

}  // namespace hc::cli
