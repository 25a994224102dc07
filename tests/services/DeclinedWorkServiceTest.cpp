// Declined work as tracked items (issue 12 item 7): the life cycle through the services — recorded
// with the visit (one transaction, audited), due and planned as a follow-up, called about, done by
// a later visit ticked at entry, dropped with a reason, reopened when the closing visit is voided.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using domain::DeclinedStatus;
using domain::DeclinedUrgency;
using domain::FollowUpKind;

class DeclinedWorkTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        now = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
        customers = std::make_unique<CustomerService>(db(), clock());
        vehicles = std::make_unique<VehicleService>(db(), clock());
        visits = std::make_unique<VisitService>(db(), clock());
        declined = std::make_unique<DeclinedWorkService>(db(), clock());
        domain::Customer c;
        c.name = QStringLiteral("刘春江");
        c.phone = QStringLiteral("13812345678");
        customer = customers->registerCustomer(manager, c).value();
        domain::Vehicle v;
        v.customerId = customer;
        v.plate = QStringLiteral("陕A12345");
        car = vehicles->registerVehicle(manager, v).value();
    }

    domain::Visit visitOn(const QDate& date, int km, const QString& workOrder) const {
        domain::Visit v;
        v.vehicleId = car;
        v.date = date;
        v.mileage = km;
        v.workOrder = workOrder;
        v.category = QStringLiteral("repair");
        v.amountFen = 50000;
        return v;
    }

    static DeclinedItemInput input(const QString& what, domain::Fen fen, DeclinedUrgency urgency,
                                   QDate due = {}, std::optional<int> km = std::nullopt) {
        DeclinedItemInput i;
        i.what = what;
        i.amountFen = fen;
        i.urgency = urgency;
        i.dueDate = due;
        i.dueMileage = km;
        return i;
    }

    std::vector<DeclinedItemRow> open() const {
        DeclinedQuery q;
        q.customerId = customer;
        q.status = DeclinedStatus::Open;
        return declined->list(q).value();
    }

    std::vector<domain::FollowUpItem> declinedCalls(const QDate& day) {
        FollowUpService followUps(temp.db(), [day] { return QDateTime(day, QTime(9, 0)); });
        auto items = followUps.planToday(day).value();
        std::erase_if(items, [](const auto& i) { return i.kind != FollowUpKind::DeclinedWork; });
        return items;
    }

    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<VehicleService> vehicles;
    std::unique_ptr<VisitService> visits;
    std::unique_ptr<DeclinedWorkService> declined;
    domain::CustomerId customer = 0;
    domain::VehicleId car = 0;
};

TEST_F(DeclinedWorkTest, BadItemLosesNothingAndSavesNothing) {
    VisitDeclinedWork work;
    work.declined = {input(QStringLiteral("更换刹车片"), 80000, DeclinedUrgency::Safety),
                     input(QStringLiteral("   "), 100, DeclinedUrgency::Soon)};
    auto r = visits->registerVisit(advisor, visitOn(QDate(2026, 6, 1), 20000, QStringLiteral("W1")),
                                   work);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("declined.2.what"));
    EXPECT_EQ(storage::VisitRepository(db()).count(), 0);
    work.declined[1] = input(QStringLiteral("换雨刮"), 100, DeclinedUrgency::Soon, {}, 19000);
    r = visits->registerVisit(advisor, visitOn(QDate(2026, 6, 1), 20000, QStringLiteral("W1")),
                              work);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("declined.2.due_mileage"));
    work.declined[1] =
        input(QStringLiteral("换雨刮"), 100, DeclinedUrgency::Soon, QDate(2026, 5, 1));
    r = visits->registerVisit(advisor, visitOn(QDate(2026, 6, 1), 20000, QStringLiteral("W1")),
                              work);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("declined.2.due_date"));
    EXPECT_TRUE(open().empty());
}

