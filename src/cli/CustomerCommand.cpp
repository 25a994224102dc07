#include "CustomerCommand.h"

#include "DeclinedCommand.h"
#include "PrivacyCommand.h"

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/RfmAnalysis.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace hc::cli {

namespace {

using Json = nlohmann::ordered_json;

Json text(const QString& s) {
    return s.toStdString();
}

Json dateOrNull(const QDate& d) {
    return d.isValid() ? Json(d.toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

template <typename T>
Json keyOrNull(const std::optional<T>& v) {
    return v ? text(domain::toKey(*v)) : Json(nullptr);
}

Json intOrNull(const std::optional<int>& v) {
    return v ? Json(*v) : Json(nullptr);
}

Json toJson(const services::CustomerCard& card) {
    const auto& a = card.analysis;
    Json j;
    j["id"] = card.customer.id;
    j["name"] = text(card.customer.name);
    j["class"] = text(domain::toKey(a.cls));
    j["stage"] = keyOrNull(a.stage);
    j["abc_grade"] = keyOrNull(a.abcGrade);
    j["matrix_cell"] = keyOrNull(a.matrixCell);
    j["rfm_segment"] = keyOrNull(a.rfmSegment);
    Json vehicles = Json::array();
    for (const auto& v : card.vehicles) {
        const bool due = v.maintenance.isValid();
        vehicles.push_back({{"id", v.vehicle.id},
                            {"plate", text(v.vehicle.plate)},
                            {"next_maintenance",
                             {{"date", dateOrNull(v.maintenance.nextDue)},
                              {"km", due ? intOrNull(v.nextMaintenanceKm()) : Json(nullptr)},
                              {"by_mileage", due && v.maintenance.dueByMileageFirst}}},
                            {"last_visit", dateOrNull(v.lastVisit)},
                            {"last_mileage", intOrNull(v.lastMileage)}});
    }
    j["vehicles"] = std::move(vehicles);
    // Extra keys (the contract above is fixed; these are additions).
    j["as_of"] = dateOrNull(card.asOf);
    j["new"] = a.isNew;
    j["last_visit"] = dateOrNull(a.lastVisit);
    j["abc_rank"] = a.abcGrade ? Json(a.abcRank) : Json(nullptr);
    j["window_amount_fen"] = a.windowAmountFen;
    j["window_visits"] = a.windowVisits;
    j["visits"] = card.visits.size();
    Json recs = Json::array();
    for (const auto& r : card.openRecommendations) {
        recs.push_back({{"vehicle_id", r.vehicleId ? Json(*r.vehicleId) : Json(nullptr)},
                        {"plate", r.plate.isEmpty() ? Json(nullptr) : text(r.plate)},
                        {"date", dateOrNull(r.date)},
                        {"text", text(r.text)}});
    }
    j["open_recommendations"] = std::move(recs);
    Json complaints = Json::array();
    for (const auto& c : card.openComplaints) {
        complaints.push_back({{"id", c.id},
                              {"received", dateOrNull(c.received.date())},
                              {"status", text(c.status)},
                              {"description", text(c.description)}});
    }
    j["open_complaints"] = std::move(complaints);
    // The stored customer-base model's outlook over the next 12 months (null without a fit or a
    // visit; docs/customer-base.md).
    if (card.outlook) {
        const auto& o = *card.outlook;
        j["customer_base"] = {
            {"p_return", o.pReturn},
            {"expected_visits", o.expectedVisits},
            {"expected_value", o.expectedValue ? Json(*o.expectedValue) : Json(nullptr)},
            {"value_percentile", o.valuePercentile ? Json(*o.valuePercentile) : Json(nullptr)},
            {"fit_date", card.customerBaseFit
                             ? text(card.customerBaseFit->fittedAt.date().toString(Qt::ISODate))
                             : Json(nullptr)},
            {"calibration_end", dateOrNull(o.fitCalibrationEnd)},
            {"sentence", text(domain::CustomerBaseOutlook::sentence(o))}};
    } else {
        j["customer_base"] = nullptr;
    }
    return j;
}

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

template <typename T>
QString keyOrDash(const std::optional<T>& v) {
    return v ? domain::toKey(*v) : QStringLiteral("-");
}

QString toText(const services::CustomerCard& card) {
    const auto& a = card.analysis;
    QString t = QCoreApplication::translate("hc::cli", "客户 %1:%2(截至 %3)\n")
                    .arg(card.customer.id)
                    .arg(card.customer.name, card.asOf.toString(Qt::ISODate));
    t += QCoreApplication::translate("hc::cli", "  分类:%1  阶段:%2  ABC:%3  矩阵:%4  RFM:%5\n")
             .arg(domain::toKey(a.cls), keyOrDash(a.stage), keyOrDash(a.abcGrade),
                  keyOrDash(a.matrixCell), keyOrDash(a.rfmSegment));
    t += QCoreApplication::translate("hc::cli", "  最近进厂:%1\n")
             .arg(orDash(a.lastVisit.toString(Qt::ISODate)));
    if (card.vehicles.empty()) {
        t += QCoreApplication::translate("hc::cli", "  没有车辆\n");
    }
    for (const auto& v : card.vehicles) {
        const auto km = v.maintenance.isValid() ? v.nextMaintenanceKm() : std::nullopt;
        t += QCoreApplication::translate("hc::cli", "  车辆 %1(编号 %2):下次保养 %3,预计里程 %4\n")
                 .arg(v.vehicle.plate)
                 .arg(v.vehicle.id)
                 .arg(orDash(v.maintenance.nextDue.toString(Qt::ISODate)),
                      km ? QString::number(*km) : QStringLiteral("-"));
    }
    for (const auto& r : card.openRecommendations) {
        t += QCoreApplication::translate("hc::cli", "  未完成建议 %1 %2:%3\n")
                 .arg(orDash(r.plate), r.date.toString(Qt::ISODate), r.text.simplified());
    }
    for (const auto& c : card.openComplaints) {
        t += QCoreApplication::translate("hc::cli", "  未结投诉 %1(%2):%3\n")
                 .arg(c.id)
                 .arg(c.status, c.description.simplified());
    }
    if (card.outlook) {
        t += QCoreApplication::translate("hc::cli", "  客户模型:%1\n")
                 .arg(domain::CustomerBaseOutlook::sentence(*card.outlook));
    }
    return t;
}

}  // namespace

int runCustomer(CliContext& ctx) {
    const QString cmd = QStringLiteral("customer");
    // PIPL requests (PrivacyCommand.cpp).
    if (ctx.operands.value(0) == u"export") {
        return runCustomerExport(ctx);
    }
    if (ctx.operands.value(0) == u"erase") {
        return runCustomerErase(ctx);
    }
    int code = kExitOk;
    if (!checkArguments(ctx, cmd,
                        {QStringLiteral("id"), QStringLiteral("as-of"), QStringLiteral("json")}, 1,
                        1, &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"show") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的子命令:%1").arg(ctx.operands.at(0)), cmd);
    }
    if (!ctx.args.has(QStringLiteral("id"))) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少 --id(客户编号)"), cmd);
    }
    bool ok = false;
    const qlonglong id = ctx.args.value(QStringLiteral("id")).trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        return usageError(QCoreApplication::translate("hc::cli", "--id 必须是正整数:%1")
                              .arg(ctx.args.value(QStringLiteral("id"))),
                          cmd);
    }
    const auto asOf = asOfDate(ctx, cmd, &code);
    if (!asOf) {
        return code;
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const services::CustomerCardService service(*db);
    const auto card = service.card(id, *asOf);
    if (!card) {
        if (card.error().code == services::ServiceError::Code::NotFound) {
            err(QCoreApplication::translate("hc::cli", "没有编号为 %1 的客户。").arg(id));
            return kExitFailure;
        }
        return serviceFailure(card.error());
    }
    // Open declined work (建议项目) of the customer (DeclinedWorkService).
    services::DeclinedQuery openItems;
    openItems.customerId = id;
    openItems.status = domain::DeclinedStatus::Open;
    const auto declined =
        services::DeclinedWorkService(*db, services::systemClock()).list(openItems);
    if (!declined) {
        return serviceFailure(declined.error());
    }
    if (ctx.args.flag(QStringLiteral("json"))) {
        Json j = toJson(card.value());
        Json items = Json::array();
        for (const auto& row : declined.value()) {
            items.push_back(declinedItemJson(row));
        }
        j["declined_items"] = std::move(items);
        outUtf8(QByteArray::fromStdString(j.dump(2)) + "\n");
    } else {
        QString t = toText(card.value());
        for (const auto& row : declined.value()) {
            t += QCoreApplication::translate("hc::cli", "  建议项目 #%1 %2:%3 %4,到期 %5\n")
                     .arg(row.item.id)
                     .arg(orDash(row.item.plate), row.item.what,
                          domain::yuanText(row.item.amountFen), row.due.due.toString(Qt::ISODate));
        }
        out(t);
    }
    return kExitOk;
}

}  // namespace hc::cli
