#include "hc/services/BackupService.h"

#include "UseCase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace hc::services {

namespace {

const QString kSettingsKey = QStringLiteral("backup");

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("services");
    return l ? l : spdlog::default_logger();
}

BackupEntry entryOf(const storage::BackupFile& b) {
    return BackupEntry{b.file, b.created, b.schema, b.verified, b.bytes, b.reason};
}

ServiceError backupFailed(const storage::StorageError& e) {
    ServiceError err = fromStorageError(e);
    if (e.kind() == storage::StorageError::Kind::ReadOnly && !e.detail().isEmpty()) {
        // The folder could not be created or written: say where and what to check.
        err.message = QCoreApplication::translate(
                          "hc::services",
                          "备份失败:无法在文件夹 %1 中创建或写入文件。请检查该文件夹(或 U "
                          "盘、网络盘)是否存在、是否有写入权限。")
                          .arg(e.detail());
    } else if (e.kind() != storage::StorageError::Kind::Full) {
        err.message = QCoreApplication::translate("hc::services", "备份失败:%1")
                          .arg(e.detail().isEmpty() ? e.message() : e.detail());
    }
    return err;
}

}  // namespace

struct BackupService::Private {
    storage::Database& db;
    Clock clock;
    std::unique_ptr<storage::Database> owned{};  ///< openSibling's own connection

    storage::BackupManager manager() const {
        storage::BackupManager m(db.path(), clock);
        m.setSecondFolder(secondFolder());
        return m;
    }
    QString secondFolder() const {
        try {
            const auto json = storage::SettingsRepository(db).get(kSettingsKey);
            if (!json) {
                return {};
            }
            const auto j = nlohmann::json::parse(json->toStdString(), nullptr, false);
            return j.is_object() ? QString::fromStdString(j.value("second_folder", std::string()))
                                 : QString();
        } catch (const storage::StorageError& e) {
            // The second folder is optional: the backup still goes to the first one.
            logStorageFailure("backup second folder setting", e);
            return {};
        }
    }
};

BackupService::BackupService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), nullptr})) {}

BackupService::~BackupService() = default;

std::unique_ptr<BackupService> BackupService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "backup: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(d_->clock);
    auto sibling = std::make_unique<BackupService>(*db, d_->clock);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<BackupEntry> BackupService::create(const QString& reason, const QString& targetFolder) {
    try {
        return entryOf(d_->manager().create(d_->db, reason, targetFolder));
    } catch (const storage::StorageError& e) {
        return backupFailed(e);
    }
}

Result<std::optional<BackupEntry>> BackupService::dailyIfDue() {
    using R = Result<std::optional<BackupEntry>>;
    if (!d_->manager().dueToday()) {
        return R(std::optional<BackupEntry>());
    }
    auto made = create(QStringLiteral("daily"));
    if (!made) {
        return R(made.error());
    }
    return R(std::optional<BackupEntry>(made.value()));
}

Result<std::vector<BackupEntry>> BackupService::list() const {
    std::vector<BackupEntry> out;
    for (const auto& b : d_->manager().list()) {
        out.push_back(entryOf(b));
    }
    return out;
}

std::optional<BackupEntry> BackupService::latestVerified() const {
    const auto b = d_->manager().latestVerified();
    return b ? std::optional(entryOf(*b)) : std::nullopt;
}

std::optional<int> BackupService::daysSinceLastBackup() const {
    const auto b = latestVerified();
    if (!b) {
        return std::nullopt;
    }
    return static_cast<int>(std::max<qint64>(0, b->created.date().daysTo(d_->clock().date())));
}

QString BackupService::secondFolder() const {
    return d_->secondFolder();
}

VoidResult BackupService::setSecondFolder(const ActingUser& user, const QString& folder) {
    if (user.role != domain::Role::Manager) {
        return denied(QCoreApplication::translate("hc::services", "只有经理可以设置备份文件夹"));
    }
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QString before = d_->secondFolder();
        const QString json = QString::fromStdString(
            nlohmann::json{{"second_folder", folder.trimmed().toStdString()}}.dump());
        storage::TransactionGuard tx(d_->db);
        storage::SettingsRepository(d_->db).put(kSettingsKey, json, d_->clock(), user.id);
        storage::AuditRepository(d_->db).append(
            d_->clock(), user.id, QStringLiteral("settings.update"), QStringLiteral("settings"),
            std::nullopt,
            QString::fromStdString(nlohmann::json{{"second_folder", before.toStdString()}}.dump()),
            json);
        tx.commit();
        return Done{};
    });
}

Result<AuditChainReport> BackupService::verifyAudit(
    const std::optional<std::pair<std::int64_t, QString>>& expect) const {
    using R = Result<AuditChainReport>;
    return runUseCase<R>([&]() -> R {
        const auto c = storage::AuditRepository(d_->db).verifyChain(expect);
        if (!c.ok) {
            logger()->error("audit chain: {}", c.problem.toStdString());
        }
        return AuditChainReport{c.ok, c.rows, c.firstBadId, c.lastId, c.lastHash};
    });
}

Result<BackupEntry> BackupService::verifyFile(const QString& file) {
    if (!QFileInfo::exists(file)) {
        return notFound(QCoreApplication::translate("hc::services", "备份文件不存在:%1").arg(file));
    }
    const auto v = storage::BackupManager::verify(file);
    if (!v.ok) {
        ServiceError err;
        err.code = ServiceError::Code::Damaged;
        err.message =
            QCoreApplication::translate("hc::services", "备份文件无效:%1(%2)").arg(file, v.problem);
        err.detail = v.problem;
        return err;
    }
    BackupEntry e;
    e.file = QFileInfo(file).absoluteFilePath();
    e.schema = v.schema;
    e.verified = true;
    e.bytes = QFileInfo(file).size();
    e.created = QFileInfo(file).lastModified();
    return e;
}

Result<BackupEntry> BackupService::restore(const QString& databasePath, const QString& file,
                                           Clock clock) {
    const auto checked = verifyFile(file);
    if (!checked) {
        return checked.error();
    }
    try {
        const auto safety = storage::BackupManager(databasePath, std::move(clock)).restore(file);
        return entryOf(safety);
    } catch (const storage::StorageError& e) {
        ServiceError err = fromStorageError(e);
        err.message = QCoreApplication::translate("hc::services", "恢复失败,数据库文件未改变:%1")
                          .arg(e.detail().isEmpty() ? e.message() : e.detail());
        return err;
    }
}

std::optional<BackupEntry> BackupService::latestVerifiedOf(const QString& databasePath) {
    const auto b = storage::BackupManager(databasePath).latestVerified();
    return b ? std::optional(entryOf(*b)) : std::nullopt;
}

}  // namespace hc::services
