#pragma once

#include "DbState.h"
#include "FaultVfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hc::test {

/// What one run of a use case under a fault reported.
struct Outcome {
    bool ok = false;
    bool diskFull = false;  ///< the error says the disk is full (kind Full / "磁盘已满")
    QString message;        ///< the user-level message (empty when ok)
    QString detail;         ///< the technical detail, for the test's report
};

/// One fault sweep, as SQLite's own I/O-error and disk-full tests: for N = 1, 2, … a fresh copy of
/// a prepared database gets the use case with the Nth write (or sync) failing, until a run no
/// longer reaches the Nth operation. After each run, with faults off: the file passes
/// integrity_check and holds exactly the data before or after the use case (never anything in
/// between), a success left the after-state, a failure told the user why — "磁盘已满" for a full
/// disk — and `check` passes (files next to the database, e.g. no partial backup).
struct FaultSweep {
    FaultVfs::Op op = FaultVfs::Op::Write;
    FaultVfs::Fault fault = FaultVfs::Fault::IoError;
    bool persistent = false;
    /// Runs the use case on `dbPath`: opens, calls vfs.arm() via `armNow` just before the use
    /// case itself, closes (faults still armed: a full disk stays full while the program exits).
    std::function<Outcome(const QString& dbPath, const std::function<void()>& armNow)> run;
    /// Extra checks after a run (faults off), e.g. on backup files; `after` = the run succeeded
    /// or left the after-state.
    std::function<void(const QString& dbPath, const Outcome& outcome, bool afterState)> check;
    /// Intermediate states that are also acceptable (an upgrade commits one migration at a time):
    /// return true when `state` is one of them.
    std::function<bool(const QString& dbPath, const DbState& state, const DbState& after)>
        acceptIntermediate;
    /// False for a use case that leaves the database as it was (a backup).
    bool changesDatabase = true;

    struct Report {
        int runs = 0;       ///< runs with a fault injected
        int failed = 0;     ///< of those, runs whose use case reported an error
        int leftAfter = 0;  ///< of the failed ones, runs where the change was nevertheless durable
        int intermediate = 0;
        int operations = 0;  ///< operations of the kind in the use case without faults
    };

    /// `base`: the prepared database file (closed). `limit`: a bound on N against endless loops.
    Report sweep(const QString& base, int limit = 5000) const {
        Report report;
        FaultVfs& vfs = FaultVfs::instance();
        vfs.disarm();
        const DbState before = DbState::of(copyOf(base).path);
        EXPECT_TRUE(before.sound()) << before.integrity.toStdString();

        // The use case without faults: the after-state, and how many operations it takes.
        int total = 0;
        DbState after;
        {
            Copy c = copyOf(base);
            const Outcome o = run(c.path, [&] { vfs.arm(op, fault, 0, false); });
            total = vfs.seen();
            vfs.disarm();
            EXPECT_TRUE(o.ok) << "without faults: " << o.message.toStdString();
            after = DbState::of(c.path);
            EXPECT_TRUE(after.sound()) << after.integrity.toStdString();
            EXPECT_EQ(after.sameData(before), !changesDatabase)
                << "before " << before.summary() << " after " << after.summary();
            if (check) {
                check(c.path, o, true);
            }
        }
        EXPECT_GT(total, 0) << "the use case did no operation of this kind";
        report.operations = total;

        // CI: every N up to 20, then 20 N spread evenly over the rest, then on until no fault is
        // reached; HC_FAULT_FULL=1 (tools/fault-sweep.sh): every N, as SQLite does.
        std::vector<int> plan;
        const bool full = qEnvironmentVariableIntValue("HC_FAULT_FULL") > 0;
        for (int n = 1; n <= total; ++n) {
            if (full || n <= 20 || total <= 40 || (n - 20) % ((total - 20 + 19) / 20) == 0) {
                plan.push_back(n);
            }
        }
        for (int n = total + 1; n <= limit; ++n) {
            plan.push_back(n);
        }
        for (const int n : plan) {
            Copy c = copyOf(base);
            const Outcome o = run(c.path, [&] { vfs.arm(op, fault, n, persistent); });
            const bool fired = vfs.fired() > 0;
            vfs.disarm();
            if (!fired) {
                EXPECT_TRUE(o.ok) << "N=" << n
                                  << ": failed without a fault: " << o.message.toStdString();
                EXPECT_GT(n, total);
                break;
            }
            ++report.runs;
            const DbState st = DbState::of(c.path);
            const std::string where =
                "N=" + std::to_string(n) + " of " + std::to_string(total) +
                (o.ok ? " (ok)"
                      : " (" + o.message.toStdString() + " [" + o.detail.toStdString() + "])");
            EXPECT_TRUE(st.sound()) << where << ": " << st.integrity.toStdString();
            const bool isAfter = st.sameData(after);
            const bool isBefore = st.sameData(before);
            bool isIntermediate = false;
            if (!isAfter && !isBefore && acceptIntermediate) {
                isIntermediate = acceptIntermediate(c.path, st, after);
            }
            EXPECT_TRUE(isAfter || isBefore || isIntermediate)
                << where << ": neither the state before nor after: " << st.summary() << " / before "
                << before.summary() << " / after " << after.summary();
            if (o.ok) {
                EXPECT_TRUE(isAfter) << where << ": reported success but the change is not there";
            } else {
                ++report.failed;
                report.leftAfter += isAfter && changesDatabase ? 1 : 0;
                report.intermediate += isIntermediate ? 1 : 0;
                EXPECT_FALSE(o.message.trimmed().isEmpty()) << where << ": no message";
                if (fault == FaultVfs::Fault::DiskFull) {
                    EXPECT_TRUE(o.diskFull) << where << ": a full disk not reported as such";
                    EXPECT_TRUE(o.message.contains(QStringLiteral("磁盘已满"))) << where;
                } else {
                    EXPECT_FALSE(o.message.contains(QStringLiteral("磁盘已满"))) << where;
                }
            }
            if (check) {
                check(c.path, o, isAfter);
            }
            if (::testing::Test::HasFailure()) {
                break;  // one clear failure rather than hundreds of the same
            }
        }
        return report;
    }

private:
    struct Copy {
        std::shared_ptr<QTemporaryDir> dir;
        QString path;
    };
    static Copy copyOf(const QString& base) {
        Copy c;
        c.dir = std::make_shared<QTemporaryDir>();
        c.path = c.dir->filePath(QStringLiteral("huichang.db"));
        EXPECT_TRUE(QFile::copy(base, c.path));
        QFile::setPermissions(c.path, QFile::ReadOwner | QFile::WriteOwner);
        return c;
    }
};

/// Backup files (final names) and partial files in `folder`.
inline QStringList finalBackups(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
}
inline QStringList partialBackups(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.partial"), QStringLiteral("*.partial-*")},
                                  QDir::Files | QDir::Hidden, QDir::Name);
}

}  // namespace hc::test
