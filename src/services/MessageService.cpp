#include "hc/services/MessageService.h"

#include "ShopProfileJson.h"
#include "UseCase.h"
#include "hc/domain/ConsentRule.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/CellGuard.h"
#include "hc/services/CsvReader.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SmsGateway.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CampaignRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/MessageRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <set>

namespace hc::services {

namespace {

using domain::MessageTemplateKey;

const QString kTemplateEntity = QStringLiteral("message_template");
const QString kMessageEntity = QStringLiteral("message");

/// One customer a batch is built for, with what the template may merge.
struct Candidate {
    domain::CustomerId customerId = 0;
    std::optional<domain::VehicleId> vehicleId;
    std::optional<std::int64_t> campaignId;
    QDate due;
    QString holiday;
    QString offer;
    QString appointment;
};

QString summaryJson(const MessageBatch& b, const MessageSummary& s, const QString& where) {
    const nlohmann::json j = {{"template", domain::toKey(b.key).toStdString()},
                              {"recipients", s.recipients},
                              {"excluded_no_consent", s.excludedNoConsent},
                              {"excluded_invalid", s.excludedInvalid},
                              {"excluded_already_sent", s.excludedAlreadySent},
                              {"excluded_missing_fields", s.excludedMissingFields},
                              {"segments", s.segments},
                              {"sent", s.sent},
                              {"failed", s.failed},
                              {"to", where.toStdString()}};
    return QString::fromStdString(j.dump());
}

/// The customer's mobile number (phone, else phone2), normalised; empty when none.
QString mobileOf(const domain::Customer& c) {
    for (const QString& p : {c.phone, c.phone2}) {
        const auto r = domain::PhoneValidator::validate(p);
        if (!r.isError() && r.kind == domain::PhoneValidator::Kind::Mobile) {
            return r.value;
        }
    }
    return {};
}

}  // namespace

struct MessageService::Private {
    std::unique_ptr<storage::Database> owned;  ///< openSibling's own connection (or null)
    storage::Database& db;
    Clock clock;
    storage::MessageRepository messages{db};
    storage::AuditRepository audit{db};

    [[nodiscard]] domain::ShopProfile shop() const {
        const auto text =
            storage::SettingsRepository(db).get(QString::fromLatin1(ShopProfileJson::kKey));
        return text ? ShopProfileJson::fromJson(*text) : domain::ShopProfile{};
    }

    [[nodiscard]] QString body(MessageTemplateKey key, bool* isCustom = nullptr) const {
        const auto stored = messages.templateText(domain::toKey(key));
        if (isCustom != nullptr) {
            *isCustom = stored.has_value();
        }
        return stored ? *stored : domain::MessageTemplates::defaultText(key);
    }

    /// Renders the template for every candidate, leaving out invalid customers and those without
    /// consent, those who already got the template today (unless `again`) and those a merge
    /// field the template uses has no value for. Throws StorageError.
    Result<MessageBatch> build(MessageTemplateKey key, const std::vector<Candidate>& candidates,
                               BatchOptions options) {
        const auto profile = shop();
        if (profile.name.trimmed().isEmpty()) {
            return invalidInput(
                QStringLiteral("shop"),
                QCoreApplication::translate("hc::services",
                                            "请先在设置中填写门店名称(短信签名【门店名】)"));
        }
        const QString text = body(key);
        const auto purpose = domain::purposeOf(key);
        const auto states = messages.latestStates(purpose);
        const auto reached = options.again ? std::set<domain::CustomerId>{}
                                           : messages.reachedOn(domain::toKey(key), clock().date());
        const storage::CustomerRepository customers(db);
        const storage::VehicleRepository vehicles(db);
        MessageBatch batch;
        batch.key = key;
        std::set<domain::CustomerId> seen;
        for (const auto& c : candidates) {
            if (!seen.insert(c.customerId).second) {
                continue;
            }
            const auto customer = customers.find(c.customerId);
            if (!customer) {
                continue;
            }
            const QString mobile = mobileOf(*customer);
            if (customer->isInvalid() || mobile.isEmpty()) {
                ++batch.excludedInvalid;
                continue;
            }
            const auto state = states.find(c.customerId);
            if (!domain::ConsentRule::allows(
                    purpose, state == states.end() ? std::nullopt : std::optional(state->second))) {
                ++batch.excludedNoConsent;
                continue;
            }
            if (reached.contains(c.customerId)) {
                ++batch.excludedAlreadySent;
                continue;
            }
            domain::MessageContext ctx;
            ctx.name = customer->name;
            ctx.due = c.due;
            ctx.shopName = profile.name;
            ctx.shopPhone = profile.phone;
            ctx.holiday = c.holiday;
            ctx.offer = c.offer;
            ctx.appointment = c.appointment;
            std::optional<domain::VehicleId> vehicleId = c.vehicleId;
            if (vehicleId) {
                if (const auto v = vehicles.find(*vehicleId)) {
                    ctx.plate = v->plate;
                }
            } else if (const auto owned = vehicles.ofCustomer(c.customerId); !owned.empty()) {
                ctx.plate = owned.front().plate;
                if (owned.size() == 1) {
                    vehicleId = owned.front().id;
                }
            }
            const auto rendered = domain::MessageTemplates::render(text, key, ctx);
            if (!rendered.emptyFields.isEmpty()) {
                ++batch.excludedMissingFields;
                continue;
            }
            OutgoingMessage& m = batch.messages.emplace_back();
            m.customerId = c.customerId;
            m.vehicleId = vehicleId;
            m.campaignId = c.campaignId;
            m.phone = mobile;
            m.text = rendered.text;
            m.segments = domain::SmsSegments::count(rendered.text).segments;
        }
        return batch;
    }

