#include "hc/services/ComplaintService.h"

#include "UseCase.h"
#include "hc/domain/ComplaintStatusMachine.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("complaint");

std::string ts(const QDateTime& at) {
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
}

nlohmann::json tsJson(const QDateTime& at) {
    return at.isValid() ? nlohmann::json(ts(at)) : nlohmann::json(nullptr);
}

QString complaintJson(const domain::Complaint& c) {
    nlohmann::json j = {
        {"id", c.id},
        {"customer_id", c.customerId},
        {"vehicle_id", c.vehicleId ? nlohmann::json(*c.vehicleId) : nlohmann::json(nullptr)},
        {"visit_id", c.visitId ? nlohmann::json(*c.visitId) : nlohmann::json(nullptr)},
        {"channel", c.channel.toStdString()},
        {"severity", domain::toKey(c.severity).toStdString()},
        {"description", c.description.toStdString()},
        {"responsible_user",
         c.responsibleUser ? nlohmann::json(*c.responsibleUser) : nlohmann::json(nullptr)},
        {"responsible_person", c.responsiblePerson.toStdString()},
        {"received_at", tsJson(c.received)},
        {"contacted_at", tsJson(c.contacted)},
        {"answered_at", tsJson(c.answered)},
        {"senior_answered_at", tsJson(c.seniorAnswered)},
        {"resolved_at", tsJson(c.resolved)},
        {"followed_up_at", tsJson(c.followedUp)},
        {"resolution", c.resolution.toStdString()},
        {"status", c.status.toStdString()},
    };
    return QString::fromStdString(j.dump());
}

const QStringList kChannels = {QStringLiteral("phone"), QStringLiteral("visit"),
                               QStringLiteral("online"), QStringLiteral("letter"),
                               QStringLiteral("other")};

domain::ComplaintMove moveOf(ComplaintAction action) {
    switch (action) {
        case ComplaintAction::Contact:
            return domain::ComplaintMove::Contact;
        case ComplaintAction::Answer:
            return domain::ComplaintMove::Answer;
        case ComplaintAction::SeniorAnswer:
            return domain::ComplaintMove::SeniorAnswer;
        case ComplaintAction::Resolve:
            return domain::ComplaintMove::Resolve;
        case ComplaintAction::FollowUp:
            break;
    }
    return domain::ComplaintMove::FollowUp;
}

const char* auditAction(ComplaintAction action) {
    switch (action) {
        case ComplaintAction::Contact:
            return "complaint.contact";
        case ComplaintAction::Answer:
            return "complaint.answer";
        case ComplaintAction::SeniorAnswer:
            return "complaint.senior_answer";
        case ComplaintAction::Resolve:
            return "complaint.resolve";
        case ComplaintAction::FollowUp:
            break;
    }
    return "complaint.follow_up";
}

QString refusalMessage(domain::ComplaintMoveRefusal refusal) {
    switch (refusal) {
        case domain::ComplaintMoveRefusal::SeniorAnswerNeedsMajor:
            return QCoreApplication::translate("hc::services", "只有重大投诉需要高层答复");
        case domain::ComplaintMoveRefusal::FollowUpNeedsResolution:
            return QCoreApplication::translate("hc::services", "投诉解决后才能进行回访");
        case domain::ComplaintMoveRefusal::AlreadyRecorded:
            break;
    }
    return QCoreApplication::translate("hc::services", "该步骤已经登记过");
}

}  // namespace

struct ComplaintService::Private {
    storage::Database& db;
    Clock clock;
    std::optional<domain::ComplaintSettings> fixed;
    storage::ComplaintRepository complaints{db};
    storage::CustomerRepository customers{db};
    storage::AuditRepository audit{db};

    /// The fixed deadlines, or the stored ones (throws StorageError; read once per use case).
    [[nodiscard]] domain::ComplaintDeadlines deadlines() const {
        return domain::ComplaintDeadlines(
            fixed ? *fixed : storage::SettingsRepository(db).loadFollowUps().complaint);
    }

