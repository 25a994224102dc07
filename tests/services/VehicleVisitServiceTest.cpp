#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/VisitRepository.h"

namespace hc::services {
namespace {

class VehicleVisitTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        customers = std::make_unique<CustomerService>(db(), clock());
        vehicles = std::make_unique<VehicleService>(db(), clock());
        visits = std::make_unique<VisitService>(db(), clock());
        domain::Customer a;
        a.name = QStringLiteral("卖家");
        a.phone = QStringLiteral("13800000001");
        seller = customers->registerCustomer(advisor, a).value();
        a.name = QStringLiteral("买家");
        a.phone = QStringLiteral("13800000002");
        buyer = customers->registerCustomer(advisor, a).value();
        domain::Vehicle v;
        v.customerId = seller;
        v.plate = QStringLiteral("陕a·12345");
        v.purchaseDate = QDate(2020, 5, 1);
        auto id = vehicles->registerVehicle(advisor, v);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        car = id.value();
    }

    domain::Visit visit(QDate date, domain::Fen amount, const QString& workOrder = {}) const {
        domain::Visit v;
        v.vehicleId = car;
        v.date = date;
        v.amountFen = amount;
        v.workOrder = workOrder;
        v.category = QStringLiteral("maintenance");
        return v;
    }

    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<VehicleService> vehicles;
    std::unique_ptr<VisitService> visits;
    domain::CustomerId seller = 0;
    domain::CustomerId buyer = 0;
    domain::VehicleId car = 0;
};

TEST_F(VehicleVisitTest, PlateIsNormalisedAndUnique) {
    EXPECT_EQ(vehicles->find(car).value()->plate, QStringLiteral("陕A12345"));
    domain::Vehicle dup;
    dup.customerId = buyer;
    dup.plate = QStringLiteral("陕A 12345");
    auto r = vehicles->registerVehicle(advisor, dup);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Duplicate);
    EXPECT_EQ(r.error().field, QStringLiteral("plate"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("卖家")));
    EXPECT_EQ(vehicles->findDuplicates(QStringLiteral("陕a12345"), {}).value().size(), 1u);

    domain::Vehicle badPlate;
    badPlate.customerId = buyer;
    badPlate.plate = QStringLiteral("ABC");
    EXPECT_EQ(vehicles->registerVehicle(advisor, badPlate).error().field, QStringLiteral("plate"));
}

TEST_F(VehicleVisitTest, VinErrorsRejectedCheckDigitWarningAccepted) {
    domain::Vehicle bad;
    bad.customerId = buyer;
    bad.vin = QStringLiteral("LSVAA4182E212345");  // 16 characters
    EXPECT_EQ(vehicles->registerVehicle(advisor, bad).error().field, QStringLiteral("vin"));

    domain::Vehicle warn;
    warn.customerId = buyer;
    warn.vin = QStringLiteral("lsvaa4182e2123456");  // check digit does not match: warning only
    auto id = vehicles->registerVehicle(advisor, warn);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(vehicles->find(id.value()).value()->vin, QStringLiteral("LSVAA4182E2123456"));

    domain::Vehicle dup;
    dup.customerId = seller;
    dup.vin = QStringLiteral("LSVAA4182E2123456");
    EXPECT_EQ(vehicles->registerVehicle(advisor, dup).error().field, QStringLiteral("vin"));
}

TEST_F(VehicleVisitTest, VisitTakesTheOwnerAndComputesTheAmount) {
    auto v = visit(QDate(2026, 6, 1), 0, QStringLiteral(" wo-1001 "));
    v.labourFen = 10000;
    v.partsFen = 25000;
    v.otherFen = 500;
    v.discountFen = 1500;
    auto id = visits->registerVisit(advisor, v);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const auto stored = *visits->find(id.value()).value();
    EXPECT_EQ(stored.customerId, seller);
    EXPECT_EQ(stored.amountFen, 34000);
    EXPECT_EQ(stored.workOrder, QStringLiteral("WO-1001"));
    EXPECT_EQ(stored.createdBy, advisor.id);
    auto log = AuditService(db()).trail(QStringLiteral("visit"), id.value()).value();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, QStringLiteral("visit.create"));
}

