#include "hc/domain/FollowUpPlanner.h"

#include "FollowUpPlannerSupport.h"

#include "hc/domain/AppointmentStatus.h"
#include "hc/domain/CallRetryRule.h"

#include "hc/domain/Classification.h"
#include "hc/domain/ComplaintDeadlines.h"
#include "hc/domain/DeclinedWorkDue.h"
#include "hc/domain/MaintenanceDueEstimator.h"
#include "hc/domain/NextMaintenance.h"

#include <algorithm>
#include <map>
#include <memory>
#include <span>
#include <unordered_map>
#include <utility>

#include <QCoreApplication>

namespace hc::domain {

namespace {

using namespace planner;  // NOLINT(google-build-using-namespace): the planner's own helpers

class Builder {
public:
    Builder(const FollowUpSettings& s, const LifecycleSettings& l, const FollowUpInput& in)
        : s_(s), lifecycle_(l), in_(in), today_(in.date) {}

    std::vector<FollowUpItem> run() {
        if (!today_.isValid()) {
            return {};
        }
        index();
        std::vector<FollowUpItem> items;
        for (auto& data : customers_) {
            std::vector<FollowUpItem> mine;
            complaints(data, mine);
            appointments(data, mine);
            postService(data, mine);
            const bool marketing = data.customer->valid && !data.customer->marketingOptOut;
            declinedWork(data, marketing, mine);
            if (marketing) {
                maintenance(data, mine);
                winback(data, mine);
                care(data, mine);
            }
            if (!mine.empty()) {
                items.push_back(dedupe(std::move(mine)));
            }
        }
        limitWinback(items);
        if (!in_.assignee.trimmed().isEmpty()) {
            const QString me = in_.assignee.trimmed();
            std::erase_if(items, [&](const FollowUpItem& i) {
                return i.kind == FollowUpKind::PostService && i.advisor.trimmed() == me;
            });
        }
        std::sort(items.begin(), items.end(), [](const FollowUpItem& a, const FollowUpItem& b) {
            if (a.urgency != b.urgency) {
                return a.urgency < b.urgency;
            }
            if (a.kind != b.kind) {
                return priority(a.kind) < priority(b.kind);
            }
            if (a.due != b.due) {
                return a.due < b.due;
            }
            return a.customerId < b.customerId;
        });
        return items;
    }

private:
    void index() {
        // Customers in id order (the order of the items before the final sort does not matter;
        // id order keeps runs reproducible whatever order the input came in).
        std::vector<const PlannerCustomer*> order;
        order.reserve(in_.customers.size());
        for (const auto& c : in_.customers) {
            order.push_back(&c);
        }
        std::stable_sort(
            order.begin(), order.end(),
            [](const PlannerCustomer* a, const PlannerCustomer* b) { return a->id < b->id; });
        // A repeated id keeps its last row (as a map keyed by id did).
        std::vector<const PlannerCustomer*> unique;
        unique.reserve(order.size());
        for (const PlannerCustomer* c : order) {
            if (!unique.empty() && unique.back()->id == c->id) {
                unique.back() = c;
            } else {
                unique.push_back(c);
            }
        }
        customers_.resize(unique.size());
        std::vector<CustomerId> ids(unique.size());
        for (std::size_t k = 0; k < unique.size(); ++k) {
            customers_[k].customer = unique[k];
            ids[k] = unique[k]->id;
        }
        const IdIndex byCustomer(ids);
        const auto ownerOf = [&byCustomer](const auto& fact) {
            return byCustomer.find(fact.customerId);
        };
        const auto all = [](const auto&) { return true; };

        std::vector<VehicleId> vehicleIds(in_.vehicles.size());
        for (std::size_t k = 0; k < in_.vehicles.size(); ++k) {
            vehicleIds[k] = in_.vehicles[k].id;
        }
        vehicles_ = std::make_unique<IdIndex>(vehicleIds);

        groupByCustomer(in_.vehicles, customers_, vehiclePtrs_, &CustomerData::vehicles, ownerOf,
                        all);
        groupByCustomer(in_.visits, customers_, visitPtrs_, &CustomerData::visits, ownerOf,
                        [this](const Visit& v) { return v.date.isValid() && v.date <= today_; });
        groupByCustomer(
            in_.calls, customers_, callPtrs_, &CustomerData::calls, ownerOf,
            [this](const FollowUpCall& c) { return c.date.isValid() && c.date <= today_; });
        groupByCustomer(in_.complaints, customers_, complaintPtrs_, &CustomerData::complaints,
                        ownerOf, all);
        groupByCustomer(in_.appointments, customers_, appointmentPtrs_, &CustomerData::appointments,
                        ownerOf, all);
        groupByCustomer(in_.declinedItems, customers_, declinedPtrs_, &CustomerData::declined,
                        ownerOf, all);
        for (auto& data : customers_) {
            if (data.visits.size() > 1) {
                std::stable_sort(data.visits.begin(), data.visits.end(),
                                 [](const Visit* a, const Visit* b) {
                                     return a->date != b->date ? a->date < b->date : a->id < b->id;
                                 });
            }
            if (data.calls.size() > 1) {
                std::stable_sort(
                    data.calls.begin(), data.calls.end(),
                    [](const FollowUpCall* a, const FollowUpCall* b) { return a->date < b->date; });
            }
            data.stage = data.customer->stage;
            if (!data.stage && !data.visits.empty()) {
                data.stage = recencyStage(data.visits.back()->date, today_, lifecycle_);
            }
        }
    }

