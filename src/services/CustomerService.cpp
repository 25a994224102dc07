#include "hc/services/CustomerService.h"

#include "CustomerInput.h"
#include "RecordJson.h"
#include "UseCase.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/MessageRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

namespace {

const QString kEntity = QStringLiteral("customer");

}  // namespace

struct CustomerService::Private {
    storage::Database& db;
    Clock clock;
    storage::CustomerRepository customers{db};
    storage::AuditRepository audit{db};

    /// Validates and normalises the archive fields; the error names the field.
    std::optional<ServiceError> normalise(domain::Customer& c) const {
        return normaliseCustomer(c, clock().date());
    }

    void writeAudit(const ActingUser& user, const char* action, domain::CustomerId id,
                    const QString& before, const QString& after) {
        audit.append(clock(), user.id, QString::fromLatin1(action), kEntity, id, before, after);
    }

    /// Loads the customer or returns NotFound.
    Result<domain::Customer> load(domain::CustomerId id) const {
        auto c = customers.find(id);
        if (!c) {
            return notFound(QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
        }
        return *c;
    }
};

CustomerService::CustomerService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

CustomerService::~CustomerService() = default;

Result<domain::CustomerId> CustomerService::registerCustomer(const ActingUser& user,
                                                             const domain::Customer& input) {
    return runUseCase<Result<domain::CustomerId>>([&]() -> Result<domain::CustomerId> {
        domain::Customer c = input;
        if (auto err = d_->normalise(c)) {
            return *err;
        }
        // A new record starts valid and unverified unless the caller imports that state.
        c.id = 0;
        c.createdAt = d_->clock();
        c.updatedAt = c.createdAt;
        storage::TransactionGuard tx(d_->db);
        c.id = d_->customers.insert(c);
        d_->writeAudit(user, "customer.create", c.id, {}, customerJson(c));
        tx.commit();
        return c.id;
    });
}

VoidResult CustomerService::updateCustomer(const ActingUser& user, const domain::Customer& input) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        domain::Customer c = input;
        if (auto err = d_->normalise(c)) {
            return *err;
        }
        storage::TransactionGuard tx(d_->db);
        auto before = d_->load(c.id);
        if (!before) {
            return before.error();
        }
        c.updatedAt = d_->clock();
        d_->customers.update(c);
        const auto after = d_->customers.find(c.id);
        d_->writeAudit(user, "customer.update", c.id, customerJson(before.value()),
                       customerJson(*after));
        tx.commit();
        return Done{};
    });
}

VoidResult CustomerService::markInvalid(const ActingUser& user, domain::CustomerId id,
                                        domain::InvalidReason reason, const QString& note,
                                        const QDate& since) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QDate today = d_->clock().date();
        const QDate date = since.isValid() ? since : today;
        if (date > today) {
            return invalidInput(
                QStringLiteral("since"),
                QCoreApplication::translate("hc::services", "无效日期不能晚于今天"));
        }
        storage::TransactionGuard tx(d_->db);
        auto before = d_->load(id);
        if (!before) {
            return before.error();
        }
        d_->customers.markInvalid(id, reason, TextNormalizer::text(note), date, user.id,
                                  d_->clock());
        d_->writeAudit(user, "customer.invalid", id, customerJson(before.value()),
                       customerJson(*d_->customers.find(id)));
        tx.commit();
        return Done{};
    });
}

VoidResult CustomerService::undoInvalid(const ActingUser& user, domain::CustomerId id) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        auto before = d_->load(id);
        if (!before) {
            return before.error();
        }
        if (!before.value().isInvalid()) {
            return invalidInput(
                {}, QCoreApplication::translate("hc::services", "该客户不是无效客户,无需撤销"));
        }
        d_->customers.clearInvalid(id, d_->clock());
        d_->writeAudit(user, "customer.invalid_undo", id, customerJson(before.value()),
                       customerJson(*d_->customers.find(id)));
        tx.commit();
        return Done{};
    });
}

