// Backups (issue 13 item 1): written under a temporary name with the online backup API, verified,
// flushed and renamed; listed with their sidecar; rotated 7 daily / 4 weekly / 12 monthly by an
// injected clock; restored after a copy of the current file is kept.
#include "TempDatabase.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <set>

namespace hc::storage {
namespace {

using test::TempDatabase;

domain::Customer customer(const QString& name) {
    domain::Customer c;
    c.name = name;
    c.phone = QStringLiteral("13812345678");
    return c;
}

/// A clock the test moves by hand.
struct TestClock {
    QDateTime now = QDateTime(QDate(2026, 4, 30), QTime(18, 0));
    BackupManager::Clock fn() {
        return [this] { return now; };
    }
};

QStringList partialFiles(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
}

TEST(BackupManager, CreateWritesAVerifiedCopyAndListsIt) {
    TempDatabase t;
    CustomerRepository(t.db()).insert(customer(QStringLiteral("王五")));
    CustomerRepository(t.db()).insert(customer(QStringLiteral("赵六")));
    TestClock clock;
    BackupManager m(t.path(), clock.fn());
    const BackupFile b = m.create(t.db(), QStringLiteral("manual"));
    EXPECT_TRUE(b.verified);
    EXPECT_TRUE(QFile::exists(b.file));
    EXPECT_EQ(QFileInfo(b.file).absolutePath(), QFileInfo(t.path()).absolutePath() + "/backups");
    EXPECT_EQ(QFileInfo(b.file).fileName(), QStringLiteral("huichang-20260430-180000-manual.db"));
    EXPECT_EQ(b.bytes, QFileInfo(b.file).size());
    EXPECT_TRUE(partialFiles(m.folder()).isEmpty());

    const BackupVerification v = BackupManager::verify(b.file);
    EXPECT_TRUE(v.ok) << v.problem.toStdString();
    EXPECT_EQ(v.schema, Database::latestSchemaVersion());
    EXPECT_EQ(v.rows.at(QStringLiteral("customers")), 2);

    const auto all = m.list();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all.front().file, b.file);
    EXPECT_TRUE(all.front().verified);
    EXPECT_EQ(all.front().schema, Database::latestSchemaVersion());
    EXPECT_EQ(all.front().created, clock.now);
    EXPECT_FALSE(m.dueToday());
    clock.now = clock.now.addDays(1);
    EXPECT_TRUE(m.dueToday());

