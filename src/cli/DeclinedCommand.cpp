#include "DeclinedCommand.h"

#include "hc/domain/DeclinedWorkDue.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

namespace {

using nlohmann::ordered_json;

std::string s(const QString& text) {
    return text.toStdString();
}

ordered_json optText(const QString& text) {
    return text.isEmpty() ? ordered_json(nullptr) : ordered_json(s(text));
}

ordered_json optDate(const QDate& d) {
    return d.isValid() ? ordered_json(s(d.toString(Qt::ISODate))) : ordered_json(nullptr);
}

template <typename T>
ordered_json opt(const std::optional<T>& v) {
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

std::optional<std::int64_t> idOption(const CliContext& ctx, const QString& name,
                                     const QString& command, int* code) {
    bool ok = false;
    const qlonglong v = ctx.args.value(name).trimmed().toLongLong(&ok);
    if (!ok || v <= 0) {
        *code = usageError(QCoreApplication::translate("hc::cli", "--%1 必须是正整数").arg(name),
                           command);
        return std::nullopt;
    }
    return v;
}

int list(CliContext& ctx, const QString& command) {
    int code = kExitOk;
    services::DeclinedQuery q;
    if (ctx.args.has(QStringLiteral("customer-id"))) {
        q.customerId = idOption(ctx, QStringLiteral("customer-id"), command, &code);
        if (!q.customerId) {
            return code;
        }
    }
    if (ctx.args.has(QStringLiteral("vehicle-id"))) {
        q.vehicleId = idOption(ctx, QStringLiteral("vehicle-id"), command, &code);
        if (!q.vehicleId) {
            return code;
        }
    }
    if (ctx.args.has(QStringLiteral("status"))) {
        q.status =
            domain::declinedStatusFromKey(ctx.args.value(QStringLiteral("status")).trimmed());
        if (!q.status) {
            return usageError(QCoreApplication::translate(
                                  "hc::cli", "--status 必须是 open、done 或 dropped 之一"),
                              command);
        }
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto rows = services::DeclinedWorkService(*db, services::systemClock()).list(q);
    if (!rows) {
        return serviceFailure(rows.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        ordered_json items = ordered_json::array();
        domain::Fen openFen = 0;
        for (const auto& r : rows.value()) {
            items.push_back(declinedItemJson(r));
            if (r.item.isOpen()) {
                openFen += r.item.amountFen;
            }
        }
        const ordered_json doc = {{"items", items}, {"open_fen", openFen}};
        outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
        return kExitOk;
    }
    QString text =
        QCoreApplication::translate("hc::cli", "建议项目:%1 项\n").arg(rows.value().size());
    for (const auto& r : rows.value()) {
        const auto& i = r.item;
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(i.id)
                    .arg(i.plate, i.what, domain::yuanText(i.amountFen), domain::toLabel(i.urgency),
                         r.due.due.toString(Qt::ISODate), domain::toLabel(i.status));
    }
    out(text);
    return kExitOk;
}

int close(CliContext& ctx, const QString& command) {
    int code = kExitOk;
    if (!ctx.args.has(QStringLiteral("id"))) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --id(建议项目编号)"),
                          command);
    }
    const auto id = idOption(ctx, QStringLiteral("id"), command, &code);
    if (!id) {
        return code;
    }
    const bool done = ctx.args.flag(QStringLiteral("done"));
    const bool drop = ctx.args.flag(QStringLiteral("drop"));
    if (done == drop) {
        return usageError(
            QCoreApplication::translate("hc::cli", "请指定 --done 或 --drop --reason 原因(二选一)"),
            command);
    }
    std::optional<std::int64_t> visit;
    if (ctx.args.has(QStringLiteral("visit-id"))) {
        if (!done) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--visit-id 只能与 --done 一起使用"),
                command);
        }
        visit = idOption(ctx, QStringLiteral("visit-id"), command, &code);
        if (!visit) {
            return code;
        }
    }
    if (drop && ctx.args.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "--drop 需要 --reason 原因"),
                          command);
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::DeclinedWorkService service(*db, services::systemClock());
    const auto row = done ? service.closeDone(cliUser(), *id, visit)
                          : service.drop(cliUser(), *id, ctx.args.value(QStringLiteral("reason")));
    if (!row) {
        return serviceFailure(row.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        outUtf8(QByteArray::fromStdString(declinedItemJson(row.value()).dump(2) + "\n"));
    } else {
        out(QCoreApplication::translate("hc::cli", "建议项目 %1(%2):%3\n")
                .arg(*id)
                .arg(row.value().item.what, domain::toLabel(row.value().item.status)));
    }
    return kExitOk;
}

}  // namespace

ordered_json declinedItemJson(const services::DeclinedItemRow& row) {
    const auto& i = row.item;
    const auto& d = row.due;
    const char* dueBy = d.byUrgencyDefault ? "default" : d.dueByMileageFirst ? "mileage" : "date";
    return {{"id", i.id},
            {"visit_id", i.visitId},
            {"visit_date", optDate(i.visitDate)},
            {"customer_id", i.customerId},
            {"vehicle_id", opt(i.vehicleId)},
            {"plate", optText(i.plate)},
            {"what", s(i.what)},
            {"amount_fen", i.amountFen},
            {"urgency", s(domain::toKey(i.urgency))},
            {"due_date", optDate(i.dueDate)},
            {"due_mileage", opt(i.dueMileage)},
            {"due", optDate(d.due)},
            {"due_by", dueBy},
            {"status", s(domain::toKey(i.status))},
            {"closed_by_visit_id", opt(i.closedByVisitId)},
            {"closed_date", optDate(i.closedDate)},
            {"drop_reason", optText(i.dropReason)}};
}

int runDeclined(CliContext& ctx) {
    int code = kExitOk;
    const QString command = QStringLiteral("declined");
    if (!checkArguments(
            ctx, command,
            {QStringLiteral("customer-id"), QStringLiteral("vehicle-id"), QStringLiteral("status"),
             QStringLiteral("id"), QStringLiteral("done"), QStringLiteral("drop"),
             QStringLiteral("reason"), QStringLiteral("visit-id"), QStringLiteral("json")},
            1, 1, &code)) {
        return code;
    }
    const QString sub = ctx.operands.at(0);
    if (sub == u"list") {
        return list(ctx, command);
    }
    if (sub == u"close") {
        return close(ctx, command);
    }
    return usageError(QCoreApplication::translate("hc::cli", "未知的 declined 子命令:%1").arg(sub),
                      command);
}

}  // namespace hc::cli
