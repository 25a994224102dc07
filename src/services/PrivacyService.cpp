#include "hc/services/PrivacyService.h"

#include "AuditRedactor.h"
#include "UseCase.h"
#include "hc/domain/CustomerAnonymisation.h"
#include "hc/domain/SettingsValidation.h"
#include "hc/services/BackupService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/PrivacyRepository.h"
#include "hc/storage/ReadTransaction.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace hc::services {

namespace {

using Json = nlohmann::ordered_json;

const QString kEntity = QStringLiteral("customer");

Json valueJson(const QVariant& v) {
    if (!v.isValid() || v.isNull()) {
        return nullptr;
    }
    switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
        case QMetaType::UInt:
            return v.toLongLong();
        case QMetaType::Double:
            return v.toDouble();
        case QMetaType::QByteArray:
            return v.toByteArray().toBase64().toStdString();
        default:
            return v.toString().toStdString();
    }
}

QString stamp(const QDateTime& at) {
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

ServiceError managerOnly() {
    return denied(QCoreApplication::translate("hc::services", "只有经理可以处理个人信息请求"));
}

ServiceError unknownCustomer(std::int64_t id) {
    return notFound(QCoreApplication::translate("hc::services", "没有编号为 %1 的客户").arg(id));
}

Json countsJson(const storage::PrivacyErasureCounts& counts) {
    Json tables = Json::object();
    for (const auto& [table, n] : counts.tables) {
        tables[table.toStdString()] = n;
    }
    return tables;
}

}  // namespace

QString CustomerDataExport::toJson() const {
    Json j;
    j["customer_id"] = customerId;
    j["exported_at"] = stamp(exportedAt).toStdString();
    j["erased_at"] = erasedAt ? Json(erasedAt->toStdString()) : Json(nullptr);
    Json tablesJson = Json::object();
    for (const auto& t : tables) {
        Json rows = Json::array();
        for (const auto& r : t.rows) {
            Json row = Json::object();
            for (int i = 0; i < t.columns.size() && i < r.size(); ++i) {
                row[t.columns.at(i).toStdString()] = valueJson(r.at(i));
            }
            rows.push_back(std::move(row));
        }
        tablesJson[t.table.toStdString()] = std::move(rows);
    }
    j["tables"] = std::move(tablesJson);
    return QString::fromStdString(j.dump(2));
}

int CustomerDataExport::rowCount() const {
    int n = 0;
    for (const auto& t : tables) {
        n += static_cast<int>(t.rows.size());
    }
    return n;
}

struct PrivacyService::Private {
    storage::Database& db;
    Clock clock;
    storage::PrivacyRepository privacy{db};
    storage::AuditRepository audit{db};
    std::unique_ptr<storage::Database> owned{};  ///< openSibling's own connection

    CustomerDataExport collect(std::int64_t id) const {
        CustomerDataExport out;
        out.customerId = id;
        out.exportedAt = clock();
        const storage::ReadTransaction snapshot(db);
        out.erasedAt = privacy.erasedAt(id);
        for (auto& t : privacy.collect(id)) {
            if (t.table == u"customers" && !t.rows.empty()) {
                const auto col = t.columns.indexOf(QStringLiteral("name"));
                if (col >= 0) {
                    out.customerName = t.rows.front().value(col).toString();
                }
            }
            out.tables.push_back({t.table, t.columns, std::move(t.rows)});
        }
        return out;
    }

    std::optional<ServiceError> checkYears(int years) const {
        domain::PrivacySettings s;
        s.inactiveYears = years;
        const auto problems = domain::validate(s);
        if (problems.empty()) {
            return std::nullopt;
        }
        return invalidInput(QStringLiteral("years"), problems.front().message);
    }

    domain::PrivacySettings settingsWith(std::optional<int> years) const {
        auto s = storage::SettingsRepository(db).loadPrivacy();
        if (years) {
            s.inactiveYears = *years;
        }
        return s;
    }
};

PrivacyService::PrivacyService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

PrivacyService::~PrivacyService() = default;

std::unique_ptr<PrivacyService> PrivacyService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "privacy: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(d_->clock);
    auto sibling = std::make_unique<PrivacyService>(*db, d_->clock);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<CustomerDataExport> PrivacyService::exportCustomer(const ActingUser& user, std::int64_t id,
                                                          const QString& format,
                                                          const QString& target,
                                                          const Writer& write) {
    using R = Result<CustomerDataExport>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        if (!d_->privacy.exists(id)) {
            return unknownCustomer(id);
        }
        CustomerDataExport data = d_->collect(id);
        // The record first: no file leaves the program without it (as report.export).
        storage::TransactionGuard tx(d_->db);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("customer.export"), kEntity, id, {},
                         QString::fromStdString(Json{
                             {"format", format.toStdString()},
                             {"file", target.toStdString()},
                             {"rows",
                              data.rowCount()}}.dump()));
        if (write) {
            const VoidResult written = write(data);
            if (!written) {
                return written.error();
            }
        }
        try {
            tx.commit();
        } catch (const storage::StorageError&) {
            if (write && !target.isEmpty()) {
                QFile::remove(target);
            }
            throw;
        }
        return data;
    });
}

