// The shop profile (settings key "shop") and the visit receipt (ReceiptService): who may save,
// normalisation, the audit record, and the receipt's next service computed with the STORED
// maintenance settings.
#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/ReceiptService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

class ShopProfileReceiptTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        settings = std::make_unique<SettingsService>(db(), clock());
    }

    std::unique_ptr<SettingsService> settings;
};

TEST_F(ShopProfileReceiptTest, ManagerSavesTheShopProfileNormalisedAndAudited) {
    EXPECT_TRUE(settings->shopProfile().value().isEmpty());
    domain::ShopProfile shop;
    shop.name = QStringLiteral("  顺达汽修  ");
    shop.phone = QStringLiteral("029 8162 9900");
    shop.address = QStringLiteral("西安市雁塔区");
    shop.hours = QStringLiteral("8:30–18:00");
    EXPECT_EQ(settings->saveShopProfile(advisor, shop).error().code, ServiceError::Code::Denied);
    ASSERT_TRUE(settings->saveShopProfile(manager, shop).ok());
    const auto stored = settings->shopProfile().value();
    EXPECT_EQ(stored.name, QStringLiteral("顺达汽修"));
    EXPECT_EQ(stored.phone, QStringLiteral("029-81629900"));
    EXPECT_EQ(stored.hours, QStringLiteral("8:30–18:00"));

    const auto log = AuditService(db()).trail(QStringLiteral("settings"), std::nullopt).value();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, QStringLiteral("settings.shop"));
    EXPECT_EQ(nlohmann::json::parse(log.back().afterJson.toStdString()).at("name"), "顺达汽修");

    auto bad = stored;
    bad.name = QStringLiteral("   ");
    EXPECT_EQ(settings->saveShopProfile(manager, bad).error().field, QStringLiteral("name"));
    bad = stored;
    bad.phone = QStringLiteral("12345");
    EXPECT_EQ(settings->saveShopProfile(manager, bad).error().field, QStringLiteral("phone"));
    bad = stored;
    bad.name = QString(61, QChar(u'店'));
    EXPECT_EQ(settings->saveShopProfile(manager, bad).error().field, QStringLiteral("name"));
    EXPECT_EQ(settings->shopProfile().value(), stored);  // refusals changed nothing
}

TEST_F(ShopProfileReceiptTest, ReceiptUsesTheStoredMaintenanceRule) {
    CustomerService customers(db(), clock());
    VehicleService vehicles(db(), clock());
    VisitService visits(db(), clock());
    domain::Customer c;
    c.name = QStringLiteral("刘春江");
    c.phone = QStringLiteral("13891234501");
    const auto customer = customers.registerCustomer(manager, c).value();
    domain::Vehicle v;
    v.customerId = customer;
    v.plate = QStringLiteral("陕A12345");
    v.brand = QStringLiteral("丰田");
    v.model = QStringLiteral("凯美瑞");
    const auto car = vehicles.registerVehicle(manager, v).value();
    domain::Visit visit;
    visit.vehicleId = car;
    visit.date = QDate(2026, 1, 10);
    visit.workOrder = QStringLiteral("R1");
    visit.category = QStringLiteral("maintenance");
    visit.amountFen = 45000;
    const auto id = visits.registerVisit(manager, visit).value();
    domain::ShopProfile shop;
    shop.name = QStringLiteral("顺达汽修");
    ASSERT_TRUE(settings->saveShopProfile(manager, shop).ok());

    ReceiptService receipts(db(), clock());
    auto r = receipts.receiptByWorkOrder(QStringLiteral("r1"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().shop.name, QStringLiteral("顺达汽修"));
    EXPECT_EQ(r.value().customerName, QStringLiteral("刘春江"));
    EXPECT_EQ(r.value().customerPhone, QStringLiteral("138****4501"));
    EXPECT_EQ(r.value().vehicle, QStringLiteral("丰田 凯美瑞"));
    EXPECT_EQ(r.value().nextService.nextDue, QDate(2026, 7, 10));  // default: 6 months

    // The shop changes its rule to 3 months: the receipt follows the stored settings.
    auto rules = settings->followUps().value();
    rules.maintenance.interval = domain::Span::months(3);
    ASSERT_TRUE(settings->saveFollowUps(manager, rules).ok());
    r = receipts.receipt(id);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().nextService.nextDue, QDate(2026, 4, 10));

    ASSERT_TRUE(visits.voidVisit(manager, id, QStringLiteral("录错")).ok());
    EXPECT_EQ(receipts.receipt(id).error().field, QStringLiteral("visit"));
    EXPECT_EQ(receipts.receiptByWorkOrder(QStringLiteral("NOPE")).error().code,
              ServiceError::Code::NotFound);
}

}  // namespace
}  // namespace hc::services
