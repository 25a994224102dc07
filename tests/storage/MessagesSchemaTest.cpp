// Schema 0013 (messages): the former 0/1 marketing opt-out flag becomes a marketing refusal in the
// consent history; the tables refuse what the rules do not allow; MessageRepository reads the
// latest consent per customer and purpose.
#include "SqlRows.h"
#include "TempDatabase.h"
#include "hc/storage/Database.h"
#include "hc/storage/MessageRepository.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace hc::storage {
namespace {

using test::sqlRows;
using test::TempDatabase;

/// A database at the schema before 0013, built from the program's own scripts.
std::unique_ptr<Database> openBefore13(const QString& path) {
    Database::Options o;
    o.migrate = false;
    auto db = Database::open(path, o);
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() >= 13) {
            break;
        }
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        db->execScript(QString::fromUtf8(f.readAll()));
    }
    db->execScript(QStringLiteral("PRAGMA user_version = 12"));
    return db;
}

TEST(MessagesSchema, OptOutFlagBecomesAMarketingRefusal) {
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("v12.db"));
    {
        auto db = openBefore13(path);
        db->execScript(QStringLiteral(
            "INSERT INTO customers (id, name, phone, marketing_opt_out, created_at, updated_at) "
            "VALUES (1, '甲', '13800000001', 1, '2026-01-01T08:00:00', '2026-03-01T09:00:00'),"
            "(2, '乙', '13800000002', 0, '2026-01-01T08:00:00', '2026-01-01T08:00:00');"));
    }
    auto db = Database::open(path);
    ASSERT_GE(db->schemaVersion(), 13);
    EXPECT_EQ(
        sqlRows(*db, QStringLiteral("SELECT customer_id, purpose, state, source, at, "
                                    "user_id FROM consent_events")),
        QStringList{QStringLiteral("1|marketing|refused|migration|2026-03-01T09:00:00|NULL")});
    MessageRepository repo(*db);
    const auto latest = repo.latestConsent(1, domain::MessagePurpose::Marketing);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->state, domain::ConsentState::Refused);
    EXPECT_EQ(latest->source, domain::ConsentSource::Migration);
    EXPECT_FALSE(repo.latestConsent(2, domain::MessagePurpose::Marketing));
    EXPECT_FALSE(repo.latestConsent(1, domain::MessagePurpose::Service));

    // Latest by time, then id; the history stays.
    domain::ConsentRecord r;
    r.customerId = 1;
    r.purpose = domain::MessagePurpose::Marketing;
    r.state = domain::ConsentState::Granted;
    r.source = domain::ConsentSource::ReceptionForm;
    r.at = QDateTime(QDate(2026, 4, 1), QTime(10, 0));
    repo.insertConsent(r);
    EXPECT_EQ(repo.latestConsent(1, domain::MessagePurpose::Marketing)->state,
              domain::ConsentState::Granted);
    EXPECT_EQ(repo.latestStates(domain::MessagePurpose::Marketing).at(1),
              domain::ConsentState::Granted);
    EXPECT_EQ(repo.consentHistory(1).size(), 2U);

    // The tables refuse unknown purposes, states, sources, template keys and results, and a failed
    // message without a reason.
    QSqlQuery q(db->connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, "
                              "source, at) VALUES (1, 'spam', 'granted', 'call', 'x')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, "
                              "source, at) VALUES (1, 'service', 'maybe', 'call', 'x')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, "
                              "source, at) VALUES (1, 'service', 'granted', 'web', 'x')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, state, "
                              "source, at) VALUES (99, 'service', 'granted', 'call', "
                              "'x')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO message_templates (key, text, updated_at) "
                              "VALUES ('birthday', 'x', 'x')")));
    EXPECT_FALSE(q.exec(QStringLiteral(
        "INSERT INTO message_log (customer_id, template_key, purpose, phone, text, segments, "
        "channel, result, sent_at, sent_date) VALUES (1, 'holiday', 'marketing', '1', 't', 1, "
        "'gateway', 'failed', '2026-04-01T10:00:00', '2026-04-01')")));
    EXPECT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO message_log (customer_id, template_key, purpose, phone, text, segments, "
        "channel, result, error, sent_at, sent_date) VALUES (1, 'holiday', 'marketing', '1', 't', "
        "1, 'gateway', 'failed', 'timeout', '2026-04-01T10:00:00', '2026-04-01')")));
}

}  // namespace
}  // namespace hc::storage