TEST_F(DeclinedWorkTest, LifeCycleRecordedDuePlannedCalledDoneDropped) {
    // 1 June: two items declined with the visit (one transaction, audited).
    VisitDeclinedWork work;
    work.declined = {input(QStringLiteral("更换刹车片"), 80000, DeclinedUrgency::Safety),
                     input(QStringLiteral("更换轮胎"), 120000, DeclinedUrgency::Later,
                           QDate(2026, 9, 1), 26000)};
    const auto first = visits->registerVisit(
        advisor, visitOn(QDate(2026, 6, 1), 20000, QStringLiteral("W1")), work);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto items = open();
    ASSERT_EQ(items.size(), 2u);
    const auto brakes = std::find_if(items.begin(), items.end(), [](const auto& r) {
                            return r.item.urgency == DeclinedUrgency::Safety;
                        })->item.id;
    const auto tyres = brakes == items[0].item.id ? items[1].item.id : items[0].item.id;
    // Safety default: due 7 days after the visit; tyres by 1 September (26,000 km at the shop's
    // default 40 km/day would be 150 days away).
    for (const auto& r : items) {
        EXPECT_EQ(r.item.visitId, first.value());
        EXPECT_EQ(r.item.createdBy, advisor.id);
        EXPECT_EQ(r.due.due, r.item.id == brakes ? QDate(2026, 6, 8) : QDate(2026, 9, 1));
    }
    AuditService audit(db());
    const auto trail = audit.trail(QStringLiteral("declined_item"), brakes).value();
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].action, QStringLiteral("declined.create"));

    // Not due on the day of the visit; listed from the day after for the safety item — while the
    // post-service callback (4–11 June) is due, as "also due" of that call.
    EXPECT_TRUE(declinedCalls(QDate(2026, 6, 1)).empty());
    {
        FollowUpService followUps(db(), clock());
        const auto all = followUps.planToday(QDate(2026, 6, 5)).value();
        ASSERT_EQ(all.size(), 1u);
        EXPECT_EQ(all[0].kind, FollowUpKind::PostService);
        EXPECT_EQ(all[0].alsoDue, std::vector<FollowUpKind>{FollowUpKind::DeclinedWork});
    }
    auto calls = declinedCalls(QDate(2026, 6, 12));
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].declinedItemIds, std::vector<domain::DeclinedItemId>{brakes});
    EXPECT_EQ(calls[0].vehicleId, car);

    // The call is made (kind declined_work is stored): no longer listed.
    now = QDateTime(QDate(2026, 6, 12), QTime(11, 0));
    FollowUpService followUps(db(), clock());
    CallInput call;
    call.customerId = customer;
    call.kind = FollowUpKind::DeclinedWork;
    call.vehicleId = car;
    call.due = calls[0].due;
    call.outcome = domain::CallOutcome::Reached;
    const auto recorded = followUps.recordOutcome(manager, call);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    EXPECT_TRUE(declinedCalls(QDate(2026, 6, 13)).empty());

    // 20 June: a later visit; the advisor ticks the brakes as done at entry.
    now = QDateTime(QDate(2026, 6, 20), QTime(10, 0));
    VisitDeclinedWork later;
    later.done = {brakes};
    const auto second = visits->registerVisit(
        advisor, visitOn(QDate(2026, 6, 20), 20600, QStringLiteral("W2")), later);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto done = declined->find(brakes).value();
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->item.status, DeclinedStatus::Done);
    EXPECT_EQ(done->item.closedByVisitId, second.value());
    EXPECT_EQ(done->item.closedDate, QDate(2026, 6, 20));
    // Ticking it again is refused (and the visit is not saved).
    const auto again = visits->registerVisit(
        advisor, visitOn(QDate(2026, 6, 20), 20600, QStringLiteral("W3")), later);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, QStringLiteral("declined.done"));
    EXPECT_FALSE(visits->findByWorkOrder(QStringLiteral("W3")).value().has_value());

    // Dropping needs a reason.
    EXPECT_EQ(declined->drop(advisor, tyres, QStringLiteral("  ")).error().field,
              QStringLiteral("reason"));
    const auto dropped = declined->drop(advisor, tyres, QStringLiteral("客户已在别处更换"));
    ASSERT_TRUE(dropped.ok());
    EXPECT_EQ(dropped.value().item.status, DeclinedStatus::Dropped);
    EXPECT_EQ(dropped.value().item.dropReason, QStringLiteral("客户已在别处更换"));
    EXPECT_EQ(declined->drop(advisor, tyres, QStringLiteral("x")).error().field,
              QStringLiteral("status"));
    EXPECT_TRUE(open().empty());
    const auto dropTrail = audit.trail(QStringLiteral("declined_item"), tyres).value();
    ASSERT_EQ(dropTrail.size(), 2u);
    EXPECT_EQ(dropTrail[1].action, QStringLiteral("declined.drop"));

    // The closing visit is voided: the brakes are open again (audited).
    ASSERT_TRUE(visits->voidVisit(manager, second.value(), QStringLiteral("录错车")).ok());
    items = open();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].item.id, brakes);
    EXPECT_EQ(audit.trail(QStringLiteral("declined_item"), brakes).value().back().action,
              QStringLiteral("declined.reopen"));
}

