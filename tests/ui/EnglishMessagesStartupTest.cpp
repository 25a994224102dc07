// Issue 9 item 9: the boxes the app shows at start (StartupMessages) and Help → About, in English.
// Each start-up case goes through the steps of src/app/main.cpp on a real file: a file that is no
// database, a database without users, a damaged file with and without a verified backup, a restore
// whose backup file is gone, and an audit log edited behind the app's back.
#include "EnglishBoxes.h"

#include "hc/services/StorageMessages.h"
#include "hc/storage/StorageError.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/StartupMessages.h"

#include <QAction>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

class EnglishMessagesStartupTest : public EnglishBoxTest {
protected:
    services::Clock clock() const {
        return [] { return QDateTime(QDate(2026, 9, 15), QTime(10, 0)); };
    }
    /// A database at `path` with one manager and one customer, closed again.
    QString makeDatabase(const QString& path, bool withBackup) {
        auto db = storage::Database::open(path);
        services::LoginPolicy policy;
        policy.passwordIterations = 1000;
        services::UserService users(*db, clock(), policy);
        EXPECT_TRUE(users.addUser(services::ActingUser{}, QStringLiteral("wang"),
                                  domain::Role::Manager, QStringLiteral("Manager#2024x")));
        services::CustomerService customers(*db, clock());
        domain::Customer c;
        c.name = QStringLiteral("Li Wei");
        c.phone = QStringLiteral("13812345678");
        EXPECT_TRUE(customers.registerCustomer(services::ActingUser{}, c));
        if (withBackup) {
            EXPECT_TRUE(services::BackupService(*db, clock()).create(QStringLiteral("daily")));
        }
        return path;
    }
    /// Overwrites the page header of the customers table, as a failing disk would.
    static void damage(const QString& path) {
        int pageSize = 0;
        int root = 0;
        {
            auto db = storage::Database::open(path);
            QSqlQuery q(db->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            ASSERT_TRUE(q.exec(QStringLiteral(
                            "SELECT rootpage FROM sqlite_master WHERE name = 'customers'")) &&
                        q.next());
            root = q.value(0).toInt();
        }
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(static_cast<qint64>(root - 1) * pageSize + 1));
        f.write(QByteArray(24, '\xA5'));
    }
    QTemporaryDir dir_;
};

HC_OPENS_BOXES(EnglishMessagesStartupTest, AFileThatIsNoDatabaseIsExplainedInEnglish,
               "StartupMessages.cpp:StartupMessages::databaseOpenFailed#1");

TEST_F(EnglishMessagesStartupTest, AFileThatIsNoDatabaseIsExplainedInEnglish) {
    const QString path = dir_.filePath(QStringLiteral("notes.db"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is a text file, not a database.\n").repeated(200));
    }
    BoxReader box;
    try {
        (void)storage::Database::open(path);
        FAIL() << "a text file opened as a database";
    } catch (const storage::StorageError& e) {  // as src/app/main.cpp
        ui::StartupMessages::databaseOpenFailed(services::StorageMessages::describe(e).message,
                                                path, QString::fromUtf8(e.what()));
    }
    ASSERT_EQ(box.count(), 1);
    EXPECT_FALSE(box.boxes().front().detailed.isEmpty());
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesStartupTest, ADatabaseWithoutUsersSaysHowToAddOneInEnglish,
               "StartupMessages.cpp:StartupMessages::noUsers#1");

TEST_F(EnglishMessagesStartupTest, ADatabaseWithoutUsersSaysHowToAddOneInEnglish) {
    const QString path = dir_.filePath(QStringLiteral("new.db"));
    auto db = storage::Database::open(path);
    const auto users = services::UserService(*db, clock()).users();
    ASSERT_TRUE(users);
    ASSERT_TRUE(users.value().empty());
    BoxReader box;
    ui::StartupMessages::noUsers(path);
    ASSERT_EQ(box.count(), 1);
    EXPECT_TRUE(box.boxes().front().text.contains(QStringLiteral("huichang-cli")));
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesStartupTest, ADamagedFileOffersTheBackupOrSaysThereIsNoneInEnglish,
               "StartupMessages.cpp:StartupMessages::offerRestore#1",
               "StartupMessages.cpp:StartupMessages::offerRestore#2");

TEST_F(EnglishMessagesStartupTest, ADamagedFileOffersTheBackupOrSaysThereIsNoneInEnglish) {
    for (const bool withBackup : {false, true}) {
        SCOPED_TRACE(withBackup ? "with a backup" : "without a backup");
        QTemporaryDir own;  // backups live beside the file: one folder each
        const QString path = makeDatabase(own.filePath(QStringLiteral("shop.db")), withBackup);
        damage(path);
        auto db = storage::Database::open(path);
        ASSERT_TRUE(db->isDamaged());
        const auto latest = services::BackupService::latestVerifiedOf(path);
        ASSERT_EQ(latest.has_value(), withBackup);
        BoxReader box;
        box.answerWith(QCoreApplication::translate("hc::ui::StartupMessages", "只读打开"));
        EXPECT_FALSE(ui::StartupMessages::offerRestore(path, db->damageReport(),
                                                       latest ? latest->file : QString(),
                                                       latest ? latest->created : QDateTime()));
        ASSERT_EQ(box.count(), 1);
        // Restore and read-only, or OK; and "Show Details...".
        EXPECT_EQ(box.boxes().front().buttons.size(), withBackup ? 3 : 2) << box.dump();
        EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
    }
}

HC_OPENS_BOXES(EnglishMessagesStartupTest, ARestoreFromAMissingBackupSaysSoInEnglish,
               "StartupMessages.cpp:StartupMessages::backupProblem#1");

TEST_F(EnglishMessagesStartupTest, ARestoreFromAMissingBackupSaysSoInEnglish) {
    // The manager chose a backup on a USB stick that was pulled out before the restart.
    const QString path = makeDatabase(dir_.filePath(QStringLiteral("shop.db")), false);
    const auto restored = services::BackupService::restore(
        path, dir_.filePath(QStringLiteral("usb/huichang-2026-09-14.db")), clock());
    ASSERT_FALSE(restored);
    BoxReader box;
    ui::StartupMessages::backupProblem(restored.error().message);
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesStartupTest, AnEditedAuditLogIsReportedInEnglish,
               "StartupMessages.cpp:StartupMessages::auditChainBroken#1");

TEST_F(EnglishMessagesStartupTest, AnEditedAuditLogIsReportedInEnglish) {
    // Someone edits the log with a SQLite tool (the append-only triggers dropped first).
    app_->db().execScript(QStringLiteral(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
        "UPDATE audit_log SET after_json = '{}' WHERE id = (SELECT MIN(id) + 1 FROM audit_log)"));
    const auto chain = app_->context.backups->verifyAudit();
    ASSERT_TRUE(chain);
    ASSERT_FALSE(chain.value().ok);
    BoxReader box;
    ui::StartupMessages::auditChainBroken(chain.value().firstBadId.value_or(0), chain.value().rows);
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

HC_OPENS_BOXES(EnglishMessagesStartupTest, HelpAboutIsInEnglish,
               "MainWindow.cpp:MainWindow::MainWindow#1");

TEST_F(EnglishMessagesStartupTest, HelpAboutIsInEnglish) {
    ui::MainWindow window(app_->context, QStringLiteral("shop.db"));
    window.show();
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);
    BoxReader box;
    about->trigger();
    ASSERT_EQ(box.count(), 1);
    EXPECT_EQ(chineseIn(box.texts()), "") << box.dump();
}

}  // namespace
}  // namespace hc::test
