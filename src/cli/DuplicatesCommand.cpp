#include "DuplicatesCommand.h"

#include "hc/services/Clock.h"
#include "hc/services/DuplicateService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace hc::cli {

namespace {

using Json = nlohmann::ordered_json;

/// A positive id from option `name` (or operand text); prints the usage error otherwise.
std::optional<qlonglong> positiveId(const QString& text, const QString& what,
                                    const QString& command, int* code) {
    bool ok = false;
    const qlonglong id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = usageError(
            QCoreApplication::translate("hc::cli", "%1 必须是正整数:%2").arg(what, text), command);
        return std::nullopt;
    }
    return id;
}

QString reasonText(domain::DuplicateReason r) {
    switch (r) {
        case domain::DuplicateReason::SameMobile:
            return QCoreApplication::translate("hc::cli", "手机号相同");
        case domain::DuplicateReason::SameIdNumber:
            return QCoreApplication::translate("hc::cli", "证件号相同");
        case domain::DuplicateReason::SameVin:
            return QCoreApplication::translate("hc::cli", "车架号相同");
        case domain::DuplicateReason::PlateOwners:
            return QCoreApplication::translate("hc::cli", "同一车牌两个车主(无过户记录)");
        case domain::DuplicateReason::PinyinPhone:
            return QCoreApplication::translate("hc::cli", "姓名拼音相同且手机号差一位");
    }
    return {};
}