    /// The vehicle with `id`, or null.
    [[nodiscard]] const Vehicle* vehicle(VehicleId id) const {
        const std::uint32_t k = vehicles_ ? vehicles_->find(id) : IdIndex::kNone;
        return k == IdIndex::kNone ? nullptr : &in_.vehicles[k];
    }

    FollowUpItem item(const CustomerData& data, FollowUpKind kind, const QDate& due) const {
        FollowUpItem i;
        i.customerId = data.customer->id;
        i.name = data.customer->name;
        i.kind = kind;
        i.stage = data.stage;
        i.due = due;
        i.urgency = urgencyFor(due, today_, s_.yellowWindowDays);
        return i;
    }

    void setVehicle(FollowUpItem& i, std::optional<VehicleId> id) const {
        i.vehicleId = id;
        if (id) {
            if (const Vehicle* v = vehicle(*id)) {
                i.plate = v->plate;
            }
        }
    }

    void complaints(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        for (const OpenComplaint* c : data.complaints) {
            Calls calls;
            for (const FollowUpCall* call : callsOf(data, FollowUpKind::Complaint)) {
                if (!call->complaintId || *call->complaintId == c->complaintId) {
                    calls.push_back(call);
                }
            }
            const Cycle cycle =
                evaluateCycle(calls, QDate(), today_, s_.maxNoAnswerAttempts, false);
            if (!cycle.listed) {
                continue;
            }
            // The 2123 deadline of the follow-up: resolved + followUpWithin.
            ComplaintTimes times;
            times.resolved = c->resolved;
            QDate due = c->resolved.isValid() ? ComplaintDeadlines(s_.complaint)
                                                    .deadline(times, ComplaintStep::FollowUp)
                                                    .date()
                                              : c->due;
            if (!due.isValid()) {
                due = today_;
            }
            FollowUpItem i = item(data, FollowUpKind::Complaint, due);
            i.complaintId = c->complaintId;
            i.attempt = cycle.attempt;
            i.smsSuggested = cycle.sms;
            i.reason =
                QCoreApplication::translate("hc::domain", "投诉回访:") +
                (c->summary.isEmpty()
                     ? QCoreApplication::translate("hc::domain", "投诉 #%1").arg(c->complaintId)
                     : c->summary) +
                QCoreApplication::translate("hc::domain", ",%1 前回访").arg(iso(due)) +
                retrySuffix(cycle);
            out.push_back(std::move(i));
        }
    }