    domain::MessageLogEntry logEntry(const ActingUser& user, MessageTemplateKey key,
                                     const OutgoingMessage& m, const QDateTime& at) const {
        domain::MessageLogEntry e;
        e.customerId = m.customerId;
        e.vehicleId = m.vehicleId;
        e.campaignId = m.campaignId;
        e.templateKey = key;
        e.purpose = domain::purposeOf(key);
        e.phone = m.phone;
        e.text = m.text;
        e.segments = m.segments;
        e.at = at;
        e.userId = user.id;
        return e;
    }
};

MessageService::MessageService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{nullptr, db, std::move(clock)})) {}

MessageService::~MessageService() = default;

std::unique_ptr<MessageService> MessageService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "messages: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(d_->clock);
    auto sibling = std::make_unique<MessageService>(*db, d_->clock);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<QString> MessageService::templateText(MessageTemplateKey key, bool* isCustom) const {
    return runUseCase<Result<QString>>(
        [&]() -> Result<QString> { return d_->body(key, isCustom); });
}

VoidResult MessageService::saveTemplate(const ActingUser& user, MessageTemplateKey key,
                                        const QString& text) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改短信模板"));
        }
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            return invalidInput(QStringLiteral("text"),
                                QCoreApplication::translate("hc::services", "短信模板不能为空"));
        }
        const auto probe = domain::MessageTemplates::render(trimmed, key, {});
        if (!probe.unknownFields.isEmpty()) {
            return invalidInput(
                QStringLiteral("text"),
                QCoreApplication::translate("hc::services", "未知的合并字段:%1(可用:%2)")
                    .arg(QLatin1Char('{') + probe.unknownFields.join(QStringLiteral("} {")) +
                             QLatin1Char('}'),
                         QLatin1Char('{') +
                             domain::MessageTemplates::fieldNames().join(QStringLiteral("} {")) +
                             QLatin1Char('}')));
        }
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->messages.templateText(domain::toKey(key));
        d_->messages.putTemplate(domain::toKey(key), trimmed, now, user.id);
        const auto json = [&](const QString& t) {
            return QString::fromStdString(nlohmann::json{
                {"key", domain::toKey(key).toStdString()},
                {"text", t.toStdString()}}.dump());
        };
        d_->audit.append(now, user.id, QStringLiteral("message_template.save"), kTemplateEntity,
                         std::nullopt, before ? json(*before) : QString(), json(trimmed));
        tx.commit();
        return Done{};
    });
}

VoidResult MessageService::resetTemplate(const ActingUser& user, MessageTemplateKey key) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改短信模板"));
        }
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->messages.templateText(domain::toKey(key));
        if (!before) {
            return Done{};
        }
        d_->messages.removeTemplate(domain::toKey(key));
        d_->audit.append(
            now, user.id, QStringLiteral("message_template.reset"), kTemplateEntity, std::nullopt,
            QString::fromStdString(nlohmann::json{{"key", domain::toKey(key).toStdString()},
                                                  {"text", before->toStdString()}}
                                       .dump()),
            {});
        tx.commit();
        return Done{};
    });
}

