// Damaged files (quick_check at open → read-only), empty/missing files without create, and the
// tamper-evident audit chain (schema v7): an edited, deleted or back-dated row is found.
#include "TempDatabase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

domain::Customer customer(const QString& name) {
    domain::Customer c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    return c;
}

QString scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QString();
}

TEST(DamagedDatabase, FlippedBytesInAPageOpenReadOnlyWithTheReport) {
    TempDatabase t;
    for (int i = 0; i < 400; ++i) {
        CustomerRepository(t.db()).insert(customer(QStringLiteral("客户%1").arg(i)));
    }
    const int pageSize = scalar(t.db(), QStringLiteral("PRAGMA page_size")).toInt();
    const int root = scalar(t.db(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                   "name = 'customers'"))
                         .toInt();
    t.close();  // checkpoints the WAL into the file
    {
        QFile f(t.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        // The b-tree page header and cell pointers of the customers table's root page.
        const qint64 offset = static_cast<qint64>(root - 1) * pageSize;
        ASSERT_TRUE(f.seek(offset + 1));
        f.write(QByteArray(24, '\xA5'));
    }
    auto db = Database::open(t.path());
    EXPECT_TRUE(db->isDamaged());
    EXPECT_FALSE(db->damageReport().isEmpty());
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA query_only")), QStringLiteral("1"));
    try {
        CustomerRepository(*db).insert(customer(QStringLiteral("新客户")));
        ADD_FAILURE() << "a damaged database accepted a write";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
    }
}

TEST(DamagedDatabase, SoundFileIsNotDamaged) {
    TempDatabase t;
    EXPECT_FALSE(t.db().isDamaged());
    EXPECT_EQ(scalar(t.db(), QStringLiteral("PRAGMA query_only")), QStringLiteral("0"));
}

TEST(DamagedDatabase, EmptyOrMissingFileWithoutCreateIsRefusedAndNothingIsCreated) {
    TempDatabase t;
    Database::Options o;
    o.create = false;
    const QString empty = t.filePath(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    EXPECT_THROW((void)Database::open(empty, o), StorageError);
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    const QString missing = t.filePath(QStringLiteral("sub/missing.db"));
    EXPECT_THROW((void)Database::open(missing, o), StorageError);
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(QDir(t.filePath(QStringLiteral("sub"))).exists());
}

class AuditChain : public ::testing::Test {
protected:
    void SetUp() override {
        AuditRepository audit(t.db());
        for (int i = 1; i <= 5; ++i) {
            audit.append(QDateTime(QDate(2026, 3, i), QTime(9, 0)), 0,
                         QStringLiteral("customer.update"), QStringLiteral("customer"), i,
                         QStringLiteral("{\"n\":%1}").arg(i - 1),
                         QStringLiteral("{\"n\":%1}").arg(i));
        }
    }
    /// Raw SQL on the file with the append-only triggers dropped, as a tamperer would.
    void tamper(const QString& sql) {
        t.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                         "DROP TRIGGER audit_log_no_delete; ") +
                          sql);
    }
    TempDatabase t;
};

TEST_F(AuditChain, IntactChainVerifies) {
    const AuditChainCheck c = AuditRepository(t.db()).verifyChain();
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 5);
    EXPECT_FALSE(c.firstBadId.has_value());
    EXPECT_EQ(c.lastId, 5);
    EXPECT_EQ(c.lastHash.size(), 64);
    // The anchor holds.
    EXPECT_TRUE(AuditRepository(t.db()).verifyChain(std::pair{c.lastId, c.lastHash}).ok);
}

TEST_F(AuditChain, TriggersStillRejectEditsAndDeletes) {
    EXPECT_THROW(
        t.db().execScript(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 2")),
        StorageError);
    EXPECT_THROW(t.db().execScript(QStringLiteral("UPDATE audit_log SET hash = NULL WHERE id = 2")),
                 StorageError);
    EXPECT_THROW(t.db().execScript(QStringLiteral("DELETE FROM audit_log WHERE id = 2")),
                 StorageError);
}

TEST_F(AuditChain, EditedRowIsFound) {
    tamper(QStringLiteral("UPDATE audit_log SET after_json = '{\"n\":99}' WHERE id = 3"));
    const AuditChainCheck c = AuditRepository(t.db()).verifyChain();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 3);
    EXPECT_EQ(c.rows, 5);
}

TEST_F(AuditChain, DeletedRowIsFoundAtTheNextOne) {
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    const AuditChainCheck c = AuditRepository(t.db()).verifyChain();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 3);
}

TEST_F(AuditChain, BackDatedRowIsFound) {
    tamper(QStringLiteral("UPDATE audit_log SET at = '2025-12-31T09:00:00' WHERE id = 4"));
    const AuditChainCheck c = AuditRepository(t.db()).verifyChain();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 4);
}

TEST_F(AuditChain, RemovedTailIsFoundWithTheAnchor) {
    const AuditChainCheck before = AuditRepository(t.db()).verifyChain();
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 5"));
    EXPECT_TRUE(AuditRepository(t.db()).verifyChain().ok) << "without an anchor a cut tail is "
                                                             "indistinguishable";
    const AuditChainCheck c =
        AuditRepository(t.db()).verifyChain(std::pair{before.lastId, before.lastHash});
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 5);
}

TEST_F(AuditChain, RehashedRowStillBreaksTheNextLink) {
    // Changing a row and writing a fresh content hash and hash for it: the next row no longer
    // chains to it.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE id = 1")) && q.next());
    const QString h1 = q.value(0).toString();
    const QString content =
        AuditRepository::contentHashOf(QStringLiteral("{\"n\":1}"), QStringLiteral("{\"n\":7}"));
    const QString forged = AuditRepository::chainHash(
        h1, 2, QStringLiteral("2026-03-02T09:00:00"), std::nullopt,
        QStringLiteral("customer.update"), QStringLiteral("customer"), 2, content, {});
    tamper(QStringLiteral("UPDATE audit_log SET after_json = '{\"n\":7}', content_hash = '%1', "
                          "hash = '%2' WHERE id = 2")
               .arg(content, forged));
    const AuditChainCheck c = AuditRepository(t.db()).verifyChain();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 3);
}

TEST(AuditChainMigration, RowsWrittenBeforeV7AreSealed) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v5.db"));
    {
        Database::Options o;
        o.migrate = false;
        auto db = Database::open(path, o);
        QDir dir(QStringLiteral(":/schema"));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.left(4).toInt() > 5) {
                break;
            }
            QFile f(dir.filePath(name));
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            db->execScript(QString::fromUtf8(f.readAll()));
        }
        db->execScript(
            QStringLiteral("PRAGMA user_version = 5;"
                           "INSERT INTO audit_log (at, user_id, action, entity) VALUES "
                           "('2026-01-01T08:00:00', NULL, 'settings.update', 'settings'),"
                           "('2026-01-02T08:00:00', NULL, 'settings.update', 'settings');"));
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 7);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")),
              QStringLiteral("0"));
    AuditRepository(*db).append(QDateTime(QDate(2026, 1, 3), QTime(8, 0)), 0,
                                QStringLiteral("settings.update"), QStringLiteral("settings"),
                                std::nullopt, {}, {});
    const AuditChainCheck c = AuditRepository(*db).verifyChain();
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 3);
}

}  // namespace
}  // namespace hc::storage
