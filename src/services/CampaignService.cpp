#include "hc/services/CampaignService.h"

#include "UseCase.h"
#include "hc/domain/CampaignReturns.h"
#include "hc/domain/Classification.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CampaignRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <set>

#include <QCoreApplication>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("campaign");

QString campaignJson(const domain::CampaignRecord& c) {
    const nlohmann::json j = {
        {"id", c.id},
        {"name", c.name.toStdString()},
        {"target_stage", c.targetStage ? nlohmann::json(domain::toKey(*c.targetStage).toStdString())
                                       : nlohmann::json(nullptr)},
        {"target_segment", c.targetSegment.toStdString()},
        {"offer", c.offer.toStdString()},
        {"cost_per_customer_fen", c.costPerCustomerFen},
        {"start_date", c.start.toString(Qt::ISODate).toStdString()},
        {"window_days", c.windowDays},
    };
    return QString::fromStdString(j.dump());
}

}  // namespace

struct CampaignService::Private {
    storage::Database& db;
    Clock clock;
    storage::CampaignRepository campaigns{db};
    storage::AuditRepository audit{db};

    Result<int> invite(const ActingUser& user, std::int64_t campaignId,
                       const std::vector<domain::CustomerId>& ids, const QString& how) {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以邀约活动客户"));
        }
        storage::TransactionGuard tx(db);
        if (!campaigns.find(campaignId)) {
            return notFound(QCoreApplication::translate("hc::services", "活动不存在,可能已被删除"));
        }
        const storage::CustomerRepository customers(db);
        for (const auto id : ids) {
            if (!customers.exists(id)) {
                return notFound(
                    QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
            }
        }
        const int added = campaigns.invite(campaignId, ids, clock());
        const nlohmann::json after = {
            {"added", added}, {"requested", ids.size()}, {"by", how.toStdString()}};
        audit.append(clock(), user.id, QStringLiteral("campaign.invite"), kEntity, campaignId, {},
                     QString::fromStdString(after.dump()));
        tx.commit();
        return added;
    }
};

CampaignService::CampaignService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

CampaignService::~CampaignService() = default;

Result<std::int64_t> CampaignService::create(const ActingUser& user,
                                             const domain::CampaignRecord& input) {
    return runUseCase<Result<std::int64_t>>([&]() -> Result<std::int64_t> {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以创建活动"));
        }
        domain::CampaignRecord c = input;
        c.name = domain::TextNormalizer::text(c.name);
        c.offer = domain::TextNormalizer::text(c.offer);
        c.targetSegment = domain::TextNormalizer::text(c.targetSegment);
        if (c.name.isEmpty()) {
            return invalidInput(QStringLiteral("name"),
                                QCoreApplication::translate("hc::services", "请填写活动名称"));
        }
        if (!c.start.isValid()) {
            return invalidInput(QStringLiteral("start_date"),
                                QCoreApplication::translate("hc::services", "请填写活动开始日期"));
        }
        if (!domain::CampaignReturns::validWindowDays(c.windowDays)) {
            return invalidInput(
                QStringLiteral("window_days"),
                QCoreApplication::translate("hc::services", "回厂统计天数必须在 %1 到 %2 之间")
                    .arg(domain::CampaignReturns::kMinWindowDays)
                    .arg(domain::CampaignReturns::kMaxWindowDays));
        }
        if (c.costPerCustomerFen < 0) {
            return invalidInput(
                QStringLiteral("cost_per_customer_fen"),
                QCoreApplication::translate("hc::services", "每位客户成本不能为负数"));
        }
        c.createdAt = d_->clock();
        c.createdBy = user.id ? std::optional<std::int64_t>(user.id) : std::nullopt;
        storage::TransactionGuard tx(d_->db);
        c.id = d_->campaigns.insert(c);
        d_->audit.append(c.createdAt, user.id, QStringLiteral("campaign.create"), kEntity, c.id, {},
                         campaignJson(c));
        tx.commit();
        return c.id;
    });
}

Result<int> CampaignService::inviteStage(const ActingUser& user, std::int64_t campaignId,
                                         std::optional<domain::Stage> stage) {
    return runUseCase<Result<int>>([&]() -> Result<int> {
        const auto campaign = d_->campaigns.find(campaignId);
        if (!campaign) {
            return notFound(QCoreApplication::translate("hc::services", "活动不存在,可能已被删除"));
        }
        const auto target = stage ? stage : campaign->targetStage;
        if (!target) {
            return invalidInput(
                QStringLiteral("stage"),
                QCoreApplication::translate("hc::services", "请选择要邀约的客户阶段"));
        }
        const auto lifecycle = storage::SettingsRepository(d_->db).loadAnalysis().lifecycle;
        const QDate day = campaign->start;
        const auto facts = storage::AnalysisRepository(d_->db).loadFacts(day, day);
        std::vector<domain::CustomerId> ids;
        const storage::CustomerRepository customers(d_->db);
        for (const auto& f : facts) {
            const auto r = domain::classify(f, day, lifecycle);
            if (r.stage && *r.stage == *target) {
                ids.push_back(f.id);
            }
        }
        // Campaigns are marketing: leave out those who refused marketing contact.
        std::erase_if(ids, [&](domain::CustomerId id) {
            const auto c = customers.find(id);
            return !c || c->marketingOptOut;
        });
        return d_->invite(user, campaignId, ids, QStringLiteral("stage:") + domain::toKey(*target));
    });
}

Result<int> CampaignService::inviteCustomers(const ActingUser& user, std::int64_t campaignId,
                                             const std::vector<domain::CustomerId>& customers) {
    return runUseCase<Result<int>>([&]() -> Result<int> {
        const std::set<domain::CustomerId> unique(customers.begin(), customers.end());
        return d_->invite(user, campaignId, {unique.begin(), unique.end()}, QStringLiteral("list"));
    });
}

Result<std::vector<domain::CampaignRecord>> CampaignService::list() const {
    using R = Result<std::vector<domain::CampaignRecord>>;
    return runUseCase<R>([&]() -> R { return d_->campaigns.list(); });
}

Result<std::vector<domain::CustomerId>> CampaignService::invited(std::int64_t campaignId) const {
    using R = Result<std::vector<domain::CustomerId>>;
    return runUseCase<R>([&]() -> R { return d_->campaigns.invited(campaignId); });
}

Result<domain::CampaignResult> CampaignService::results(std::int64_t campaignId) const {
    using R = Result<domain::CampaignResult>;
    return runUseCase<R>([&]() -> R {
        const auto campaign = d_->campaigns.find(campaignId);
        if (!campaign) {
            return notFound(QCoreApplication::translate("hc::services", "活动不存在,可能已被删除"));
        }
        const domain::ReturnWindow window = domain::CampaignReturns::window(campaign->campaign());
        return domain::CampaignReturns::evaluate(
            campaign->campaign(), d_->campaigns.invited(campaignId),
            d_->campaigns.visitsOfInvited(campaignId, window.contact, window.last()));
    });
}

}  // namespace hc::services
