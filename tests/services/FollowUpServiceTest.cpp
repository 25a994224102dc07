// FollowUpService on a real database: the daily list and recording outcomes with their effects.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/CallRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SatisfactionRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using domain::CallOutcome;
using domain::FollowUpKind;

class FollowUpServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        service = std::make_unique<FollowUpService>(db(), clock());
        domain::Customer c;
        c.name = QStringLiteral("刘春江");
        c.phone = QStringLiteral("13812345678");
        c.createdAt = c.updatedAt = now;
        customer = storage::CustomerRepository(db()).insert(c);
        domain::Vehicle v;
        v.customerId = customer;
        v.plate = QStringLiteral("陕A12345");
        vehicle = storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
        domain::Visit visit;
        visit.customerId = customer;
        visit.vehicleId = vehicle;
        visit.date = QDate(2026, 6, 12);  // post-service callback due 2026-06-15
        visit.mileage = 30000;
        visit.category = QStringLiteral("maintenance");
        visit.advisor = QStringLiteral("王芳");
        visit.amountFen = 50000;
        visit.createdAt = now;
        visitId = storage::VisitRepository(db()).insert(visit);
    }

    std::vector<domain::FollowUpItem> plan(const QDate& day, const QString& assignee = {}) {
        auto r = service->planToday(day, assignee);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : std::vector<domain::FollowUpItem>{};
    }

    const domain::FollowUpItem* itemOf(const std::vector<domain::FollowUpItem>& items,
                                       domain::CustomerId id) {
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const auto& i) { return i.customerId == id; });
        return it == items.end() ? nullptr : &*it;
    }

    CallInput callFor(const domain::FollowUpItem& item, CallOutcome outcome) {
        CallInput in;
        in.customerId = item.customerId;
        in.kind = item.kind;
        in.vehicleId = item.vehicleId;
        in.visitId = item.visitId;
        in.complaintId = item.complaintId;
        in.due = item.due;
        in.attempt = item.attempt;
        in.outcome = outcome;
        return in;
    }

    int auditCount(const QString& action) {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }

    std::unique_ptr<FollowUpService> service;
    domain::CustomerId customer = 0;
    domain::VehicleId vehicle = 0;
    domain::VisitId visitId = 0;
};

TEST_F(FollowUpServiceTest, PostServiceItemIsOnTheListAndNotOnTheAdvisorsOwn) {
    const auto items = plan(QDate(2026, 6, 15));
    const auto* item = itemOf(items, customer);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kind, FollowUpKind::PostService);
    EXPECT_EQ(item->visitId, visitId);
    EXPECT_EQ(item->due, QDate(2026, 6, 15));
    EXPECT_EQ(item->urgency, domain::Urgency::Yellow);
    EXPECT_EQ(item->stage, domain::Stage::Active);
    EXPECT_EQ(itemOf(plan(QDate(2026, 6, 15), QStringLiteral("王芳")), customer), nullptr);
}

TEST_F(FollowUpServiceTest, WrongNumberMarksTheCustomerInvalidWithReasonAndAudit) {
    const auto items = plan(QDate(2026, 6, 15));
    auto r = service->recordOutcome(advisor,
                                    callFor(*itemOf(items, customer), CallOutcome::WrongNumber));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r.value().customerInvalidated);
    const auto c = storage::CustomerRepository(db()).find(customer);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->invalidReason, domain::InvalidReason::WrongNumber);
    EXPECT_EQ(c->invalidNote, domain::invalidNote(CallOutcome::WrongNumber));
    EXPECT_EQ(c->invalidSince, now.date());
    EXPECT_EQ(c->invalidBy, advisor.id);
    EXPECT_EQ(auditCount(QStringLiteral("call.record")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("customer.invalid")), 1);
    const auto call = storage::CallRepository(db()).find(r.value().callId);
    ASSERT_TRUE(call);
    EXPECT_EQ(call->outcome, CallOutcome::WrongNumber);
    EXPECT_EQ(call->callerName, QStringLiteral("advisor"));
    // The post-service call is closed: off the list.
    EXPECT_EQ(itemOf(plan(QDate(2026, 6, 15)), customer), nullptr);
}

