#include "hc/services/FollowUpService.h"

#include "AppointmentBooking.h"
#include "RecordJson.h"
#include "UseCase.h"
#include "hc/domain/ComplaintStatusMachine.h"
#include "hc/domain/FollowUpPlanner.h"
#include "hc/domain/NextMaintenance.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/ReturnWindow.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AppointmentRepository.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/CampaignRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/FollowUpRepository.h"
#include "hc/storage/LunarCalendar.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include <QCoreApplication>

namespace hc::services {

using domain::CallOutcome;
using domain::FollowUpItem;
using domain::FollowUpKind;

namespace {

nlohmann::json optId(const std::optional<std::int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json dateJson(const QDate& d) {
    return d.isValid() ? nlohmann::json(d.toString(Qt::ISODate).toStdString())
                       : nlohmann::json(nullptr);
}

QString callJson(const domain::CallRecord& c, const std::vector<SatisfactionScore>& scores) {
    nlohmann::json j = {
        {"customer_id", c.customerId},
        {"vehicle_id", optId(c.vehicleId)},
        {"visit_id", optId(c.visitId)},
        {"complaint_id", optId(c.complaintId)},
        {"campaign_id", optId(c.campaignId)},
        {"kind", domain::toKey(c.kind).toStdString()},
        {"due", dateJson(c.due)},
        {"called_at", c.calledAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString()},
        {"outcome", domain::toKey(c.outcome).toStdString()},
        {"appointment", dateJson(c.appointment)},
        {"churn_reason", c.churnReason ? nlohmann::json(domain::toKey(*c.churnReason).toStdString())
                                       : nlohmann::json(nullptr)},
        {"note", c.note.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(c.note.toStdString())},
        {"attempt", c.attempt},
    };
    if (!scores.empty()) {
        nlohmann::json s = nlohmann::json::object();
        for (const auto& score : scores) {
            s[std::to_string(score.itemId)] = score.score;
        }
        j["satisfaction"] = s;
    }
    return QString::fromStdString(j.dump());
}

/// The holidays of the settings as dates in the years around `day` (year − 1 for lunar 12th-month
/// days that fall in January or February, year and year + 1 for lead windows that cross the new
/// year). Gregorian days that do not exist in a year (29 February) are skipped; lunar ones come
/// from storage::LunarCalendar.
std::vector<domain::HolidayDate> holidayDates(const std::vector<domain::HolidayRule>& rules,
                                              const QDate& day) {
    std::vector<domain::HolidayDate> out;
    for (const auto& rule : rules) {
        for (int year = day.year() - 1; year <= day.year() + 1; ++year) {
            std::optional<QDate> date;
            if (rule.lunar) {
                date = storage::LunarCalendar::gregorianDate(year, rule.month, rule.day);
            } else if (QDate::isValid(year, rule.month, rule.day)) {
                date = QDate(year, rule.month, rule.day);
            }
            if (date) {
                out.push_back({rule.name, *date});
            }
        }
    }
    return out;
}

/// The appointment a will_come call makes: the item's customer and vehicle, the agreed day and
/// slot; without a purpose, the kind of call (e.g. 保养提醒).
AppointmentInput appointmentOf(const CallInput& call) {
    AppointmentInput a;
    a.customerId = call.customerId;
    a.vehicleId = call.vehicleId;
    a.date = call.appointment;
    a.time = call.appointmentTime;
    a.purpose = call.appointmentPurpose.trimmed().isEmpty() ? domain::toLabel(call.kind)
                                                            : call.appointmentPurpose;
    a.advisorId = call.appointmentAdvisorId;
    return a;
}

bool itemBefore(const FollowUpItem& a, const FollowUpItem& b) {
    if (a.urgency != b.urgency) {
        return a.urgency < b.urgency;
    }
    if (a.kind != b.kind) {
        return domain::priority(a.kind) < domain::priority(b.kind);
    }
    if (a.due != b.due) {
        return a.due < b.due;
    }
    return a.customerId < b.customerId;
}

}  // namespace

struct FollowUpService::Private {
    storage::Database& db;
    Clock clock;
    std::optional<domain::FollowUpSettings> fixed;
    storage::CustomerRepository customers{db};
    storage::VehicleRepository vehicles{db};
    storage::CallRepository calls{db};
    storage::CampaignRepository campaigns{db};
    storage::ComplaintRepository complaints{db};
    storage::SatisfactionRepository satisfaction{db};
    storage::AuditRepository audit{db};
    std::unique_ptr<storage::Database> owned = nullptr;  ///< openSibling's own connection

