// Upgrading a database written by an earlier schema: schema 0005 rebuilds customers, vehicles and
// visits (CHECK lists written as comparisons, see schema/0005_check_lists.sql) with foreign keys
// off; every row, index, trigger and constraint must come through, and a broken file must be
// refused without losing anything.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

#include <map>

namespace hc::storage {
namespace {

using test::sqlRows;
using test::TempDatabase;

bool exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

/// A database file at schema `version`, built from the program's own migration scripts.
std::unique_ptr<Database> openAtVersion(const QString& path, int version) {
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > version) {
            break;
        }
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        db->execScript(QString::fromUtf8(f.readAll()));
    }
    db->execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return db;
}

/// Some of everything the rebuilt tables hold, and rows of other tables that refer to them.
void fillV4(Database& db) {
    db.execScript(QStringLiteral(
        "INSERT INTO users (id, username, role, password_hash, password_salt, "
        "password_iterations, created_at) VALUES (1, 'wang', 'manager', x'00', x'00', 100000, "
        "'2026-01-01T08:00:00');"
        "INSERT INTO customers (id, name, phone, attribute, behaviour, invalid_reason, "
        "invalid_since, created_at, updated_at) VALUES "
        "(1, '刘春江', '13812345678', 'taxi', 'demanding', NULL, NULL, '2026-01-01T08:00:00', "
        "'2026-01-01T08:00:00'),"
        "(2, '张伟', '02981629900', NULL, NULL, 'vehicle_sold', '2026-03-01', "
        "'2026-01-01T08:00:00', '2026-03-01T08:00:00');"
        "INSERT INTO vehicles (id, customer_id, plate, vin, grade, transmission, created_at, "
        "updated_at) VALUES (1, 1, '陕A12345', '1M8GDM9AXKP042788', 'mid_low', 'manual', "
        "'2026-01-01T08:00:00', '2026-01-01T08:00:00');"
        "INSERT INTO vehicle_owners (vehicle_id, customer_id, from_date) VALUES (1, 1, "
        "'2020-05-01');"
        "INSERT INTO visits (id, customer_id, vehicle_id, visit_date, work_order, category, "
        "amount_fen, source, created_at, created_by) VALUES "
        "(1, 1, 1, '2026-02-03', 'WO-1', 'warranty', 123456, 'import', '2026-02-03T09:00:00', 1),"
        "(2, 2, NULL, '2026-02-04', NULL, 'insurance', 0, 'manual', '2026-02-04T09:00:00', "
        "NULL);"
        "INSERT INTO complaints (customer_id, vehicle_id, visit_id, description, received_at, "
        "created_at, updated_at) VALUES (1, 1, 1, '等太久', '2026-02-05T10:00:00', "
        "'2026-02-05T10:00:00', '2026-02-05T10:00:00');"));
}

const QString kTables = QStringLiteral("('customers', 'vehicles', 'visits')");

/// Indexes and triggers of the rebuilt tables, except the two visit indexes that 0006 turns into
/// partial indexes on valid visits (checked by FromV5VoidColumnsAndPartialIndexes).
QStringList indexesAndTriggers(Database& db) {
    return sqlRows(db,
                   QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type "
                                  "IN ('index', 'trigger') AND name NOT IN "
                                  "('visits_customer_date', 'visits_date') AND tbl_name IN ") +
                       kTables + QStringLiteral(" ORDER BY type, name"));
}

/// The columns of visits up to schema v5 (0006 adds the void columns).
const QString kVisitColumnsV5 = QStringLiteral(
    "id, customer_id, vehicle_id, visit_date, work_order, appraisal_no, mileage, category, "
    "fault_date, fault_mileage, work_done, recommendations, labour_fen, parts_fen, other_fen, "
    "discount_fen, amount_fen, advisor, technician, source, created_at, created_by");
const QString kCustomerColumnsV4 = QStringLiteral(
    "id, name, kind, phone, phone2, id_number, address, postal_code, birthday, gender, region, "
    "source, attribute, behaviour, decision_style, marketing_opt_out, invalid_reason, "
    "invalid_note, invalid_since, invalid_by, verified_at, verified_by, note, created_at, "
    "updated_at");

QStringList content(Database& db) {
    QStringList all;
    for (const QString& table :
         {QStringLiteral("customers"), QStringLiteral("vehicles"), QStringLiteral("vehicle_owners"),
          QStringLiteral("visits"), QStringLiteral("complaints"),
          QStringLiteral("search_customer_fts"), QStringLiteral("search_vehicle_fts"),
          QStringLiteral("search_pinyin")}) {
        // Columns added by later migrations (visits: 0006; customers: 0010 erased_at) are not
        // part of the v4 content.
        const QString columns = table == u"visits"      ? kVisitColumnsV5
                                : table == u"customers" ? kCustomerColumnsV4
                                                        : QStringLiteral("*");
        all << table
            << sqlRows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, table));
    }
    return all;
}