Result<MessagePreview> MessageService::preview(MessageTemplateKey key, const QString& body) const {
    using R = Result<MessagePreview>;
    return runUseCase<R>([&]() -> R {
        const auto profile = d_->shop();
        MessagePreview p;
        p.rendered =
            domain::MessageTemplates::render(body, key,
                                             domain::MessageTemplates::sampleContext(
                                                 profile.name, profile.phone, d_->clock().date()));
        p.count = domain::SmsSegments::count(p.rendered.text);
        return p;
    });
}

Result<MessageBatch> MessageService::forDay(MessageTemplateKey key, const QDate& day,
                                            BatchOptions options) const {
    using R = Result<MessageBatch>;
    if (!day.isValid()) {
        return R(invalidInput(QStringLiteral("date"),
                              QCoreApplication::translate("hc::services", "日期无效")));
    }
    std::vector<Candidate> candidates;
    if (key == MessageTemplateKey::AppointmentReminder) {
        const auto rows = runUseCase<
            Result<std::vector<std::pair<domain::CustomerId, std::optional<domain::VehicleId>>>>>(
            [&]()
                -> Result<
                    std::vector<std::pair<domain::CustomerId, std::optional<domain::VehicleId>>>> {
                return d_->messages.appointmentsOn(day.addDays(1));
            });
        if (!rows) {
            return R(rows.error());
        }
        for (const auto& [customer, vehicle] : rows.value()) {
            Candidate c;
            c.customerId = customer;
            c.vehicleId = vehicle;
            c.appointment = day.addDays(1).toString(Qt::ISODate);
            candidates.push_back(c);
        }
    } else {
        const FollowUpService followUps(d_->db, d_->clock);
        const auto items = followUps.planToday(day);
        if (!items) {
            return R(items.error());
        }
        const auto campaigns = followUps.campaignsFor(day);
        if (!campaigns) {
            return R(campaigns.error());
        }
        const auto kind = domain::followUpKindOf(key);
        for (const auto& item : items.value()) {
            if (!kind || item.kind != *kind) {
                continue;
            }
            if (key == MessageTemplateKey::Holiday &&
                item.careOccasion != domain::CareOccasion::Holiday) {
                continue;
            }
            Candidate c;
            c.customerId = item.customerId;
            c.vehicleId = item.vehicleId;
            c.due = item.due;
            c.holiday = item.holiday;
            if (const auto it = campaigns.value().find(item.customerId);
                it != campaigns.value().end()) {
                c.campaignId = it->second.campaignId;
                c.offer = it->second.offer;
            }
            candidates.push_back(c);
        }
    }
    return runUseCase<R>([&]() -> R { return d_->build(key, candidates, options); });
}

Result<MessageBatch> MessageService::forCampaign(MessageTemplateKey key, std::int64_t campaignId,
                                                 BatchOptions options) const {
    using R = Result<MessageBatch>;
    return runUseCase<R>([&]() -> R {
        const storage::CampaignRepository campaigns(d_->db);
        const auto campaign = campaigns.find(campaignId);
        if (!campaign) {
            return notFound(QCoreApplication::translate("hc::services", "活动不存在,可能已被删除"));
        }
        std::vector<Candidate> candidates;
        for (const auto id : campaigns.invited(campaignId)) {
            Candidate c;
            c.customerId = id;
            c.campaignId = campaignId;
            c.offer = campaign->offer;
            candidates.push_back(c);
        }
        return d_->build(key, candidates, options);
    });
}

Result<MessageBatch> MessageService::forCustomers(MessageTemplateKey key,
                                                  const std::vector<domain::CustomerId>& customers,
                                                  BatchOptions options) const {
    using R = Result<MessageBatch>;
    return runUseCase<R>([&]() -> R {
        std::vector<Candidate> candidates;
        for (const auto id : customers) {
            Candidate c;
            c.customerId = id;
            candidates.push_back(c);
        }
        return d_->build(key, candidates, options);
    });
}

