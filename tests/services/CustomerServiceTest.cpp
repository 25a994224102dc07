#include "ServiceFixture.h"
#include "hc/services/AuditService.h"
#include "hc/services/CustomerService.h"
#include "hc/storage/CustomerRepository.h"

#include <nlohmann/json.hpp>

namespace hc::services {
namespace {

class CustomerServiceTest : public test::ServiceFixture {
protected:
    domain::Customer sample() const {
        domain::Customer c;
        c.name = QStringLiteral("  刘春江 ");
        c.phone = QStringLiteral("138 1234 5678");
        return c;
    }
    std::vector<AuditRecord> trail(domain::CustomerId id) {
        auto r = AuditService(db()).trail(QStringLiteral("customer"), id);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : std::vector<AuditRecord>{};
    }
};

TEST_F(CustomerServiceTest, RegisterNormalisesStoresAndAudits) {
    CustomerService service(db(), clock());
    auto id = service.registerCustomer(advisor, sample());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const auto c = service.find(id.value()).value();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, QStringLiteral("刘春江"));
    EXPECT_EQ(c->phone, QStringLiteral("13812345678"));
    EXPECT_EQ(c->createdAt, now);

    const auto log = trail(id.value());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, QStringLiteral("customer.create"));
    EXPECT_EQ(log[0].userId, advisor.id);
    EXPECT_EQ(log[0].username, QStringLiteral("advisor"));
    EXPECT_EQ(log[0].at, now);
    EXPECT_TRUE(log[0].beforeJson.isEmpty());
    const auto after = nlohmann::json::parse(log[0].afterJson.toStdString());
    EXPECT_EQ(after["name"], "刘春江");
    EXPECT_EQ(after["phone"], "13812345678");
    EXPECT_EQ(after["id"], id.value());
}

TEST_F(CustomerServiceTest, InvalidPhoneIsRejectedAndNothingStored) {
    CustomerService service(db(), clock());
    auto c = sample();
    c.phone = QStringLiteral("12345");
    auto r = service.registerCustomer(advisor, c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("phone"));
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_EQ(storage::CustomerRepository(db()).count(), 0);
    EXPECT_TRUE(AuditService(db()).recent(50).value().size() == 2u);  // the two user.create rows
}

TEST_F(CustomerServiceTest, NameRequiredIdNumberCheckedPhoneOptional) {
    CustomerService service(db(), clock());
    auto noName = sample();
    noName.name = QStringLiteral("   ");
    EXPECT_EQ(service.registerCustomer(advisor, noName).error().field, QStringLiteral("name"));

    auto badId = sample();
    badId.idNumber = QStringLiteral("110105194912310021");  // wrong check character
    EXPECT_EQ(service.registerCustomer(advisor, badId).error().field, QStringLiteral("id_number"));

    auto goodId = sample();
    goodId.idNumber = QStringLiteral("11010519491231002x");
    auto id = service.registerCustomer(advisor, goodId);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(service.find(id.value()).value()->idNumber, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(service.find(id.value()).value()->birthday, QDate(1949, 12, 31));

    domain::Customer noPhone;
    noPhone.name = QStringLiteral("没电话");
    EXPECT_TRUE(service.registerCustomer(advisor, noPhone).ok());
}

TEST_F(CustomerServiceTest, MarkInvalidThenUndo) {
    CustomerService service(db(), clock());
    const auto id = service.registerCustomer(advisor, sample()).value();
    ASSERT_TRUE(
        service.markInvalid(advisor, id, domain::InvalidReason::WrongNumber, QStringLiteral("空号"))
            .ok());
    auto c = *service.find(id).value();
    EXPECT_TRUE(c.isInvalid());
    EXPECT_EQ(c.invalidSince, now.date());
    EXPECT_EQ(c.invalidBy, advisor.id);

    now = now.addSecs(3600);
    ASSERT_TRUE(service.undoInvalid(manager, id).ok());
    EXPECT_FALSE(service.find(id).value()->isInvalid());
    EXPECT_FALSE(service.undoInvalid(manager, id).ok());  // nothing to undo

    const auto log = trail(id);
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[1].action, QStringLiteral("customer.invalid"));
    EXPECT_EQ(log[1].userId, advisor.id);
    EXPECT_EQ(nlohmann::json::parse(log[1].afterJson.toStdString())["invalid_reason"],
              "wrong_number");
    EXPECT_EQ(log[2].action, QStringLiteral("customer.invalid_undo"));
    EXPECT_EQ(log[2].userId, manager.id);
    EXPECT_TRUE(nlohmann::json::parse(log[2].afterJson.toStdString())["invalid_reason"].is_null());
}

