// Schema 0015 (declined work): calls rebuilt so that kind accepts declined_work — every row kept,
// the same indexes — the declined_items constraints, and DeclinedItemRepository on a real file.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DeclinedItemRepository.h"
#include "hc/storage/FollowUpRepository.h"
#include "hc/storage/PrivacyRepository.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::storage {
namespace {

using test::sqlRows;

bool exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

std::unique_ptr<Database> openBefore15(const QString& path) {
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    const QDir dir(QStringLiteral(":/schema"));
    int last = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() >= 15) {
            break;
        }
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        db->execScript(QString::fromUtf8(f.readAll()));
        last = name.left(4).toInt();
    }
    db->execScript(QStringLiteral("PRAGMA user_version = %1").arg(last));
    return db;
}

const QString kCallsIndexes = QStringLiteral(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls' ORDER BY "
    "name");

TEST(DeclinedItemsSchema, CallsRebuiltKeepingRowsAndIndexes) {
    test::TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v14.db"));
    QStringList callsBefore;
    QStringList indexesBefore;
    {
        auto db = openBefore15(path);
        db->execScript(QStringLiteral(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            "(1, '刘春江', '13812345678', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"
            "INSERT INTO calls (id, customer_id, kind, called_at, call_date, outcome, "
            "appointment_date, attempt) VALUES "
            "(1, 1, 'no_show', '2026-06-01T10:00:00', '2026-06-01', 'will_come', '2026-06-05', 1),"
            "(2, 1, 'post_service', '2026-06-02T10:00:00', '2026-06-02', 'reached', NULL, 2);"
            "INSERT INTO satisfaction_answers (call_id, item_id, score) VALUES (2, 1, 4);"));
        callsBefore = sqlRows(*db, QStringLiteral("SELECT * FROM calls ORDER BY id"));
        indexesBefore = sqlRows(*db, kCallsIndexes);
        EXPECT_FALSE(exec(*db, QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                              "call_date, outcome) VALUES (1, 'declined_work', "
                                              "'2026-06-03T10:00:00', '2026-06-03', 'reached')")));
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 15);
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT * FROM calls ORDER BY id")), callsBefore);
    EXPECT_EQ(sqlRows(*db, kCallsIndexes), indexesBefore);
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT call_id, score FROM satisfaction_answers")),
              (QStringList{QStringLiteral("2|4")}));
    EXPECT_TRUE(db->firstForeignKeyProblem().isEmpty());
    EXPECT_TRUE(exec(*db, QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                         "call_date, outcome) VALUES (1, 'declined_work', "
                                         "'2026-06-03T10:00:00', '2026-06-03', 'reached')")));
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT name FROM pragma_table_list "
                                          "WHERE name = 'declined_items' AND strict = 1")),
              (QStringList{QStringLiteral("declined_items")}));
}

struct Seed {
    domain::CustomerId customer = 0;
    domain::VehicleId car = 0;
    domain::VisitId first = 0;
    domain::VisitId later = 0;
};

Seed seed(Database& db) {
    Seed s;
    domain::Customer c;
    c.name = QStringLiteral("刘春江");
    c.phone = QStringLiteral("13812345678");
    s.customer = CustomerRepository(db).insert(c);
    domain::Vehicle v;
    v.customerId = s.customer;
    v.plate = QStringLiteral("陕A12345");
    s.car = VehicleRepository(db).insert(v, QDate(2026, 1, 1));
    VisitRepository visits(db);
    domain::Visit visit;
    visit.customerId = s.customer;
    visit.vehicleId = s.car;
    visit.date = QDate(2026, 5, 1);
    visit.mileage = 20000;
    s.first = visits.insert(visit);
    visit.date = QDate(2026, 6, 10);
    visit.mileage = 21500;
    s.later = visits.insert(visit);
    return s;
}

domain::DeclinedItem item(const Seed& s, const QString& what, domain::Fen fen) {
    domain::DeclinedItem i;
    i.visitId = s.first;
    i.customerId = s.customer;
    i.vehicleId = s.car;
    i.what = what;
    i.amountFen = fen;
    i.urgency = domain::DeclinedUrgency::Safety;
    i.dueMileage = 25000;
    i.createdAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0));
    return i;
}