    /// Appointments (docs/followups.md "Appointments"): a reminder call from
    /// appointmentReminderLeadDays before the day until the day before it, while booked; a no-show
    /// follow-up from the day after a missed appointment (AppointmentStatus) for
    /// noShowFollowUpDays, unless the customer came in since. Service calls: no marketing consent
    /// needed.
    void appointments(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        if (data.appointments.empty()) {
            return;
        }
        std::vector<Visit> visits;
        visits.reserve(data.visits.size());
        for (const Visit* v : data.visits) {
            visits.push_back(*v);
        }
        for (const Appointment* a : data.appointments) {
            if (a->isCancelled() || !a->date.isValid()) {
                continue;
            }
            const QDate remindFrom = a->date.addDays(-s_.appointmentReminderLeadDays);
            if (today_ >= remindFrom && today_ < a->date) {
                appointmentItem(data, *a, FollowUpKind::AppointmentReminder, remindFrom, out);
                continue;
            }
            const QDate noShowFrom = a->date.addDays(1);
            if (today_ < noShowFrom || today_ >= noShowFrom.addDays(s_.noShowFollowUpDays) ||
                appointmentStatus(*a, visits, today_) != AppointmentStatus::NoShow) {
                continue;
            }
            const bool cameSince = std::any_of(data.visits.begin(), data.visits.end(),
                                               [&](const Visit* v) { return v->date > a->date; });
            if (!cameSince) {
                appointmentItem(data, *a, FollowUpKind::NoShow, noShowFrom, out);
            }
        }
    }

    void appointmentItem(const CustomerData& data, const Appointment& a, FollowUpKind kind,
                         const QDate& start, std::vector<FollowUpItem>& out) const {
        // The calls about this appointment: same kind, from the day it was first listed.
        const Cycle cycle =
            evaluateCycle(callsOf(data, kind), start, today_, s_.maxNoAnswerAttempts, false);
        if (!cycle.listed) {
            return;
        }
        FollowUpItem i = item(data, kind, start);
        setVehicle(i, a.vehicleId);
        i.appointmentId = a.id;
        i.advisor = a.advisor;
        i.attempt = cycle.attempt;
        i.smsSuggested = cycle.sms;
        const QString when =
            a.time.isValid() ? QStringLiteral("%1 %2").arg(iso(a.date), a.time.toString(u"HH:mm"))
                             : iso(a.date);
        i.reason = kind == FollowUpKind::AppointmentReminder
                       ? QCoreApplication::translate("hc::domain", "预约提醒:%1 到店").arg(when)
                       : QCoreApplication::translate("hc::domain", "爽约:预约 %1 未到店").arg(when);
        if (!a.purpose.isEmpty()) {
            i.reason += QStringLiteral("(%1)").arg(a.purpose);
        }
        i.reason += retrySuffix(cycle);
        out.push_back(std::move(i));
    }

    void postService(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        if (data.visits.empty()) {
            return;
        }
        const Visit* v = data.visits.back();
        const QDate due = v->date.addDays(s_.postServiceDelayDays);
        if (due > today_ || today_ > due.addDays(s_.postServiceExpiryDays)) {
            return;
        }
        const Cycle cycle = evaluateCycle(callsOf(data, FollowUpKind::PostService), v->date, today_,
                                          s_.maxNoAnswerAttempts, false);
        if (!cycle.listed) {
            return;
        }
        FollowUpItem i = item(data, FollowUpKind::PostService, due);
        setVehicle(i, v->vehicleId);
        i.visitId = v->id;
        i.advisor = v->advisor;
        i.attempt = cycle.attempt;
        i.smsSuggested = cycle.sms;
        i.reason = QCoreApplication::translate("hc::domain", "服务回访:%1 %2")
                       .arg(iso(v->date), categoryLabel(v->category));
        if (!v->advisor.isEmpty()) {
            i.reason += QCoreApplication::translate("hc::domain", ",服务顾问 %1").arg(v->advisor);
        }
        i.reason += retrySuffix(cycle);
        out.push_back(std::move(i));
    }