VoidResult PrivacyService::writeJsonFile(const CustomerDataExport& data, const QString& path) {
    QSaveFile file(path);
    const QByteArray bytes = data.toJson().toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        ServiceError e;
        e.code = ServiceError::Code::Failed;
        e.message = QCoreApplication::translate("hc::services", "无法写入文件 %1:%2")
                        .arg(path, file.errorString());
        return e;
    }
    return Done{};
}

Result<CustomerErasure> PrivacyService::erase(const ActingUser& user, std::int64_t id) {
    using R = Result<CustomerErasure>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        if (!d_->privacy.exists(id)) {
            return unknownCustomer(id);
        }
        if (d_->privacy.erasedAt(id)) {
            return invalidInput(
                QStringLiteral("customer"),
                QCoreApplication::translate("hc::services", "客户 %1 的个人信息已经删除").arg(id));
        }
        CustomerErasure out;
        out.customerId = id;
        const auto backup = BackupService(d_->db, d_->clock).create(QStringLiteral("erase"));
        if (!backup) {
            return backup.error();
        }
        out.backupFile = backup.value().file;
        storage::TransactionGuard tx(d_->db);
        const QDateTime now = d_->clock();
        // The audit rows written about the customer lose their personal values too (read
        // before the erasure, while the values are still stored).
        AuditRedactor redactor(d_->db);
        redactor.collect(id);
        auto counts = d_->privacy.erase({id}, domain::CustomerAnonymisation::erasedNamePrefix(),
                                        domain::CustomerAnonymisation::redactedText(), now);
        d_->privacy.purgeSearchIndex();
        counts.tables.emplace_back(QStringLiteral("audit_log"), redactor.apply(now, user.id, id));
        d_->audit.append(now, user.id, QStringLiteral("customer.erase"), kEntity, id, {},
                         QString::fromStdString(Json{{"tables", countsJson(counts)}}.dump()));
        tx.commit();
        out.tables = counts.tables;
        return out;
    });
}

Result<InactiveAnonymisation> PrivacyService::inactive(const ActingUser& user, const QDate& asOf,
                                                       std::optional<int> years) const {
    using R = Result<InactiveAnonymisation>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        const auto settings = d_->settingsWith(years);
        if (auto problem = d_->checkYears(settings.inactiveYears)) {
            return *problem;
        }
        InactiveAnonymisation out;
        out.years = settings.inactiveYears;
        out.cutoff = domain::CustomerAnonymisation::inactiveCutoff(asOf, settings);
        out.customerIds = d_->privacy.inactiveSince(out.cutoff);
        return out;
    });
}

Result<InactiveAnonymisation> PrivacyService::anonymiseInactive(const ActingUser& user,
                                                                const QDate& asOf,
                                                                std::optional<int> years) {
    using R = Result<InactiveAnonymisation>;
    auto plan = inactive(user, asOf, years);
    if (!plan) {
        return plan;
    }
    return runUseCase<R>([&]() -> R {
        InactiveAnonymisation out = plan.value();
        if (out.customerIds.empty()) {
            out.done = true;
            return out;
        }
        const auto backup = BackupService(d_->db, d_->clock).create(QStringLiteral("anonymise"));
        if (!backup) {
            return backup.error();
        }
        out.backupFile = backup.value().file;
        storage::TransactionGuard tx(d_->db);
        const QDateTime now = d_->clock();
        // Read again inside the write transaction: the list is exactly what is anonymised.
        out.customerIds = d_->privacy.inactiveSince(out.cutoff);
        AuditRedactor redactor(d_->db);
        for (const auto id : out.customerIds) {
            redactor.collect(id);
        }
        // One pass over each table for all of them.
        d_->privacy.erase(out.customerIds, domain::CustomerAnonymisation::erasedNamePrefix(),
                          domain::CustomerAnonymisation::redactedText(), now);
        d_->privacy.purgeSearchIndex();
        const int redacted = redactor.apply(now, user.id, std::nullopt);
        d_->audit.append(now, user.id, QStringLiteral("privacy.anonymise"), kEntity, std::nullopt,
                         {},
                         QString::fromStdString(Json{
                             {"years", out.years},
                             {"cutoff", out.cutoff.toString(Qt::ISODate).toStdString()},
                             {"customers", out.customerIds.size()},
                             {"audit_rows_redacted", redacted},
                             {"ids",
                              out.customerIds}}.dump()));
        tx.commit();
        out.done = true;
        return out;
    });
}

}  // namespace hc::services