    [[nodiscard]] domain::LifecycleSettings lifecycle() const {
        return storage::SettingsRepository(db).loadAnalysis().lifecycle;
    }
    /// The fixed settings, or the stored ones (throws StorageError; read once per use case).
    [[nodiscard]] domain::FollowUpSettings settings() const {
        return fixed ? *fixed : storage::SettingsRepository(db).loadFollowUps();
    }

    /// The running invitation per customer that still needs a call on `day`, with the retry state.
    struct PendingInvite {
        ItemCampaign campaign;
        QDate start;
        int attempt = 1;
        bool sms = false;
    };
    /// `beforeDay`: only calls dated before `day` count (planStartOfDay).
    std::map<domain::CustomerId, PendingInvite> pendingInvites(const QDate& day,
                                                               int maxNoAnswerAttempts,
                                                               bool beforeDay = false) const {
        std::map<domain::CustomerId, PendingInvite> out;
        std::map<std::int64_t, std::vector<domain::CallRecord>> callsByCampaign;
        for (const auto& invite : campaigns.activeInvites(day)) {
            if (!domain::ReturnWindow{invite.start, invite.windowDays}.isOpenOn(day)) {
                continue;  // the campaign's window is over
            }
            if (out.contains(invite.customerId)) {
                continue;  // the earliest running campaign first
            }
            auto it = callsByCampaign.find(invite.campaignId);
            if (it == callsByCampaign.end()) {
                it = callsByCampaign.emplace(invite.campaignId, calls.ofCampaign(invite.campaignId))
                         .first;
            }
            // The one no-answer retry rule (domain CallRetryRule), over this invitation's calls.
            const domain::CallRetryRule rule(maxNoAnswerAttempts);
            domain::CallRetryState state;
            for (const auto& c : it->second) {
                if (c.customerId != invite.customerId || c.calledAt.date() > day ||
                    (beforeDay && c.calledAt.date() == day)) {
                    continue;
                }
                state = rule.after(state, c.outcome, c.calledAt.date());
            }
            const domain::CallRetryDecision decision = rule.on(state, day);
            if (!decision.listed) {
                continue;
            }
            PendingInvite p{{invite.campaignId, invite.campaignName, invite.offer}, invite.start};
            p.sms = decision.sms;
            p.attempt = decision.attempt;
            out.emplace(invite.customerId, std::move(p));
        }
        return out;
    }

