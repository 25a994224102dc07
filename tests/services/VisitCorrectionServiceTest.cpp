// Correcting history (issue 9 item 3): editing and voiding a saved visit — who may do it, the audit
// record with the before state, and every analysis ignoring a voided visit at once.
#include "ServiceFixture.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/AuditService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SearchService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/VisitRepository.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

class VisitCorrectionTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        auto c = users->addUser(manager, QStringLiteral("caller"), domain::Role::Callback,
                                QStringLiteral("secret-three-2026"), QStringLiteral("赵回访"));
        auto a2 = users->addUser(manager, QStringLiteral("advisor2"), domain::Role::Advisor,
                                 QStringLiteral("secret-four-2026"), QStringLiteral("钱顾问"));
        ASSERT_TRUE(c.ok() && a2.ok());
        caller = {c.value(), QStringLiteral("caller"), domain::Role::Callback};
        otherAdvisor = {a2.value(), QStringLiteral("advisor2"), domain::Role::Advisor};
        customers = std::make_unique<CustomerService>(db(), clock());
        vehicles = std::make_unique<VehicleService>(db(), clock());
        visits = std::make_unique<VisitService>(db(), clock());
        big = customer(QStringLiteral("大客户"), QStringLiteral("13800000001"),
                       QStringLiteral("陕A10001"), &bigCar);
        small = customer(QStringLiteral("小客户"), QStringLiteral("13800000002"),
                         QStringLiteral("陕A10002"), &smallCar);
    }

    domain::CustomerId customer(const QString& name, const QString& phone, const QString& plate,
                                domain::VehicleId* car) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        const auto id = customers->registerCustomer(manager, c).value();
        domain::Vehicle v;
        v.customerId = id;
        v.plate = plate;
        *car = vehicles->registerVehicle(manager, v).value();
        return id;
    }

    domain::VisitId visit(const ActingUser& user, domain::VehicleId car, QDate date,
                          domain::Fen amount, const QString& workOrder) {
        domain::Visit v;
        v.vehicleId = car;
        v.date = date;
        v.amountFen = amount;
        v.workOrder = workOrder;
        v.category = QStringLiteral("maintenance");
        auto r = visits->registerVisit(user, v);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : 0;
    }

    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<VehicleService> vehicles;
    std::unique_ptr<VisitService> visits;
    ActingUser caller;
    ActingUser otherAdvisor;
    domain::CustomerId big = 0;
    domain::CustomerId small = 0;
    domain::VehicleId bigCar = 0;
    domain::VehicleId smallCar = 0;
};