    // The copy is a self-contained database with the rows.
    auto copy = Database::open(b.file);
    EXPECT_EQ(CustomerRepository(*copy).count(), 2);
}

TEST(BackupManager, DatabasesSharingAFolderKeepTheirBackupsApart) {
    TempDatabase t;
    auto other = Database::open(t.filePath(QStringLiteral("shop.db")));
    TestClock clock;
    BackupManager mine(t.path(), clock.fn());
    BackupManager theirs(other->path(), clock.fn());
    mine.create(t.db(), QStringLiteral("manual"));
    const BackupFile b = theirs.create(*other, QStringLiteral("manual"));
    EXPECT_TRUE(QFileInfo(b.file).fileName().startsWith(QStringLiteral("shop-20260430-")));
    ASSERT_EQ(mine.list().size(), 1u);
    ASSERT_EQ(theirs.list().size(), 1u);
    EXPECT_EQ(theirs.list().front().file, b.file);
}

TEST(BackupManager, SecondFolderGetsAVerifiedCopy) {
    TempDatabase t;
    TestClock clock;
    BackupManager m(t.path(), clock.fn());
    const QString second = t.filePath(QStringLiteral("usb"));
    m.setSecondFolder(second);
    m.create(t.db(), QStringLiteral("daily"));
    const QStringList files = QDir(second).entryList({QStringLiteral("huichang-*.db")});
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(BackupManager::verify(QDir(second).filePath(files.front())).ok);
    EXPECT_EQ(m.list().size(), 2u);
}

TEST(BackupManager, PartialOrTruncatedFilesAreNeverTakenForABackup) {
    TempDatabase t;
    for (int i = 0; i < 30; ++i) {
        CustomerRepository(t.db()).insert(customer(QStringLiteral("客户%1").arg(i)));
    }
    TestClock clock;
    BackupManager m(t.path(), clock.fn());
    const BackupFile good = m.create(t.db(), QStringLiteral("daily"));

    // An interrupted backup leaves only its temporary name: never listed.
    QByteArray bytes;
    {
        QFile f(good.file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    const QString partial =
        QDir(m.folder()).filePath(QStringLiteral(".huichang-20260501-090000-daily.db.partial"));
    {
        QFile f(partial);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
    }
    // A final-named file cut short later (disk trouble, copy by hand): listed as unverified and
    // verify() says why; the latest verified backup is still the good one.
    clock.now = clock.now.addDays(1);  // the next day: rotation keeps both
    const BackupFile later = m.create(t.db(), QStringLiteral("manual"));
    {
        QFile f(later.file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.resize(f.size() / 2));
    }
    const auto all = m.list();
    ASSERT_EQ(all.size(), 2u);
    for (const auto& b : all) {
        EXPECT_FALSE(b.file.endsWith(QStringLiteral(".partial")));
    }
    EXPECT_EQ(all.front().file, later.file);
    EXPECT_FALSE(all.front().verified);
    EXPECT_FALSE(BackupManager::verify(later.file).ok);
    ASSERT_TRUE(m.latestVerified().has_value());
    EXPECT_EQ(m.latestVerified()->file, good.file);
    EXPECT_FALSE(BackupManager::verify(partial).ok);

    // An empty file or text is no backup either.
    const QString empty = t.filePath(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    EXPECT_FALSE(BackupManager::verify(empty).ok);
}

TEST(BackupManager, RotationKeepsSevenDailyFourWeeklyTwelveMonthly) {
    TempDatabase t;
    TestClock clock;
    BackupManager m(t.path(), clock.fn());
    // Two backups a day from 2026-01-01 to 2026-04-30 (a Thursday), one upgrade copy in January.
    const QDate start(2026, 1, 1);
    const QDate end(2026, 4, 30);
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        for (int hour : {9, 18}) {
            clock.now = QDateTime(d, QTime(hour, 0));
            m.create(t.db(), QStringLiteral("daily"));
        }
        if (d == QDate(2026, 1, 10)) {
            m.create(t.db(), QStringLiteral("upgrade-v6"));
        }
    }
    std::set<QString> kept;
    for (const auto& b : m.list()) {
        kept.insert(b.created.toString(QStringLiteral("yyyy-MM-dd HH")) + " " + b.reason);
    }
    const std::set<QString> expected = {
        // every backup of today, the newest of each of the 6 days before
        "2026-04-30 09 daily", "2026-04-30 18 daily", "2026-04-29 18 daily", "2026-04-28 18 daily",
        "2026-04-27 18 daily", "2026-04-26 18 daily", "2026-04-25 18 daily", "2026-04-24 18 daily",
        // the newest of each of the last 4 weeks (Monday to Sunday) not already kept
        "2026-04-19 18 daily", "2026-04-12 18 daily",
        // the newest of each of the last 12 months
        "2026-03-31 18 daily", "2026-02-28 18 daily", "2026-01-31 18 daily",
        // upgrade copies are never rotated away
        "2026-01-10 18 upgrade-v6"};
    EXPECT_EQ(kept, expected);
    // Rotation removed the sidecars with their files.
    EXPECT_EQ(QDir(m.folder()).entryList({QStringLiteral("*.json")}).size(),
              static_cast<qsizetype>(expected.size()));
}

TEST(BackupManager, RestoreKeepsABackupOfTheCurrentFile) {
    TempDatabase t;
    CustomerRepository(t.db()).insert(customer(QStringLiteral("王五")));
    TestClock clock;
    BackupManager m(t.path(), clock.fn());
    const BackupFile backup = m.create(t.db(), QStringLiteral("manual"));
    CustomerRepository(t.db()).insert(customer(QStringLiteral("赵六")));
    CustomerRepository(t.db()).insert(customer(QStringLiteral("钱七")));
    t.close();

    clock.now = clock.now.addSecs(3600);
    const BackupFile safety = m.restore(backup.file);
    EXPECT_EQ(safety.reason, QStringLiteral("pre-restore"));
    EXPECT_TRUE(safety.verified);
    {
        auto before = Database::open(safety.file);
        EXPECT_EQ(CustomerRepository(*before).count(), 3);
    }
    t.reopen();
    EXPECT_EQ(CustomerRepository(t.db()).count(), 1);
    EXPECT_EQ(t.db().quickCheck(), QStringLiteral("ok"));
}

TEST(BackupManager, RestoreRefusesABadBackupAndChangesNothing) {
    TempDatabase t;
    CustomerRepository(t.db()).insert(customer(QStringLiteral("王五")));
    BackupManager m(t.path());
    const QString bad = t.filePath(QStringLiteral("bad.db"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database").repeated(100));
    }
    t.close();
    EXPECT_THROW(m.restore(bad), StorageError);
    EXPECT_TRUE(m.list().empty());
    t.reopen();
    EXPECT_EQ(CustomerRepository(t.db()).count(), 1);
}

}  // namespace
}  // namespace hc::storage
