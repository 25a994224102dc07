#include "TempDatabase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/UserRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

const QDateTime kAt(QDate(2026, 3, 15), QTime(10, 30, 5));

domain::Customer fullCustomer() {
    domain::Customer c;
    c.name = QStringLiteral("刘春江");
    c.kind = QStringLiteral("person");
    c.phone = QStringLiteral("13812345678");
    c.phone2 = QStringLiteral("029-81629900");
    c.idNumber = QStringLiteral("11010519491231002X");
    c.address = QStringLiteral("西安市雁塔区");
    c.postalCode = QStringLiteral("710061");
    c.birthday = QDate(1949, 12, 31);
    c.gender = QStringLiteral("female");
    c.region = QStringLiteral("雁塔");
    c.source = QStringLiteral("walk-in");
    c.attribute = QStringLiteral("private");
    c.behaviour = QStringLiteral("demanding");
    c.decisionStyle = QStringLiteral("rational");
    c.note = QStringLiteral("老客户");
    c.createdAt = kAt;
    c.updatedAt = kAt;
    return c;
}

TEST(CustomerRepository, RoundTripsEveryField) {
    TempDatabase t;
    CustomerRepository repo(t.db());
    const domain::Customer in = fullCustomer();
    const auto id = repo.insert(in);
    const auto out = repo.find(id);
    ASSERT_TRUE(out);
    EXPECT_EQ(out->id, id);
    EXPECT_EQ(out->name, in.name);
    EXPECT_EQ(out->phone, in.phone);
    EXPECT_EQ(out->phone2, in.phone2);
    EXPECT_EQ(out->idNumber, in.idNumber);
    EXPECT_EQ(out->address, in.address);
    EXPECT_EQ(out->postalCode, in.postalCode);
    EXPECT_EQ(out->birthday, in.birthday);
    EXPECT_EQ(out->gender, in.gender);
    EXPECT_EQ(out->attribute, in.attribute);
    EXPECT_EQ(out->behaviour, in.behaviour);
    EXPECT_EQ(out->decisionStyle, in.decisionStyle);
    EXPECT_EQ(out->note, in.note);
    EXPECT_EQ(out->createdAt, kAt);
    EXPECT_FALSE(out->isInvalid());
    EXPECT_FALSE(out->isVerified());
    EXPECT_FALSE(repo.find(id + 1));
}

TEST(CustomerRepository, EmptyOptionalTextIsStoredAsNull) {
    TempDatabase t;
    CustomerRepository repo(t.db());
    domain::Customer c;
    c.name = QStringLiteral("无电话");
    const auto id = repo.insert(c);
    EXPECT_TRUE(repo.findByPhone(QString()).empty());
    const auto out = repo.find(id);
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->phone.isEmpty());
    EXPECT_FALSE(out->birthday.isValid());
}

TEST(CustomerRepository, FindsByEitherPhoneAndByIdNumber) {
    TempDatabase t;
    CustomerRepository repo(t.db());
    const auto a = repo.insert(fullCustomer());
    domain::Customer other;
    other.name = QStringLiteral("牛理财");
    other.phone = QStringLiteral("029-81629900");
    const auto b = repo.insert(other);
    const auto hits = repo.findByPhone(QStringLiteral("029-81629900"));
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].id, a);
    EXPECT_EQ(hits[1].id, b);
    ASSERT_EQ(repo.findByIdNumber(QStringLiteral("11010519491231002X")).size(), 1u);
}

TEST(CustomerRepository, UpdateInvalidVerifyAndOptOut) {
    TempDatabase t;
    CustomerRepository repo(t.db());
    UserRepository users(t.db());
    UserRecord u;
    u.username = QStringLiteral("li");
    u.role = QStringLiteral("callback");
    u.passwordHash = "h";
    u.passwordSalt = "s";
    u.passwordIterations = 10000;
    const auto userId = users.insert(u);
    const auto id = repo.insert(fullCustomer());

    auto c = *repo.find(id);
    c.name = QStringLiteral("刘春江(公司)");
    c.updatedAt = kAt.addDays(1);
    EXPECT_TRUE(repo.update(c));
    EXPECT_EQ(repo.find(id)->name, c.name);
    EXPECT_EQ(repo.find(id)->updatedAt, kAt.addDays(1));

    EXPECT_TRUE(repo.markInvalid(id, domain::InvalidReason::WrongNumber, QStringLiteral("空号"),
                                 QDate(2026, 3, 16), userId, kAt));
    auto invalid = *repo.find(id);
    EXPECT_EQ(invalid.invalidReason, domain::InvalidReason::WrongNumber);
    EXPECT_EQ(invalid.invalidNote, QStringLiteral("空号"));
    EXPECT_EQ(invalid.invalidSince, QDate(2026, 3, 16));
    EXPECT_EQ(invalid.invalidBy, userId);
    EXPECT_TRUE(repo.clearInvalid(id, kAt));
    EXPECT_FALSE(repo.find(id)->isInvalid());
    EXPECT_FALSE(repo.find(id)->invalidSince.isValid());

    EXPECT_TRUE(repo.setVerified(id, kAt, userId));
    EXPECT_EQ(repo.find(id)->verifiedAt, kAt);
    EXPECT_EQ(repo.find(id)->verifiedBy, userId);
    EXPECT_TRUE(repo.setMarketingOptOut(id, true, kAt));
    EXPECT_TRUE(repo.find(id)->marketingOptOut);
    EXPECT_FALSE(repo.markInvalid(id + 99, domain::InvalidReason::Other, {}, {}, 0, kAt));
}