TEST_F(VisitCorrectionTest, TheEnteringAdvisorMayCorrectOnlyOnTheSameDay) {
    const auto id = visit(advisor, bigCar, QDate(2026, 6, 14), 10000, QStringLiteral("W1"));
    auto v = *visits->find(id).value();
    EXPECT_TRUE(visits->canCorrect(advisor, v));
    EXPECT_FALSE(visits->canCorrect(otherAdvisor, v));
    EXPECT_FALSE(visits->canCorrect(caller, v));
    EXPECT_TRUE(visits->canCorrect(manager, v));

    v.amountFen = 12000;
    ASSERT_TRUE(visits->updateVisit(advisor, v).ok());
    EXPECT_EQ(visits->find(id).value()->amountFen, 12000);
    EXPECT_EQ(visits->updateVisit(otherAdvisor, v).error().code, ServiceError::Code::Denied);
    EXPECT_EQ(visits->voidVisit(caller, id, QStringLiteral("录错")).error().code,
              ServiceError::Code::Denied);

    now = now.addDays(1);  // the next day: the advisor no longer may, the manager still may
    v = *visits->find(id).value();
    EXPECT_FALSE(visits->canCorrect(advisor, v));
    v.amountFen = 13000;
    EXPECT_EQ(visits->updateVisit(advisor, v).error().code, ServiceError::Code::Denied);
    const auto refused = visits->voidVisit(advisor, id, QStringLiteral("录错"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ServiceError::Code::Denied);
    EXPECT_FALSE(visits->find(id).value()->isVoided());
    EXPECT_EQ(visits->find(id).value()->amountFen, 12000);
    ASSERT_TRUE(visits->updateVisit(manager, v).ok());
    ASSERT_TRUE(visits->voidVisit(manager, id, QStringLiteral("重复录入")).ok());
    EXPECT_TRUE(visits->find(id).value()->isVoided());
}

TEST_F(VisitCorrectionTest, VoidNeedsAReasonAndHappensOnce) {
    const auto id = visit(advisor, bigCar, QDate(2026, 6, 15), 10000, QStringLiteral("W2"));
    const auto blank = visits->voidVisit(advisor, id, QStringLiteral("  "));
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(blank.error().field, QStringLiteral("reason"));
    EXPECT_FALSE(visits->find(id).value()->isVoided());
    EXPECT_EQ(visits->voidVisit(manager, 9999, QStringLiteral("x")).error().code,
              ServiceError::Code::NotFound);

    ASSERT_TRUE(visits->voidVisit(advisor, id, QStringLiteral(" 客户取消 ")).ok());
    const auto voided = *visits->find(id).value();
    EXPECT_EQ(voided.voidReason, QStringLiteral("客户取消"));
    EXPECT_EQ(voided.voidedAt, now);
    EXPECT_EQ(voided.voidedBy, advisor.id);
    // Once voided: neither voided again nor edited, by anyone.
    EXPECT_EQ(visits->voidVisit(manager, id, QStringLiteral("再次")).error().field,
              QStringLiteral("visit"));
    auto edit = voided;
    edit.amountFen = 1;
    EXPECT_EQ(visits->updateVisit(manager, edit).error().field, QStringLiteral("visit"));
    // The work-order number stays taken by the voided visit.
    EXPECT_EQ(visits->findByWorkOrder(QStringLiteral("w2")).value()->id, id);
    domain::Visit again;
    again.vehicleId = bigCar;
    again.date = QDate(2026, 6, 15);
    again.workOrder = QStringLiteral("W2");
    EXPECT_EQ(visits->registerVisit(manager, again).error().code, ServiceError::Code::Duplicate);
}

TEST_F(VisitCorrectionTest, TheAuditRecordKeepsTheBeforeState) {
    const auto id = visit(advisor, bigCar, QDate(2026, 6, 15), 45600, QStringLiteral("W3"));
    ASSERT_TRUE(visits->voidVisit(manager, id, QStringLiteral("金额录错")).ok());
    const auto log = AuditService(db()).trail(QStringLiteral("visit"), id).value();
    ASSERT_FALSE(log.empty());
    const auto& last = log.back();
    EXPECT_EQ(last.action, QStringLiteral("visit.void"));
    EXPECT_EQ(last.userId, manager.id);
    const auto before = nlohmann::json::parse(last.beforeJson.toStdString());
    const auto after = nlohmann::json::parse(last.afterJson.toStdString());
    EXPECT_EQ(before.at("amount_fen"), 45600);
    EXPECT_EQ(before.at("work_order"), "W3");
    EXPECT_TRUE(before.at("voided_at").is_null());
    EXPECT_EQ(after.at("void_reason"), "金额录错");
    EXPECT_EQ(after.at("voided_at"), "2026-06-15T09:30:00");
    EXPECT_EQ(after.at("voided_by"), manager.id);
}

TEST_F(VisitCorrectionTest, TheCorrectionsAuditRecordKeepsBeforeAndAfter) {
    domain::Visit input;
    input.vehicleId = bigCar;
    input.date = QDate(2026, 6, 15);
    input.amountFen = 45600;
    input.mileage = 52000;
    input.workOrder = QStringLiteral("W4");
    input.workDone = QStringLiteral("更换机油");
    input.category = QStringLiteral("maintenance");
    const auto id = visits->registerVisit(advisor, input).value();

    auto v = *visits->find(id).value();
    v.amountFen = 54600;
    v.mileage = 25000;
    v.workDone = QStringLiteral("更换机油、机滤");
    ASSERT_TRUE(visits->updateVisit(manager, v).ok());

    const auto log = AuditService(db()).trail(QStringLiteral("visit"), id).value();
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log.front().action, QStringLiteral("visit.create"));
    const auto& last = log.back();
    EXPECT_EQ(last.action, QStringLiteral("visit.update"));
    EXPECT_EQ(last.userId, manager.id);
    const auto before = nlohmann::json::parse(last.beforeJson.toStdString());
    const auto after = nlohmann::json::parse(last.afterJson.toStdString());
    EXPECT_EQ(before.at("id"), id);
    EXPECT_EQ(before.at("amount_fen"), 45600);
    EXPECT_EQ(before.at("mileage"), 52000);
    EXPECT_EQ(before.at("work_done"), "更换机油");
    EXPECT_EQ(after.at("amount_fen"), 54600);
    EXPECT_EQ(after.at("mileage"), 25000);
    EXPECT_EQ(after.at("work_done"), "更换机油、机滤");
    // What did not change is the same on both sides.
    EXPECT_EQ(before.at("work_order"), "W4");
    EXPECT_EQ(after.at("work_order"), "W4");
    EXPECT_EQ(before.at("visit_date"), after.at("visit_date"));
    EXPECT_TRUE(after.at("voided_at").is_null());
}