TEST(DeclinedItemRepository, LifeCycleOnARealFile) {
    test::TempDatabase t;
    const Seed s = seed(t.db());
    DeclinedItemRepository repo(t.db());
    const auto brakes = repo.insert(item(s, QStringLiteral("更换刹车片"), 80000));
    const auto tyres = repo.insert(item(s, QStringLiteral("更换轮胎"), 120000));
    const auto got = repo.find(brakes);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->visitDate, QDate(2026, 5, 1));
    EXPECT_EQ(got->plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(got->dueMileage, 25000);
    EXPECT_EQ(got->urgency, domain::DeclinedUrgency::Safety);
    EXPECT_TRUE(got->isOpen());

    EXPECT_TRUE(repo.markDone(brakes, s.later, QDate(2026, 6, 10),
                              QDateTime(QDate(2026, 6, 10), QTime(11, 0)), 0));
    EXPECT_FALSE(repo.markDone(brakes, s.later, QDate(2026, 6, 10), {}, 0));  // not open
    EXPECT_TRUE(repo.markDropped(tyres, QStringLiteral("已在别处更换"), QDate(2026, 6, 12),
                                 QDateTime(QDate(2026, 6, 12), QTime(9, 0)), 0));
    DeclinedItemFilter open;
    open.status = domain::DeclinedStatus::Open;
    EXPECT_TRUE(repo.list(open).empty());
    DeclinedItemFilter mine;
    mine.customerId = s.customer;
    const auto all = repo.list(mine);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(repo.find(brakes)->closedByVisitId, s.later);
    EXPECT_EQ(repo.find(tyres)->dropReason, QStringLiteral("已在别处更换"));
    EXPECT_EQ(repo.forPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30)).size(), 2u);
    EXPECT_TRUE(repo.forPeriod(QDate(2026, 7, 1), QDate(2026, 7, 31)).empty());

    // The closing visit is voided: the item is open again; the items of a voided visit vanish.
    EXPECT_EQ(repo.reopenClosedBy(s.later), std::vector<domain::DeclinedItemId>{brakes});
    EXPECT_TRUE(repo.find(brakes)->isOpen());
    EXPECT_EQ(repo.list(open).size(), 1u);
    VisitRepository(t.db()).markVoided(s.first, QDateTime(QDate(2026, 6, 13), QTime(8, 0)), 0,
                                       QStringLiteral("录错"));
    EXPECT_FALSE(repo.find(brakes).has_value());
    EXPECT_TRUE(repo.list(mine).empty());
}

TEST(DeclinedItemRepository, ConstraintsRejectBadRows) {
    test::TempDatabase t;
    const Seed s = seed(t.db());
    DeclinedItemRepository repo(t.db());
    EXPECT_THROW(repo.insert(item(s, QStringLiteral("  "), 100)), StorageError);
    EXPECT_THROW(repo.insert(item(s, QStringLiteral("x"), -1)), StorageError);
    const auto id = repo.insert(item(s, QStringLiteral("x"), 1));
    // Dropped without a reason, done without a visit: rejected.
    EXPECT_FALSE(exec(t.db(), QStringLiteral("UPDATE declined_items SET status = 'dropped', "
                                             "closed_at = '2026-06-01T00:00:00', closed_date = "
                                             "'2026-06-01' WHERE id = %1")
                                  .arg(id)));
    EXPECT_FALSE(exec(t.db(), QStringLiteral("UPDATE declined_items SET status = 'done', "
                                             "closed_at = '2026-06-01T00:00:00', closed_date = "
                                             "'2026-06-01' WHERE id = %1")
                                  .arg(id)));
    EXPECT_FALSE(exec(t.db(), QStringLiteral("UPDATE declined_items SET urgency = 'urgent' "
                                             "WHERE id = %1")
                                  .arg(id)));
}

TEST(DeclinedItemRepository, PlannerInputAndPrivacyExportInclude) {
    test::TempDatabase t;
    const Seed s = seed(t.db());
    DeclinedItemRepository repo(t.db());
    const auto open = repo.insert(item(s, QStringLiteral("更换刹车片"), 80000));
    const auto closed = repo.insert(item(s, QStringLiteral("更换轮胎"), 1));
    repo.markDropped(closed, QStringLiteral("不需要"), QDate(2026, 6, 1), {}, 0);
    const auto in = FollowUpRepository(t.db()).loadInput(QDate(2026, 6, 15), {});
    ASSERT_EQ(in.declinedItems.size(), 1u);
    EXPECT_EQ(in.declinedItems[0].id, open);
    EXPECT_TRUE(PrivacyRepository::exportTables().contains(QStringLiteral("declined_items")));
    const auto rows = PrivacyRepository(t.db()).collect(s.customer);
    const auto it = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
        return r.table == QStringLiteral("declined_items");
    });
    ASSERT_NE(it, rows.end());
    EXPECT_EQ(it->rows.size(), 2u);
}

}  // namespace
}  // namespace hc::storage