TEST_F(DeclinedWorkTest, CloseDoneNeedsALaterVisitOfTheSameCar) {
    VisitDeclinedWork work;
    work.declined = {input(QStringLiteral("更换刹车片"), 80000, DeclinedUrgency::Safety)};
    ASSERT_TRUE(
        visits
            ->registerVisit(advisor, visitOn(QDate(2026, 6, 1), 20000, QStringLiteral("W1")), work)
            .ok());
    const auto id = open().front().item.id;
    const auto none = declined->closeDone(advisor, id);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, QStringLiteral("visit"));
    now = QDateTime(QDate(2026, 6, 9), QTime(10, 0));
    const auto later =
        visits->registerVisit(advisor, visitOn(QDate(2026, 6, 9), 20300, QStringLiteral("W2")));
    ASSERT_TRUE(later.ok());
    const auto closed = declined->closeDone(advisor, id);
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    EXPECT_EQ(closed.value().item.closedByVisitId, later.value());
    EXPECT_EQ(declined->closeDone(advisor, 9999).error().code, ServiceError::Code::NotFound);
    // Deleting the closing visit reopens it; deleting the first removes the item.
    ASSERT_TRUE(visits->deleteVisit(manager, later.value()).ok());
    EXPECT_EQ(open().size(), 1u);
    const auto firstId = open().front().item.visitId;
    ASSERT_TRUE(visits->deleteVisit(manager, firstId).ok());
    EXPECT_TRUE(open().empty());
}

TEST_F(DeclinedWorkTest, MonthlyReportShowsDeclinedRecoveredAndTheRateInMoney) {
    // May: 1,000 yuan declined; June: 500 + 300 declined, the May item (1,000) done in June, one
    // June item (300) dropped.
    now = QDateTime(QDate(2026, 5, 10), QTime(10, 0));
    VisitDeclinedWork may;
    may.declined = {input(QStringLiteral("更换刹车片"), 100000, DeclinedUrgency::Safety)};
    ASSERT_TRUE(
        visits
            ->registerVisit(advisor, visitOn(QDate(2026, 5, 10), 20000, QStringLiteral("W1")), may)
            .ok());
    const auto mayItem = open().front().item.id;
    now = QDateTime(QDate(2026, 6, 10), QTime(10, 0));
    VisitDeclinedWork june;
    june.declined = {input(QStringLiteral("更换雨刮"), 50000, DeclinedUrgency::Soon),
                     input(QStringLiteral("清洗节气门"), 30000, DeclinedUrgency::Later)};
    june.done = {mayItem};
    ASSERT_TRUE(
        visits
            ->registerVisit(advisor, visitOn(QDate(2026, 6, 10), 21000, QStringLiteral("W2")), june)
            .ok());
    for (const auto& r : open()) {
        if (r.item.amountFen == 30000) {
            ASSERT_TRUE(declined->drop(advisor, r.item.id, QStringLiteral("客户不需要")).ok());
        }
    }
    now = QDateTime(QDate(2026, 7, 2), QTime(10, 0));
    const auto report = MonthlyReportService(db(), clock()).build({2026, 6});
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const auto& d = report.value().declinedWork.summary;
    EXPECT_EQ(d.declinedCount, 2);
    EXPECT_EQ(d.declinedFen, 80000);
    EXPECT_EQ(d.recoveredCount, 1);
    EXPECT_EQ(d.recoveredFen, 100000);
    EXPECT_EQ(d.droppedFen, 30000);
    EXPECT_EQ(d.openCount, 1);
    EXPECT_EQ(d.openFen, 50000);
    EXPECT_EQ(d.recoveryRateBp, 12500);  // 1,000 ÷ 800 yuan: a month can recover more
    EXPECT_EQ(report.value().customersBehind(QStringLiteral("declined.recovered")),
              CustomerIds{customer});
    const auto mayReport = MonthlyReportService(db(), clock()).build({2026, 5}).value();
    EXPECT_EQ(mayReport.declinedWork.summary.declinedFen, 100000);
    EXPECT_EQ(mayReport.declinedWork.summary.recoveredFen, 0);
    EXPECT_EQ(mayReport.declinedWork.summary.recoveryRateBp, 0);
}

}  // namespace
}  // namespace hc::services
