#include "hc/services/ImportProfileService.h"

#include "UseCase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::services {

namespace {

const QString kKey = QStringLiteral("import.profiles");

QJsonObject storedProfiles(storage::Database& db) {
    const auto text = storage::SettingsRepository(db).get(kKey);
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject{};
}

}  // namespace

Result<std::map<QString, ImportMapping>> ImportProfileService::profiles() const {
    using R = Result<std::map<QString, ImportMapping>>;
    return runUseCase<R>([&]() -> R {
        std::map<QString, ImportMapping> out;
        const QJsonObject all = storedProfiles(db_);
        for (auto it = all.begin(); it != all.end(); ++it) {
            const auto mapping = ImportMapping::fromJson(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
            if (mapping) {
                out.emplace(it.key(), mapping.value());
            }
        }
        return out;
    });
}

VoidResult ImportProfileService::save(const ActingUser& user, const QString& name,
                                      const ImportMapping& mapping) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以保存导入方案"));
        }
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty()) {
            return invalidInput(QStringLiteral("name"),
                                QCoreApplication::translate("hc::services", "请填写方案名称"));
        }
        storage::TransactionGuard tx(db_);
        QJsonObject all = storedProfiles(db_);
        const QJsonObject before = all;
        all.insert(trimmed, QJsonDocument::fromJson(mapping.toJson()).object());
        const QDateTime now = clock_();
        const QString json = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
        storage::SettingsRepository(db_).put(kKey, json, now, user.id);
        storage::AuditRepository(db_).append(
            now, user.id, QStringLiteral("settings.import_profile"), QStringLiteral("settings"),
            std::nullopt,
            before.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
            json);
        tx.commit();
        return Done{};
    });
}

}  // namespace hc::services
