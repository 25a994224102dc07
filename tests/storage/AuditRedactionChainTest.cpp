// The audit chain of schema v17: each row chains a hash of its content, so a row's personal data
// can be redacted (after a PIPL erasure) and the chain still verifies; every other change —
// edits, deletes, back-dating, forged redactions, edits of a redacted row — is still found; and
// a database whose chain was built before v17 still verifies after the upgrade (old anchors too).
#include "TempDatabase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::TempDatabase;

QString scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QString();
}

class AuditRedactionChain : public ::testing::Test {
protected:
    void SetUp() override {
        AuditRepository audit(t.db());
        for (int i = 1; i <= 5; ++i) {
            audit.append(QDateTime(QDate(2026, 3, i), QTime(9, 0)), 0,
                         QStringLiteral("customer.update"), QStringLiteral("customer"), i, {},
                         QStringLiteral("{\"name\":\"张三%1\",\"amount_fen\":%1}").arg(i));
        }
    }
    /// Redacts row `id` as the services do: the record first, then the row.
    std::int64_t redactRow(std::int64_t id, const QString& newAfter) {
        AuditRepository audit(t.db());
        const QString content = AuditRepository::contentHashOf({}, newAfter);
        const auto record =
            audit.append(QDateTime(QDate(2026, 4, 1), QTime(9, 0)), 0,
                         QStringLiteral("audit.redact"), QStringLiteral("customer"), id, {},
                         QStringLiteral("{\"rows\":[{\"id\":%1,\"content_hash\":\"%2\"}]}")
                             .arg(id)
                             .arg(content));
        audit.redact({{id, {}, newAfter}}, record);
        return record;
    }
    void tamper(const QString& sql) {
        t.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                         "DROP TRIGGER audit_log_no_delete; ") +
                          sql);
    }
    AuditChainCheck verify() { return AuditRepository(t.db()).verifyChain(); }
    TempDatabase t;
    const QString redacted = QStringLiteral("{\"amount_fen\":3,\"name\":\"已删除\"}");
};

TEST_F(AuditRedactionChain, RedactedRowStillVerifiesAndKeepsItsContentHash) {
    const QString contentBefore =
        scalar(t.db(), QStringLiteral("SELECT content_hash FROM audit_log WHERE id = 3"));
    const QString headBefore = verify().lastHash;
    const auto record = redactRow(3, redacted);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT after_json FROM audit_log WHERE id = 3")),
              redacted);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT content_hash FROM audit_log WHERE id = 3")),
              contentBefore);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT redacted_by FROM audit_log WHERE id = 3")),
              QString::number(record));
    const AuditChainCheck c = verify();
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 6);
    // An anchor noted before the redaction still holds.
    EXPECT_TRUE(
        AuditRepository(t.db()).verifyChain(std::pair<std::int64_t, QString>(5, headBefore)).ok);
    EXPECT_TRUE(AuditRepository(t.db()).recent(10).at(3).redacted);  // row 3, newest first
}

TEST_F(AuditRedactionChain, TriggerAllowsOneRedactionAndNothingElse) {
    redactRow(3, redacted);
    // A second redaction, or one that changes a hash or a fixed field, is refused.
    EXPECT_THROW(t.db().execScript(QStringLiteral(
                     "UPDATE audit_log SET after_json = '{}', redacted_by = 6 WHERE id = 3")),
                 StorageError);
    EXPECT_THROW(t.db().execScript(
                     QStringLiteral("UPDATE audit_log SET after_json = '{}', redacted_by = 6, at = "
                                    "'2020-01-01T00:00:00' WHERE id = 2")),
                 StorageError);
    EXPECT_THROW(t.db().execScript(QStringLiteral(
                     "UPDATE audit_log SET after_json = '{}', redacted_by = 6, content_hash = "
                     "hash WHERE id = 2")),
                 StorageError);
    EXPECT_THROW(t.db().execScript(QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE "
                                                  "id = 2")),
                 StorageError);
    EXPECT_THROW(t.db().execScript(QStringLiteral("DELETE FROM audit_log WHERE id = 3")),
                 StorageError);
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditRedactionChain, RedactionWithoutARecordIsFound) {
    // The trigger lets a redaction through (it cannot read JSON); the chain check holds it to
    // the 'audit.redact' record that must list the row with the hash of its new content.
    t.db().execScript(QStringLiteral(
        "UPDATE audit_log SET after_json = '{\"name\":\"x\"}', redacted_by = 5 WHERE id = 2"));
    const AuditChainCheck c = verify();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 2);
}

TEST_F(AuditRedactionChain, EditOfARedactedRowIsFound) {
    redactRow(3, redacted);
    for (const QString& edit :
         {QStringLiteral("after_json = '{\"amount_fen\":999,\"name\":\"已删除\"}'"),
          QStringLiteral("at = '2026-02-01T09:00:00'"), QStringLiteral("action = 'user.login'"),
          QStringLiteral("entity_id = 4"), QStringLiteral("user_id = 1"),
          QStringLiteral("content_hash = hash"), QStringLiteral("redacted_by = NULL"),
          QStringLiteral("redacted_by = 4")}) {
        TempDatabase copy;
        t.db().backupTo(copy.filePath(QStringLiteral("c.db")));
        auto db = Database::open(copy.filePath(QStringLiteral("c.db")));
        db->execScript(
            QStringLiteral("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF; "
                           "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET ") +
            edit + QStringLiteral(" WHERE id = 3"));
        const AuditChainCheck c = AuditRepository(*db).verifyChain();
        EXPECT_FALSE(c.ok) << edit.toStdString();
        EXPECT_EQ(c.firstBadId, 3) << edit.toStdString();
    }
}

