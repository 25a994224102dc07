// A read while another connection holds a lock (issue 10 item 6): it returns the data or a Busy
// error — never a silent empty answer. In WAL a write lock does not stop readers (they see the
// last commit), and no other program can take an exclusive lock while this one has the file open;
// a program that took it first makes every read fail with Busy after the busy timeout (short
// here, 5 s in the app).
#include "ServiceFixture.h"
#include "hc/services/CallListService.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/StorageMessages.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::services {
namespace {

const QDate kDay(2026, 6, 15);

/// A second program's connection to the file (plain QtSql, as another process would have).
class OtherConnection {
public:
    explicit OtherConnection(const QString& path) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~OtherConnection() {
        QSqlDatabase::database(name()).close();
        QSqlDatabase::removeDatabase(name());
    }
    OtherConnection(const OtherConnection&) = delete;
    OtherConnection& operator=(const OtherConnection&) = delete;

    void exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name()));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }

private:
    static QString name() { return QStringLiteral("busy-read-other"); }
};

class BusyReadTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        domain::Customer c;
        c.name = QStringLiteral("张三");
        c.phone = QStringLiteral("13800000001");
        customer = CustomerService(db(), clock()).registerCustomer(manager, c).value();
        domain::Vehicle v;
        v.customerId = customer;
        v.plate = QStringLiteral("陕A10001");
        const auto car = VehicleService(db(), clock()).registerVehicle(manager, v).value();
        domain::Visit visit;
        visit.vehicleId = car;
        visit.date = QDate(2026, 6, 12);
        visit.amountFen = 10000;
        visit.category = QStringLiteral("maintenance");
        ASSERT_TRUE(VisitService(db(), clock()).registerVisit(manager, visit).ok());

        // The reading side: its own connection with a short busy timeout.
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.checkIntegrity = false;
        options.busyTimeoutMs = 50;
        reader = storage::Database::open(db().path(), options);
    }

    domain::CustomerId customer = 0;
    std::unique_ptr<storage::Database> reader;
};

TEST_F(BusyReadTest, AWriteLockHeldElsewhereDoesNotHideTheData) {
    OtherConnection other(db().path());
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    other.exec(QStringLiteral("UPDATE customers SET name = '李四'"));  // not committed

    const auto visits = VisitService(*reader, clock()).visitsOf(customer);
    ASSERT_TRUE(visits.ok()) << visits.error().message.toStdString();
    EXPECT_EQ(visits.value().size(), 1U);
    const auto found = CustomerService(*reader, clock()).find(customer);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found.value().has_value());
    EXPECT_EQ(found.value()->name, QStringLiteral("张三")) << "the last commit, not the open write";
    const auto list = FollowUpService(*reader, clock()).planToday(kDay);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list.value().size(), 1U) << "the post-service call of the 06-12 visit";
    other.exec(QStringLiteral("ROLLBACK"));
}

TEST_F(BusyReadTest, NoOtherProgramCanLockTheReadersOutWhileTheFileIsOpen) {
    // In WAL, exclusive locking mode needs the file to itself: with this program's connections
    // open, another program's exclusive transaction fails instead of starving the readers.
    OtherConnection other(db().path());
    other.exec(QStringLiteral("PRAGMA busy_timeout = 50"));
    other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    QSqlQuery begin(QSqlDatabase::database(QStringLiteral("busy-read-other")));
    EXPECT_FALSE(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
                 begin.exec(QStringLiteral("UPDATE customers SET name = name")))
        << "an exclusive lock while the reader has the file open";
    (void)begin.exec(QStringLiteral("ROLLBACK"));

    const auto visits = VisitService(*reader, clock()).visitsOf(customer);
    ASSERT_TRUE(visits.ok()) << visits.error().message.toStdString();
    EXPECT_EQ(visits.value().size(), 1U);
}

TEST_F(BusyReadTest, AnExclusiveLockTakenFirstIsBusyNotAnEmptyArchive) {
    // Another program took the file in exclusive locking mode before this program opened it:
    // opening is Busy (the first read of the file), and once the other program is gone the same
    // file gives the data.
    const QString path = db().path();
    reader.reset();
    temp.close();
    {
        OtherConnection other(path);
        other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        other.exec(QStringLiteral("UPDATE customers SET name = name"));

        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.checkIntegrity = false;
        options.busyTimeoutMs = 50;
        // Opening reads the file (schema version, journal mode): Busy with the "locked by another
        // program" message, not an empty archive opened as if nothing were there.
        bool busy = false;
        try {
            (void)storage::Database::open(path, options);
        } catch (const storage::StorageError& e) {
            busy = StorageMessages::describe(e).code == ServiceError::Code::Busy;
            EXPECT_TRUE(busy) << e.what();
        }
        EXPECT_TRUE(busy) << "a file locked by another program opened as if it were free";
        other.exec(QStringLiteral("ROLLBACK"));
    }  // the other program closes: the lock is gone

    auto reopened = storage::Database::open(path);
    const auto visits = VisitService(*reopened, clock()).visitsOf(customer);
    ASSERT_TRUE(visits.ok()) << visits.error().message.toStdString();
    EXPECT_EQ(visits.value().size(), 1U);
    const auto day = CallListService(*reopened, clock()).dayList(kDay);
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day.value().dueTotal(), 1);
}

}  // namespace
}  // namespace hc::services