Result<MessageSummary> MessageService::exportCsv(const ActingUser& user, const MessageBatch& batch,
                                                 const QString& path) {
    using R = Result<MessageSummary>;
    return runUseCase<R>([&]() -> R {
        MessageSummary s;
        s.recipients = static_cast<int>(batch.messages.size());
        s.excludedNoConsent = batch.excludedNoConsent;
        s.excludedInvalid = batch.excludedInvalid;
        s.excludedAlreadySent = batch.excludedAlreadySent;
        s.excludedMissingFields = batch.excludedMissingFields;
        s.segments = batch.segments();
        // A device or pipe that exists (-o /dev/stdout, a FIFO) is written directly: QSaveFile
        // would replace it with a regular file. A regular file is written atomically.
        const QFileInfo target(path);
        const bool direct = target.exists() && !target.isFile() && !target.isDir();
        QSaveFile saveFile(path);
        QFile deviceFile(path);
        QFileDevice& file =
            direct ? static_cast<QFileDevice&>(deviceFile) : static_cast<QFileDevice&>(saveFile);
        const auto cannotWrite = [&] {
            return invalidInput(QStringLiteral("file"),
                                QCoreApplication::translate("hc::services", "无法写入文件 %1:%2")
                                    .arg(path, file.errorString()));
        };
        if (!file.open(QIODevice::WriteOnly)) {
            return cannotWrite();
        }
        QString csv = QStringLiteral("phone,text\r\n");
        for (const auto& m : batch.messages) {
            csv += CsvReader::quote(m.phone) + QLatin1Char(',') +
                   CsvReader::quote(CellGuard::inert(m.text)) + QStringLiteral("\r\n");
        }
        const QByteArray bytes = csv.toUtf8();
        if (direct && file.write(bytes) != bytes.size()) {
            return cannotWrite();
        }
        if (!direct) {
            saveFile.write(bytes);
        }
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        for (const auto& m : batch.messages) {
            auto e = d_->logEntry(user, batch.key, m, now);
            e.channel = domain::MessageChannel::Export;
            e.result = domain::MessageResult::Exported;
            d_->messages.insertLog(e);
        }
        d_->audit.append(now, user.id, QStringLiteral("messages.export"), kMessageEntity,
                         std::nullopt, {}, summaryJson(batch, s, path));
        if (direct ? !deviceFile.flush() : !saveFile.commit()) {
            return cannotWrite();
        }
        tx.commit();
        return s;
    });
}

Result<MessageSummary> MessageService::send(const ActingUser& user, const MessageBatch& batch,
                                            SmsGateway& gateway) {
    using R = Result<MessageSummary>;
    MessageSummary s;
    s.excludedNoConsent = batch.excludedNoConsent;
    s.excludedInvalid = batch.excludedInvalid;
    s.excludedAlreadySent = batch.excludedAlreadySent;
    s.excludedMissingFields = batch.excludedMissingFields;
    for (const auto& m : batch.messages) {
        const SmsSendResult answer = gateway.send(m.phone, m.text);
        const auto logged = runUseCase<VoidResult>([&]() -> VoidResult {
            storage::TransactionGuard tx(d_->db);
            auto e = d_->logEntry(user, batch.key, m, d_->clock());
            e.channel = domain::MessageChannel::Gateway;
            e.result = answer.sent ? domain::MessageResult::Sent : domain::MessageResult::Failed;
            e.error = answer.sent ? QString() : answer.error;
            d_->messages.insertLog(e);
            tx.commit();
            return Done{};
        });
        if (!logged) {
            return R(logged.error());
        }
        ++s.recipients;
        if (answer.sent) {
            ++s.sent;
            s.segments += m.segments;
        } else {
            ++s.failed;
        }
    }
    const auto audited = runUseCase<VoidResult>([&]() -> VoidResult {
        storage::TransactionGuard tx(d_->db);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("messages.send"), kMessageEntity,
                         std::nullopt, {}, summaryJson(batch, s, QStringLiteral("gateway")));
        tx.commit();
        return Done{};
    });
    if (!audited) {
        return R(audited.error());
    }
    return s;
}

Result<std::vector<domain::MessageLogEntry>> MessageService::logOf(
    domain::CustomerId customer) const {
    using R = Result<std::vector<domain::MessageLogEntry>>;
    return runUseCase<R>([&]() -> R { return d_->messages.logOf(customer); });
}

}  // namespace hc::services