TEST(Migration, FromV4KeepsEveryRowIndexTriggerAndConstraint) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v4.db"));
    QStringList before;
    QStringList structureBefore;
    {
        auto db = openAtVersion(path, 4);
        fillV4(*db);
        before = content(*db);
        structureBefore = indexesAndTriggers(*db);
        // The old form: a list of more than two values.
        ASSERT_TRUE(
            sqlRows(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'visits'"))
                .join(QString())
                .contains(QStringLiteral("category IN (")));
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 5);
    // The pre-upgrade copy: a verified backup in the backups folder (BackupManager), never a
    // half-written file next to the database.
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v4.bak")));
    const auto backups = BackupManager(path).list();
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_TRUE(backups.front().verified);
    EXPECT_EQ(backups.front().schema, 4);
    EXPECT_EQ(backups.front().reason, QStringLiteral("upgrade-v4"));
    EXPECT_TRUE(BackupManager::verify(backups.front().file).ok);

    EXPECT_EQ(content(*db), before);
    // Every index and trigger kept; later migrations only add (0008: visits_vehicle_mileage;
    // 0009: the three visits_odometer_* triggers).
    QStringList structureAfter = indexesAndTriggers(*db);
    auto added = structureAfter.filter(QStringLiteral("index|visits_vehicle_mileage|"));
    added += structureAfter.filter(QStringLiteral("trigger|visits_odometer_"));
    EXPECT_EQ(added.size(), 4);
    for (const QString& a : added) {
        structureAfter.removeAll(a);
    }
    EXPECT_EQ(structureAfter, structureBefore);
    EXPECT_EQ(sqlRows(*db, QStringLiteral("PRAGMA foreign_keys")),
              QStringList{QStringLiteral("1")});
    EXPECT_TRUE(db->firstForeignKeyProblem().isEmpty());
    EXPECT_EQ(sqlRows(*db, QStringLiteral("PRAGMA integrity_check")),
              QStringList{QStringLiteral("ok")});
    // Other tables still refer to the rebuilt ones by name.
    EXPECT_EQ(
        sqlRows(*db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list("
                                    "'complaints') ORDER BY \"table\"")),
        (QStringList{QStringLiteral("customers"), QStringLiteral("users"), QStringLiteral("users"),
                     QStringLiteral("vehicles"), QStringLiteral("visits")}));
    // Still STRICT.
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT name FROM pragma_table_list WHERE strict = 1 AND "
                                          "name IN ") +
                               kTables + QStringLiteral(" ORDER BY name")),
              (QStringList{QStringLiteral("customers"), QStringLiteral("vehicles"),
                           QStringLiteral("visits")}));
}