TEST_F(FollowUpServiceTest, VehicleSoldCreatesTheNewOwnerAndTransfersTheVehicle) {
    auto in = callFor(*itemOf(plan(QDate(2026, 6, 15)), customer), CallOutcome::VehicleSold);
    in.newOwner = NewOwnerContact{QStringLiteral("赵新"), QStringLiteral("139 1234 5678"), true};
    auto r = service->recordOutcome(advisor, in);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r.value().customerInvalidated);
    ASSERT_TRUE(r.value().newOwnerId);
    EXPECT_EQ(r.value().transferredVehicle, vehicle);
    storage::CustomerRepository customers(db());
    EXPECT_EQ(customers.find(customer)->invalidReason, domain::InvalidReason::VehicleSold);
    const auto owner = customers.find(*r.value().newOwnerId);
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->name, QStringLiteral("赵新"));
    EXPECT_EQ(owner->phone, QStringLiteral("13912345678"));
    storage::VehicleRepository vehicles(db());
    EXPECT_EQ(vehicles.find(vehicle)->customerId, owner->id);
    EXPECT_EQ(vehicles.history(vehicle).size(), 2u);
    EXPECT_EQ(auditCount(QStringLiteral("customer.create")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("vehicle.transfer")), 1);
}

TEST_F(FollowUpServiceTest, BadNewOwnerPhoneWritesNothing) {
    auto in = callFor(*itemOf(plan(QDate(2026, 6, 15)), customer), CallOutcome::VehicleSold);
    in.newOwner = NewOwnerContact{QStringLiteral("赵新"), QStringLiteral("12345"), true};
    auto r = service->recordOutcome(advisor, in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(storage::CallRepository(db()).count(), 0);
}

TEST_F(FollowUpServiceTest, WillComeWithoutDateIsRefusedAndNothingIsWritten) {
    auto in = callFor(*itemOf(plan(QDate(2026, 6, 15)), customer), CallOutcome::WillCome);
    in.dataConfirmed = true;
    auto r = service->recordOutcome(advisor, in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("appointment"));
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_EQ(storage::CallRepository(db()).count(), 0);
    EXPECT_EQ(auditCount(QStringLiteral("call.record")), 0);
    EXPECT_FALSE(storage::CustomerRepository(db()).find(customer)->isVerified());
    in.appointment = QDate(2026, 6, 20);
    ASSERT_TRUE(service->recordOutcome(advisor, in).ok());
    EXPECT_EQ(storage::CallRepository(db()).count(), 1);
}

TEST_F(FollowUpServiceTest, ConfirmedDataRecordsTheSecondCheck) {
    auto in = callFor(*itemOf(plan(QDate(2026, 6, 15)), customer), CallOutcome::Reached);
    in.dataConfirmed = true;
    auto r = service->recordOutcome(advisor, in);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().verified);
    const auto c = storage::CustomerRepository(db()).find(customer);
    EXPECT_EQ(c->verifiedAt, now);
    EXPECT_EQ(c->verifiedBy, advisor.id);
    EXPECT_EQ(auditCount(QStringLiteral("customer.verify")), 1);
}

TEST_F(FollowUpServiceTest, SatisfactionScoresAreStoredAndValidated) {
    const auto items = storage::SatisfactionRepository(db()).items(false);
    auto in = callFor(*itemOf(plan(QDate(2026, 6, 15)), customer), CallOutcome::Reached);
    in.satisfaction = {{items[0].id, 6}};
    EXPECT_FALSE(service->recordOutcome(advisor, in).ok());
    EXPECT_EQ(storage::CallRepository(db()).count(), 0);
    in.satisfaction = {{items[0].id, 5}, {items[1].id, 2}};
    ASSERT_TRUE(service->recordOutcome(advisor, in).ok());
    const auto answers =
        storage::SatisfactionRepository(db()).answersBetween(QDate(2026, 6, 1), QDate(2026, 6, 30));
    EXPECT_EQ(answers.size(), 2u);
}

TEST_F(FollowUpServiceTest, NoAnswerIsRetriedNextDayUpToThreeThenSmsSuggested) {
    QDate day(2026, 6, 15);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        now = QDateTime(day, QTime(10, 0));
        const auto items = plan(day);
        const auto* item = itemOf(items, customer);
        ASSERT_NE(item, nullptr) << attempt;
        EXPECT_EQ(item->attempt, attempt);
        EXPECT_FALSE(item->smsSuggested);
        auto r = service->recordOutcome(advisor, callFor(*item, CallOutcome::NoAnswer));
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r.value().retry.suggestSms, attempt == 3);
        EXPECT_EQ(itemOf(plan(day), customer), nullptr) << "not again the same day";
        day = day.addDays(1);
    }
    const auto items = plan(day);
    const auto* item = itemOf(items, customer);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->smsSuggested);
    EXPECT_EQ(itemOf(plan(day.addDays(1)), customer), nullptr);
}

TEST_F(FollowUpServiceTest, WinbackKpisOfTheMonth) {
    CallInput in;
    in.customerId = customer;
    in.kind = FollowUpKind::Winback;
    in.outcome = CallOutcome::Refuses;
    in.churnReason = domain::ChurnReason::Price;
    ASSERT_TRUE(service->recordOutcome(advisor, in).ok());
    auto k = service->winbackKpis(2026, 6);
    ASSERT_TRUE(k.ok());
    EXPECT_EQ(k.value().reminded, 1);
    EXPECT_EQ(k.value().refusals, 1);
    EXPECT_EQ(k.value().internalReasons, 1);
}

