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

QString ImportProfileService::modeKey(ImportProfileKind kind) {
    return kind == ImportProfileKind::Customers ? QStringLiteral("customers")
                                                : QStringLiteral("visits");
}

Result<std::map<QString, ImportMapping>> ImportProfileService::profiles(
    ImportProfileKind kind) const {
    using R = Result<std::map<QString, ImportMapping>>;
    return runUseCase<R>([&]() -> R {
        std::map<QString, ImportMapping> out;
        const QJsonObject all = storedProfiles(db_);
        const QString modeField = QString::fromLatin1(kModeKey);
        for (auto it = all.begin(); it != all.end(); ++it) {
            QJsonObject profile = it.value().toObject();
            // Profiles saved before the mode was recorded are visit profiles.
            const QString mode =
                profile.take(modeField).toString(modeKey(ImportProfileKind::Visits));
            if (mode != modeKey(kind)) {
                continue;
            }
            const auto mapping =
                ImportMapping::fromJson(QJsonDocument(profile).toJson(QJsonDocument::Compact));
            if (mapping) {
                out.emplace(it.key(), mapping.value());
            }
        }
        return out;
    });
}

VoidResult ImportProfileService::save(const ActingUser& user, const QString& name,
                                      ImportProfileKind kind, const ImportMapping& mapping) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以保存导入方案"));
        }
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty()) {
            return invalidInput(QStringLiteral("name"),
                                QCoreApplication::translate("hc::services", "请填写方案名称"));
        }
        const QString modeField = QString::fromLatin1(kModeKey);
        if (mapping.columnToField.count(modeField) != 0) {
            return invalidInput(
                QStringLiteral("mapping"),
                QCoreApplication::translate("hc::services",
                                            "列名“%1”留给方案记录导入内容,请在文件中改名后再保存")
                    .arg(modeField));
        }
        storage::TransactionGuard tx(db_);
        QJsonObject all = storedProfiles(db_);
        const QJsonObject before = all;
        QJsonObject profile = QJsonDocument::fromJson(mapping.toJson()).object();
        profile.insert(modeField, modeKey(kind));
        all.insert(trimmed, profile);
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