TEST(VehicleRepository, InsertOpensOwnershipAndTransferClosesIt) {
    TempDatabase t;
    CustomerRepository customers(t.db());
    VehicleRepository vehicles(t.db());
    const auto seller = customers.insert(fullCustomer());
    domain::Customer buyerRecord;
    buyerRecord.name = QStringLiteral("买家");
    const auto buyer = customers.insert(buyerRecord);

    domain::Vehicle v;
    v.customerId = seller;
    v.plate = QStringLiteral("陕A12345");
    v.vin = QStringLiteral("LSVAA4182E2123456");
    v.brand = QStringLiteral("大众");
    v.transmission = QStringLiteral("automatic");
    v.firstServiceMileage = 1200;
    v.purchaseDate = QDate(2020, 5, 1);
    const auto id = vehicles.insert(v, QDate(2020, 5, 1));
    ASSERT_TRUE(vehicles.byPlate(QStringLiteral("陕A12345")));
    EXPECT_EQ(vehicles.byVin(QStringLiteral("LSVAA4182E2123456"))->id, id);
    EXPECT_EQ(vehicles.find(id)->firstServiceMileage, 1200);
    ASSERT_EQ(vehicles.ofCustomer(seller).size(), 1u);

    EXPECT_TRUE(vehicles.transfer(id, buyer, QDate(2026, 1, 10), QStringLiteral("二手"), kAt));
    EXPECT_EQ(vehicles.find(id)->customerId, buyer);
    EXPECT_TRUE(vehicles.ofCustomer(seller).empty());
    const auto history = vehicles.history(id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].customerId, seller);
    EXPECT_EQ(history[0].from, QDate(2020, 5, 1));
    EXPECT_EQ(history[0].to, QDate(2026, 1, 10));
    EXPECT_EQ(history[1].customerId, buyer);
    EXPECT_EQ(history[1].from, QDate(2026, 1, 10));
    EXPECT_FALSE(history[1].to.isValid());
    EXPECT_EQ(history[1].note, QStringLiteral("二手"));
    EXPECT_EQ(vehicles.currentOwnership(id)->customerId, buyer);

    // A second vehicle with the same plate violates the unique index.
    domain::Vehicle dup;
    dup.customerId = buyer;
    dup.plate = v.plate;
    EXPECT_THROW(vehicles.insert(dup, {}), StorageError);
}

TEST(VisitRepository, CrudNewestFirstMileageAndWorkOrder) {
    TempDatabase t;
    CustomerRepository customers(t.db());
    VehicleRepository vehicles(t.db());
    VisitRepository visits(t.db());
    const auto c = customers.insert(fullCustomer());
    domain::Vehicle car;
    car.customerId = c;
    car.plate = QStringLiteral("陕A00001");
    const auto vehicle = vehicles.insert(car, QDate(2024, 1, 1));

    domain::Visit a;
    a.customerId = c;
    a.vehicleId = vehicle;
    a.date = QDate(2025, 1, 5);
    a.mileage = 10000;
    a.workOrder = QStringLiteral("WO-001");
    a.labourFen = 10000;
    a.partsFen = 20000;
    a.amountFen = 30000;
    a.category = QStringLiteral("maintenance");
    a.createdBy = 0;
    domain::Visit b = a;
    b.date = QDate(2025, 7, 5);
    b.mileage = std::nullopt;
    b.workOrder = QStringLiteral("WO-002");
    domain::Visit c2 = a;
    c2.date = QDate(2025, 3, 1);
    c2.mileage = 12000;
    c2.workOrder.clear();
    const auto idA = visits.insert(a);
    const auto idB = visits.insert(b);
    const auto idC = visits.insert(c2);

    const auto list = visits.ofCustomer(c);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].id, idB);
    EXPECT_EQ(list[1].id, idC);
    EXPECT_EQ(list[2].id, idA);
    EXPECT_EQ(visits.ofVehicle(vehicle).size(), 3u);
    EXPECT_EQ(visits.lastMileage(vehicle), 12000);
    EXPECT_EQ(visits.byWorkOrder(QStringLiteral("WO-002"))->id, idB);
    EXPECT_FALSE(visits.byWorkOrder(QStringLiteral("WO-404")));

    auto found = *visits.find(idA);
    EXPECT_EQ(found.labourFen, 10000);
    EXPECT_EQ(found.partsFen, 20000);
    EXPECT_EQ(found.amountFen, 30000);
    EXPECT_EQ(found.category, QStringLiteral("maintenance"));
    EXPECT_FALSE(found.createdBy);  // user 0 is the system → NULL
    found.amountFen = 25000;
    EXPECT_TRUE(visits.update(found));
    EXPECT_EQ(visits.find(idA)->amountFen, 25000);
    EXPECT_TRUE(visits.remove(idC));
    EXPECT_FALSE(visits.remove(idC));
    EXPECT_EQ(visits.count(), 2);
}