TEST_F(VehicleVisitTest, VisitValidation) {
    EXPECT_EQ(visits->registerVisit(advisor, visit(QDate(), 100)).error().field,
              QStringLiteral("date"));
    EXPECT_EQ(visits->registerVisit(advisor, visit(now.date().addDays(1), 100)).error().field,
              QStringLiteral("date"));
    EXPECT_TRUE(visits->registerVisit(advisor, visit(now.date(), 100)).ok());
    EXPECT_EQ(visits->registerVisit(advisor, visit(QDate(2026, 1, 1), -1)).error().code,
              ServiceError::Code::Invalid);
    auto wrongOwner = visit(QDate(2026, 1, 1), 100);
    wrongOwner.customerId = buyer;
    EXPECT_EQ(visits->registerVisit(advisor, wrongOwner).error().field, QStringLiteral("vehicle"));
}

TEST_F(VehicleVisitTest, DuplicateWorkOrderWritesNothing) {
    ASSERT_TRUE(
        visits->registerVisit(advisor, visit(QDate(2026, 1, 1), 100, QStringLiteral("A1"))).ok());
    const auto auditBefore = AuditService(db()).recent(1000).value().size();
    auto r = visits->registerVisit(advisor, visit(QDate(2026, 2, 1), 200, QStringLiteral("a1")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Duplicate);
    EXPECT_EQ(r.error().field, QStringLiteral("work_order"));
    EXPECT_EQ(r.error().message, QStringLiteral("工单号 A1 已存在"));
    EXPECT_EQ(storage::VisitRepository(db()).count(), 1);
    EXPECT_EQ(AuditService(db()).recent(1000).value().size(), auditBefore);
}

TEST_F(VehicleVisitTest, TransferKeepsOldVisitsWithTheOldOwner) {
    const auto old = visits->registerVisit(advisor, visit(QDate(2025, 3, 1), 5000)).value();
    ASSERT_TRUE(
        vehicles->transfer(advisor, car, buyer, QDate(2026, 1, 10), QStringLiteral("二手")).ok());
    EXPECT_EQ(vehicles->find(car).value()->customerId, buyer);
    EXPECT_EQ(visits->find(old).value()->customerId, seller);
    EXPECT_EQ(visits->visitsOf(seller).value().size(), 1u);
    EXPECT_TRUE(vehicles->vehiclesOf(seller).value().empty());

    const auto history = vehicles->history(car).value();
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].customerId, seller);
    EXPECT_EQ(history[0].from, QDate(2020, 5, 1));
    EXPECT_EQ(history[0].to, QDate(2026, 1, 10));
    EXPECT_EQ(history[1].customerId, buyer);
    EXPECT_FALSE(history[1].to.isValid());

    const auto fresh = visits->registerVisit(advisor, visit(QDate(2026, 2, 1), 8000)).value();
    EXPECT_EQ(visits->find(fresh).value()->customerId, buyer);
    auto old2 = *visits->find(old).value();
    old2.amountFen = 5500;
    ASSERT_TRUE(visits->updateVisit(advisor, old2).ok());  // editing keeps the old owner
    EXPECT_EQ(visits->find(old).value()->customerId, seller);

    auto log = AuditService(db()).trail(QStringLiteral("vehicle"), car).value();
    EXPECT_EQ(log.back().action, QStringLiteral("vehicle.transfer"));
    EXPECT_EQ(vehicles->transfer(advisor, car, buyer, QDate(2026, 2, 1)).error().field,
              QStringLiteral("customer"));
    EXPECT_EQ(vehicles->transfer(advisor, car, seller, QDate(2025, 1, 1)).error().field,
              QStringLiteral("date"));
}

TEST_F(VehicleVisitTest, OnlyManagersDeleteVisits) {
    const auto id = visits->registerVisit(advisor, visit(QDate(2026, 1, 1), 100)).value();
    EXPECT_EQ(visits->deleteVisit(advisor, id).error().code, ServiceError::Code::Denied);
    ASSERT_TRUE(visits->deleteVisit(manager, id).ok());
    EXPECT_FALSE(visits->find(id).value());
    auto log = AuditService(db()).trail(QStringLiteral("visit"), id).value();
    EXPECT_EQ(log.back().action, QStringLiteral("visit.delete"));
    EXPECT_TRUE(log.back().afterJson.isEmpty());
}

}  // namespace
}  // namespace hc::services
