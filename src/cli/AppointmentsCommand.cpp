#include "AppointmentsCommand.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/UserService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

namespace {

using nlohmann::ordered_json;

std::string s(const QString& text) {
    return text.toStdString();
}

ordered_json optInt(const std::optional<std::int64_t>& v) {
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json optText(const QString& text) {
    return text.isEmpty() ? ordered_json(nullptr) : ordered_json(s(text));
}

QString timeText(const QTime& t) {
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

/// --date as an ISO date (default today); nullopt after printing the usage error.
std::optional<QDate> dateOption(const CliContext& ctx, const QString& command, bool required,
                                int* code) {
    const QString text = ctx.args.value(QStringLiteral("date")).trimmed();
    if (text.isEmpty()) {
        if (required) {
            *code = usageError(
                QCoreApplication::translate("hc::cli", "缺少 --date(预约日期 YYYY-MM-DD)"),
                command);
            return std::nullopt;
        }
        return ctx.today();
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        *code = usageError(
            QCoreApplication::translate("hc::cli", "--date 必须是 YYYY-MM-DD 格式的日期"), command);
        return std::nullopt;
    }
    return day;
}

/// A positive integer option; nullopt (and the usage error in *code) when given but not one.
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

int book(CliContext& ctx, const QString& command) {
    int code = kExitOk;
    if (!ctx.args.has(QStringLiteral("customer-id"))) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --customer-id(客户编号)"),
                          command);
    }
    services::AppointmentInput in;
    const auto customer = idOption(ctx, QStringLiteral("customer-id"), command, &code);
    if (!customer) {
        return code;
    }
    in.customerId = *customer;
    if (ctx.args.has(QStringLiteral("vehicle-id"))) {
        in.vehicleId = idOption(ctx, QStringLiteral("vehicle-id"), command, &code);
        if (!in.vehicleId) {
            return code;
        }
    }
    const auto day = dateOption(ctx, command, true, &code);
    if (!day) {
        return code;
    }
    in.date = *day;
    if (ctx.args.has(QStringLiteral("time"))) {
        in.time = QTime::fromString(ctx.args.value(QStringLiteral("time")).trimmed(),
                                    QStringLiteral("HH:mm"));
        if (!in.time.isValid()) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--time 必须是 HH:MM 格式的时间"), command);
        }
    }
    in.purpose = ctx.args.value(QStringLiteral("purpose")).trimmed();
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    const QString advisor = ctx.args.value(QStringLiteral("advisor")).trimmed();
    if (!advisor.isEmpty()) {
        const auto found = services::UserService(*db, services::systemClock()).findUser(advisor);
        if (!found) {
            return serviceFailure(found.error());
        }
        const auto& user = found.value();
        if (!user) {
            err(QCoreApplication::translate("hc::cli", "没有用户名为 %1 的用户。").arg(advisor));
            return kExitFailure;
        }
        in.advisorId = user->id;
    }
    const auto id = services::AppointmentService(*db, services::systemClock()).book(cliUser(), in);
    if (!id) {
        return serviceFailure(id.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        const ordered_json doc = {{"id", id.value()},
                                  {"customer_id", in.customerId},
                                  {"vehicle_id", optInt(in.vehicleId)},
                                  {"date", s(in.date.toString(Qt::ISODate))},
                                  {"time", optText(timeText(in.time))},
                                  {"purpose", s(in.purpose)},
                                  {"status", "booked"}};
        outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    } else {
        out(QCoreApplication::translate("hc::cli", "已预约(编号 %1):%2 %3\n")
                .arg(id.value())
                .arg(in.date.toString(Qt::ISODate), timeText(in.time)));
    }
    return kExitOk;
}

int cancel(CliContext& ctx, const QString& command) {
    int code = kExitOk;
    if (!ctx.args.has(QStringLiteral("id"))) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --id(预约编号)"), command);
    }
    const auto id = idOption(ctx, QStringLiteral("id"), command, &code);
    if (!id) {
        return code;
    }
    auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    const auto done = services::AppointmentService(*db, services::systemClock())
                          .cancel(cliUser(), *id, ctx.args.value(QStringLiteral("reason")));
    if (!done) {
        return serviceFailure(done.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        const ordered_json doc = {{"id", *id}, {"status", "cancelled"}};
        outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    } else {
        out(QCoreApplication::translate("hc::cli", "已取消预约 %1\n").arg(*id));
    }
    return kExitOk;
}

}  // namespace

int runAppointments(CliContext& ctx) {
    int code = kExitOk;
    const QString command = QStringLiteral("appointments");
    if (!checkArguments(ctx, command, {QStringLiteral("date"), QStringLiteral("json")}, 0, 0,
                        &code)) {
        return code;
    }
    const auto day = dateOption(ctx, command, false, &code);
    if (!day) {
        return code;
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto entries =
        services::AppointmentService(*db, services::systemClock()).between(*day, *day);
    if (!entries) {
        return serviceFailure(entries.error());
    }
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "%1 的预约:%2 个\n")
                           .arg(day->toString(Qt::ISODate))
                           .arg(entries.value().size());
        for (const auto& e : entries.value()) {
            const auto& a = e.appointment;
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                        .arg(a.id)
                        .arg(timeText(a.time), a.plate, a.customerName, a.purpose, a.advisor,
                             domain::toLabel(e.status));
        }
        out(text);
        return kExitOk;
    }
    ordered_json items = ordered_json::array();
    for (const auto& e : entries.value()) {
        const auto& a = e.appointment;
        items.push_back({
            {"customer_id", a.customerId},
            {"vehicle_id", optInt(a.vehicleId)},
            {"time", optText(timeText(a.time))},
            {"purpose", s(a.purpose)},
            {"status", s(domain::toKey(e.status))},
            {"id", a.id},
            {"name", s(a.customerName)},
            {"plate", optText(a.plate)},
            {"advisor_id", optInt(a.advisorId)},
            {"advisor", optText(a.advisor)},
            {"call_id", optInt(a.callId)},
        });
    }
    const ordered_json doc = {{"date", s(day->toString(Qt::ISODate))}, {"items", items}};
    outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    return kExitOk;
}

int runAppointment(CliContext& ctx) {
    int code = kExitOk;
    const QString command = QStringLiteral("appointment");
    if (!checkArguments(
            ctx, command,
            {QStringLiteral("customer-id"), QStringLiteral("vehicle-id"), QStringLiteral("date"),
             QStringLiteral("time"), QStringLiteral("purpose"), QStringLiteral("advisor"),
             QStringLiteral("id"), QStringLiteral("reason"), QStringLiteral("json")},
            1, 1, &code)) {
        return code;
    }
    const QString sub = ctx.operands.at(0);
    if (sub == u"book") {
        return book(ctx, command);
    }
    if (sub == u"cancel") {
        return cancel(ctx, command);
    }
    return usageError(
        QCoreApplication::translate("hc::cli", "未知的 appointment 子命令:%1").arg(sub), command);
}

}  // namespace hc::cli