    static std::optional<std::int64_t> userOf(const ActingUser& user) {
        return user.id ? std::optional<std::int64_t>(user.id) : std::nullopt;
    }
};

ComplaintService::ComplaintService(storage::Database& db, Clock clock,
                                   std::optional<domain::ComplaintSettings> settings)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), std::move(settings)})) {}

ComplaintService::~ComplaintService() = default;

Result<domain::ComplaintDeadlines> ComplaintService::deadlines() const {
    return runRead<domain::ComplaintDeadlines>("complaint deadlines",
                                               [&] { return d_->deadlines(); });
}

Result<std::int64_t> ComplaintService::open(const ActingUser& user,
                                            const domain::Complaint& input) {
    return runUseCase<Result<std::int64_t>>([&]() -> Result<std::int64_t> {
        domain::Complaint c = input;
        const QDateTime now = d_->clock();
        c.description = domain::TextNormalizer::text(c.description);
        c.responsiblePerson = domain::TextNormalizer::text(c.responsiblePerson);
        if (c.description.isEmpty()) {
            return invalidInput(QStringLiteral("description"),
                                QCoreApplication::translate("hc::services", "请填写投诉内容"));
        }
        if (c.channel.isEmpty()) {
            c.channel = QStringLiteral("phone");
        }
        if (!kChannels.contains(c.channel)) {
            return invalidInput(
                QStringLiteral("channel"),
                QCoreApplication::translate("hc::services", "不支持的取值:%1").arg(c.channel));
        }
        if (!c.received.isValid()) {
            c.received = now;
        }
        if (c.received > now) {
            return invalidInput(
                QStringLiteral("received_at"),
                QCoreApplication::translate("hc::services", "投诉时间不能晚于现在"));
        }
        c.contacted = c.answered = c.seniorAnswered = c.resolved = c.followedUp = QDateTime();
        c.status = domain::toKey(domain::ComplaintStatus::Received);
        c.createdBy = Private::userOf(user);
        c.createdAt = now;
        storage::TransactionGuard tx(d_->db);
        if (!d_->customers.exists(c.customerId)) {
            return notFound(QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
        }
        c.id = d_->complaints.insert(c);
        d_->complaints.addEvent({0, c.id, c.received, Private::userOf(user), {}, c.status, {}});
        d_->audit.append(now, user.id, QStringLiteral("complaint.create"), kEntity, c.id, {},
                         complaintJson(c));
        tx.commit();
        return c.id;
    });
}

VoidResult ComplaintService::recordStep(const ActingUser& user, std::int64_t id,
                                        ComplaintAction action, const QDateTime& atInput,
                                        const QString& note) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QDateTime now = d_->clock();
        const QDateTime at = atInput.isValid() ? atInput : now;
        if (at > now) {
            return invalidInput(QStringLiteral("at"),
                                QCoreApplication::translate("hc::services", "时间不能晚于现在"));
        }
        storage::TransactionGuard tx(d_->db);
        auto found = d_->complaints.find(id);
        if (!found) {
            return notFound(
                QCoreApplication::translate("hc::services", "投诉单不存在,可能已被删除"));
        }
        domain::Complaint c = *found;
        if (at < c.received) {
            return invalidInput(
                QStringLiteral("at"),
                QCoreApplication::translate("hc::services", "时间不能早于收到投诉的时间"));
        }
        // The one complaint status machine (domain ComplaintStatusMachine).
        const auto move = moveOf(action);
        if (const auto refusal = domain::ComplaintStatusMachine::check(c, move)) {
            return invalidInput(QStringLiteral("step"), refusalMessage(*refusal));
        }
        if (action == ComplaintAction::Resolve) {
            c.resolution = domain::TextNormalizer::text(note);
        }
        const QString from = c.status;
        domain::ComplaintStatusMachine::apply(c, move, at);
        d_->complaints.update(c, now);
        d_->complaints.addEvent({0, c.id, at, Private::userOf(user), from, c.status,
                                 domain::TextNormalizer::text(note)});
        d_->audit.append(now, user.id, QString::fromLatin1(auditAction(action)), kEntity, c.id,
                         complaintJson(*found), complaintJson(c));
        tx.commit();
        return Done{};
    });
}