    /// The planned list of `day` (planToday). With `calledToday` (planStartOfDay): the facts as
    /// they were when the day began — calls, visits, invalid marks and complaint resolutions dated
    /// `day` are left out — and the customers with a call on `day` are put into *calledToday.
    std::vector<FollowUpItem> plan(const QDate& day, const QString& assignee,
                                   std::set<domain::CustomerId>* calledToday) const {
        const auto lc = lifecycle();
        const auto st = settings();
        const storage::FollowUpRepository repo(db);
        auto input = repo.loadInput(day, assignee.trimmed(), domain::kMaintenanceHistoryMonths);
        if (calledToday != nullptr) {
            startOfDay(input, *calledToday);
        }
        domain::FollowUpPlanner::classifyCustomers(input, lc);
        input.holidays = holidayDates(st.holidays, day);
        input.appointments = storage::AppointmentRepository(db).between(
            day.addDays(-st.noShowFollowUpDays), day.addDays(st.appointmentReminderLeadDays));
        auto items = domain::FollowUpPlanner(st, lc).plan(input);

        const auto invites = pendingInvites(day, st.maxNoAnswerAttempts, calledToday != nullptr);
        if (invites.empty()) {
            return items;
        }
        std::map<domain::CustomerId, const domain::PlannerCustomer*> byId;
        for (const auto& c : input.customers) {
            byId.emplace(c.id, &c);
        }
        std::map<domain::CustomerId, std::size_t> listed;
        for (std::size_t k = 0; k < items.size(); ++k) {
            listed.emplace(items[k].customerId, k);
        }
        for (const auto& [customerId, invite] : invites) {
            const auto c = byId.find(customerId);
            if (c == byId.end() || !c->second->valid || c->second->marketingOptOut) {
                continue;  // campaigns are marketing
            }
            const QString reason = QCoreApplication::translate("hc::services", "活动邀约:%1")
                                       .arg(invite.campaign.name) +
                                   (invite.campaign.offer.isEmpty()
                                        ? QString()
                                        : QStringLiteral("(%1)").arg(invite.campaign.offer));
            if (const auto it = listed.find(customerId); it != listed.end()) {
                FollowUpItem& item = items[it->second];
                if (item.kind == FollowUpKind::Winback) {
                    item.reason = reason + QStringLiteral(";") + item.reason;
                } else if (std::find(item.alsoDue.begin(), item.alsoDue.end(),
                                     FollowUpKind::Winback) == item.alsoDue.end()) {
                    item.alsoDue.push_back(FollowUpKind::Winback);
                }
                continue;
            }
            FollowUpItem item;
            item.customerId = customerId;
            item.name = c->second->name;
            item.kind = FollowUpKind::Winback;
            item.stage = c->second->stage;
            item.due = invite.start;
            item.urgency = domain::urgencyFor(item.due, day, st.yellowWindowDays);
            item.attempt = invite.attempt;
            item.smsSuggested = invite.sms;
            item.reason = reason;
            if (invite.sms) {
                item.reason +=
                    QCoreApplication::translate("hc::services", ";%1 次未接通,建议发短信")
                        .arg(invite.attempt);
            } else if (invite.attempt > 1) {
                item.reason += QCoreApplication::translate("hc::services", ";第 %1 次拨打")
                                   .arg(invite.attempt);
            }
            items.push_back(std::move(item));
        }
        std::sort(items.begin(), items.end(), itemBefore);
        return items;
    }

    /// Drops the facts dated input.date (see plan()); collects the customers called that day.
    static void startOfDay(domain::FollowUpInput& input,
                           std::set<domain::CustomerId>& calledToday) {
        const QDate day = input.date;
        for (const auto& c : input.calls) {
            if (c.date >= day) {
                calledToday.insert(c.customerId);
            }
        }
        std::erase_if(input.calls, [&](const domain::FollowUpCall& c) { return c.date >= day; });
        std::erase_if(input.visits, [&](const domain::Visit& v) { return v.date >= day; });
        std::erase_if(input.complaints, [&](const domain::OpenComplaint& c) {
            return c.resolved.isValid() && c.resolved.date() >= day;
        });
        for (auto& c : input.customers) {
            if (c.invalidSince.isValid() && c.invalidSince >= day) {
                c.invalidSince = QDate();
            }
        }
    }

    void writeAudit(const ActingUser& user, const QString& action, const QString& entity,
                    std::optional<std::int64_t> id, const QString& before, const QString& after) {
        audit.append(clock(), user.id, action, entity, id, before, after);
    }
};

FollowUpService::FollowUpService(storage::Database& db, Clock clock,
                                 std::optional<domain::FollowUpSettings> settings)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), std::move(settings)})) {}

FollowUpService::~FollowUpService() = default;

