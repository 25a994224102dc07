// The error policy (issue 10 item 6): a read that hits a broken database returns an error with
// the mapped message — never an empty list that looks like "no visits" — and writes a log line.
#include "ServiceFixture.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sstream>

namespace hc::services {
namespace {

class ReadErrorPolicyTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        // The "services" logger the app creates, writing into a string the test reads.
        spdlog::drop("services");
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
        spdlog::register_logger(std::make_shared<spdlog::logger>("services", sink));
        customers = std::make_unique<CustomerService>(db(), clock());
        vehicles = std::make_unique<VehicleService>(db(), clock());
        visits = std::make_unique<VisitService>(db(), clock());
        domain::Customer c;
        c.name = QStringLiteral("张三");
        c.phone = QStringLiteral("13800000001");
        customer = customers->registerCustomer(manager, c).value();
        domain::Vehicle v;
        v.customerId = customer;
        v.plate = QStringLiteral("陕A10001");
        car = vehicles->registerVehicle(manager, v).value();
        domain::Visit visit;
        visit.vehicleId = car;
        visit.date = QDate(2026, 6, 1);
        visit.amountFen = 10000;
        visit.category = QStringLiteral("maintenance");
        ASSERT_TRUE(visits->registerVisit(manager, visit).ok());
    }
    void TearDown() override { spdlog::drop("services"); }

    [[nodiscard]] std::string logText() {
        spdlog::get("services")->flush();
        return log.str();
    }

    std::ostringstream log;
    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<VehicleService> vehicles;
    std::unique_ptr<VisitService> visits;
    domain::CustomerId customer = 0;
    domain::VehicleId car = 0;
};

TEST_F(ReadErrorPolicyTest, ReadsOfASoundDatabaseReturnTheirValues) {
    const auto read = visits->visitsOf(customer);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().size(), 1U);
    EXPECT_EQ(vehicles->vehiclesOf(customer).value().size(), 1U);
    EXPECT_TRUE(customers->find(customer).value().has_value());
    EXPECT_FALSE(customers->find(customer + 100).value().has_value()) << "absent is not an error";
    EXPECT_EQ(logText().find("failed"), std::string::npos);
}

TEST_F(ReadErrorPolicyTest, AReadOfABrokenTableIsAnErrorAndALogLineNotAnEmptyList) {
    db().execScript(QStringLiteral("ALTER TABLE visits RENAME TO visits_gone;"));

    const auto read = visits->visitsOf(customer);
    ASSERT_FALSE(read.ok()) << "a broken read must not look like 'no visits'";
    EXPECT_EQ(read.error().code, ServiceError::Code::Failed);
    EXPECT_EQ(read.error().message, QStringLiteral("数据库操作失败"));
    EXPECT_TRUE(read.error().detail.contains(QStringLiteral("no such table")))
        << read.error().detail.toStdString();

    const std::string text = logText();
    EXPECT_NE(text.find("visits of customer failed"), std::string::npos) << text;
    EXPECT_NE(text.find("no such table"), std::string::npos) << text;
    EXPECT_NE(text.find("error"), std::string::npos) << "logged as an error: " << text;

    EXPECT_FALSE(visits->visitsOfVehicle(car).ok());
    EXPECT_FALSE(visits->find(1).ok());
}

TEST_F(ReadErrorPolicyTest, VehicleCustomerAndUserReadsReportTheirFailureToo) {
    db().execScript(
        QStringLiteral("ALTER TABLE vehicles RENAME TO vehicles_gone;"
                       "ALTER TABLE vehicle_owners RENAME TO vehicle_owners_gone;"
                       "ALTER TABLE customers RENAME TO customers_gone;"
                       "ALTER TABLE users RENAME TO users_gone;"));
    const auto cars = vehicles->vehiclesOf(customer);
    ASSERT_FALSE(cars.ok());
    EXPECT_EQ(cars.error().code, ServiceError::Code::Failed);
    EXPECT_FALSE(vehicles->find(car).ok());
    EXPECT_FALSE(vehicles->history(car).ok());
    EXPECT_FALSE(customers->find(customer).ok());
    EXPECT_FALSE(users->users().ok());
    EXPECT_FALSE(users->findUser(QStringLiteral("manager")).ok());
    const std::string text = logText();
    for (const char* what : {"vehicles of customer failed", "vehicle find failed",
                             "vehicle history failed", "customer find failed", "users failed"}) {
        EXPECT_NE(text.find(what), std::string::npos) << what << " in: " << text;
    }
}

