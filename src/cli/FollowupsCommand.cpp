#include "FollowupsCommand.h"

#include "hc/domain/CustomerClass.h"
#include "hc/services/CallListService.h"
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
    if (!checkArguments(ctx, command,
                        {QStringLiteral("date"), QStringLiteral("assignee"), QStringLiteral("all"),
                         QStringLiteral("json")},
                        0, 0, &code)) {
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
    const auto planned = services::CallListService(*db, services::systemClock()).dayList(day);
    if (!planned) {
        return serviceFailure(planned.error());
    }
    const domain::CallList& list = planned.value();
    const bool all = ctx.args.flag(QStringLiteral("all"));
    // The day's list of the assignee (everyone's without one), by rank; with --all the backlog too.
    std::vector<const domain::CallListEntry*> shown;
    for (const auto& e : list.entries) {
        if (list.inShareOf(e, assignee) || (all && !e.today)) {
            shown.push_back(&e);
        }
    }
    const auto campaigns = service.campaignsFor(day);
    if (!campaigns) {
        return serviceFailure(campaigns.error());
    }

    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "%1 的回访清单:%2 项\n")
                           .arg(day.toString(Qt::ISODate))
                           .arg(shown.size());
        text += QCoreApplication::translate("hc::cli", "今日 %1 条,共 %2 条到期,积压 %3 条\n")
                    .arg(list.todayCount)
                    .arg(list.dueTotal())
                    .arg(list.backlogTotal());
        for (const auto* e : shown) {
            const auto& i = e->item;
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                        .arg(QString::number(e->rank),
                             QString::number(e->score.scoreTenths / 10.0, 'f', 1),
                             e->assignee.isEmpty() ? QStringLiteral("-") : e->assignee,
                             domain::toKey(i.urgency), domain::toLabel(i.kind),
                             QString::number(i.customerId), i.name, i.due.toString(Qt::ISODate),
                             i.reason);
        }
        out(text);
        return kExitOk;
    }

    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto* e : shown) {
        const auto& i = e->item;
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
        items.push_back({
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
            {"rank", e->rank},
            {"score", e->score.scoreTenths / 10.0},
            {"time_critical", e->score.timeCritical},
            {"score_parts",
             {{"urgency", e->score.parts.urgency},
              {"value", e->score.parts.value},
              {"chance", e->score.parts.chance}}},
            {"why", s(e->score.why())},
            {"assignee", e->assignee.isEmpty() ? nlohmann::ordered_json(nullptr)
                                               : nlohmann::ordered_json(s(e->assignee))},
            {"today", e->today},
            {"called_today", e->calledToday},
            {"age_days", e->ageDays},
        });
    }
    nlohmann::ordered_json backlog = nlohmann::ordered_json::object();
    for (int k = 0; k < domain::kFollowUpKindCount; ++k) {
        backlog[s(domain::toKey(static_cast<domain::FollowUpKind>(k)))] =
            list.backlogByKind.at(static_cast<std::size_t>(k));
    }
    nlohmann::ordered_json backlogAge = nlohmann::ordered_json::object();
    for (int b = 0; b < domain::kBacklogAgeBuckets; ++b) {
        backlogAge[s(domain::backlogAgeKey(b))] = list.backlogByAge.at(static_cast<std::size_t>(b));
    }
    nlohmann::ordered_json onDuty = nlohmann::ordered_json::array();
    for (const auto& u : list.onDuty) {
        onDuty.push_back(s(u));
    }
    const nlohmann::ordered_json doc = {
        {"date", s(day.toString(Qt::ISODate))},
        {"assignee", assignee.isEmpty() ? nlohmann::ordered_json(nullptr)
                                        : nlohmann::ordered_json(s(assignee))},
        {"count", shown.size()},
        {"items", items},
        {"capacity", assignee.isEmpty() ? list.capacity : list.capacityPerUser},
        {"due_total", list.dueTotal()},
        {"backlog", backlog},
        {"today_total", list.todayCount},
        {"capacity_per_user", list.capacityPerUser},
        {"on_duty", onDuty},
        {"backlog_age", backlogAge}};
    outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    return kExitOk;
}

}  // namespace hc::cli