TEST_F(CustomerServiceTest, VerifyRecordsUserAndTime) {
    CustomerService service(db(), clock());
    const auto id = service.registerCustomer(advisor, sample()).value();
    EXPECT_FALSE(service.find(id).value()->isVerified());
    now = now.addDays(3);
    ASSERT_TRUE(service.verify(manager, id).ok());
    const auto c = *service.find(id).value();
    EXPECT_EQ(c.verifiedAt, now);
    EXPECT_EQ(c.verifiedBy, manager.id);
    EXPECT_EQ(trail(id).back().action, QStringLiteral("customer.verify"));
}

TEST_F(CustomerServiceTest, UnknownCustomerIsNotFound) {
    CustomerService service(db(), clock());
    EXPECT_EQ(service.verify(manager, 999).error().code, ServiceError::Code::NotFound);
    EXPECT_EQ(service.setMarketingOptOut(manager, 999, true).error().code,
              ServiceError::Code::NotFound);
}

TEST_F(CustomerServiceTest, UpdateAndDuplicates) {
    CustomerService service(db(), clock());
    const auto a = service.registerCustomer(advisor, sample()).value();
    auto other = sample();
    other.name = QStringLiteral("家属");
    const auto b = service.registerCustomer(advisor, other).value();
    const auto hits = service.findDuplicates(QStringLiteral("+86 138-1234-5678"), {}, a).value();
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].customerId, b);
    EXPECT_EQ(hits[0].field, QStringLiteral("phone"));

    auto c = *service.find(a).value();
    c.address = QStringLiteral(" 西安  雁塔 ");
    ASSERT_TRUE(service.updateCustomer(advisor, c).ok());
    EXPECT_EQ(service.find(a).value()->address, QStringLiteral("西安 雁塔"));
    EXPECT_EQ(trail(a).back().action, QStringLiteral("customer.update"));
    ASSERT_TRUE(service.setMarketingOptOut(advisor, a, true).ok());
    EXPECT_TRUE(service.find(a).value()->marketingOptOut);
}

TEST_F(CustomerServiceTest, RevealReturnsTheFullValueAndIsAudited) {
    CustomerService service(db(), clock());
    auto c = sample();
    c.idNumber = QStringLiteral("11010519491231002X");
    auto id = service.registerCustomer(advisor, c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto phone = service.revealPersonalData(advisor, id.value(), QStringLiteral("phone"));
    ASSERT_TRUE(phone.ok());
    EXPECT_EQ(phone.value(), QStringLiteral("13812345678"));
    auto idNumber = service.revealPersonalData(advisor, id.value(), QStringLiteral("id_number"));
    ASSERT_TRUE(idNumber.ok());
    EXPECT_EQ(idNumber.value(), QStringLiteral("11010519491231002X"));

    const auto log = trail(id.value());
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[1].action, QStringLiteral("customer.reveal"));
    EXPECT_EQ(log[1].userId, advisor.id);
    EXPECT_EQ(nlohmann::json::parse(log[2].afterJson.toStdString())["field"], "id_number");

    auto bad = service.revealPersonalData(advisor, id.value(), QStringLiteral("address"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(trail(id.value()).size(), 3u);  // a refused reveal writes nothing
}

}  // namespace
}  // namespace hc::services
