#include "PrivacyCommand.h"

#include "hc/report/CustomerDataPdf.h"
#include "hc/services/Clock.h"
#include "hc/services/PrivacyService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace hc::cli {

namespace {

using Json = nlohmann::ordered_json;

const QString kCustomer = QStringLiteral("customer");

/// --id as a positive number; prints the usage error otherwise.
std::optional<qlonglong> customerId(const CliContext& ctx, int* code) {
    if (!ctx.args.has(QStringLiteral("id"))) {
        *code =
            usageError(QCoreApplication::translate("hc::cli", "缺少 --id(客户编号)"), kCustomer);
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong id = ctx.args.value(QStringLiteral("id")).trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = usageError(QCoreApplication::translate("hc::cli", "--id 必须是正整数:%1")
                               .arg(ctx.args.value(QStringLiteral("id"))),
                           kCustomer);
        return std::nullopt;
    }
    return id;
}

int notFoundOr(const services::ServiceError& error, qlonglong id) {
    if (error.code == services::ServiceError::Code::NotFound) {
        err(QCoreApplication::translate("hc::cli", "没有编号为 %1 的客户。").arg(id));
        return kExitFailure;
    }
    return serviceFailure(error);
}

Json tablesJson(const std::vector<std::pair<QString, int>>& tables) {
    Json j = Json::object();
    for (const auto& [table, n] : tables) {
        j[table.toStdString()] = n;
    }
    return j;
}

}  // namespace

int runCustomerExport(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, kCustomer,
                        {QStringLiteral("id"), QStringLiteral("output"), QStringLiteral("format"),
                         QStringLiteral("json")},
                        1, 1, &code)) {
        return code;
    }
    const auto id = customerId(ctx, &code);
    if (!id) {
        return code;
    }
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty() || output == u"-") {
        return usageError(
            QCoreApplication::translate("hc::cli", "必须用 -o 指定输出文件(.json 或 .pdf)"),
            kCustomer);
    }
    QString format = ctx.args.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty()) {
        format = QFileInfo(output).suffix().toLower();
    }
    if (format != u"json" && format != u"pdf") {
        return usageError(
            QCoreApplication::translate("hc::cli", "导出格式只能是 json 或 pdf:%1").arg(format),
            kCustomer);
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::PrivacyService privacy(*db, services::systemClock());
    const auto writer = [&](const services::CustomerDataExport& data) -> services::VoidResult {
        if (format == u"json") {
            return services::PrivacyService::writeJsonFile(data, output);
        }
        if (const auto error = report::CustomerDataPdf::write(data, output)) {
            services::ServiceError e;
            e.code = services::ServiceError::Code::Failed;
            e.message = *error;
            return e;
        }
        return services::Done{};
    };
    const auto r = privacy.exportCustomer(cliUser(), *id, format, output, writer);
    if (!r) {
        return notFoundOr(r.error(), *id);
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        const Json j{{"id", *id},
                     {"file", output.toStdString()},
                     {"format", format.toStdString()},
                     {"rows", r.value().rowCount()}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else {
        out(QCoreApplication::translate("hc::cli", "已导出客户 %1 的个人信息(%2 行)到 %3\n")
                .arg(*id)
                .arg(r.value().rowCount())
                .arg(output));
    }
    return kExitOk;
}

int runCustomerErase(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, kCustomer,
                        {QStringLiteral("id"), QStringLiteral("yes"), QStringLiteral("json")}, 1, 1,
                        &code)) {
        return code;
    }
    const auto id = customerId(ctx, &code);
    if (!id) {
        return code;
    }
    if (!ctx.args.flag(QStringLiteral("yes"))) {
        return usageError(QCoreApplication::translate(
                              "hc::cli",
                              "删除会清除客户 %1 的姓名、电话、证件号、地址、车牌和车架号等个人信息"
                              "(进厂记录和金额匿名保留,先自动备份),不能撤销。确认请加 --yes。")
                              .arg(*id),
                          kCustomer);
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::PrivacyService privacy(*db, services::systemClock());
    const auto r = privacy.erase(cliUser(), *id);
    if (!r) {
        return notFoundOr(r.error(), *id);
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        const Json j{{"id", *id},
                     {"erased", true},
                     {"tables", tablesJson(r.value().tables)},
                     {"backup", r.value().backupFile.toStdString()}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else {
        out(QCoreApplication::translate("hc::cli", "已删除客户 %1 的个人信息;删除前的备份:%2\n")
                .arg(*id)
                .arg(r.value().backupFile));
    }
    return kExitOk;
}

int runPrivacy(CliContext& ctx) {
    const QString cmd = QStringLiteral("privacy");
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("years"), QStringLiteral("as-of"),
                         QStringLiteral("dry-run"), QStringLiteral("yes"), QStringLiteral("json")},
                        1, 1, &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"anonymise") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的子命令:%1").arg(ctx.operands.at(0)), cmd);
    }
    std::optional<int> years;
    if (ctx.args.has(QStringLiteral("years"))) {
        bool ok = false;
        const int n = ctx.args.value(QStringLiteral("years")).trimmed().toInt(&ok);
        if (!ok) {
            return usageError(QCoreApplication::translate("hc::cli", "--years 必须是整数:%1")
                                  .arg(ctx.args.value(QStringLiteral("years"))),
                              cmd);
        }
        years = n;
    }
    const auto asOf = asOfDate(ctx, cmd, &code);
    if (!asOf) {
        return code;
    }
    const bool dryRun = ctx.args.flag(QStringLiteral("dry-run"));
    if (!dryRun && !ctx.args.flag(QStringLiteral("yes"))) {
        return usageError(QCoreApplication::translate(
                              "hc::cli",
                              "匿名化会删除长期未联系客户的个人信息,不能撤销。先用 --dry-run "
                              "查看人数,确认请加 --yes。"),
                          cmd);
    }
    const auto db = openDatabase(ctx, !dryRun);
    if (!db) {
        return kExitFailure;
    }
    services::PrivacyService privacy(*db, services::systemClock());
    const auto r = dryRun ? privacy.inactive(cliUser(), *asOf, years)
                          : privacy.anonymiseInactive(cliUser(), *asOf, years);
    if (!r) {
        return serviceFailure(r.error());
    }
    const auto& a = r.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        const Json j{
            {"years", a.years},
            {"cutoff", a.cutoff.toString(Qt::ISODate).toStdString()},
            {"customers", a.customerIds.size()},
            {"ids", a.customerIds},
            {"dry_run", dryRun},
            {"backup", a.backupFile.isEmpty() ? Json(nullptr) : Json(a.backupFile.toStdString())}};
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else if (dryRun) {
        out(QCoreApplication::translate("hc::cli",
                                        "%1 年(%2 之前)没有联系的客户:%3 位(试运行,未做修改)\n")
                .arg(a.years)
                .arg(a.cutoff.toString(Qt::ISODate))
                .arg(a.customerIds.size()));
    } else {
        out(QCoreApplication::translate("hc::cli", "已匿名化 %1 年(%2 之前)没有联系的客户:%3 位\n")
                .arg(a.years)
                .arg(a.cutoff.toString(Qt::ISODate))
                .arg(a.customerIds.size()));
    }
    return kExitOk;
}

}  // namespace hc::cli