VoidResult ComplaintService::assign(const ActingUser& user, std::int64_t id,
                                    std::optional<std::int64_t> responsibleUser,
                                    const QString& person) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QDateTime now = d_->clock();
        storage::TransactionGuard tx(d_->db);
        auto found = d_->complaints.find(id);
        if (!found) {
            return notFound(
                QCoreApplication::translate("hc::services", "投诉单不存在,可能已被删除"));
        }
        domain::Complaint c = *found;
        c.responsibleUser = responsibleUser;
        c.responsiblePerson = domain::TextNormalizer::text(person);
        d_->complaints.update(c, now);
        d_->audit.append(now, user.id, QStringLiteral("complaint.assign"), kEntity, c.id,
                         complaintJson(*found), complaintJson(c));
        tx.commit();
        return Done{};
    });
}

Result<domain::Complaint> ComplaintService::find(std::int64_t id) const {
    return runUseCase<Result<domain::Complaint>>([&]() -> Result<domain::Complaint> {
        auto c = d_->complaints.find(id);
        if (!c) {
            return notFound(
                QCoreApplication::translate("hc::services", "投诉单不存在,可能已被删除"));
        }
        return *c;
    });
}

Result<std::vector<domain::ComplaintEvent>> ComplaintService::history(std::int64_t id) const {
    using R = Result<std::vector<domain::ComplaintEvent>>;
    return runUseCase<R>([&]() -> R { return d_->complaints.events(id); });
}

Result<std::vector<domain::Complaint>> ComplaintService::openComplaints() const {
    using R = Result<std::vector<domain::Complaint>>;
    return runUseCase<R>([&]() -> R { return d_->complaints.open(); });
}

Result<std::vector<OverdueComplaint>> ComplaintService::overdue(const QDateTime& at) const {
    using R = Result<std::vector<OverdueComplaint>>;
    return runUseCase<R>([&]() -> R {
        if (!at.isValid()) {
            return invalidInput(QStringLiteral("at"),
                                QCoreApplication::translate("hc::services", "请填写有效的时间"));
        }
        const auto deadlines = d_->deadlines();
        std::vector<OverdueComplaint> out;
        for (auto& c : d_->complaints.open()) {
            if (c.received > at) {
                continue;
            }
            auto eval = deadlines.evaluate(c.times(), at);
            if (!eval.anyOverdue) {
                continue;
            }
            const auto customer = d_->customers.find(c.customerId);
            out.push_back({std::move(c), customer ? customer->name : QString(), std::move(eval)});
        }
        return out;
    });
}

Result<domain::ComplaintStats> ComplaintService::stats(const QDate& from, const QDate& to,
                                                       const QDateTime& now) const {
    using R = Result<domain::ComplaintStats>;
    return runUseCase<R>([&]() -> R {
        std::vector<domain::ComplaintTimes> times;
        for (const auto& c : d_->complaints.receivedBetween(from, to)) {
            times.push_back(c.times());
        }
        return d_->deadlines().summarize(times, from, to, now);
    });
}

Result<domain::ComplaintStats> ComplaintService::weekly(const QDate& date) const {
    const auto [from, to] = domain::ComplaintDeadlines::weekOf(date);
    return stats(from, to, d_->clock());
}

Result<domain::ComplaintStats> ComplaintService::monthly(const QDate& date) const {
    const auto [from, to] = domain::ComplaintDeadlines::monthOf(date);
    return stats(from, to, d_->clock());
}

}  // namespace hc::services