std::unique_ptr<FollowUpService> FollowUpService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "follow-ups: second connection");
    if (!db) {
        return nullptr;
    }
    auto sibling = std::make_unique<FollowUpService>(*db, d_->clock, d_->fixed);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<domain::FollowUpSettings> FollowUpService::settings() const {
    return runRead<domain::FollowUpSettings>("follow-up settings", [&] { return d_->settings(); });
}

Result<std::vector<FollowUpItem>> FollowUpService::planToday(const QDate& day,
                                                             const QString& assignee) const {
    using R = Result<std::vector<FollowUpItem>>;
    return runUseCase<R>([&]() -> R {
        if (!day.isValid()) {
            return invalidInput(QStringLiteral("date"),
                                QCoreApplication::translate("hc::services", "请填写有效的日期"));
        }
        return d_->plan(day, assignee, nullptr);
    });
}

Result<StartOfDayPlan> FollowUpService::planStartOfDay(const QDate& day) const {
    using R = Result<StartOfDayPlan>;
    return runUseCase<R>([&]() -> R {
        if (!day.isValid()) {
            return invalidInput(QStringLiteral("date"),
                                QCoreApplication::translate("hc::services", "请填写有效的日期"));
        }
        StartOfDayPlan out;
        out.items = d_->plan(day, QString(), &out.calledToday);
        return out;
    });
}

Result<std::map<domain::CustomerId, ItemCampaign>> FollowUpService::campaignsFor(
    const QDate& day) const {
    using R = Result<std::map<domain::CustomerId, ItemCampaign>>;
    return runUseCase<R>([&]() -> R {
        std::map<domain::CustomerId, ItemCampaign> out;
        for (const auto& [id, invite] :
             d_->pendingInvites(day, d_->settings().maxNoAnswerAttempts)) {
            out.emplace(id, invite.campaign);
        }
        return out;
    });
}