VoidResult CustomerService::verify(const ActingUser& user, domain::CustomerId id) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        auto before = d_->load(id);
        if (!before) {
            return before.error();
        }
        d_->customers.setVerified(id, d_->clock(), user.id);
        d_->writeAudit(user, "customer.verify", id, customerJson(before.value()),
                       customerJson(*d_->customers.find(id)));
        tx.commit();
        return Done{};
    });
}

VoidResult CustomerService::setMarketingOptOut(const ActingUser& user, domain::CustomerId id,
                                               bool optOut) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        auto before = d_->load(id);
        if (!before) {
            return before.error();
        }
        d_->customers.setMarketingOptOut(id, optOut, d_->clock());
        // The flag mirrors the latest marketing consent (schema 0013): record the change there too.
        domain::ConsentRecord consent;
        consent.customerId = id;
        consent.purpose = domain::MessagePurpose::Marketing;
        consent.state = optOut ? domain::ConsentState::Refused : domain::ConsentState::Granted;
        consent.source = domain::ConsentSource::ReceptionForm;
        consent.at = d_->clock();
        consent.userId = user.id;
        storage::MessageRepository(d_->db).insertConsent(consent);
        d_->writeAudit(user, "customer.marketing_opt_out", id, customerJson(before.value()),
                       customerJson(*d_->customers.find(id)));
        tx.commit();
        return Done{};
    });
}

Result<QString> CustomerService::revealPersonalData(const ActingUser& user, domain::CustomerId id,
                                                    const QString& field) {
    return runUseCase<Result<QString>>([&]() -> Result<QString> {
        storage::TransactionGuard tx(d_->db);
        auto customer = d_->load(id);
        if (!customer) {
            return customer.error();
        }
        QString value;
        if (field == QLatin1String("phone")) {
            value = customer.value().phone;
        } else if (field == QLatin1String("phone2")) {
            value = customer.value().phone2;
        } else if (field == QLatin1String("id_number")) {
            value = customer.value().idNumber;
        } else {
            return invalidInput(
                field,
                QCoreApplication::translate("hc::services", "不支持查看该字段:%1").arg(field));
        }
        const QString after = QStringLiteral("{\"field\":\"%1\"}").arg(field);
        d_->writeAudit(user, "customer.reveal", id, QString(), after);
        tx.commit();
        return value;
    });
}

VoidResult CustomerService::recordListReveal(const ActingUser& user, const QString& purpose,
                                             int customers) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        const QString after = QString::fromStdString(
            nlohmann::json{{"purpose", purpose.toStdString()}, {"customers", customers}}.dump());
        d_->audit.append(d_->clock(), user.id, QStringLiteral("customer.reveal_list"), kEntity,
                         std::nullopt, QString(), after);
        tx.commit();
        return Done{};
    });
}

Result<std::optional<domain::Customer>> CustomerService::find(domain::CustomerId id) const {
    return runRead<std::optional<domain::Customer>>("customer find",
                                                    [&] { return d_->customers.find(id); });
}

Result<std::vector<DuplicateHit>> CustomerService::findDuplicates(
    const QString& phone, const QString& idNumber, domain::CustomerId exceptId) const {
    return runRead<std::vector<DuplicateHit>>("customer duplicate check", [&] {
        std::vector<DuplicateHit> hits;
        {
            if (!TextNormalizer::text(phone).isEmpty()) {
                const auto r = domain::PhoneValidator::validate(phone);
                for (const auto& c : d_->customers.findByPhone(r.value)) {
                    if (c.id != exceptId) {
                        hits.push_back({QStringLiteral("phone"), c.id, c.name});
                    }
                }
            }
            if (!TextNormalizer::text(idNumber).isEmpty()) {
                const auto r = domain::IdNumberValidator::validate(idNumber, d_->clock().date());
                for (const auto& c : d_->customers.findByIdNumber(r.value)) {
                    if (c.id != exceptId) {
                        hits.push_back({QStringLiteral("id_number"), c.id, c.name});
                    }
                }
            }
        }
        return hits;
    });
}

}  // namespace hc::services
