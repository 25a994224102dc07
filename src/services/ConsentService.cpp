#include "hc/services/ConsentService.h"

#include "UseCase.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/CsvReader.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/MessageRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("customer");

QString consentJson(const domain::ConsentRecord& r) {
    const nlohmann::json j = {{"purpose", domain::toKey(r.purpose).toStdString()},
                              {"state", domain::toKey(r.state).toStdString()},
                              {"source", domain::toKey(r.source).toStdString()},
                              {"note", r.note.toStdString()}};
    return QString::fromStdString(j.dump());
}

}  // namespace

struct ConsentService::Private {
    storage::Database& db;
    Clock clock;
    storage::MessageRepository messages{db};
    storage::AuditRepository audit{db};

    /// Writes one event (and the opt-out mirror); false when it would not change the state and
    /// `onlyOnChange` is set. Inside the caller's transaction.
    bool record(const ActingUser& user, domain::ConsentRecord r, const QDateTime& now,
                bool onlyOnChange) {
        const auto before = messages.latestConsent(r.customerId, r.purpose);
        if (onlyOnChange && before && before->state == r.state) {
            return false;
        }
        r.at = now;
        r.userId = user.id;
        messages.insertConsent(r);
        if (r.purpose == domain::MessagePurpose::Marketing) {
            messages.syncMarketingFlag(r.customerId, r.state == domain::ConsentState::Refused, now);
        }
        audit.append(now, user.id, QStringLiteral("consent.set"), kEntity, r.customerId,
                     before ? consentJson(*before) : QString(), consentJson(r));
        return true;
    }
};

ConsentService::ConsentService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

ConsentService::~ConsentService() = default;

VoidResult ConsentService::set(const ActingUser& user, domain::CustomerId customer,
                               domain::MessagePurpose purpose, domain::ConsentState state,
                               domain::ConsentSource source, const QString& note) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (source == domain::ConsentSource::Migration) {
            return invalidInput(QStringLiteral("source"),
                                QCoreApplication::translate("hc::services", "同意来源无效"));
        }
        storage::TransactionGuard tx(d_->db);
        if (!storage::CustomerRepository(d_->db).exists(customer)) {
            return notFound(QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
        }
        domain::ConsentRecord r;
        r.customerId = customer;
        r.purpose = purpose;
        r.state = state;
        r.source = source;
        r.note = note.trimmed();
        d_->record(user, r, d_->clock(), false);
        tx.commit();
        return Done{};
    });
}

Result<CustomerConsent> ConsentService::current(domain::CustomerId customer) const {
    using R = Result<CustomerConsent>;
    return runUseCase<R>([&]() -> R {
        CustomerConsent c;
        if (const auto s = d_->messages.latestConsent(customer, domain::MessagePurpose::Service)) {
            c.service = s->state;
        }
        if (const auto m =
                d_->messages.latestConsent(customer, domain::MessagePurpose::Marketing)) {
            c.marketing = m->state;
        }
        return c;
    });
}

Result<std::vector<domain::ConsentRecord>> ConsentService::history(
    domain::CustomerId customer) const {
    using R = Result<std::vector<domain::ConsentRecord>>;
    return runUseCase<R>([&]() -> R { return d_->messages.consentHistory(customer); });
}

Result<OptOutImportSummary> ConsentService::importOptOuts(const ActingUser& user,
                                                          const QString& csvPath) {
    using R = Result<OptOutImportSummary>;
    return runUseCase<R>([&]() -> R {
        QFile f(csvPath);
        if (!f.open(QIODevice::ReadOnly)) {
            return invalidInput(QStringLiteral("file"),
                                QCoreApplication::translate("hc::services", "无法打开文件 %1:%2")
                                    .arg(csvPath, f.errorString()));
        }
        const auto decoded = CsvReader::decodeChecked(f.readAll());
        if (!decoded.ok) {
            return invalidInput(QStringLiteral("file"), decoded.message);
        }
        const QString note = QFileInfo(csvPath).fileName();
        OptOutImportSummary summary;
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        std::set<domain::CustomerId> done;
        for (const auto& rec : CsvReader::parseAll(decoded.text)) {
            ++summary.rows;
            const QString first = rec.fields.isEmpty() ? QString() : rec.fields.front().trimmed();
            const auto phone = domain::PhoneValidator::validate(first);
            if (phone.isError() || phone.value.isEmpty()) {
                ++summary.invalidPhones;
                continue;
            }
            const auto ids = d_->messages.customersWithPhone(phone.value);
            if (ids.empty()) {
                continue;
            }
            ++summary.matched;
            for (const auto id : ids) {
                if (!done.insert(id).second) {
                    continue;
                }
                domain::ConsentRecord r;
                r.customerId = id;
                r.purpose = domain::MessagePurpose::Marketing;
                r.state = domain::ConsentState::Refused;
                r.source = domain::ConsentSource::Import;
                r.note = note;
                if (d_->record(user, r, now, true)) {
                    ++summary.recorded;
                }
            }
        }
        tx.commit();
        return summary;
    });
}

}  // namespace hc::services