TEST_F(VisitCorrectionTest, AnalysisIgnoresAVoidedVisitAtOnce) {
    // The small customer would be A on a mistyped amount of 9 000 000 fen; voiding it leaves the
    // big customer alone at A and the small one with nothing — and no visit at all on file.
    const QDate asOf(2026, 6, 15);
    visit(manager, bigCar, QDate(2026, 3, 1), 500000, QStringLiteral("B1"));
    const auto typo = visit(advisor, smallCar, QDate(2026, 6, 15), 9000000, QStringLiteral("S1"));
    AnalysisService analysis(db());
    auto abc = analysis.abc(asOf).value();
    EXPECT_EQ(abc.totalFen, 9500000);
    ASSERT_FALSE(abc.rows.empty());
    EXPECT_EQ(abc.rows.front().row.customerId, small);
    auto classes = analysis.classify(asOf).value();
    const auto classOf = [&](const ClassificationReport& r, domain::CustomerId id) {
        return std::find_if(r.customers.begin(), r.customers.end(),
                            [&](const auto& c) { return c.id == id; })
            ->cls;
    };
    EXPECT_NE(classOf(classes, small), domain::CustomerClass::NoVisit);
    EXPECT_EQ(storage::VisitRepository(db()).count(), 2);

    ASSERT_TRUE(visits->voidVisit(advisor, typo, QStringLiteral("金额多打了两个零")).ok());

    abc = analysis.abc(asOf).value();
    EXPECT_EQ(abc.totalFen, 500000);
    ASSERT_FALSE(abc.rows.empty());
    EXPECT_EQ(abc.rows.front().row.customerId, big);
    EXPECT_TRUE(std::none_of(abc.rows.begin(), abc.rows.end(), [&](const auto& r) {
        return r.row.customerId == small && r.row.amountFen > 0;
    }));
    classes = analysis.classify(asOf).value();
    EXPECT_EQ(classOf(classes, small), domain::CustomerClass::NoVisit);
    EXPECT_FALSE(classes.customers.empty());
    EXPECT_TRUE(visits->visitsOf(small).value().empty());
    EXPECT_TRUE(visits->visitsOfVehicle(smallCar).value().empty());
    EXPECT_EQ(visits->visitsOf(big).value().size(), 1u);
    EXPECT_EQ(storage::VisitRepository(db()).count(), 1);
    EXPECT_FALSE(storage::VisitRepository(db()).lastMileage(smallCar).has_value());
}

TEST_F(VisitCorrectionTest, FollowUpsAndSearchIgnoreAVoidedVisit) {
    // A visit three days ago gets its post-service callback today; voided, it gets none.
    const auto id = visit(manager, smallCar, QDate(2026, 6, 12), 30000, QStringLiteral("PS1"));
    FollowUpService followUps(db(), clock());
    const auto postService = [&] {
        const auto items = followUps.planToday(QDate(2026, 6, 15)).value();
        return std::count_if(items.begin(), items.end(), [&](const auto& i) {
            return i.kind == domain::FollowUpKind::PostService && i.visitId == id;
        });
    };
    EXPECT_EQ(postService(), 1);
    SearchService search(db());
    const auto byWorkOrder = [&] {
        const auto rows = search.search(QStringLiteral("PS1"), 10).value();
        return std::count_if(rows.begin(), rows.end(), [&](const auto& r) {
            return r.customerId == small && r.matchedField == QStringLiteral("work_order");
        });
    };
    EXPECT_EQ(byWorkOrder(), 1);

    ASSERT_TRUE(visits->voidVisit(manager, id, QStringLiteral("试单")).ok());
    EXPECT_EQ(postService(), 0);
    EXPECT_EQ(byWorkOrder(), 0);
}

}  // namespace
}  // namespace hc::services
