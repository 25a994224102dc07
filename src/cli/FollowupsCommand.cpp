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

using Json = nlohmann::ordered_json;
using Campaigns = std::map<domain::CustomerId, services::ItemCampaign>;

/// One entry of the list as JSON (docs/cli.md, followups).
Json itemJson(const domain::CallListEntry* e, const Campaigns& campaigns) {
    const auto& i = e->item;
    Json alsoDue = Json::array();
    for (const auto k : i.alsoDue) {
        alsoDue.push_back(s(domain::toKey(k)));
    }
    auto opt = [](const auto& v) { return v ? Json(*v) : Json(nullptr); };
    std::optional<std::int64_t> campaignId;
    if (i.kind == domain::FollowUpKind::Winback) {
        if (const auto it = campaigns.find(i.customerId); it != campaigns.end()) {
            campaignId = it->second.campaignId;
        }
    }
    return Json{
        {"customer_id", i.customerId},
        {"name", s(i.name)},
        {"kind", s(domain::toKey(i.kind))},
        {"stage", i.stage ? Json(s(domain::toKey(*i.stage))) : Json(nullptr)},
        {"urgency", s(domain::toKey(i.urgency))},
        {"due", s(i.due.toString(Qt::ISODate))},
        {"reason", s(i.reason)},
        {"attempt", i.attempt},
        {"sms_suggested", i.smsSuggested},
        {"vehicle_id", opt(i.vehicleId)},
        {"plate", i.plate.isEmpty() ? Json(nullptr) : Json(s(i.plate))},
        {"visit_id", opt(i.visitId)},
        {"complaint_id", opt(i.complaintId)},
        {"campaign_id", opt(campaignId)},
        {"advisor", i.advisor.isEmpty() ? Json(nullptr) : Json(s(i.advisor))},
        {"also_due", alsoDue},
        {"care_occasion", i.careOccasion ? Json(s(domain::toKey(*i.careOccasion))) : Json(nullptr)},
        {"holiday", i.holiday.isEmpty() ? Json(nullptr) : Json(s(i.holiday))},
        {"rank", e->rank},
        {"score", e->score.scoreTenths / 10.0},
        {"time_critical", e->score.timeCritical},
        {"score_parts",
         {{"urgency", e->score.parts.urgency},
          {"value", e->score.parts.value},
          {"chance", e->score.parts.chance}}},
        {"why", s(e->score.why())},
        {"assignee", e->assignee.isEmpty() ? Json(nullptr) : Json(s(e->assignee))},
        {"today", e->today},
        {"called_today", e->calledToday},
        {"age_days", e->ageDays},
    };
}

/// The text form: a heading, the counts, one tab-separated line per entry.
QString listText(const QDate& day, const domain::CallList& list,
                 const std::vector<const domain::CallListEntry*>& shown) {
    QString text = QCoreApplication::translate("hc::cli", "%1 的回访清单:%2 项\n")
                       .arg(day.toString(Qt::ISODate))
                       .arg(shown.size());
    text += QCoreApplication::translate("hc::cli", "今日 %1 条,共 %2 条到期,积压 %3 条\n")
                .arg(list.todayCount)
                .arg(list.dueTotal())
                .arg(list.backlogTotal());
    for (const auto* e : shown) {
        const auto& i = e->item;
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                .arg(QString::number(e->rank), QString::number(e->score.scoreTenths / 10.0, 'f', 1),
                     e->assignee.isEmpty() ? QStringLiteral("-") : e->assignee,
                     domain::toKey(i.urgency), domain::toLabel(i.kind),
                     QString::number(i.customerId), i.name, i.due.toString(Qt::ISODate), i.reason);
    }
    return text;
}

/// The JSON document (docs/cli.md, followups).
Json listJson(const QDate& day, const QString& assignee, const domain::CallList& list,
              const std::vector<const domain::CallListEntry*>& shown, const Campaigns& campaigns) {
    Json items = Json::array();
    for (const auto* e : shown) {
        items.push_back(itemJson(e, campaigns));
    }
    Json backlog = Json::object();
    for (int k = 0; k < domain::kFollowUpKindCount; ++k) {
        backlog[s(domain::toKey(static_cast<domain::FollowUpKind>(k)))] =
            list.backlogByKind.at(static_cast<std::size_t>(k));
    }
    Json backlogAge = Json::object();
    for (int b = 0; b < domain::kBacklogAgeBuckets; ++b) {
        backlogAge[s(domain::backlogAgeKey(b))] = list.backlogByAge.at(static_cast<std::size_t>(b));
    }
    Json onDuty = Json::array();
    for (const auto& u : list.onDuty) {
        onDuty.push_back(s(u));
    }
    return Json{{"date", s(day.toString(Qt::ISODate))},
                {"assignee", assignee.isEmpty() ? Json(nullptr) : Json(s(assignee))},
                {"count", shown.size()},
                {"items", items},
                {"capacity", assignee.isEmpty() ? list.capacity : list.capacityPerUser},
                {"due_total", list.dueTotal()},
                {"backlog", backlog},
                {"today_total", list.todayCount},
                {"capacity_per_user", list.capacityPerUser},
                {"on_duty", onDuty},
                {"backlog_age", backlogAge}};
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
    QDate day = ctx.today();
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
        out(listText(day, list, shown));
        return kExitOk;
    }
    const Json doc = listJson(day, assignee, list, shown, campaigns.value());
    outUtf8(QByteArray::fromStdString(doc.dump(2) + "\n"));
    return kExitOk;
}

}  // namespace hc::cli
