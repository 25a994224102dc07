// Kill test (issue 13 item 3): the real huichang-cli is SIGKILLed at a random moment (seeded)
// while it imports a CSV, voids a visit, writes a backup, upgrades an old database, closes declined
// work, refits the customer-base model or marks customers as not the same; the file it
// leaves behind must pass integrity_check and hold the data before or after the command, never
// anything in between, and no partial backup may ever pass for a backup.
//
// HC_KILL_ITERATIONS (default 24 per command) and HC_KILL_SEED (default 20261204) are read from the
// environment; tools/kill-test.sh runs thousands.
#include "DbState.h"
#include "FaultBases.h"
#include "FaultSweep.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <random>
#include <string>
#include <thread>

namespace hc::test {
namespace {

int envInt(const char* name, int fallback) {
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

struct Command {
    const char* name;
    bool upgrade;          ///< starts from the schema 4 database
    bool changesDatabase;  ///< false: backup create
    QStringList args;      ///< after --db PATH; "@CSV" is replaced by the test CSV
    /// The database it starts from when not an upgrade (FaultBases.h).
    QString (*makeBase)(const QTemporaryDir& dir);
};

void PrintTo(const Command& c, std::ostream* os) {
    *os << c.name;
}

class KillTest : public ::testing::TestWithParam<Command> {
protected:
    void SetUp() override { ensureApp(); }
    QTemporaryDir dir;
};

struct CliRun {
    bool finished = false;  ///< the command ended on its own before the kill
    int exitCode = -1;
    qint64 ms = 0;
};

CliRun runCli(const QString& db, const QStringList& args, qint64 killAfterUs) {
    QProcess p;
    p.setProgram(QStringLiteral(HC_CLI_PATH));
    p.setArguments(QStringList{QStringLiteral("--db"), db} + args);
    p.setStandardOutputFile(QProcess::nullDevice());
    if (killAfterUs >= 0) {
        p.setStandardErrorFile(QProcess::nullDevice());
    } else {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    QElapsedTimer t;
    t.start();
    p.start();
    EXPECT_TRUE(p.waitForStarted(10000));
    CliRun r;
    if (killAfterUs >= 0) {
        std::this_thread::sleep_for(std::chrono::microseconds(killAfterUs));
        if (p.state() != QProcess::NotRunning) {
            p.kill();  // SIGKILL
        }
    }
    EXPECT_TRUE(p.waitForFinished(120000));
    r.ms = t.elapsed();
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? p.exitCode() : -1;
    return r;
}

QString fresh(const QString& base, const QTemporaryDir& dir, int i) {
    const QString folder = dir.filePath(QStringLiteral("run%1").arg(i));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("huichang.db"));
    EXPECT_TRUE(QFile::copy(base, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

/// Every backup under a final name verifies (a partial file may stay after a kill, hidden, never
/// listed); returns how many there are.
int verifiedBackups(const QString& dbPath, const std::string& where) {
    const QString folder = QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
    const QStringList finals = finalBackups(folder);
    for (const QString& name : finals) {
        const auto v = storage::BackupManager::verify(QDir(folder).filePath(name));
        EXPECT_TRUE(v.ok) << where << ": " << name.toStdString() << " " << v.problem.toStdString();
    }
    return static_cast<int>(finals.size());
}

TEST_P(KillTest, StateBeforeOrAfter) {
    const Command& cmd = GetParam();
    const QString base = cmd.upgrade ? makeV4Base(dir) : cmd.makeBase(dir);
    QStringList args = cmd.args;
    args.replaceInStrings(QStringLiteral("@CSV"),
                          QStringLiteral(HC_TEST_DATA_DIR "/seed001_visits.csv"));
    const int iterations = envInt("HC_KILL_ITERATIONS", 24);
    const auto seed = static_cast<unsigned>(envInt("HC_KILL_SEED", 20261204));

    const DbState before = DbState::of(fresh(base, dir, 0));
    // Uninterrupted: the after-state (time stamps masked: the CLI runs on the real clock) and how
    // long the command takes, to spread the kills over its whole run.
    // The slowest of three runs, as the machine's load varies.
    const QString whole = fresh(base, dir, 1);
    CliRun full = runCli(whole, args, -1);
    ASSERT_TRUE(full.finished && full.exitCode == 0) << "uninterrupted run failed";
    const DbState after = DbState::of(whole);
    ASSERT_TRUE(after.sound());
    EXPECT_EQ(after.looseDigest == before.looseDigest, !cmd.changesDatabase);
    for (int i = 0; i < 2; ++i) {
        const QString again = fresh(base, dir, 1000000 + i);
        full.ms = std::max(full.ms, runCli(again, args, -1).ms);
        QDir(QFileInfo(again).absolutePath()).removeRecursively();
    }
    const qint64 spanUs = std::max<qint64>(full.ms * 1000 * 5 / 4, 1000);

    std::mt19937 rng(seed ^ static_cast<unsigned>(std::hash<std::string>{}(cmd.name)));
    std::uniform_int_distribution<qint64> delay(0, spanUs);
    int killed = 0;
    int atBefore = 0;
    int atAfter = 0;
    int between = 0;
    int withBackup = 0;
    for (int i = 0; i < iterations; ++i) {
        const QString path = fresh(base, dir, 2 + i);
        const qint64 us = delay(rng);
        const CliRun r = runCli(path, args, us);
        const std::string where = std::string(cmd.name) + " #" + std::to_string(i) +
                                  " killed after " + std::to_string(us) + " us";
        killed += r.finished ? 0 : 1;
        const DbState st = DbState::of(path);
        EXPECT_TRUE(st.sound()) << where << ": " << st.integrity.toStdString();
        const bool isBefore = st.looseDigest == before.looseDigest;
        const bool isAfter = st.looseDigest == after.looseDigest;
        bool isBetween = false;
        if (!isBefore && !isAfter && cmd.upgrade && st.userVersion > 4 &&
            st.userVersion < storage::Database::latestSchemaVersion()) {
            // One migration committed, the next not yet: finishing the upgrade gives the same
            // result as an uninterrupted one.
            const CliRun again = runCli(path, args, -1);
            EXPECT_EQ(again.exitCode, 0) << where;
            isBetween = DbState::of(path).looseDigest == after.looseDigest;
        }
        EXPECT_TRUE(isBefore || isAfter || isBetween)
            << where << ": neither before nor after: " << st.summary();
        if (r.finished) {
            EXPECT_EQ(r.exitCode, 0) << where;
            EXPECT_TRUE(isAfter) << where << ": finished, but the change is not there";
        }
        atBefore += isBefore && cmd.changesDatabase ? 1 : 0;
        atAfter += isAfter ? 1 : 0;
        between += isBetween ? 1 : 0;
        const int backups = verifiedBackups(path, where);
        withBackup += backups > 0 ? 1 : 0;
        if (!cmd.changesDatabase) {
            EXPECT_EQ(backups, r.finished ? 1 : backups) << where << ": finished without a backup";
            EXPECT_LE(backups, 1) << where;
        } else if (cmd.upgrade && st.userVersion > 4) {
            EXPECT_GE(backups, 1) << where << ": upgraded without a verified copy of the old file";
        }
        if (HasFailure()) {
            break;
        }
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
    }
    std::printf(
        "[ kill     ] %s: %d runs (seed %u), %d killed, %d at before, %d at after, "
        "%d between migrations, %d with a verified backup; slowest uninterrupted run %lld ms\n",
        cmd.name, iterations, seed, killed, atBefore, atAfter, between, withBackup,
        static_cast<long long>(full.ms));
}

const Command kCommands[] = {
    {"import",
     false,
     true,
     {QStringLiteral("import"), QStringLiteral("visits"), QStringLiteral("@CSV")},
     makeCurrentBase},
    {"visit_void",
     false,
     true,
     {QStringLiteral("visit"), QStringLiteral("void"), QStringLiteral("--work-order"),
      QStringLiteral("GD0001"), QStringLiteral("--reason"), QStringLiteral("重复录入")},
     makeCurrentBase},
    {"backup_create",
     false,
     false,
     {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")},
     makeCurrentBase},
    {"upgrade", true, true, {QStringLiteral("init")}, makeCurrentBase},
    {"declined_close",
     false,
     true,
     {QStringLiteral("declined"), QStringLiteral("close"), QStringLiteral("--id"),
      QStringLiteral("1"), QStringLiteral("--done")},
     makeDeclinedBase},
    {"clv_refit",
     false,
     true,
     {QStringLiteral("clv"), QStringLiteral("refit"), QStringLiteral("--as-of"),
      QStringLiteral("2026-06-02")},
     makeRefitBase},
    {"duplicates_dismiss",
     false,
     true,
     {QStringLiteral("duplicates"), QStringLiteral("dismiss"), QStringLiteral("--ids"),
      QStringLiteral("1,2,3")},
     makeThreeCustomersBase},
};

INSTANTIATE_TEST_SUITE_P(Cli, KillTest, ::testing::ValuesIn(kCommands),
                         [](const ::testing::TestParamInfo<Command>& info) {
                             return std::string(info.param.name);
                         });

}  // namespace
}  // namespace hc::test
