#include "FollowupsCommand.h"

#include "hc/domain/CustomerClass.h"
#include "hc/services/FollowUpService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

namespace {

std::string s(const QString& text) {
    return text.toStdString();
}

}  // namespace

int runFollowups(CliContext& ctx) {
    int code = kExitOk;
    const QString command = QStringLiteral("followups");
    if (!checkArguments(
            ctx, command,
            {QStringLiteral("date"), QStringLiteral("assignee"), QStringLiteral("json")}, 0, 0,
            &code)) {
        return code;
    }
    QDate day = QDate::currentDate();
    if (ctx.args.has(QStringLiteral("date"))) {
        day = QDate::fromString(ctx.args.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--date 必须是 YYYY-MM-DD 格式的日期"),
                command);
        }
    }
    const QString assignee = ctx.args.value(QStringLiteral("assignee")).trimmed();
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::FollowUpService service(*db, services::systemClock());
    const auto items = service.planToday(day, assignee);
    if (!items) {
        return serviceFailure(items.error());
    }
    const auto campaigns = service.campaignsFor(day);
    if (!campaigns) {
        return serviceFailure(campaigns.error());
    }

    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "%1 的回访清单:%2 项\n")
                           .arg(day.toString(Qt::ISODate))
                           .arg(items.value().size());
        for (const auto& i : items.value()) {
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                        .arg(domain::toKey(i.urgency), domain::toLabel(i.kind),
                             QString::number(i.customerId), i.name, i.due.toString(Qt::ISODate),
                             i.reason);
        }
        out(text);
        return kExitOk;
    }

    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& i : items.value()) {
        nlohmann::ordered_json alsoDue = nlohmann::ordered_json::array();
        for (const auto k : i.alsoDue) {
            alsoDue.push_back(s(domain::toKey(k)));
        }
        auto opt = [](const auto& v) {
            return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
        };
        std::optional<std::int64_t> campaignId;
        if (i.kind == domain::FollowUpKind::Winback) {
            if (const auto it = campaigns.value().find(i.customerId);
                it != campaigns.value().end()) {
                campaignId = it->second.campaignId;
            }
        }
        list.push_back({
            {"customer_id", i.customerId},
            {"name", s(i.name)},
            {"kind", s(domain::toKey(i.kind))},
            {"stage", i.stage ? nlohmann::ordered_json(s(domain::toKey(*i.stage)))
                              : nlohmann::ordered_json(nullptr)},
            {"urgency", s(domain::toKey(i.urgency))},
            {"due", s(i.due.toString(Qt::ISODate))},
            {"reason", s(i.reason)},
            {"attempt", i.attempt},
            {"sms_suggested", i.smsSuggested},
            {"vehicle_id", opt(i.vehicleId)},
            {"plate", i.plate.isEmpty() ? nlohmann::ordered_json(nullptr)
                                        : nlohmann::ordered_json(s(i.plate))},
            {"visit_id", opt(i.visitId)},
            {"complaint_id", opt(i.complaintId)},
            {"campaign_id", opt(campaignId)},
            {"advisor", i.advisor.isEmpty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(s(i.advisor))},
            {"also_due", alsoDue},
            {"care_occasion", i.careOccasion
                                  ? nlohmann::ordered_json(s(domain::toKey(*i.careOccasion)))
                                  : nlohmann::ordered_json(nullptr)},
            {"holiday", i.holiday.isEmpty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(s(i.holiday))},
        });
    }
    const nlohmann::ordered_json doc = {
        {"date", s(day.toString(Qt::ISODate))},
        {"assignee", assignee.isEmpty() ? nlohmann::ordered_json(nullptr)
                                        : nlohmann::ordered_json(s(assignee))},
        {"count", items.value().size()},
        {"items", list}};
    outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    return kExitOk;
}

}  // namespace hc::cli