    void maintenance(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        // From quasi_lost on (8 months+ by default) the win-back call, whose script includes the
        // maintenance reminder, takes over.
        if (data.stage && *data.stage != Stage::Active && *data.stage != Stage::NotLost) {
            return;
        }
        for (const auto& [vehicleId, visits] : visitsByOwnVehicle(data)) {
            const Vehicle* own = vehicleId ? vehicle(*vehicleId) : nullptr;
            // The one rule for the next maintenance (the card and the visit form show the same).
            const MaintenanceDue due = nextMaintenanceOf(visits, own, s_, today_);
            if (!due.isValid()) {
                continue;
            }
            const QDate start = due.nextDue.addDays(-s_.reminderLeadDays);
            if (start > today_) {
                continue;
            }
            const Cycle cycle = evaluateCycle(callsOf(data, FollowUpKind::Maintenance, vehicleId),
                                              start, today_, s_.maxNoAnswerAttempts, true);
            if (!cycle.listed) {
                continue;
            }
            FollowUpItem i = item(data, FollowUpKind::Maintenance, due.nextDue);
            setVehicle(i, vehicleId);
            i.attempt = cycle.attempt;
            i.smsSuggested = cycle.sms;
            i.reason = maintenanceReason(due) + retrySuffix(cycle);
            out.push_back(std::move(i));
        }
    }

    /// Declined work (docs/followups.md "Declined work"): one call cycle per open item from the
    /// day it is listed (DeclinedWorkDue); safety items are service calls, the others marketing.
    void declinedWork(const CustomerData& data, bool marketing,
                      std::vector<FollowUpItem>& out) const {
        if (data.declined.empty() || !data.customer->valid) {
            return;
        }
        const auto byVehicle = visitsByOwnVehicle(data);
        for (const DeclinedItem* d : data.declined) {
            const Vehicle* vehicle = nullptr;
            if (d->vehicleId) {
                vehicle = this->vehicle(*d->vehicleId);
            }
            const bool sold = vehicle != nullptr && vehicle->customerId != data.customer->id;
            if (sold || (!marketing && d->urgency != DeclinedUrgency::Safety)) {
                continue;
            }
            std::vector<Visit> vehicleVisits;  // copies: declined items are few
            if (const auto it = byVehicle.find(d->vehicleId); it != byVehicle.end()) {
                vehicleVisits.reserve(it->second.size());
                for (const Visit* v : it->second) {
                    vehicleVisits.push_back(*v);
                }
            }
            const DeclinedDue due = declinedWorkDue(*d, vehicleVisits, vehicle, s_, today_);
            if (!isDeclinedFollowUpDue(*d, due, today_)) {
                continue;
            }
            const Cycle cycle =
                evaluateCycle(callsOf(data, FollowUpKind::DeclinedWork, d->vehicleId), due.listFrom,
                              today_, s_.maxNoAnswerAttempts, true);
            if (!cycle.listed) {
                continue;
            }
            FollowUpItem i = item(data, FollowUpKind::DeclinedWork, due.due);
            setVehicle(i, d->vehicleId);
            i.declinedItemIds.push_back(d->id);
            i.declinedUrgency = d->urgency;
            i.attempt = cycle.attempt;
            i.smsSuggested = cycle.sms;
            i.reason = declinedReason(*d, due) + retrySuffix(cycle);
            out.push_back(std::move(i));
        }
    }

    /// The customer's visits grouped by vehicle, without vehicles now owned by someone else
    /// (pointers into the input: copying the visits cost more than estimating their due dates).
    [[nodiscard]] std::map<std::optional<VehicleId>, std::vector<const Visit*>> visitsByOwnVehicle(
        const CustomerData& data) const {
        std::map<std::optional<VehicleId>, std::vector<const Visit*>> byVehicle;
        for (const Visit* v : data.visits) {
            if (v->vehicleId) {
                const Vehicle* own = vehicle(*v->vehicleId);
                if (own != nullptr && own->customerId != data.customer->id) {
                    continue;
                }
            }
            byVehicle[v->vehicleId].push_back(v);
        }
        return byVehicle;
    }

    /// "保养到期(按里程):上次保养 D,预计里程 N km,到期 D" (without the retry suffix).
    [[nodiscard]] QString maintenanceReason(const MaintenanceDue& due) const {
        const MileageRate rate = due.rate.value_or(MileageRate{std::max(0, s_.defaultKmPerDay), 1});
        QString reason =
            (due.nextDue < today_ ? QCoreApplication::translate("hc::domain", "保养到期")
                                  : QCoreApplication::translate("hc::domain", "保养即将到期"));
        if (due.dueByMileageFirst) {
            reason += QCoreApplication::translate("hc::domain", "(按里程)");
        }
        reason += due.baseIsMaintenance ? QCoreApplication::translate("hc::domain", ":上次保养 ")
                                        : QCoreApplication::translate("hc::domain", ":上次进厂 ");
        reason += iso(due.baseDate);
        if (due.baseMileage) {
            const long long km =
                *due.baseMileage + rate.kmIn(std::max<qint64>(0, due.baseDate.daysTo(today_)));
            reason += QCoreApplication::translate("hc::domain", ",预计里程 %1 km")
                          .arg(groupThousands(km));
        }
        reason += QCoreApplication::translate("hc::domain", ",到期 %1").arg(iso(due.nextDue));
        return reason;
    }

