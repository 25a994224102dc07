#include "hc/services/ScriptService.h"

#include "UseCase.h"
#include "hc/domain/CallScripts.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/ScriptRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("script");

QString textJson(const QString& key, const std::optional<QString>& text) {
    if (!text) {
        return {};
    }
    const nlohmann::json j = {{"key", key.toStdString()}, {"text", text->toStdString()}};
    return QString::fromStdString(j.dump());
}

}  // namespace

struct ScriptService::Private {
    storage::Database& db;
    Clock clock;
    storage::ScriptRepository scripts{db};
    storage::AuditRepository audit{db};
};

ScriptService::ScriptService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

ScriptService::~ScriptService() = default;

QString ScriptService::keyFor(domain::Stage stage) {
    return QStringLiteral("stage.") + domain::toKey(stage);
}

QString ScriptService::keyFor(domain::ChurnReason reason) {
    return QStringLiteral("reason.") + domain::toKey(reason);
}

QString ScriptService::defaultFor(const QString& key) {
    if (key == u"greeting") {
        return domain::CallScripts::greeting();
    }
    if (key.startsWith(u"stage.")) {
        if (const auto s = domain::stageFromKey(key.mid(6))) {
            return domain::CallScripts::forStage(*s);
        }
    }
    if (key.startsWith(u"reason.")) {
        if (const auto r = domain::churnReasonFromKey(key.mid(7))) {
            return domain::CallScripts::forReason(*r);
        }
    }
    return {};
}

Result<QString> ScriptService::effective(const QString& key, bool* isCustom) const {
    return runUseCase<Result<QString>>([&]() -> Result<QString> {
        if (defaultFor(key).isEmpty()) {
            return invalidInput(
                QStringLiteral("key"),
                QCoreApplication::translate("hc::services", "未知的话术:%1").arg(key));
        }
        const auto stored = d_->scripts.get(key);
        if (isCustom != nullptr) {
            *isCustom = stored.has_value();
        }
        return stored ? *stored : defaultFor(key);
    });
}

Result<QString> ScriptService::greeting() const {
    return effective(QStringLiteral("greeting"));
}

Result<QString> ScriptService::forStage(domain::Stage stage) const {
    return effective(keyFor(stage));
}

Result<QString> ScriptService::forReason(domain::ChurnReason reason) const {
    return effective(keyFor(reason));
}

VoidResult ScriptService::save(const ActingUser& user, const QString& key, const QString& text) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改话术"));
        }
        if (defaultFor(key).isEmpty()) {
            return invalidInput(
                QStringLiteral("key"),
                QCoreApplication::translate("hc::services", "未知的话术:%1").arg(key));
        }
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            return invalidInput(QStringLiteral("text"),
                                QCoreApplication::translate("hc::services", "话术内容不能为空"));
        }
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->scripts.get(key);
        d_->scripts.put(key, trimmed, now, user.id);
        d_->audit.append(now, user.id, QStringLiteral("script.save"), kEntity, std::nullopt,
                         textJson(key, before), textJson(key, trimmed));
        tx.commit();
        return Done{};
    });
}

VoidResult ScriptService::reset(const ActingUser& user, const QString& key) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改话术"));
        }
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->scripts.get(key);
        if (!before) {
            return Done{};
        }
        d_->scripts.remove(key);
        d_->audit.append(now, user.id, QStringLiteral("script.reset"), kEntity, std::nullopt,
                         textJson(key, before), {});
        tx.commit();
        return Done{};
    });
}

}  // namespace hc::services