TEST_F(AuditRedactionChain, TamperingWithTheRedactionRecordIsFound) {
    const auto record = redactRow(3, redacted);
    tamper(QStringLiteral("UPDATE audit_log SET after_json = '{\"rows\":[]}' WHERE id = %1")
               .arg(record));
    const AuditChainCheck c = verify();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 3);  // the redacted row lost its record first
}

TEST_F(AuditRedactionChain, EditDeleteAndBackDateAreStillFound) {
    {
        TempDatabase copy;
        t.db().backupTo(copy.filePath(QStringLiteral("c.db")));
        auto db = Database::open(copy.filePath(QStringLiteral("c.db")));
        db->execScript(
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
                           "after_json = '{\"name\":\"李四\"}' WHERE id = 2"));
        EXPECT_EQ(AuditRepository(*db).verifyChain().firstBadId, 2);
    }
    {
        TempDatabase copy;
        t.db().backupTo(copy.filePath(QStringLiteral("c.db")));
        auto db = Database::open(copy.filePath(QStringLiteral("c.db")));
        db->execScript(
            QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2"));
        EXPECT_EQ(AuditRepository(*db).verifyChain().firstBadId, 3);
    }
    tamper(QStringLiteral("UPDATE audit_log SET at = '2025-01-01T09:00:00' WHERE id = 4"));
    EXPECT_EQ(verify().firstBadId, 4);
}

TEST_F(AuditRedactionChain, EditWithTheTriggersRecreatedIsFound) {
    // Drop the triggers, edit, put the triggers back as they were: the schema looks untouched.
    const QString triggers = scalar(
        t.db(), QStringLiteral("SELECT group_concat(sql, ';' || char(10)) FROM sqlite_master "
                               "WHERE type = 'trigger' AND tbl_name = 'audit_log'"));
    ASSERT_FALSE(triggers.isEmpty());
    tamper(
        QStringLiteral("UPDATE audit_log SET after_json = '{\"name\":\"王五\"}' WHERE id = 4; ") +
        triggers + QLatin1Char(';'));
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                            "'trigger' AND tbl_name = 'audit_log'")),
              QStringLiteral("2"));
    const AuditChainCheck c = verify();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 4);
}

/// A database at schema v16 whose audit rows were chained the v7 way (as every database written
/// before v17). `edit` is run on it before the upgrade (a tamperer's edit), if given.
QString oldDatabase(TempDatabase& t, std::pair<std::int64_t, QString>* anchor,
                    const QString& edit = {}) {
    const QString path = t.filePath(QStringLiteral("v16.db"));
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > 16) {
            break;
        }
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        db->execScript(QString::fromUtf8(f.readAll()));
    }
    db->execScript(QStringLiteral(
        "PRAGMA user_version = 16;"
        "INSERT INTO audit_log (at, user_id, action, entity, entity_id, after_json) VALUES "
        "('2026-01-01T08:00:00', NULL, 'customer.create', 'customer', 1, '{\"name\":\"张三\"}'),"
        "('2026-01-02T08:00:00', NULL, 'customer.update', 'customer', 1, '{\"phone\":\"1381\"}'),"
        "('2026-01-03T08:00:00', NULL, 'settings.update', 'settings', NULL, NULL);"));
    EXPECT_EQ(AuditRepository(*db).sealUnchained(), 3);  // what v7 did
    const auto h = scalar(*db, QStringLiteral("SELECT hash FROM audit_log WHERE id = 3"));
    *anchor = {3, h};
    if (!edit.isEmpty()) {
        db->execScript(QStringLiteral("DROP TRIGGER audit_log_no_update; ") + edit);
    }
    return path;
}

TEST(AuditChainUpgrade, OldChainVerifiesAfterTheUpgradeAndOldAnchorsStillHold) {
    TempDatabase t;
    std::pair<std::int64_t, QString> anchor;
    const QString path = oldDatabase(t, &anchor);
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 17);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE content_hash IS "
                                         "NULL OR legacy_hash IS NULL")),
              QStringLiteral("0"));
    AuditRepository audit(*db);
    AuditChainCheck c = audit.verifyChain();
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 3);
    EXPECT_TRUE(audit.verifyChain(anchor).ok) << "an anchor printed before the upgrade";
    audit.append(QDateTime(QDate(2026, 1, 4), QTime(8, 0)), 0, QStringLiteral("settings.update"),
                 QStringLiteral("settings"), std::nullopt, {}, {});
    c = audit.verifyChain(anchor);
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 4);
    // An old row can be redacted like a new one.
    const QString text = QStringLiteral("{\"name\":\"已删除\"}");
    const auto record =
        audit.append(QDateTime(QDate(2026, 1, 5), QTime(8, 0)), 0, QStringLiteral("audit.redact"),
                     QStringLiteral("customer"), 1, {},
                     QStringLiteral("{\"rows\":[{\"id\":1,\"content_hash\":\"%1\"}]}")
                         .arg(AuditRepository::contentHashOf({}, text)));
    audit.redact({{1, {}, text}}, record);
    c = audit.verifyChain(anchor);
    EXPECT_TRUE(c.ok) << c.problem.toStdString();
}

TEST(AuditChainUpgrade, AnEditMadeBeforeTheUpgradeIsStillFound) {
    TempDatabase t;
    std::pair<std::int64_t, QString> anchor;
    const QString path = oldDatabase(
        t, &anchor,
        QStringLiteral("UPDATE audit_log SET after_json = '{\"phone\":\"1399\"}' WHERE id = 2"));
    auto db = Database::open(path);
    const AuditChainCheck c = AuditRepository(*db).verifyChain();
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.firstBadId, 2);
}

}  // namespace
}  // namespace hc::storage