namespace {

/// Checks of a call's input that need no database: the outcome's appointment, the complaint of a
/// complaint call, satisfaction scores only on post-service calls.
std::optional<ServiceError> checkCallInput(const CallInput& input, const QDate& today) {
    if (auto message = domain::checkOutcome(input.outcome, today, input.appointment)) {
        return invalidInput(QStringLiteral("appointment"), *message);
    }
    if (input.kind == FollowUpKind::Complaint && !input.complaintId) {
        return invalidInput(QStringLiteral("complaint_id"),
                            QCoreApplication::translate("hc::services", "投诉回访需要指定投诉单"));
    }
    if (!input.satisfaction.empty() && input.kind != FollowUpKind::PostService) {
        return invalidInput(
            QStringLiteral("satisfaction"),
            QCoreApplication::translate("hc::services", "满意度评分只用于服务回访"));
    }
    return std::nullopt;
}

/// The new owner of a sold vehicle, normalised (name trimmed, phone validated); nullopt when the
/// call is not vehicle_sold or names nobody; an error for a bad phone or a phone without a name.
Result<std::optional<NewOwnerContact>> normalizedNewOwner(const CallInput& input) {
    using R = Result<std::optional<NewOwnerContact>>;
    if (!input.newOwner || input.outcome != CallOutcome::VehicleSold) {
        return R(std::optional<NewOwnerContact>());
    }
    NewOwnerContact owner = *input.newOwner;
    owner.name = domain::TextNormalizer::text(owner.name);
    if (!domain::TextNormalizer::text(owner.phone).isEmpty()) {
        const auto r = domain::PhoneValidator::validate(owner.phone);
        if (r.isError()) {
            return invalidInput(QStringLiteral("new_owner_phone"),
                                QCoreApplication::translate("hc::services", "新车主电话有误:%1")
                                    .arg(validationMessage(r)));
        }
        owner.phone = r.value;
    } else {
        owner.phone.clear();
    }
    if (owner.name.isEmpty() && owner.phone.isEmpty()) {
        return R(std::optional<NewOwnerContact>());
    }
    if (owner.name.isEmpty()) {
        return invalidInput(QStringLiteral("new_owner_name"),
                            QCoreApplication::translate("hc::services", "请填写新车主姓名"));
    }
    return R(std::optional<NewOwnerContact>(std::move(owner)));
}

using ScoreList = std::vector<std::pair<std::int64_t, int>>;

/// The satisfaction answers as (item, score), each item active and each score in range.
Result<ScoreList> satisfactionScores(storage::SatisfactionRepository& satisfaction,
                                     const CallInput& input) {
    ScoreList scores;
    for (const auto& s : input.satisfaction) {
        const auto item = satisfaction.find(s.itemId);
        if (!item || !item->active) {
            return invalidInput(
                QStringLiteral("satisfaction"),
                QCoreApplication::translate("hc::services", "满意度项目不存在或已停用"));
        }
        if (s.score < domain::kSatisfactionMinScore || s.score > domain::kSatisfactionMaxScore) {
            return invalidInput(
                QStringLiteral("satisfaction"),
                QCoreApplication::translate("hc::services", "满意度评分必须在 1 到 5 之间"));
        }
        scores.emplace_back(s.itemId, s.score);
    }
    return scores;
}

/// The call record to insert for `input`, made by `user` at `now`.
domain::CallRecord callRecordOf(const CallInput& input, const ActingUser& user,
                                const QDateTime& now, const domain::OutcomeEffect& effect) {
    domain::CallRecord rec;
    rec.customerId = input.customerId;
    rec.vehicleId = input.vehicleId;
    rec.visitId = input.visitId;
    rec.complaintId = input.complaintId;
    rec.campaignId = input.campaignId;
    rec.kind = input.kind;
    rec.due = input.due;
    rec.calledAt = now;
    if (user.id != 0) {
        rec.callerId = user.id;
    }
    rec.outcome = input.outcome;
    rec.appointment = effect.needsAppointment ? input.appointment : QDate();
    rec.churnReason = input.churnReason;
    rec.note = domain::TextNormalizer::text(input.note);
    rec.attempt = std::max(1, input.attempt);
    return rec;
}

/// The steps of FollowUpService::recordOutcome that write, inside its transaction (`P` is the
/// service's private data).
template <typename P>
struct OutcomeSteps {
    P& d;
    const ActingUser& user;
    const CallInput& input;
    QDateTime now;
    QDate today = now.date();

    /// Inserts the call with its satisfaction answers and audits it.
    void insertCall(domain::CallRecord& rec, const ScoreList& scores, RecordedCall& result) {
        result.callId = d.calls.insert(rec);
        result.campaignId = rec.campaignId;
        d.writeAudit(user, QStringLiteral("call.record"), QStringLiteral("call"), result.callId, {},
                     callJson(rec, input.satisfaction));
        if (!scores.empty()) {
            d.satisfaction.addAnswers(result.callId, scores);
        }
    }

    /// Marks the customer invalid for an outcome that says so (wrong number, deceased, …).
    void markInvalid(const domain::Customer& customer, domain::InvalidReason reason,
                     const QString& callNote, RecordedCall& result) {
        QString note = domain::invalidNote(input.outcome);
        if (!callNote.isEmpty()) {
            note += QStringLiteral(";") + callNote;
        }
        d.customers.markInvalid(input.customerId, reason, note, today, user.id, now);
        d.writeAudit(user, QStringLiteral("customer.invalid"), QStringLiteral("customer"),
                     input.customerId, customerJson(customer),
                     customerJson(*d.customers.find(input.customerId)));
        result.customerInvalidated = true;
    }

