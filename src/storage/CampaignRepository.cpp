#include "hc/storage/CampaignRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, target_stage, target_segment, offer, cost_per_customer_fen, start_date, "
    "window_days, created_by, created_at");

domain::CampaignRecord fromRow(const Query& q) {
    domain::CampaignRecord c;
    c.id = q.integer(0);
    c.name = q.text(1);
    if (!q.isNull(2)) {
        c.targetStage = domain::stageFromKey(q.text(2));
    }
    c.targetSegment = q.text(3);
    c.offer = q.text(4);
    c.costPerCustomerFen = q.integer(5);
    c.start = q.date(6);
    c.windowDays = static_cast<int>(q.integer(7));
    c.createdBy = optIntFrom(q.value(8));
    c.createdAt = timestampFrom(q.value(9));
    return c;
}

}  // namespace

std::int64_t CampaignRepository::insert(const domain::CampaignRecord& c) {
    Query q(db_, QStringLiteral("INSERT INTO campaigns (name, target_stage, target_segment, offer, "
                                "cost_per_customer_fen, start_date, window_days, created_by, "
                                "created_at) VALUES (:name, :stage, :segment, :offer, :cost, "
                                ":start, :window, :by, :at)"));
    q.bindText(QStringLiteral(":name"), c.name)
        .bindText(QStringLiteral(":stage"),
                  c.targetStage ? domain::toKey(*c.targetStage) : QString())
        .bindText(QStringLiteral(":segment"), c.targetSegment)
        .bind(QStringLiteral(":offer"), c.offer.isEmpty() ? QStringLiteral("") : c.offer)
        .bindInt(QStringLiteral(":cost"), c.costPerCustomerFen)
        .bindDate(QStringLiteral(":start"), c.start)
        .bindInt(QStringLiteral(":window"), c.windowDays)
        .bind(QStringLiteral(":by"), userIdValue(c.createdBy.value_or(0)))
        .bindText(QStringLiteral(":at"), timestampOr(c.createdAt, db_))
        .exec();
    return q.lastInsertId();
}

std::optional<domain::CampaignRecord> CampaignRepository::find(std::int64_t id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM campaigns WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::vector<domain::CampaignRecord> CampaignRepository::list() const {
    Query q(
        db_,
        QStringLiteral("SELECT %1 FROM campaigns ORDER BY start_date DESC, id DESC").arg(kColumns));
    q.exec();
    std::vector<domain::CampaignRecord> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

int CampaignRepository::invite(std::int64_t campaignId,
                               const std::vector<domain::CustomerId>& customers,
                               const QDateTime& at) {
    Query q(db_, QStringLiteral("INSERT INTO campaign_invites (campaign_id, customer_id, "
                                "invited_at) VALUES (:campaign, :customer, :at) "
                                "ON CONFLICT (campaign_id, customer_id) DO NOTHING"));
    const QString when = timestampOr(at, db_);
    int added = 0;
    for (const domain::CustomerId id : customers) {
        q.bindInt(QStringLiteral(":campaign"), campaignId)
            .bindInt(QStringLiteral(":customer"), id)
            .bindText(QStringLiteral(":at"), when)
            .exec();
        added += q.rowsAffected();
    }
    return added;
}

std::vector<domain::CustomerId> CampaignRepository::invited(std::int64_t campaignId) const {
    Query q(db_, QStringLiteral("SELECT customer_id FROM campaign_invites WHERE campaign_id = :c "
                                "ORDER BY customer_id"));
    q.bindInt(QStringLiteral(":c"), campaignId).exec();
    std::vector<domain::CustomerId> out;
    while (q.next()) {
        out.push_back(q.integer(0));
    }
    return out;
}

std::vector<ActiveInvite> CampaignRepository::activeInvites(const QDate& day) const {
    // Campaigns that started on or before the day; whether the window is still open is the
    // domain's ReturnWindow (decided by the service).
    Query q(db_, QStringLiteral("SELECT c.id, i.customer_id, c.name, c.offer, c.start_date, "
                                "c.window_days FROM campaigns c JOIN campaign_invites i ON "
                                "i.campaign_id = c.id WHERE c.start_date <= :day "
                                "ORDER BY i.customer_id, c.start_date, c.id"));
    q.bindDate(QStringLiteral(":day"), day).exec();
    std::vector<ActiveInvite> out;
    while (q.next()) {
        out.push_back({q.integer(0), q.integer(1), q.text(2), q.text(3), q.date(4),
                       static_cast<int>(q.integer(5))});
    }
    return out;
}

std::vector<domain::Visit> CampaignRepository::visitsOfInvited(std::int64_t campaignId,
                                                               const QDate& from,
                                                               const QDate& to) const {
    Query q(db_,
            QStringLiteral(
                "SELECT v.id, v.customer_id, v.visit_date, v.amount_fen "
                "FROM campaign_invites i JOIN visits v ON v.customer_id = "
                "i.customer_id WHERE i.campaign_id = :c AND v.visit_date >= :from "
                "AND v.visit_date <= :to AND v.voided_at IS NULL ORDER BY v.visit_date, v.id"));
    q.bindInt(QStringLiteral(":c"), campaignId)
        .bindDate(QStringLiteral(":from"), from)
        .bindDate(QStringLiteral(":to"), to)
        .exec();
    std::vector<domain::Visit> out;
    while (q.next()) {
        domain::Visit v;
        v.id = q.integer(0);
        v.customerId = q.integer(1);
        v.date = q.date(2);
        v.amountFen = q.integer(3);
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace hc::storage