    /// Where the customer's win-back calling stands after replaying their win-back and
    /// maintenance calls.
    struct WinbackState {
        QDate openDue;      ///< the due date of the open call
        int noAnswers = 0;  ///< unanswered win-back calls since the last final outcome
        QDate lastAttempt;  ///< the last unanswered call
        QDate smsOn;        ///< the day an SMS is suggested (after the last allowed no-answer)
        QDate smsDue;       ///< the due date shown with that SMS
        QDate missed;       ///< an appointment the customer promised (will_come)
    };

    [[nodiscard]] WinbackState replayWinbackCalls(const CustomerData& data, QDate due,
                                                  int cadence) const {
        WinbackState st;
        st.openDue = due;
        for (const FollowUpCall* c : data.calls) {
            const bool isWinback = c->kind == FollowUpKind::Winback;
            const bool isMaintenance = c->kind == FollowUpKind::Maintenance;
            if (!isWinback && !isMaintenance) {
                continue;
            }
            if (c->outcome == CallOutcome::NoAnswer) {
                if (!isWinback) {
                    continue;
                }
                ++st.noAnswers;
                st.lastAttempt = c->date;
                if (st.noAnswers >= s_.maxNoAnswerAttempts) {
                    st.smsOn = c->date.addDays(1);
                    st.smsDue = st.openDue;
                    due = c->date.addDays(cadence);
                    st.openDue = due;
                    st.noAnswers = 0;
                }
                continue;
            }
            // A final outcome of a win-back or maintenance call: the next win-back call waits for
            // the cadence, or for the day after a missed appointment.
            st.noAnswers = 0;
            st.smsOn = QDate();
            st.missed = QDate();
            due = c->date.addDays(cadence);
            if (c->outcome == CallOutcome::WillCome && c->appointment.isValid() &&
                c->appointment.addDays(1) < due) {
                due = c->appointment.addDays(1);
                st.missed = c->appointment;
            }
            st.openDue = due;
        }
        return st;
    }

    /// Whether the win-back call is listed today, its attempt and SMS suggestion; `itemDue` is
    /// set to the due date to show.
    [[nodiscard]] Cycle winbackCycle(const WinbackState& st, QDate& itemDue) const {
        Cycle cycle;
        itemDue = st.openDue;
        if (st.smsOn.isValid() && st.smsOn == today_) {
            cycle.listed = true;
            cycle.sms = true;
            cycle.attempt = s_.maxNoAnswerAttempts;
            itemDue = st.smsDue;
        } else if (st.noAnswers > 0) {
            cycle.listed = today_ > st.lastAttempt;
            cycle.attempt = st.noAnswers + 1;
        } else {
            cycle.listed = st.openDue <= today_;
        }
        if (cycle.listed && st.missed.isValid() && st.missed < today_ && !cycle.sms) {
            cycle.missedAppointment = st.missed;
        }
        return cycle;
    }

    void winback(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        if (!data.stage || *data.stage == Stage::Active) {
            return;
        }
        const int cadence = cadenceDays(*data.stage, s_.winback);
        const QDate last = data.visits.empty() ? QDate() : data.visits.back()->date;
        // Never called: due since the customer stopped being loyal.
        const QDate firstDue = last.isValid() ? lifecycle_.loyal.after(last).addDays(1) : today_;
        QDate itemDue;
        const Cycle cycle = winbackCycle(replayWinbackCalls(data, firstDue, cadence), itemDue);
        if (!cycle.listed) {
            return;
        }
        FollowUpItem i = item(data, FollowUpKind::Winback, itemDue);
        i.attempt = cycle.attempt;
        i.smsSuggested = cycle.sms;
        i.reason =
            QCoreApplication::translate("hc::domain", "流失招揽:%1").arg(stageLabel(*data.stage));
        if (last.isValid()) {
            i.reason += QCoreApplication::translate("hc::domain", ",上次进厂 %1(%2 个月未来店)")
                            .arg(iso(last))
                            .arg(monthsBetween(last, today_));
        }
        i.reason += retrySuffix(cycle);
        out.push_back(std::move(i));
    }