    /// The new owner's customer: found by phone, else created from the call.
    domain::CustomerId newOwnerCustomer(const NewOwnerContact& owner,
                                        const domain::Customer& seller) {
        if (!owner.phone.isEmpty()) {
            for (const auto& c : d.customers.findByPhone(owner.phone)) {
                if (c.id != input.customerId) {
                    return c.id;
                }
            }
        }
        domain::Customer c;
        c.name = owner.name;
        c.phone = owner.phone;
        c.source = QCoreApplication::translate("hc::services", "回访登记");
        c.note = QCoreApplication::translate("hc::services", "车辆转卖新车主,由客户 %1 的回访登记")
                     .arg(seller.name);
        c.createdAt = now;
        c.updatedAt = now;
        c.id = d.customers.insert(c);
        d.writeAudit(user, QStringLiteral("customer.create"), QStringLiteral("customer"), c.id, {},
                     customerJson(c));
        return c.id;
    }

    /// Moves the sold vehicle (the one called about, or the customer's only one) to `ownerId`.
    void transferSoldVehicle(domain::CustomerId ownerId, RecordedCall& result) {
        std::optional<domain::VehicleId> vehicleId = input.vehicleId;
        const auto owned = d.vehicles.ofCustomer(input.customerId);
        if (!vehicleId && owned.size() == 1) {
            vehicleId = owned.front().id;
        }
        const auto before = vehicleId ? d.vehicles.find(*vehicleId) : std::nullopt;
        if (!before || before->customerId != input.customerId) {
            return;
        }
        d.vehicles.transfer(*vehicleId, ownerId, today,
                            QCoreApplication::translate("hc::services", "回访得知车辆已转卖"), now);
        d.writeAudit(user, QStringLiteral("vehicle.transfer"), QStringLiteral("vehicle"),
                     *vehicleId, vehicleJson(*before), vehicleJson(*d.vehicles.find(*vehicleId)));
        result.transferredVehicle = vehicleId;
    }

    /// Records the second check of the customer's data (二次复核).
    void confirmData(RecordedCall& result) {
        const auto before = d.customers.find(input.customerId);
        d.customers.setVerified(input.customerId, now, user.id);
        d.writeAudit(user, QStringLiteral("customer.verify"), QStringLiteral("customer"),
                     input.customerId, customerJson(*before),
                     customerJson(*d.customers.find(input.customerId)));
        result.verified = true;
    }

    /// Moves the complaint on after its follow-up call reached the customer; an error when the
    /// complaint is gone or belongs to someone else.
    std::optional<ServiceError> followUpComplaint(RecordedCall& result) {
        auto complaint = d.complaints.find(*input.complaintId);
        if (!complaint || complaint->customerId != input.customerId) {
            return notFound(
                QCoreApplication::translate("hc::services", "投诉单不存在,可能已被删除"));
        }
        if (domain::ComplaintStatusMachine::check(*complaint, domain::ComplaintMove::FollowUp)) {
            return std::nullopt;  // the machine refuses the move: nothing to close
        }
        const QString from = complaint->status;
        domain::ComplaintStatusMachine::apply(*complaint, domain::ComplaintMove::FollowUp, now);
        d.complaints.update(*complaint, now);
        d.complaints.addEvent(
            {0, complaint->id, now, user.id ? std::optional<std::int64_t>(user.id) : std::nullopt,
             from, complaint->status, QCoreApplication::translate("hc::services", "解决后回访")});
        d.writeAudit(user, QStringLiteral("complaint.follow_up"), QStringLiteral("complaint"),
                     complaint->id, {}, QStringLiteral("{\"call_id\":%1}").arg(result.callId));
        result.complaintClosed = true;
        return std::nullopt;
    }
};

}  // namespace