/// duplicates dismiss|undismiss --ids A,B[,C…] [--json]: "not the same customer" marks.
int runDismiss(CliContext& ctx, const QString& cmd, bool dismiss) {
    if (!ctx.args.has(QStringLiteral("ids"))) {
        return usageError(
            QCoreApplication::translate("hc::cli", "必须用 --ids A,B 指定至少两个客户编号"), cmd);
    }
    std::vector<std::int64_t> ids;
    int code = kExitOk;
    for (const QString& part :
         ctx.args.value(QStringLiteral("ids")).split(u',', Qt::SkipEmptyParts)) {
        const auto id = positiveId(part, QStringLiteral("--ids"), cmd, &code);
        if (!id) {
            return code;
        }
        ids.push_back(*id);
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::DuplicateService duplicates(*db, services::systemClock());
    const auto done =
        dismiss ? duplicates.dismiss(cliUser(), ids) : duplicates.undismiss(cliUser(), ids);
    if (!done) {
        return serviceFailure(done.error());
    }
    const auto& d = done.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        Json pairs = Json::array();
        for (const auto& [low, high] : d.pairs) {
            pairs.push_back(Json::array({low, high}));
        }
        const Json j{{"action", dismiss ? "dismiss" : "undismiss"},
                     {"pairs", pairs},
                     {"changed", d.changed}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else if (dismiss) {
        out(QCoreApplication::translate("hc::cli",
                                        "已标记为不是同一客户:%1 对(其中 %2 对是新标记的)\n")
                .arg(d.pairs.size())
                .arg(d.changed));
    } else {
        out(QCoreApplication::translate("hc::cli", "已取消“不是同一客户”的标记:%1 对\n")
                .arg(d.changed));
    }
    return kExitOk;
}

}  // namespace

int runDuplicates(CliContext& ctx) {
    const QString cmd = QStringLiteral("duplicates");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd, {QStringLiteral("json"), QStringLiteral("ids")}, 0, 1, &code)) {
        return code;
    }
    if (!ctx.operands.isEmpty()) {
        const QString sub = ctx.operands.at(0);
        if (sub == u"dismiss" || sub == u"undismiss") {
            return runDismiss(ctx, cmd, sub == u"dismiss");
        }
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的 duplicates 子命令:%1").arg(sub), cmd);
    }
    if (ctx.args.has(QStringLiteral("ids"))) {
        return usageError(QCoreApplication::translate(
                              "hc::cli", "--ids 只能和 duplicates dismiss 或 undismiss 一起用"),
                          cmd);
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::DuplicateService duplicates(*db, services::systemClock());
    const auto found = duplicates.find(cliUser());
    if (!found) {
        return serviceFailure(found.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        Json groups = Json::array();
        for (const auto& c : found.value()) {
            groups.push_back(Json{{"customer_ids", c.group.customerIds},
                                  {"reason", c.group.reasonKey().toStdString()},
                                  {"score", c.group.score}});
        }
        outUtf8(QByteArray::fromStdString(Json{{"groups", groups}}.dump(2)) + "\n");
        return kExitOk;
    }
    for (const auto& c : found.value()) {
        QStringList ids;
        for (const auto id : c.group.customerIds) {
            ids << QString::number(id);
        }
        QStringList reasons;
        for (const auto& f : c.group.findings) {
            const QString r = reasonText(f.reason);
            if (!reasons.contains(r)) {
                reasons << r;
            }
        }
        out(QCoreApplication::translate("hc::cli", "客户 %1:%2(分数 %3)\n")
                .arg(ids.join(QStringLiteral(", ")), reasons.join(QStringLiteral("; ")))
                .arg(c.group.score));
    }
    out(QCoreApplication::translate("hc::cli", "共 %1 组疑似重复客户\n").arg(found.value().size()));
    return kExitOk;
}

int runMerge(CliContext& ctx) {
    const QString cmd = QStringLiteral("merge");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("keep"), QStringLiteral("remove"), QStringLiteral("json")},
                        0, 0, &code)) {
        return code;
    }
    if (!ctx.args.has(QStringLiteral("keep")) || !ctx.args.has(QStringLiteral("remove"))) {
        return usageError(
            QCoreApplication::translate("hc::cli", "必须用 --keep 和 --remove 指定两个客户编号"),
            cmd);
    }
    const auto keep =
        positiveId(ctx.args.value(QStringLiteral("keep")), QStringLiteral("--keep"), cmd, &code);
    if (!keep) {
        return code;
    }
    const auto remove = positiveId(ctx.args.value(QStringLiteral("remove")),
                                   QStringLiteral("--remove"), cmd, &code);
    if (!remove) {
        return code;
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::DuplicateService duplicates(*db, services::systemClock());
    const auto merged = duplicates.merge(cliUser(), *keep, *remove);
    if (!merged) {
        return serviceFailure(merged.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        Json rows = Json::object();
        for (const auto& [table, n] : merged.value().rows) {
            rows[table.toStdString()] = n;
        }
        const Json j{{"merge_id", merged.value().mergeId},
                     {"kept", *keep},
                     {"removed", *remove},
                     {"rows", rows},
                     {"backup", merged.value().backupFile.toStdString()}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else {
        out(QCoreApplication::translate(
                "hc::cli",
                "已把客户 %1 合并到客户 %2(合并编号 %3,可用 unmerge %3 撤销);合并前的备份:%4\n")
                .arg(*remove)
                .arg(*keep)
                .arg(merged.value().mergeId)
                .arg(merged.value().backupFile));
    }
    return kExitOk;
}

int runUnmerge(CliContext& ctx) {
    const QString cmd = QStringLiteral("unmerge");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd, {QStringLiteral("json")}, 1, 1, &code)) {
        return code;
    }
    const auto mergeId = positiveId(ctx.operands.at(0), QStringLiteral("MERGE_ID"), cmd, &code);
    if (!mergeId) {
        return code;
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::DuplicateService duplicates(*db, services::systemClock());
    const auto undone = duplicates.unmerge(cliUser(), *mergeId);
    if (!undone) {
        return serviceFailure(undone.error());
    }
    const auto& u = undone.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        Json edits = Json::array();
        for (const QString& c : u.keptLaterEdits) {
            edits.push_back(c.toStdString());
        }
        const Json j{{"merge_id", u.mergeId},
                     {"kept", u.keptId},
                     {"removed", u.removedId},
                     {"rows_restored", u.rowsRestored},
                     {"kept_later_edits", edits}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else {
        out(QCoreApplication::translate("hc::cli", "已撤销合并 %1:客户 %2 已恢复(%3 条记录)\n")
                .arg(u.mergeId)
                .arg(u.removedId)
                .arg(u.rowsRestored));
    }
    return kExitOk;
}

}  // namespace hc::cli