TEST(Migration, RebuiltTablesHaveNoLongCheckListsAndAcceptTheSameValues) {
    TempDatabase t;
    for (const QString& sql : sqlRows(
             t.db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name IN ") + kTables)) {
        // Any "IN (" left must be a list of at most two values (compiled to comparisons).
        qsizetype at = 0;
        while ((at = sql.indexOf(QStringLiteral(" IN ("), at)) >= 0) {
            const qsizetype end = sql.indexOf(QLatin1Char(')'), at);
            EXPECT_LE(sql.mid(at, end - at).count(QLatin1Char(',')), 1) << sql.toStdString();
            at = end;
        }
    }
    auto& db = t.db();
    ASSERT_TRUE(exec(db, QStringLiteral("INSERT INTO customers (id, name, created_at, updated_at) "
                                        "VALUES (1, '甲', 'x', 'x')")));
    const auto visit = [&](const QString& category, const QString& source) {
        return exec(db, QStringLiteral("INSERT INTO visits (customer_id, visit_date, category, "
                                       "amount_fen, source, created_at) VALUES (1, '2026-01-01', "
                                       "'%1', 0, '%2', 'x')")
                            .arg(category, source));
    };
    for (const char* c : {"maintenance", "repair", "accident", "warranty", "insurance", "other"}) {
        EXPECT_TRUE(visit(QString::fromLatin1(c), QStringLiteral("manual"))) << c;
    }
    for (const char* s : {"manual", "import", "demo"}) {
        EXPECT_TRUE(visit(QStringLiteral("repair"), QString::fromLatin1(s))) << s;
    }
    EXPECT_FALSE(visit(QStringLiteral("tuning"), QStringLiteral("manual")));
    EXPECT_FALSE(visit(QStringLiteral("Repair"), QStringLiteral("manual")));
    EXPECT_FALSE(visit(QStringLiteral("repair"), QStringLiteral("web")));

    const auto customer = [&](int id, const QString& column, const QString& value) {
        return exec(db, QStringLiteral("INSERT INTO customers (id, name, %1, created_at, "
                                       "updated_at) VALUES (%2, '乙', %3, 'x', 'x')")
                            .arg(column)
                            .arg(id)
                            .arg(value));
    };
    EXPECT_TRUE(customer(10, QStringLiteral("attribute"), QStringLiteral("'insurance'")));
    EXPECT_TRUE(customer(11, QStringLiteral("attribute"), QStringLiteral("NULL")));
    EXPECT_FALSE(customer(12, QStringLiteral("attribute"), QStringLiteral("'vip'")));
    EXPECT_TRUE(customer(13, QStringLiteral("behaviour"), QStringLiteral("'agitated'")));
    EXPECT_FALSE(customer(14, QStringLiteral("behaviour"), QStringLiteral("'calm'")));
    const auto vehicle = [&](int id, const QString& grade) {
        return exec(db, QStringLiteral("INSERT INTO vehicles (id, customer_id, grade, created_at, "
                                       "updated_at) VALUES (%1, 1, %2, 'x', 'x')")
                            .arg(id)
                            .arg(grade));
    };
    EXPECT_TRUE(vehicle(1, QStringLiteral("'mid_low'")));
    EXPECT_TRUE(vehicle(2, QStringLiteral("NULL")));
    EXPECT_FALSE(vehicle(3, QStringLiteral("'luxury'")));
}

TEST(Migration, FromV5VoidColumnsAndPartialIndexes) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v5.db"));
    {
        auto db = openAtVersion(path, 5);
        fillV4(*db);
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 6);
    // Existing visits are valid; the table is still STRICT.
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT id FROM visits WHERE voided_at IS NULL AND "
                                          "voided_by IS NULL AND void_reason IS NULL ORDER BY id")),
              (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT strict FROM pragma_table_list WHERE name = "
                                          "'visits'")),
              QStringList{QStringLiteral("1")});
    // A voided visit needs a time and a non-blank reason, and nothing else may carry a reason.
    EXPECT_FALSE(exec(*db, QStringLiteral("UPDATE visits SET voided_at = '2026-03-01T10:00:00' "
                                          "WHERE id = 1")));
    EXPECT_FALSE(exec(*db, QStringLiteral("UPDATE visits SET voided_at = '2026-03-01T10:00:00', "
                                          "void_reason = '  ' WHERE id = 1")));
    EXPECT_FALSE(exec(*db, QStringLiteral("UPDATE visits SET void_reason = '错' WHERE id = 1")));
    EXPECT_FALSE(exec(*db, QStringLiteral("UPDATE visits SET voided_at = '2026-03-01T10:00:00', "
                                          "void_reason = '错', voided_by = 42 WHERE id = 1")));
    EXPECT_TRUE(exec(*db, QStringLiteral("UPDATE visits SET voided_at = '2026-03-01T10:00:00', "
                                         "void_reason = '录错', voided_by = 1 WHERE id = 1")));
    // The analysis scans stay index-only on the partial index of valid visits.
    const QStringList plan = sqlRows(
        *db, QStringLiteral("EXPLAIN QUERY PLAN SELECT customer_id, visit_date, amount_fen FROM "
                            "visits INDEXED BY visits_customer_date WHERE voided_at IS NULL "
                            "ORDER BY customer_id, visit_date"));
    EXPECT_TRUE(plan.join(QString()).contains(QStringLiteral("COVERING INDEX")))
        << plan.join(QStringLiteral("\n")).toStdString();
    EXPECT_EQ(sqlRows(*db, QStringLiteral("SELECT customer_id FROM visits INDEXED BY "
                                          "visits_customer_date WHERE voided_at IS NULL")),
              QStringList{QStringLiteral("2")});
}

TEST(Migration, ABrokenReferenceStopsTheUpgradeAndLosesNothing) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("broken.db"));
    QStringList before;
    {
        auto db = openAtVersion(path, 4);
        fillV4(*db);
        // Written by some other tool with foreign keys off: a visit of a customer that is gone.
        db->execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
        db->execScript(QStringLiteral(
            "INSERT INTO visits (id, customer_id, visit_date, category, amount_fen, source, "
            "created_at) VALUES (3, 99, '2026-02-06', 'repair', 100, 'manual', 'x')"));
        before = content(*db);
    }
    try {
        (void)Database::open(path);
        ADD_FAILURE() << "the upgrade should have been refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Schema) << e.what();
        EXPECT_NE(QString::fromUtf8(e.what()).indexOf(QStringLiteral("visits row 3")), -1)
            << e.what();
    }
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    EXPECT_EQ(db->schemaVersion(), 4);
    EXPECT_EQ(content(*db), before);
    EXPECT_TRUE(sqlRows(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'visits'"))
                    .join(QString())
                    .contains(QStringLiteral("category IN (")));
    EXPECT_EQ(sqlRows(*db, QStringLiteral("PRAGMA foreign_keys")),
              QStringList{QStringLiteral("1")});
}

}  // namespace
}  // namespace hc::storage
