// Backups, restore, the audit chain and damaged / empty / missing files through the real
// huichang-cli binary: the JSON contracts of issue 13 exactly as named.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using hc::test::CliResult;
using hc::test::readFile;
using hc::test::runCli;
using hc::test::testData;
using hc::test::writeFile;

namespace {

class BackupCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult imp = cli(
            {QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")});
        ASSERT_EQ(imp.exitCode, 0) << imp.errText().toStdString();
    }
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QString db() const { return path("shop.db"); }
    CliResult cli(QStringList args, const QString& dbPath = {}) const {
        args.prepend(dbPath.isEmpty() ? db() : dbPath);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    /// Raw SQL on the database file (no Huichang code), as someone editing it by hand would.
    void rawSql(const QStringList& statements) const {
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            c.setDatabaseName(db());
            ASSERT_TRUE(c.open());
            QSqlQuery q(c);
            for (const QString& s : statements) {
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    int customers() const {
        const CliResult r = cli({QStringLiteral("classify"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json()["counts"]["customers"].get<int>();
    }
    QTemporaryDir dir;
};

TEST_F(BackupCli, CreateListVerifyContracts) {
    const CliResult made =
        cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")});
    ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    const auto j = made.json();
    ASSERT_TRUE(j.contains("file") && j.contains("bytes") && j.contains("verified"));
    const QString file = QString::fromStdString(j["file"].get<std::string>());
    EXPECT_TRUE(j["verified"].get<bool>());
    EXPECT_EQ(j["bytes"].get<qint64>(), QFileInfo(file).size());
    EXPECT_EQ(QFileInfo(file).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));

    const QString usb = path("usb");
    const CliResult to = cli({QStringLiteral("backup"), QStringLiteral("create"),
                              QStringLiteral("--to"), usb, QStringLiteral("--json")});
    ASSERT_EQ(to.exitCode, 0) << to.errText().toStdString();
    EXPECT_TRUE(QString::fromStdString(to.json()["file"].get<std::string>()).startsWith(usb));

    const CliResult list =
        cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const auto all = list.json();
    ASSERT_TRUE(all.is_array());
    ASSERT_GE(all.size(), 1u);
    bool found = false;
    for (const auto& b : all) {
        for (const char* key : {"file", "created", "schema", "verified"}) {
            EXPECT_TRUE(b.contains(key)) << key;
        }
        if (QString::fromStdString(b["file"].get<std::string>()) == file) {
            found = true;
            EXPECT_TRUE(b["verified"].get<bool>());
            EXPECT_GE(b["schema"].get<int>(), 7);
        }
    }
    EXPECT_TRUE(found);

    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("verify"), file}).exitCode, 0);
    // A copy cut short fails verification with a message.
    const QByteArray bytes = readFile(file);
    writeFile(path("cut.db"), bytes.left(bytes.size() / 3));
    const CliResult bad = cli({QStringLiteral("backup"), QStringLiteral("verify"), path("cut.db")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.errText().contains(path("cut.db"))) << bad.errText().toStdString();
}

TEST_F(BackupCli, RestoreNeedsYesAndKeepsTheCurrentFile) {
    const int before = customers();
    const CliResult made =
        cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")});
    ASSERT_EQ(made.exitCode, 0);
    const QString file = QString::fromStdString(made.json()["file"].get<std::string>());
    rawSql({QStringLiteral("DELETE FROM visits"), QStringLiteral("DELETE FROM vehicle_owners"),
            QStringLiteral("DELETE FROM vehicles"), QStringLiteral("DELETE FROM customers")});
    ASSERT_EQ(customers(), 0);

    const CliResult refused = cli({QStringLiteral("restore"), file});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes")));
    EXPECT_EQ(customers(), 0);

    const CliResult restored = cli({QStringLiteral("restore"), file, QStringLiteral("--yes")});
    ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_EQ(customers(), before);
    const auto all =
        cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")}).json();
    bool kept = false;
    for (const auto& b : all) {
        kept = kept || b["reason"] == "pre-restore";
    }
    EXPECT_TRUE(kept) << all.dump();

    // A bad file is refused and the database is left alone.
    writeFile(path("junk.db"), QByteArray("junk").repeated(500));
    EXPECT_EQ(cli({QStringLiteral("restore"), path("junk.db"), QStringLiteral("--yes")}).exitCode,
              1);
    EXPECT_EQ(customers(), before);
}

TEST_F(BackupCli, AuditVerifyFindsAnEditedRowAndARemovedTail) {
    const CliResult ok =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(ok.exitCode, 0) << ok.errText().toStdString();
    const auto j = ok.json();
    EXPECT_TRUE(j["ok"].get<bool>());
    EXPECT_GE(j["rows"].get<int>(), 1);
    EXPECT_TRUE(j["first_bad_id"].is_null());
    const auto lastId = j["last_id"].get<std::int64_t>();
    const QString anchor =
        QStringLiteral("%1:%2").arg(lastId).arg(QString::fromStdString(j["last_hash"]));
    EXPECT_EQ(
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--expect"), anchor})
            .exitCode,
        0);
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--expect"),
                   QStringLiteral("x")})
                  .exitCode,
              2);

    // Removing the newest row: only the anchor shows it.
    rawSql({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(lastId)});
    const CliResult cut = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--expect"), anchor, QStringLiteral("--json")});
    EXPECT_EQ(cut.exitCode, 3);
    EXPECT_FALSE(cut.json()["ok"].get<bool>());
    EXPECT_EQ(cut.json()["first_bad_id"].get<std::int64_t>(), lastId);
}

TEST_F(BackupCli, AuditVerifyFindsABackDatedRow) {
    // Two more audited writes (imports), then the first row is back-dated by hand.
    ASSERT_EQ(
        cli({QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")})
            .exitCode,
        0);
    rawSql({QStringLiteral("DROP TRIGGER audit_log_no_update"),
            QStringLiteral("UPDATE audit_log SET at = '2020-01-01T08:00:00' WHERE id = 1")});
    const CliResult r =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 3);
    const auto j = r.json();
    EXPECT_FALSE(j["ok"].get<bool>());
    EXPECT_EQ(j["first_bad_id"].get<int>(), 1);
    EXPECT_GE(j["rows"].get<int>(), 2);
    EXPECT_FALSE(r.errText().isEmpty());
}

TEST_F(BackupCli, WriteCommandsNeverCreateADatabase) {
    const QString missing = path("typo.db");
    const QString empty = path("empty.db");
    writeFile(empty, {});
    for (const QString& target : {missing, empty}) {
        const CliResult imp = cli(
            {QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")},
            target);
        EXPECT_EQ(imp.exitCode, 1);
        EXPECT_TRUE(imp.errText().contains(target)) << imp.errText().toStdString();
        const CliResult user =
            runCli({QStringLiteral("--db"), target, QStringLiteral("user"), QStringLiteral("add"),
                    QStringLiteral("li"), QStringLiteral("--role"), QStringLiteral("advisor")},
                   "long-enough-secret\n");
        EXPECT_EQ(user.exitCode, 1);
        EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("create")}, target).exitCode, 1);
    }
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_TRUE(
        cli({QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")},
            empty)
            .errText()
            .contains(QStringLiteral("0 字节")));
}

TEST_F(BackupCli, DamagedDatabaseIsReadOnlyAndOffersTheLatestBackup) {
    const CliResult made =
        cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")});
    ASSERT_EQ(made.exitCode, 0);
    const QString backup = QString::fromStdString(made.json()["file"].get<std::string>());
    int root = 0;
    {
        auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        c.setDatabaseName(db());
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'visits'")));
        ASSERT_TRUE(q.next());
        root = q.value(0).toInt();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    {
        QFile f(db());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(static_cast<qint64>(root - 1) * 4096 + 1));
        f.write(QByteArray(24, '\x5A'));
    }
    const QByteArray damaged = readFile(db());
    const CliResult imp =
        cli({QStringLiteral("import"), QStringLiteral("visits"), testData("seed001_visits.csv")});
    EXPECT_EQ(imp.exitCode, 1);
    EXPECT_TRUE(imp.errText().contains(QStringLiteral("损坏"))) << imp.errText().toStdString();
    EXPECT_TRUE(imp.errText().contains(backup)) << imp.errText().toStdString();
    EXPECT_EQ(readFile(db()), damaged) << "nothing was written";

    const CliResult en = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--db"), db(), QStringLiteral("import"),
                                 QStringLiteral("visits"), testData("seed001_visits.csv")});
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_TRUE(en.errText().contains(backup));

    // The offered backup brings the shop back.
    ASSERT_EQ(cli({QStringLiteral("restore"), backup, QStringLiteral("--yes")}).exitCode, 0);
    EXPECT_GT(customers(), 0);
}

}  // namespace
