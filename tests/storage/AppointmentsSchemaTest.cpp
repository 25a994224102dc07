// Schema 0012 (appointments): calls rebuilt so that kind accepts the two appointment kinds — every
// row and the rows referring to it kept, the same indexes — the appointments table's constraints,
// and AppointmentRepository on a real file.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/AppointmentRepository.h"
#include "hc/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::sqlRows;

bool exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

/// The schema just before 0012 (every script numbered below it), with a call and its answers.
std::unique_ptr<Database> openBefore12(const QString& path) {
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() >= 12) {
            break;
        }
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        db->execScript(QString::fromUtf8(f.readAll()));
    }
    db->execScript(QStringLiteral("PRAGMA user_version = 11"));
    return db;
}

const QString kCallsIndexes = QStringLiteral(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls' ORDER BY "
    "name");

TEST(AppointmentsSchema, CallsRebuiltKeepingRowsReferencesAndIndexes) {
    test::TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v11.db"));
    QStringList callsBefore;
    QStringList indexesBefore;
    {
        auto db = openBefore12(path);
        db->execScript(QStringLiteral(
            "INSERT INTO users (id, username, role, password_hash, password_salt, "
            "password_iterations, created_at) VALUES (1, 'wang', 'manager', x'00', x'00', 100000, "
            "'2026-01-01T08:00:00');"
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            "(1, '刘春江', '13812345678', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"
            "INSERT INTO calls (id, customer_id, kind, called_at, call_date, caller_id, outcome, "
            "appointment_date, churn_reason, attempt) VALUES "
            "(1, 1, 'winback', '2026-06-01T10:00:00', '2026-06-01', 1, 'will_come', '2026-06-05', "
            "'price', 1),"
            "(2, 1, 'post_service', '2026-06-02T10:00:00', '2026-06-02', NULL, 'reached', NULL, "
            "NULL, 2);"
            "INSERT INTO satisfaction_answers (call_id, item_id, score) VALUES (2, 1, 5);"));
        callsBefore = sqlRows(*db, QStringLiteral("SELECT * FROM calls ORDER BY id"));
        indexesBefore = sqlRows(*db, kCallsIndexes);
        EXPECT_FALSE(exec(*db, QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                              "call_date, outcome) VALUES (1, 'no_show', "
                                              "'2026-06-03T10:00:00', '2026-06-03', 'reached')")));
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 12);
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT * FROM calls ORDER BY id")), callsBefore);
    EXPECT_EQ(sqlRows(*db, kCallsIndexes), indexesBefore);
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT call_id, score FROM satisfaction_answers")),
              (QStringList{QStringLiteral("2|5")}));
    EXPECT_TRUE(db->firstForeignKeyProblem().isEmpty());
    EXPECT_EQ(sqlRows(*db, QStringLiteral("PRAGMA foreign_keys")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT name FROM pragma_table_list WHERE strict = 1 AND "
                                          "name IN ('calls', 'appointments') ORDER BY name")),
              (QStringList{QStringLiteral("appointments"), QStringLiteral("calls")}));
    for (const char* kind : {"appointment_reminder", "no_show"}) {
        EXPECT_TRUE(exec(*db, QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                             "call_date, outcome) VALUES (1, '%1', "
                                             "'2026-06-03T10:00:00', '2026-06-03', 'reached')")
                                  .arg(QLatin1String(kind))))
            << kind;
    }
    EXPECT_FALSE(exec(*db, QStringLiteral("INSERT INTO calls (customer_id, kind, called_at, "
                                          "call_date, outcome) VALUES (1, 'sms', "
                                          "'2026-06-03T10:00:00', '2026-06-03', 'reached')")));
}

