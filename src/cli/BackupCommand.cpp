// backup create|list|verify, restore: verified backups of the database (issue 13 item 1).
#include "BackupCommand.h"

#include "hc/services/BackupService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace hc::cli {

namespace {

QString isoTime(const QDateTime& t) {
    return t.toString(Qt::ISODate);
}

int backupCreate(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("backup"),
                        {QStringLiteral("to"), QStringLiteral("json")}, 1, 1, &code)) {
        return code;
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::BackupService backups(*db, services::systemClock());
    const auto made =
        backups.create(QStringLiteral("manual"), ctx.args.value(QStringLiteral("to")));
    if (!made) {
        return serviceFailure(made.error());
    }
    const auto& b = made.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        const nlohmann::ordered_json j = {{"file", b.file.toStdString()},
                                          {"bytes", b.bytes},
                                          {"verified", b.verified},
                                          {"created", isoTime(b.created).toStdString()},
                                          {"schema", b.schema}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + '\n');
    } else {
        out(QCoreApplication::translate("hc::cli", "已备份并校验:%1(%2 字节)\n")
                .arg(b.file)
                .arg(b.bytes));
    }
    return kExitOk;
}

int backupList(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("backup"), {QStringLiteral("json")}, 1, 1, &code)) {
        return code;
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto all = services::BackupService(*db, services::systemClock()).list();
    if (!all) {
        return serviceFailure(all.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto& b : all.value()) {
            j.push_back({{"file", b.file.toStdString()},
                         {"created", isoTime(b.created).toStdString()},
                         {"schema", b.schema},
                         {"verified", b.verified},
                         {"bytes", b.bytes},
                         {"reason", b.reason.toStdString()}});
        }
        outUtf8(QByteArray::fromStdString(j.dump(2)) + '\n');
        return kExitOk;
    }
    if (all.value().empty()) {
        out(QCoreApplication::translate("hc::cli", "还没有备份。\n"));
    }
    for (const auto& b : all.value()) {
        out(QStringLiteral("%1  %2  v%3  %4  %5\n")
                .arg(isoTime(b.created), b.verified
                                             ? QCoreApplication::translate("hc::cli", "已校验")
                                             : QCoreApplication::translate("hc::cli", "未校验"))
                .arg(b.schema)
                .arg(b.reason, b.file));
    }
    return kExitOk;
}

int backupVerify(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("backup"), {QStringLiteral("json")}, 2, 2, &code)) {
        return code;
    }
    const QString file = ctx.operands.at(1);
    const auto checked = services::BackupService::verifyFile(file);
    if (ctx.args.flag(QStringLiteral("json"))) {
        nlohmann::ordered_json j = {{"file", file.toStdString()}, {"ok", checked.ok()}};
        if (checked) {
            j["schema"] = checked.value().schema;
        } else {
            j["problem"] = checked.error().message.toStdString();
        }
        outUtf8(QByteArray::fromStdString(j.dump(2)) + '\n');
    }
    if (!checked) {
        return serviceFailure(checked.error());
    }
    if (!ctx.args.flag(QStringLiteral("json"))) {
        out(QCoreApplication::translate("hc::cli", "备份完好:%1(结构版本 %2)\n")
                .arg(file)
                .arg(checked.value().schema));
    }
    return kExitOk;
}

}  // namespace

int runBackup(CliContext& ctx) {
    const QString sub = ctx.operands.value(0);
    if (sub == u"create") {
        return backupCreate(ctx);
    }
    if (sub == u"list") {
        return backupList(ctx);
    }
    if (sub == u"verify") {
        return backupVerify(ctx);
    }
    return usageError(sub.isEmpty()
                          ? QCoreApplication::translate("hc::cli", "缺少参数")
                          : QCoreApplication::translate("hc::cli", "未知的子命令:%1").arg(sub),
                      QStringLiteral("backup"));
}

int runRestore(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("restore"), {QStringLiteral("yes")}, 1, 1, &code)) {
        return code;
    }
    if (!ctx.args.flag(QStringLiteral("yes"))) {
        return usageError(
            QCoreApplication::translate(
                "hc::cli",
                "恢复会用备份替换当前数据库 %1(当前文件会先另存一份备份)。确认请加 --yes。")
                .arg(ctx.dbPath),
            QStringLiteral("restore"));
    }
    const QString file = ctx.operands.at(0);
    const auto safety = services::BackupService::restore(ctx.dbPath, file, services::systemClock());
    if (!safety) {
        return serviceFailure(safety.error());
    }
    if (!safety.value().file.isEmpty()) {
        out(QCoreApplication::translate("hc::cli", "恢复前的数据库已另存为:%1\n")
                .arg(safety.value().file));
    }
    out(QCoreApplication::translate("hc::cli", "已从 %1 恢复数据库 %2\n").arg(file, ctx.dbPath));
    // Bring the restored file to this program's schema (a verified pre-upgrade copy first).
    return openDatabase(ctx, true) ? kExitOk : kExitFailure;
}

int runAudit(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("audit"),
                        {QStringLiteral("expect"), QStringLiteral("json")}, 1, 1, &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"verify") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的子命令:%1").arg(ctx.operands.at(0)),
            QStringLiteral("audit"));
    }
    std::optional<std::pair<std::int64_t, QString>> expect;
    if (ctx.args.has(QStringLiteral("expect"))) {
        const QString text = ctx.args.value(QStringLiteral("expect"));
        const auto parts = text.split(u':');
        bool ok = false;
        const qint64 id = parts.value(0).toLongLong(&ok);
        if (parts.size() != 2 || !ok || id <= 0 || parts.at(1).size() != 64) {
            return usageError(QCoreApplication::translate(
                                  "hc::cli", "--expect 的格式是 编号:哈希(64 位十六进制):%1")
                                  .arg(text),
                              QStringLiteral("audit"));
        }
        expect = std::pair<std::int64_t, QString>(id, parts.at(1).toLower());
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto r = services::BackupService(*db, services::systemClock()).verifyAudit(expect);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& c = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        nlohmann::ordered_json j = {{"ok", c.ok}, {"rows", c.rows}, {"first_bad_id", nullptr}};
        if (c.firstBadId) {
            j["first_bad_id"] = *c.firstBadId;
        }
        j["last_id"] = c.lastId;
        j["last_hash"] = c.lastHash.toStdString();
        outUtf8(QByteArray::fromStdString(j.dump(2)) + '\n');
    } else if (c.ok) {
        out(QCoreApplication::translate("hc::cli", "操作日志完整:%1 条记录。最后一条:%2:%3\n")
                .arg(c.rows)
                .arg(c.lastId)
                .arg(c.lastHash));
    }
    if (!c.ok) {
        err(QCoreApplication::translate("hc::cli",
                                        "操作日志被改动过:从第 %1 条记录起校验不通过(共 %2 条)。")
                .arg(c.firstBadId.value_or(0))
                .arg(c.rows));
        return kExitAuditBroken;
    }
    return kExitOk;
}

}  // namespace hc::cli
