#include "ComplaintsCommand.h"

#include "hc/services/ComplaintService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

namespace {

std::string s(const QString& text) {
    return text.toStdString();
}

std::string ts(const QDateTime& at) {
    return s(at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

/// "YYYY-MM-DDTHH:MM[:SS]" or with a space instead of the T; invalid otherwise.
QDateTime parseDateTime(const QString& text) {
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == u' ') {
        t[10] = u'T';
    }
    for (const QString& format :
         {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid()) {
            return at;
        }
    }
    return {};
}

}  // namespace

int runComplaints(CliContext& ctx) {
    int code = kExitOk;
    const QString command = QStringLiteral("complaints");
    if (!checkArguments(ctx, command,
                        {QStringLiteral("overdue"), QStringLiteral("at"), QStringLiteral("json")},
                        0, 0, &code)) {
        return code;
    }
    if (!ctx.args.flag(QStringLiteral("overdue"))) {
        return usageError(
            QCoreApplication::translate("hc::cli", "请指定 --overdue(目前只支持列出超时投诉)"),
            command);
    }
    QDateTime at = ctx.clock();
    if (ctx.args.has(QStringLiteral("at"))) {
        at = parseDateTime(ctx.args.value(QStringLiteral("at")));
        if (!at.isValid()) {
            return usageError(QCoreApplication::translate(
                                  "hc::cli", "--at 必须是 YYYY-MM-DDTHH:MM[:SS] 格式的时间"),
                              command);
        }
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::ComplaintService service(*db, services::systemClock());
    const auto overdue = service.overdue(at);
    if (!overdue) {
        return serviceFailure(overdue.error());
    }
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "%1 超时未处理的投诉:%2 件\n")
                           .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(overdue.value().size());
        for (const auto& o : overdue.value()) {
            QStringList steps;
            for (const auto& step : o.evaluation.steps) {
                if (step.status == domain::StepStatus::Overdue) {
                    steps << QCoreApplication::translate("hc::cli", "%1 超时 %2 分钟")
                                 .arg(domain::toLabel(step.step))
                                 .arg(-step.minutesLeft.value_or(0));
                }
            }
            text += QStringLiteral("#%1\t%2\t%3\t%4\n")
                        .arg(QString::number(o.complaint.id), o.customerName,
                             domain::toKey(o.complaint.severity), steps.join(QStringLiteral(";")));
        }
        out(text);
        return kExitOk;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& o : overdue.value()) {
        nlohmann::ordered_json steps = nlohmann::ordered_json::array();
        for (const auto& step : o.evaluation.steps) {
            if (step.status != domain::StepStatus::Overdue) {
                continue;
            }
            steps.push_back({{"step", s(domain::toKey(step.step))},
                             {"deadline", ts(step.deadline)},
                             {"overdue_minutes", -step.minutesLeft.value_or(0)}});
        }
        list.push_back({{"id", o.complaint.id},
                        {"customer_id", o.complaint.customerId},
                        {"name", s(o.customerName)},
                        {"severity", s(domain::toKey(o.complaint.severity))},
                        {"status", s(o.complaint.status)},
                        {"received_at", ts(o.complaint.received)},
                        {"overdue_steps", steps}});
    }
    const nlohmann::ordered_json doc = {
        {"at", ts(at)}, {"count", overdue.value().size()}, {"complaints", list}};
    outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    return kExitOk;
}

}  // namespace hc::cli