Result<RecordedCall> FollowUpService::recordOutcome(const ActingUser& user,
                                                    const CallInput& input) {
    return runUseCase<Result<RecordedCall>>([&]() -> Result<RecordedCall> {
        const QDateTime now = d_->clock();
        const QDate today = now.date();
        if (auto error = checkCallInput(input, today)) {
            return *error;
        }
        const auto effect = domain::effectOf(input.outcome);
        const int maxNoAnswerAttempts = d_->settings().maxNoAnswerAttempts;
        auto newOwner = normalizedNewOwner(input);
        if (!newOwner) {
            return newOwner.error();
        }

        storage::TransactionGuard tx(d_->db);
        const auto customer = d_->customers.find(input.customerId);
        if (!customer) {
            return notFound(QCoreApplication::translate("hc::services", "客户不存在,可能已被删除"));
        }
        const auto scores = satisfactionScores(d_->satisfaction, input);
        if (!scores) {
            return scores.error();
        }

        OutcomeSteps<Private> steps{*d_, user, input, now};
        RecordedCall result;
        domain::CallRecord rec = callRecordOf(input, user, now, effect);
        if (!rec.campaignId && input.kind == FollowUpKind::Winback) {
            const auto pending = d_->pendingInvites(today, maxNoAnswerAttempts);
            if (const auto it = pending.find(input.customerId); it != pending.end()) {
                rec.campaignId = it->second.campaign.campaignId;
            }
        }
        steps.insertCall(rec, scores.value(), result);
        if (effect.needsAppointment) {  // will_come: the appointment reception will see
            auto booked = bookAppointmentInTransaction(d_->db, user, appointmentOf(input), now,
                                                       result.callId);
            if (!booked.ok()) {
                return booked.error();  // nothing written: the transaction rolls back
            }
            result.appointmentId = booked.value();
        }
        if (effect.marksInvalid && !customer->isInvalid()) {
            steps.markInvalid(*customer, *effect.marksInvalid, rec.note, result);
        }
        if (const auto& owner = newOwner.value()) {
            const domain::CustomerId ownerId = steps.newOwnerCustomer(*owner, *customer);
            result.newOwnerId = ownerId;
            if (owner->transferVehicle) {
                steps.transferSoldVehicle(ownerId, result);
            }
        }
        if (input.dataConfirmed && !result.customerInvalidated) {
            steps.confirmData(result);
        }
        if (input.kind == FollowUpKind::Complaint && effect.closesItem) {
            if (auto error = steps.followUpComplaint(result)) {
                return *error;
            }
        }
        if (input.outcome == CallOutcome::NoAnswer) {
            result.retry =
                domain::CallRetryRule(maxNoAnswerAttempts).afterNoAnswer(today, rec.attempt);
        }
        tx.commit();
        return result;
    });
}

Result<std::vector<domain::CallRecord>> FollowUpService::callsOf(domain::CustomerId id) const {
    using R = Result<std::vector<domain::CallRecord>>;
    return runUseCase<R>([&]() -> R { return d_->calls.ofCustomer(id); });
}

Result<domain::WinbackKpis> FollowUpService::winbackKpis(int year, int month) const {
    using R = Result<domain::WinbackKpis>;
    return runUseCase<R>([&]() -> R {
        const QDate from(year, month, 1);
        if (!from.isValid()) {
            return invalidInput(QStringLiteral("month"),
                                QCoreApplication::translate("hc::services", "请填写有效的月份"));
        }
        const QDate to = from.addMonths(1).addDays(-1);
        auto calls = d_->calls.history(from, to);
        std::erase_if(
            calls, [](const domain::FollowUpCall& c) { return c.kind != FollowUpKind::Winback; });
        std::set<domain::CustomerId> reminded;
        for (const auto& c : calls) {
            reminded.insert(c.customerId);
        }
        std::vector<domain::Visit> visits;
        const storage::VisitRepository repo(d_->db);
        for (const auto id : reminded) {
            for (auto& v : repo.ofCustomer(id)) {
                if (v.date >= from) {
                    visits.push_back(std::move(v));
                }
            }
        }
        return domain::computeWinbackKpis(year, month, calls, visits,
                                          d_->settings().winbackReturnWindowDays);
    });
}

}  // namespace hc::services