    void careItem(const CustomerData& data, CareOccasion occasion, const QDate& date, int lead,
                  const Vehicle* vehicle, std::vector<FollowUpItem>& out,
                  const QString& holiday = {}) const {
        if (!date.isValid() || date < today_ || date > today_.addDays(lead)) {
            return;
        }
        const Cycle cycle = evaluateCycle(callsOf(data, FollowUpKind::Care), date.addDays(-lead),
                                          today_, s_.maxNoAnswerAttempts, false);
        if (!cycle.listed) {
            return;
        }
        FollowUpItem i = item(data, FollowUpKind::Care, date);
        i.careOccasion = occasion;
        i.holiday = holiday;
        i.attempt = cycle.attempt;
        i.smsSuggested = cycle.sms;
        const QString what =
            holiday.isEmpty() ? toLabel(occasion) : toLabel(occasion) + QLatin1Char(' ') + holiday;
        i.reason = QCoreApplication::translate("hc::domain", "客户关怀:%1 %2").arg(what, iso(date));
        if (vehicle != nullptr) {
            setVehicle(i, vehicle->id);
            if (!vehicle->plate.isEmpty()) {
                i.reason += QStringLiteral("(%1)").arg(vehicle->plate);
            }
        }
        i.reason += retrySuffix(cycle);
        out.push_back(std::move(i));
    }

    void care(const CustomerData& data, std::vector<FollowUpItem>& out) const {
        if (data.customer->birthday.isValid()) {
            careItem(data, CareOccasion::Birthday, nextBirthday(data.customer->birthday, today_),
                     s_.birthdayLeadDays, nullptr, out);
        }
        for (const Vehicle* v : data.vehicles) {
            careItem(data, CareOccasion::Insurance, v->insuranceDue, s_.insuranceLeadDays, v, out);
            careItem(data, CareOccasion::Inspection, v->inspectionDue, s_.inspectionLeadDays, v,
                     out);
        }
        // Holiday greetings: for customers in holidayFromStage or a stage further away (seed 003:
        // the completely lost get care first); a customer whose stage is unknown is not greeted.
        if (data.stage && static_cast<int>(*data.stage) >= static_cast<int>(s_.holidayFromStage)) {
            for (const HolidayDate& h : in_.holidays) {
                careItem(data, CareOccasion::Holiday, h.date, s_.holidayLeadDays, nullptr, out,
                         h.name);
            }
        }
    }

    /// One item per customer: the highest-priority kind, then the most urgent, the earliest due.
    static FollowUpItem dedupe(std::vector<FollowUpItem> mine) {
        std::stable_sort(mine.begin(), mine.end(),
                         [](const FollowUpItem& a, const FollowUpItem& b) {
                             if (a.kind != b.kind) {
                                 return priority(a.kind) < priority(b.kind);
                             }
                             if (a.urgency != b.urgency) {
                                 return a.urgency < b.urgency;
                             }
                             return a.due < b.due;
                         });
        FollowUpItem best = std::move(mine.front());
        for (std::size_t k = 1; k < mine.size(); ++k) {
            const FollowUpItem& other = mine[k];
            if (other.kind == best.kind) {
                if (best.kind == FollowUpKind::Care || best.kind == FollowUpKind::DeclinedWork) {
                    best.reason += QCoreApplication::translate("hc::domain", ";另:") +
                                   other.reason.mid(other.reason.indexOf(QLatin1Char(':')) + 1);
                }
                // Declined work: one call covers every item due (the most urgent first).
                best.declinedItemIds.insert(best.declinedItemIds.end(),
                                            other.declinedItemIds.begin(),
                                            other.declinedItemIds.end());
                if (other.declinedUrgency &&
                    (!best.declinedUrgency || *other.declinedUrgency < *best.declinedUrgency)) {
                    best.declinedUrgency = other.declinedUrgency;
                }
                continue;
            }
            if (std::find(best.alsoDue.begin(), best.alsoDue.end(), other.kind) ==
                best.alsoDue.end()) {
                best.alsoDue.push_back(other.kind);
            }
        }
        return best;
    }