TEST(AppointmentsSchema, ConstraintsRejectBadRows) {
    test::TempDatabase t;
    auto& db = t.db();
    db.execScript(QStringLiteral(
        "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
        "(1, '刘春江', '13812345678', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"));
    const QString insert = QStringLiteral(
        "INSERT INTO appointments (customer_id, appt_date, appt_time, status, cancelled_at, "
        "created_at) VALUES (%1, %2, %3, %4, %5, '2026-06-01T10:00:00')");
    struct Row {
        const char* name;
        const char* values[5];
        bool ok;
    };
    for (const Row& r : {
             Row{"booked", {"1", "'2026-06-16'", "'09:30'", "'booked'", "NULL"}, true},
             Row{"no time", {"1", "'2026-06-16'", "NULL", "'booked'", "NULL"}, true},
             Row{"cancelled",
                 {"1", "'2026-06-16'", "NULL", "'cancelled'", "'2026-06-02T08:00:00'"},
                 true},
             Row{"cancelled without time",
                 {"1", "'2026-06-16'", "NULL", "'cancelled'", "NULL"},
                 false},
             Row{"booked with cancel time",
                 {"1", "'2026-06-16'", "NULL", "'booked'", "'2026-06-02T08:00:00'"},
                 false},
             Row{"derived status stored",
                 {"1", "'2026-06-16'", "NULL", "'arrived'", "NULL"},
                 false},
             Row{"date not ISO", {"1", "'16/06/2026'", "NULL", "'booked'", "NULL"}, false},
             Row{"time not HH:MM", {"1", "'2026-06-16'", "'9.30'", "'booked'", "NULL"}, false},
             Row{"unknown customer", {"9", "'2026-06-16'", "NULL", "'booked'", "NULL"}, false},
         }) {
        EXPECT_EQ(exec(db, insert.arg(QLatin1String(r.values[0]), QLatin1String(r.values[1]),
                                      QLatin1String(r.values[2]), QLatin1String(r.values[3]),
                                      QLatin1String(r.values[4]))),
                  r.ok)
            << r.name;
    }
}

TEST(AppointmentRepository, InsertFindBetweenCancel) {
    test::TempDatabase t;
    auto& db = t.db();
    db.execScript(QStringLiteral(
        "INSERT INTO users (id, username, display_name, role, password_hash, password_salt, "
        "password_iterations, created_at) VALUES (1, 'li', '李顾问', 'advisor', x'00', x'00', "
        "100000, '2026-01-01T08:00:00');"
        "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
        "(1, '刘春江', '13812345678', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"
        "INSERT INTO vehicles (id, customer_id, plate, created_at, updated_at) VALUES "
        "(5, 1, '陕A12345', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"
        "INSERT INTO visits (id, customer_id, vehicle_id, visit_date, created_at, amount_fen) "
        "VALUES (1, 1, 5, '2026-06-16', '2026-06-16T09:00:00', 100),"
        "(2, 1, 5, '2026-06-17', '2026-06-17T09:00:00', 100);"
        "UPDATE visits SET voided_at = '2026-06-17T10:00:00', void_reason = '录错' WHERE id = 2;"));
    AppointmentRepository repo(db);
    domain::Appointment a;
    a.customerId = 1;
    a.vehicleId = 5;
    a.date = QDate(2026, 6, 16);
    a.time = QTime(14, 30);
    a.purpose = QStringLiteral("保养");
    a.advisorId = 1;
    a.createdAt = QDateTime(QDate(2026, 6, 15), QTime(9, 0));
    const auto late = repo.insert(a);
    a.time = QTime();
    a.purpose.clear();
    a.advisorId.reset();
    const auto anyTime = repo.insert(a);
    a.time = QTime(8, 0);
    a.date = QDate(2026, 6, 18);
    repo.insert(a);

    const auto found = repo.find(late);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->time, QTime(14, 30));
    EXPECT_EQ(found->advisor, QStringLiteral("李顾问"));
    EXPECT_EQ(found->plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(found->customerName, QStringLiteral("刘春江"));
    EXPECT_EQ(found->createdAt, a.createdAt);
    EXPECT_FALSE(found->isCancelled());

    const auto day = repo.between(QDate(2026, 6, 16), QDate(2026, 6, 16));
    ASSERT_EQ(day.size(), 2u);
    EXPECT_EQ(day[0].id, late);  // timed first, then the one without a time
    EXPECT_EQ(day[1].id, anyTime);
    EXPECT_FALSE(day[1].time.isValid());
    EXPECT_TRUE(day[1].purpose.isEmpty());
    EXPECT_EQ(repo.between(QDate(2026, 6, 16), QDate(2026, 6, 18)).size(), 3u);

    repo.cancel(anyTime, QDateTime(QDate(2026, 6, 15), QTime(11, 0)), 1, QStringLiteral("改期"));
    const auto cancelled = repo.find(anyTime);
    EXPECT_TRUE(cancelled->isCancelled());
    EXPECT_EQ(cancelled->cancelReason, QStringLiteral("改期"));

    const auto visits = repo.visitsBetween(QDate(2026, 6, 16), QDate(2026, 6, 17));
    ASSERT_EQ(visits.size(), 1u);  // the voided one is no arrival
    EXPECT_EQ(visits[0].id, 1);
    EXPECT_EQ(visits[0].vehicleId, 5);
}

}  // namespace
}  // namespace hc::storage