TEST_F(ReadErrorPolicyTest, UnreadableSettingsAreAnErrorNotTheDefaults) {
    // Stored thresholds that differ from the defaults: a failed read must not swap them silently.
    domain::FollowUpSettings stored;
    stored.postServiceDelayDays = 5;
    stored.complaint.contactWithin = std::chrono::minutes(60);
    ASSERT_TRUE(SettingsService(db(), clock()).saveFollowUps(manager, stored).ok());
    const FollowUpService followUps(db(), clock());
    const ComplaintService complaints(db(), clock());
    ASSERT_EQ(followUps.settings().value().postServiceDelayDays, 5);

    db().execScript(QStringLiteral("ALTER TABLE settings RENAME TO settings_gone;"));
    const auto settings = followUps.settings();
    ASSERT_FALSE(settings.ok()) << "the defaults in place of the stored settings";
    EXPECT_EQ(settings.error().code, ServiceError::Code::Failed);
    const auto deadlines = complaints.deadlines();
    ASSERT_FALSE(deadlines.ok()) << "the default 2123 deadlines in place of the stored ones";
    EXPECT_EQ(deadlines.error().code, ServiceError::Code::Failed);
    const std::string text = logText();
    EXPECT_NE(text.find("follow-up settings failed"), std::string::npos) << text;
    EXPECT_NE(text.find("complaint deadlines failed"), std::string::npos) << text;
}

TEST_F(ReadErrorPolicyTest, AReadOfADamagedPageGivesTheDamagedMessage) {
    // Enough visits for the table to span pages; then the table's root page is overwritten in
    // the file while no connection is open (the WAL checkpointed, nothing cached).
    for (int i = 0; i < 200; ++i) {
        domain::Visit v;
        v.vehicleId = car;
        v.date = QDate(2025, 1, 1).addDays(i);
        v.amountFen = 1000 + i;
        v.category = QStringLiteral("repair");
        v.workDone = QStringLiteral("更换刹车片、机油滤芯与空气滤芯,检查底盘与轮胎 %1").arg(i);
        ASSERT_TRUE(visits->registerVisit(manager, v).ok());
    }
    visits.reset();
    vehicles.reset();
    customers.reset();
    users.reset();
    temp.close();
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase probe =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(temp.path());
        ASSERT_TRUE(probe.open());
        QSqlQuery q(probe);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
            "WHERE name = 'visits'")));
        ASSERT_TRUE(q.next());
        rootPage = q.value(0).toLongLong();
        pageSize = q.value(1).toLongLong();
        q.finish();
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    ASSERT_GT(rootPage, 1);
    {
        QFile file(temp.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((rootPage - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(static_cast<qsizetype>(pageSize), '\xff')), pageSize);
    }

    temp.reopen();  // quick_check fails: opened read-only, reads still run
    VisitService reader(db(), clock());
    const auto read = reader.visitsOf(customer);
    ASSERT_FALSE(read.ok()) << "a damaged read must not look like 'no visits'";
    EXPECT_EQ(read.error().code, ServiceError::Code::Damaged);
    EXPECT_EQ(read.error().message, QStringLiteral("数据库文件已损坏或不是回厂数据库"));
    const std::string text = logText();
    EXPECT_NE(text.find("visits of customer failed"), std::string::npos) << text;
}

}  // namespace
}  // namespace hc::services