    /// Keeps at most winbackDailyLimit win-back items: the nearest stages first (seed 003: the
    /// quasi-lost are the most likely to come back), then the earliest due, then the customer id.
    void limitWinback(std::vector<FollowUpItem>& items) const {
        if (s_.winbackDailyLimit <= 0) {
            return;
        }
        std::vector<const FollowUpItem*> wb;
        for (const auto& i : items) {
            if (i.kind == FollowUpKind::Winback) {
                wb.push_back(&i);
            }
        }
        if (static_cast<int>(wb.size()) <= s_.winbackDailyLimit) {
            return;
        }
        std::sort(wb.begin(), wb.end(), [](const FollowUpItem* a, const FollowUpItem* b) {
            const int sa = a->stage ? static_cast<int>(*a->stage) : kStageCount;
            const int sb = b->stage ? static_cast<int>(*b->stage) : kStageCount;
            if (sa != sb) {
                return sa < sb;
            }
            if (a->due != b->due) {
                return a->due < b->due;
            }
            return a->customerId < b->customerId;
        });
        std::vector<CustomerId> drop;
        for (std::size_t k = static_cast<std::size_t>(s_.winbackDailyLimit); k < wb.size(); ++k) {
            drop.push_back(wb[k]->customerId);
        }
        std::erase_if(items, [&](const FollowUpItem& i) {
            return i.kind == FollowUpKind::Winback &&
                   std::find(drop.begin(), drop.end(), i.customerId) != drop.end();
        });
    }

    const FollowUpSettings& s_;
    const LifecycleSettings& lifecycle_;
    const FollowUpInput& in_;
    QDate today_;
    std::vector<CustomerData> customers_;  ///< by id
    std::unique_ptr<IdIndex> vehicles_;    ///< positions in in_.vehicles
    std::vector<const Visit*> visitPtrs_;
    std::vector<const Vehicle*> vehiclePtrs_;
    std::vector<const FollowUpCall*> callPtrs_;
    std::vector<const OpenComplaint*> complaintPtrs_;
    std::vector<const Appointment*> appointmentPtrs_;
    std::vector<const DeclinedItem*> declinedPtrs_;
};

}  // namespace

FollowUpPlanner::FollowUpPlanner(FollowUpSettings settings, LifecycleSettings lifecycle)
    : settings_(std::move(settings)), lifecycle_(std::move(lifecycle)) {}

void FollowUpPlanner::classifyCustomers(FollowUpInput& input, const LifecycleSettings& lifecycle) {
    // The last visit on or before D per customer position (a repeated id: its last row).
    std::vector<CustomerId> ids(input.customers.size());
    for (std::size_t k = 0; k < ids.size(); ++k) {
        ids[k] = input.customers[k].id;
    }
    const IdIndex byCustomer(ids);
    std::vector<QDate> lastVisit(input.customers.size());
    for (const Visit& v : input.visits) {
        if (v.date.isValid() && v.date <= input.date) {
            const std::uint32_t k = byCustomer.find(v.customerId);
            if (k == IdIndex::kNone) {
                continue;
            }
            QDate& last = lastVisit[k];
            if (!last.isValid() || v.date > last) {
                last = v.date;
            }
        }
    }
    for (PlannerCustomer& c : input.customers) {
        CustomerFacts facts;
        facts.id = c.id;
        facts.phone = c.phone;
        facts.invalidSince = c.invalidSince;
        const std::uint32_t k = byCustomer.find(c.id);
        if (k != IdIndex::kNone && lastVisit[k].isValid()) {
            facts.lastVisit = lastVisit[k];
            facts.firstVisit = lastVisit[k];  // not used for the stage
        }
        c.valid = isValidContact(facts, input.date);
        c.stage = classify(facts, input.date, lifecycle).stage;
    }
}

std::vector<FollowUpItem> FollowUpPlanner::plan(const FollowUpInput& input) const {
    return Builder(settings_, lifecycle_, input).run();
}

}  // namespace hc::domain
