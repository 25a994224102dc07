// New walk-in (新客进厂): customer, vehicle and first visit as one use case, on a real SQLite file.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/CustomerService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/WalkInService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc::services {
namespace {

class WalkInServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        walkIns = std::make_unique<WalkInService>(db(), clock());
    }

    static WalkIn sample() {
        WalkIn w;
        w.customer.name = QStringLiteral("赵新客");
        w.customer.phone = QStringLiteral("139 1234 5678");
        w.vehicle.plate = QStringLiteral("陕a·88888");
        w.vehicle.brand = QStringLiteral("大众");
        w.visit.date = QDate(2026, 6, 15);
        w.visit.mileage = 45200;
        w.visit.category = QStringLiteral("maintenance");
        w.visit.workOrder = QStringLiteral("wo-1001");
        w.visit.labourFen = 20000;
        w.visit.partsFen = 35050;
        return w;
    }

    int count(const QString& table) {
        return test::sqlRows(db(), QStringLiteral("SELECT count(*) FROM ") + table)
            .value(0)
            .toInt();
    }

    int recordCount() {
        return count(QStringLiteral("customers")) + count(QStringLiteral("vehicles")) +
               count(QStringLiteral("visits"));
    }

    std::unique_ptr<WalkInService> walkIns;
};

TEST_F(WalkInServiceTest, WritesCustomerVehicleAndVisitWithOneAuditRecord) {
    const int auditBefore = count(QStringLiteral("audit_log"));
    auto r = walkIns->registerWalkIn(advisor, sample());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const WalkInIds ids = r.value();

    CustomerService customers(db(), clock());
    VehicleService vehicles(db(), clock());
    const auto c = customers.find(ids.customerId).value();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, QStringLiteral("赵新客"));
    EXPECT_EQ(c->phone, QStringLiteral("13912345678"));  // normalised like CustomerService
    const auto v = vehicles.find(ids.vehicleId).value();
    ASSERT_TRUE(v);
    EXPECT_EQ(v->plate, QStringLiteral("陕A88888"));
    EXPECT_EQ(v->customerId, ids.customerId);
    EXPECT_EQ(
        test::sqlRows(db(), QStringLiteral("SELECT customer_id, vehicle_id, work_order, "
                                           "amount_fen FROM visits")),
        QStringList{QStringLiteral("%1|%2|WO-1001|55050").arg(ids.customerId).arg(ids.vehicleId)});

    // Exactly one audit record, by the acting user, holding the three records.
    ASSERT_EQ(count(QStringLiteral("audit_log")), auditBefore + 1);
    const QStringList audit = test::sqlRows(
        db(), QStringLiteral("SELECT user_id, action, entity, entity_id, after_json FROM audit_log "
                             "ORDER BY id DESC LIMIT 1"));
    ASSERT_EQ(audit.size(), 1);
    const QStringList cols = audit.first().split(QLatin1Char('|'));
    EXPECT_EQ(cols.value(0).toLongLong(), advisor.id);
    EXPECT_EQ(cols.value(1), QStringLiteral("walkin.create"));
    EXPECT_EQ(cols.value(2), QStringLiteral("customer"));
    EXPECT_EQ(cols.value(3).toLongLong(), ids.customerId);
    const QJsonObject after =
        QJsonDocument::fromJson(audit.first().section(QLatin1Char('|'), 4).toUtf8()).object();
    EXPECT_TRUE(after.contains(QStringLiteral("customer")));
    EXPECT_TRUE(after.contains(QStringLiteral("vehicle")));
    EXPECT_TRUE(after.contains(QStringLiteral("visit")));
}

TEST_F(WalkInServiceTest, StorageFailureInTheVisitLeavesNoCustomerOrVehicle) {
    // The visit insert itself fails (after customer and vehicle rows were written): the one
    // transaction must roll all of it back.
    QSqlQuery q(db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_visit BEFORE INSERT ON visits "
                              "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")));
    const int auditBefore = count(QStringLiteral("audit_log"));
    auto r = walkIns->registerWalkIn(advisor, sample());
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_EQ(recordCount(), 0);
    EXPECT_EQ(count(QStringLiteral("vehicle_owners")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), auditBefore);

    // The same input goes through once the fault is gone: nothing half-written blocks it.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER fail_visit")));
    EXPECT_TRUE(walkIns->registerWalkIn(advisor, sample()).ok());
}

TEST_F(WalkInServiceTest, InvalidInputInAnyPartWritesNothingAndNamesTheField) {
    struct Case {
        const char* what;
        void (*change)(WalkIn&);
        const char* field;
    };
    const Case cases[] = {
        {"no name", [](WalkIn& w) { w.customer.name.clear(); }, "name"},
        {"no phone", [](WalkIn& w) { w.customer.phone.clear(); }, "phone"},
        {"bad phone", [](WalkIn& w) { w.customer.phone = QStringLiteral("12"); }, "phone"},
        {"bad plate", [](WalkIn& w) { w.vehicle.plate = QStringLiteral("XYZ"); }, "plate"},
        {"no plate nor VIN", [](WalkIn& w) { w.vehicle.plate.clear(); }, "plate"},
        {"future visit", [](WalkIn& w) { w.visit.date = QDate(2026, 6, 16); }, "date"},
        {"negative fee", [](WalkIn& w) { w.visit.partsFen = -1; }, "parts"},
        {"discount too big", [](WalkIn& w) { w.visit.discountFen = 1000000; }, "discount"},
    };
    for (const Case& c : cases) {
        WalkIn w = sample();
        c.change(w);
        auto r = walkIns->registerWalkIn(advisor, w);
        ASSERT_FALSE(r.ok()) << c.what;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid) << c.what;
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << c.what;
        EXPECT_EQ(recordCount(), 0) << c.what;
    }
}

TEST_F(WalkInServiceTest, DuplicatePlateOrWorkOrderWritesNothing) {
    ASSERT_TRUE(walkIns->registerWalkIn(advisor, sample()).ok());
    const int records = recordCount();
    const int audit = count(QStringLiteral("audit_log"));

    WalkIn samePlate = sample();
    samePlate.customer.phone = QStringLiteral("13700000000");
    samePlate.visit.workOrder = QStringLiteral("WO-2002");
    auto r = walkIns->registerWalkIn(advisor, samePlate);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Duplicate);
    EXPECT_EQ(r.error().field, QStringLiteral("plate"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("赵新客")));

    WalkIn sameOrder = sample();
    sameOrder.vehicle.plate = QStringLiteral("陕A66666");
    r = walkIns->registerWalkIn(advisor, sameOrder);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("work_order"));

    EXPECT_EQ(recordCount(), records);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit);
}

}  // namespace
}  // namespace hc::services