TEST_F(FollowUpServiceTest, ComplaintCallNeedsTheComplaint) {
    CallInput in;
    in.customerId = customer;
    in.kind = FollowUpKind::Complaint;
    auto r = service->recordOutcome(advisor, in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("complaint_id"));
}

TEST_F(FollowUpServiceTest, StoredPostServiceDelayMovesTheCallback) {
    // The service was built without settings: it reads the stored ones at each use case.
    ASSERT_NE(itemOf(plan(QDate(2026, 6, 15)), customer), nullptr);  // visit 06-12 + 3 days
    domain::FollowUpSettings stored;
    stored.postServiceDelayDays = 5;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());

    EXPECT_EQ(service->settings().value().postServiceDelayDays, 5);
    EXPECT_EQ(itemOf(plan(QDate(2026, 6, 15)), customer), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2026, 6, 16)), customer), nullptr);
    const auto items = plan(QDate(2026, 6, 17));
    const auto* item = itemOf(items, customer);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kind, FollowUpKind::PostService);
    EXPECT_EQ(item->due, QDate(2026, 6, 17));

    // Fixed settings (tests, benchmarks) ignore what is stored.
    FollowUpService fixed(db(), clock(), domain::FollowUpSettings{});
    EXPECT_EQ(fixed.settings().value().postServiceDelayDays, 3);
    const auto fixedItems = fixed.planToday(QDate(2026, 6, 15));
    ASSERT_TRUE(fixedItems.ok());
    EXPECT_NE(itemOf(fixedItems.value(), customer), nullptr);
}

TEST_F(FollowUpServiceTest, StoredNoAnswerAttemptsAndReturnWindowApply) {
    domain::FollowUpSettings stored;
    stored.maxNoAnswerAttempts = 1;
    stored.winbackReturnWindowDays = 3;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());

    // One attempt allowed: the first no-answer already suggests the SMS.
    const auto items = plan(QDate(2026, 6, 15));
    auto r =
        service->recordOutcome(advisor, callFor(*itemOf(items, customer), CallOutcome::NoAnswer));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().retry.suggestSms);
    const auto next = plan(QDate(2026, 6, 16));
    const auto* item = itemOf(next, customer);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->smsSuggested);

    // A win-back call on 06-15 and a visit 4 days later: returned within 30 days, not within 3.
    CallInput in;
    in.customerId = customer;
    in.kind = FollowUpKind::Winback;
    in.outcome = CallOutcome::WillCome;
    in.appointment = QDate(2026, 6, 19);
    ASSERT_TRUE(service->recordOutcome(advisor, in).ok());
    domain::Visit visit;
    visit.customerId = customer;
    visit.vehicleId = vehicle;
    visit.date = QDate(2026, 6, 19);
    visit.category = QStringLiteral("repair");
    visit.createdAt = now;
    storage::VisitRepository(db()).insert(visit);
    ASSERT_TRUE(service->winbackKpis(2026, 6).ok());
    EXPECT_EQ(service->winbackKpis(2026, 6).value().returned, 0);
    stored.winbackReturnWindowDays = 4;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    EXPECT_EQ(service->winbackKpis(2026, 6).value().returned, 1);
}

/// A customer whose last visit makes them trending-lost (24–36 months) in February 2027, called
/// for win-back on 2027-01-20 so that the win-back call is not due again before April.
class HolidayGreetingServiceTest : public FollowUpServiceTest {
protected:
    void SetUp() override {
        FollowUpServiceTest::SetUp();
        domain::Customer c;
        c.name = QStringLiteral("王建国");
        c.phone = QStringLiteral("13912345678");
        c.createdAt = c.updatedAt = now;
        lost = storage::CustomerRepository(db()).insert(c);
        domain::Visit visit;
        visit.customerId = lost;
        visit.date = QDate(2024, 6, 1);
        visit.category = QStringLiteral("repair");
        visit.createdAt = now;
        storage::VisitRepository(db()).insert(visit);
        now = QDateTime(QDate(2027, 1, 20), QTime(10, 0));
        CallInput in;
        in.customerId = lost;
        in.kind = FollowUpKind::Winback;
        in.outcome = CallOutcome::Reached;
        EXPECT_TRUE(service->recordOutcome(advisor, in).ok());
    }

    domain::CustomerId lost = 0;
};