TEST(UserRepository, InsertFindLoginStateAndDuplicate) {
    TempDatabase t;
    UserRepository users(t.db());
    UserRecord u;
    u.username = QStringLiteral("wang");
    u.displayName = QStringLiteral("王经理");
    u.role = QStringLiteral("manager");
    u.passwordHash = QByteArray(32, '\x01');
    u.passwordSalt = QByteArray(16, '\x02');
    u.passwordIterations = 10000;
    const auto id = users.insert(u);
    auto found = users.findByUsername(QStringLiteral("wang"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->passwordHash, u.passwordHash);
    EXPECT_EQ(found->passwordSalt, u.passwordSalt);
    EXPECT_TRUE(users.setLoginState(id, 3, kAt));
    EXPECT_EQ(users.find(id)->failedLogins, 3);
    EXPECT_EQ(users.find(id)->lockedUntil, kAt);
    EXPECT_TRUE(users.setLoginState(id, 0, {}));
    EXPECT_FALSE(users.find(id)->lockedUntil.isValid());
    try {
        users.insert(u);
        FAIL() << "duplicate username accepted";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint);
    }
    u.username = QStringLiteral("weak");
    u.passwordIterations = 100;  // schema minimum 10000
    EXPECT_THROW(users.insert(u), StorageError);
}

TEST(AuditRepository, ListsTheTrailOfOneEntityOldestFirst) {
    TempDatabase t;
    AuditRepository audit(t.db());
    audit.append(kAt, 0, QStringLiteral("customer.create"), QStringLiteral("customer"), 7, {},
                 QStringLiteral("{\"name\":\"a\"}"));
    audit.append(kAt.addSecs(60), 0, QStringLiteral("customer.invalid"), QStringLiteral("customer"),
                 7, QStringLiteral("{}"), QStringLiteral("{}"));
    audit.append(kAt, 0, QStringLiteral("customer.create"), QStringLiteral("customer"), 8, {}, {});
    const auto trail = audit.list(QStringLiteral("customer"), 7);
    ASSERT_EQ(trail.size(), 2u);
    EXPECT_EQ(trail[0].action, QStringLiteral("customer.create"));
    EXPECT_EQ(trail[0].at, kAt);
    EXPECT_FALSE(trail[0].userId);
    EXPECT_TRUE(trail[0].beforeJson.isEmpty());
    EXPECT_EQ(trail[1].action, QStringLiteral("customer.invalid"));
    EXPECT_EQ(audit.recent(10).size(), 3u);
}

TEST(SettingsRepository, GetPutAndAnalysisDefaults) {
    TempDatabase t;
    SettingsRepository settings(t.db());
    EXPECT_FALSE(settings.get(QStringLiteral("x")));
    settings.put(QStringLiteral("x"), QStringLiteral("{\"a\":1}"), kAt, 0);
    settings.put(QStringLiteral("x"), QStringLiteral("{\"a\":2}"), kAt, 0);
    EXPECT_EQ(settings.get(QStringLiteral("x")), QStringLiteral("{\"a\":2}"));
    EXPECT_THROW(settings.put(QStringLiteral("y"), QStringLiteral("{bad"), kAt, 0), StorageError);

    EXPECT_EQ(settings.loadAnalysis(), domain::AnalysisSettings{});
    domain::AnalysisSettings s;
    s.lifecycle.loyal = domain::Span::days(45);
    s.lifecycle.lost = domain::Span::days(180);
    s.lifecycle.newPeriod = domain::LifecycleSettings::Period::Quarter;
    s.abc.aThresholdBp = 7000;
    s.matrix.loyaltyThresholdPct = 60;
    s.rfm.monetaryHighFen = 123456;
    s.fleet.large = 20;
    settings.saveAnalysis(s, kAt, 0);
    EXPECT_EQ(settings.loadAnalysis(), s);
}

TEST(SettingsRepository, PartialJsonKeepsDefaults) {
    const auto s = SettingsRepository::analysisFromJson(QStringLiteral(
        R"({"lifecycle":{"loyal":{"count":45,"unit":"days"}},"abc":{"bThresholdBp":9000,"aThresholdBp":"x"}})"));
    domain::AnalysisSettings expected;
    expected.lifecycle.loyal = domain::Span::days(45);
    expected.abc.bThresholdBp = 9000;
    EXPECT_EQ(s, expected);
    EXPECT_EQ(SettingsRepository::analysisFromJson(QStringLiteral("not json")),
              domain::AnalysisSettings{});
    const QString full = SettingsRepository::analysisToJson(domain::AnalysisSettings{});
    EXPECT_TRUE(full.contains(QStringLiteral(R"("loyal":{"count":6,"unit":"months"})")));
    EXPECT_EQ(SettingsRepository::analysisFromJson(full), domain::AnalysisSettings{});
}

}  // namespace
}  // namespace hc::storage
