#include "hc/services/SatisfactionService.h"

#include "UseCase.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("satisfaction_item");

QString itemJson(const domain::SatisfactionItemRecord& i) {
    const nlohmann::json j = {{"id", i.id},
                              {"key", i.key.toStdString()},
                              {"label", i.label.toStdString()},
                              {"active", i.active},
                              {"sort", i.sort}};
    return QString::fromStdString(j.dump());
}

}  // namespace

struct SatisfactionService::Private {
    storage::Database& db;
    Clock clock;
    storage::SatisfactionRepository repo{db};
    storage::AuditRepository audit{db};
};

SatisfactionService::SatisfactionService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

SatisfactionService::~SatisfactionService() = default;

Result<std::vector<domain::SatisfactionItemRecord>> SatisfactionService::items(
    bool includeInactive) const {
    using R = Result<std::vector<domain::SatisfactionItemRecord>>;
    return runUseCase<R>([&]() -> R { return d_->repo.items(includeInactive); });
}

Result<std::int64_t> SatisfactionService::addItem(const ActingUser& user,
                                                  const domain::SatisfactionItemRecord& input) {
    return runUseCase<Result<std::int64_t>>([&]() -> Result<std::int64_t> {
        if (user.role != domain::Role::Manager) {
            return denied(
                QCoreApplication::translate("hc::services", "只有经理可以修改满意度项目"));
        }
        domain::SatisfactionItemRecord item = input;
        item.key = item.key.trimmed();
        item.label = domain::TextNormalizer::text(item.label);
        if (item.key.isEmpty()) {
            return invalidInput(QStringLiteral("key"),
                                QCoreApplication::translate("hc::services", "请填写项目代码"));
        }
        if (item.label.isEmpty()) {
            return invalidInput(QStringLiteral("label"),
                                QCoreApplication::translate("hc::services", "请填写项目名称"));
        }
        storage::TransactionGuard tx(d_->db);
        item.id = d_->repo.insertItem(item);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("satisfaction_item.create"), kEntity,
                         item.id, {}, itemJson(item));
        tx.commit();
        return item.id;
    });
}

VoidResult SatisfactionService::updateItem(const ActingUser& user,
                                           const domain::SatisfactionItemRecord& input) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(
                QCoreApplication::translate("hc::services", "只有经理可以修改满意度项目"));
        }
        domain::SatisfactionItemRecord item = input;
        item.label = domain::TextNormalizer::text(item.label);
        if (item.label.isEmpty()) {
            return invalidInput(QStringLiteral("label"),
                                QCoreApplication::translate("hc::services", "请填写项目名称"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->repo.find(item.id);
        if (!before) {
            return notFound(QCoreApplication::translate("hc::services", "满意度项目不存在"));
        }
        item.key = before->key;
        d_->repo.updateItem(item);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("satisfaction_item.update"), kEntity,
                         item.id, itemJson(*before), itemJson(item));
        tx.commit();
        return Done{};
    });
}

Result<domain::SatisfactionSummary> SatisfactionService::monthly(
    int year, int month, const std::optional<domain::SatisfactionSettings>& settings) const {
    using R = Result<domain::SatisfactionSummary>;
    return runUseCase<R>([&]() -> R {
        const QDate from(year, month, 1);
        if (!from.isValid()) {
            return invalidInput(QStringLiteral("month"),
                                QCoreApplication::translate("hc::services", "请填写有效的月份"));
        }
        std::vector<domain::SatisfactionItem> items;
        for (const auto& i : d_->repo.items(true)) {
            items.push_back({i.key, i.label});
        }
        return domain::summarizeSatisfaction(
            items, d_->repo.answersBetween(from, from.addMonths(1).addDays(-1)),
            settings ? *settings : storage::SettingsRepository(d_->db).loadAnalysis().satisfaction);
    });
}

}  // namespace hc::services