TEST_F(HolidayGreetingServiceTest, TrendingLostCustomerIsGreetedThreeDaysBeforeSpringFestival) {
    // 春节 2027 is 6 February (lunar 1/1, resolved by the service): listed from 02-03 to 02-06.
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 2)), lost), nullptr);
    const auto items = plan(QDate(2027, 2, 3));
    const auto* item = itemOf(items, lost);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kind, FollowUpKind::Care);
    EXPECT_EQ(item->careOccasion, domain::CareOccasion::Holiday);
    EXPECT_EQ(item->holiday, QStringLiteral("春节"));
    EXPECT_EQ(item->due, QDate(2027, 2, 6));
    EXPECT_EQ(item->stage, domain::Stage::TrendingLost);
    EXPECT_EQ(item->reason, QStringLiteral("客户关怀:节日问候 春节 2027-02-06"));
    // The customer who came in 2026-06 (not lost) gets no holiday greeting (only a win-back or
    // maintenance call).
    if (const auto* other = itemOf(items, customer)) {
        EXPECT_NE(other->kind, FollowUpKind::Care);
        EXPECT_EQ(std::count(other->alsoDue.begin(), other->alsoDue.end(), FollowUpKind::Care), 0);
    }
    EXPECT_NE(itemOf(plan(QDate(2027, 2, 6)), lost), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 7)), lost), nullptr);
}

TEST_F(HolidayGreetingServiceTest, RecordedHolidayCallsRetryAndClose) {
    QDate day(2027, 2, 3);
    now = QDateTime(day, QTime(10, 0));
    auto items = plan(day);
    ASSERT_NE(itemOf(items, lost), nullptr);
    auto r = service->recordOutcome(advisor, callFor(*itemOf(items, lost), CallOutcome::NoAnswer));
    ASSERT_TRUE(r.ok());
    const auto stored = storage::CallRepository(db()).ofCustomer(lost);
    const auto care = std::find_if(stored.begin(), stored.end(),
                                   [](const auto& c) { return c.kind == FollowUpKind::Care; });
    ASSERT_NE(care, stored.end());
    EXPECT_EQ(care->due, QDate(2027, 2, 6));
    EXPECT_EQ(care->outcome, CallOutcome::NoAnswer);
    EXPECT_EQ(itemOf(plan(day), lost), nullptr) << "not again the same day";

    day = day.addDays(1);
    now = QDateTime(day, QTime(10, 0));
    items = plan(day);
    const auto* retry = itemOf(items, lost);
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->careOccasion, domain::CareOccasion::Holiday);
    EXPECT_EQ(retry->attempt, 2);
    ASSERT_TRUE(service->recordOutcome(advisor, callFor(*retry, CallOutcome::Reached)).ok());
    EXPECT_EQ(itemOf(plan(day), lost), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 5)), lost), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 6)), lost), nullptr);
}

TEST_F(HolidayGreetingServiceTest, StoredHolidaySettingsApply) {
    domain::FollowUpSettings stored;
    stored.holidayFromStage = domain::Stage::CompletelyLost;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 3)), lost), nullptr);

    // 元宵节 (lunar 1/15 = 2027-02-20), 7 days ahead, from the trending-lost stage on.
    stored.holidayFromStage = domain::Stage::TrendingLost;
    stored.holidays = {{QStringLiteral("元宵节"), 1, 15, true}};
    stored.holidayLeadDays = 7;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 6)), lost), nullptr);  // 春节 is no longer a holiday
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 12)), lost), nullptr);
    const auto items = plan(QDate(2027, 2, 13));
    const auto* item = itemOf(items, lost);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->holiday, QStringLiteral("元宵节"));
    EXPECT_EQ(item->due, QDate(2027, 2, 20));
}

TEST_F(HolidayGreetingServiceTest, GregorianHolidaysOfTheNextYearAndFebruary29) {
    domain::FollowUpSettings stored;
    stored.holidays = {{QStringLiteral("元旦"), 1, 1, false}};
    stored.holidayLeadDays = 366;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    // 元旦 2027 has passed; 元旦 2028 (the next year's date) is within 366 days.
    const auto items = plan(QDate(2027, 3, 5));
    const auto* item = itemOf(items, lost);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->holiday, QStringLiteral("元旦"));
    EXPECT_EQ(item->due, QDate(2028, 1, 1));
    EXPECT_EQ(item->urgency, domain::Urgency::Green);

    // 29 February does not exist in 2027: nothing around 28 February / 1 March.
    stored.holidays = {{QStringLiteral("闰日"), 2, 29, false}};
    stored.holidayLeadDays = 3;
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 26)), lost), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2027, 2, 28)), lost), nullptr);
    EXPECT_EQ(itemOf(plan(QDate(2027, 3, 1)), lost), nullptr);
}

}  // namespace
}  // namespace hc::services
