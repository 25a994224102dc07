// Fault injection (issue 13 item 3), as SQLite tests itself: the test VFS (FaultVfs) fails the Nth
// write or sync with an I/O error or a full disk, or the Nth allocation, swept over N for a visit
// entry, a CSV import, a customer list import from .xlsx, a backup and a schema upgrade. After each
// run the database is sound and holds the data before or after the use case, never in between; a
// full disk is reported as "磁盘已满".
#include "DbState.h"
#include "FaultBases.h"
#include "FaultSweep.h"
#include "FaultVfs.h"
#include "hc/services/BackupService.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/CustomerImportService.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/services/DemoService.h"
#include "hc/services/DuplicateService.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <ostream>

namespace hc::test {
namespace {

using Op = FaultVfs::Op;
using Fault = FaultVfs::Fault;

/// The fault kinds swept for every use case.
struct FaultKind {
    Op op;
    Fault fault;
    bool persistent;
    const char* name;
};
const FaultKind kKinds[] = {
    {Op::Write, Fault::IoError, false, "WriteIoError"},
    {Op::Write, Fault::DiskFull, true, "WriteDiskFull"},
    {Op::Sync, Fault::IoError, false, "SyncIoError"},
    {Op::Sync, Fault::DiskFull, true, "SyncDiskFull"},
    {Op::Alloc, Fault::IoError, false, "AllocFailure"},
};

void PrintTo(const FaultKind& k, std::ostream* os) {
    *os << k.name;
}

Outcome fromService(const services::ServiceError& e) {
    return Outcome{false, e.message.contains(QStringLiteral("磁盘已满")), e.message, e.detail};
}

/// Backups in the database's backups folder: no partial file is ever left, every file under a
/// final name passes verification and has its sidecar.
void checkBackupFolder(const QString& dbPath, int expectedFinal) {
    const QString folder = QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
    EXPECT_TRUE(partialBackups(folder).isEmpty())
        << "a partial backup was left behind: " << partialBackups(folder).join(u' ').toStdString();
    const QStringList finals = finalBackups(folder);
    if (expectedFinal >= 0) {
        EXPECT_EQ(finals.size(), expectedFinal) << finals.join(u' ').toStdString();
    }
    for (const QString& name : finals) {
        const QString file = QDir(folder).filePath(name);
        const auto v = storage::BackupManager::verify(file);
        EXPECT_TRUE(v.ok) << name.toStdString() << ": " << v.problem.toStdString();
        EXPECT_TRUE(QFile::exists(file + QStringLiteral(".json"))) << name.toStdString();
    }
    for (const QString& side :
         QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden)) {
        EXPECT_TRUE(finals.contains(side.chopped(5)))
            << "sidecar without backup: " << side.toStdString();
    }
}

class FaultInjection : public ::testing::TestWithParam<FaultKind> {
protected:
    void SetUp() override {
        ensureApp();
        if (GetParam().op == Op::Alloc && !FaultVfs::instance().allocFaults()) {
            GTEST_SKIP() << "SQLite was initialised before the allocator could be wrapped";
        }
    }

    FaultSweep sweepOf(const FaultKind& k) const {
        FaultSweep s;
        s.op = k.op;
        s.fault = k.fault;
        s.persistent = k.persistent;
        return s;
    }
    static void report(const FaultSweep::Report& r) {
        std::printf(
            "[ sweep    ] %d operations, %d runs with a fault, %d reported an error (%d of "
            "them durable), %d at an intermediate schema version\n",
            r.operations, r.runs, r.failed, r.leftAfter, r.intermediate);
        EXPECT_GT(r.runs, 0);
    }
    QTemporaryDir dir;
};

TEST_P(FaultInjection, VisitEntry) {
    const QString base = makeCurrentBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        domain::Visit v;
        v.vehicleId = 1;
        v.date = QDate(2026, 6, 10);
        v.amountFen = 65000;
        v.workOrder = QStringLiteral("GD0002");
        v.category = QStringLiteral("maintenance");
        armNow();
        const auto r = services::VisitService(*db, fixedClock()).registerVisit(kAdvisor, v);
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    report(s.sweep(base));
}

TEST_P(FaultInjection, CsvImport) {
    const QString base = makeCurrentBase(dir);
    QFile csv(QStringLiteral(HC_TEST_DATA_DIR "/seed001_visits.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    FaultSweep s = sweepOf(GetParam());
    s.run = [&bytes](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r =
            services::VisitImportService(*db, fixedClock()).importVisits(kManager, bytes);
        db.reset();
        if (r.ok()) {
            EXPECT_EQ(r.value().imported, 30);
        }
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    // The backup made before the import is there whenever the import is.
    s.check = [](const QString& path, const Outcome&, bool afterState) {
        checkBackupFolder(path, afterState ? 1 : -1);
    };
    report(s.sweep(base));
}

TEST_P(FaultInjection, CustomerListImportFromXlsx) {
    const QString base = makeCurrentBase(dir);
    QFile xlsx(QStringLiteral(HC_TEST_DATA_DIR "/xlsx/customers.xlsx"));
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    const auto table = services::ImportFileReader::read(xlsx.readAll(), QStringLiteral("客户名单"));
    ASSERT_TRUE(table.ok());
    services::ImportOptions options;
    options.mapping.columnToField[QStringLiteral("车主大名")] = QStringLiteral("name");
    FaultSweep s = sweepOf(GetParam());
    s.run = [&](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::CustomerImportService(*db, fixedClock())
                           .importCustomers(kManager, table.value(), options);
        db.reset();
        if (r.ok()) {
            EXPECT_EQ(r.value().imported, 4);
        }
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    s.check = [](const QString& path, const Outcome&, bool afterState) {
        checkBackupFolder(path, afterState ? 1 : -1);
    };
    report(s.sweep(base));
}

TEST_P(FaultInjection, BackupCreate) {
    const QString base = makeCurrentBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.changesDatabase = false;
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::BackupService(*db, fixedClock()).create(QStringLiteral("manual"));
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    // A failed backup leaves nothing under a final name (and no partial file); a good one is
    // exactly one verified file.
    s.check = [](const QString& path, const Outcome& o, bool) {
        checkBackupFolder(path, o.ok ? 1 : 0);
    };
    report(s.sweep(base));
}

// Issue 14 item 5: a merge of two customers (backup first, then one transaction moving the rows,
// deleting the removed customer and storing the merge record): before or after, never between.
TEST_P(FaultInjection, CustomerMerge) {
    const QString base = makeCurrentBase(dir);
    {
        auto db = storage::Database::open(base);
        domain::Customer c;
        c.name = QStringLiteral("刘春江");
        c.phone = QStringLiteral("13800000002");
        const auto id = services::CustomerService(*db, fixedClock()).registerCustomer(kAdvisor, c);
        ASSERT_TRUE(id.ok());
        domain::Vehicle v;
        v.customerId = id.value();
        v.plate = QStringLiteral("陕A54321");
        ASSERT_TRUE(services::VehicleService(*db, fixedClock()).registerVehicle(kAdvisor, v).ok());
    }
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::DuplicateService(*db, fixedClock()).merge(kManager, 1, 2);
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    s.check = [](const QString& path, const Outcome&, bool afterState) {
        checkBackupFolder(path, afterState ? 1 : -1);
    };
    report(s.sweep(base));
}

// Issue 12 item 7: closing declined work as done by a later visit, and dropping it with a reason
// (one transaction each, audited): before or after, never between.
TEST_P(FaultInjection, DeclinedCloseDone) {
    const QString base = makeDeclinedBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::DeclinedWorkService(*db, fixedClock()).closeDone(kAdvisor, 1);
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    report(s.sweep(base));
}

TEST_P(FaultInjection, DeclinedDrop) {
    const QString base = makeDeclinedBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::DeclinedWorkService(*db, fixedClock())
                           .drop(kAdvisor, 1, QStringLiteral("客户已在别处更换"));
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    report(s.sweep(base));
}

// Issue 12 item 4: the customer-base refit (fit on the archive, then one transaction storing the
// fit and its audit record) on a small demo archive (60 customers, 20 repeat customers needed).
TEST_P(FaultInjection, CustomerBaseRefit) {
    const QString base = makeRefitBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::CustomerBaseModelService(*db, fixedClock())
                           .refit(kManager, QDate(2026, 6, 1));
        db.reset();
        return r.ok() ? Outcome{true, false, {}, {}} : fromService(r.error());
    };
    report(s.sweep(base));
}

// "Not the same customer" (schema 0018): the marks of every pair and the audit record in one
// transaction.
TEST_P(FaultInjection, DuplicateDismiss) {
    const QString base = makeThreeCustomersBase(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        auto db = storage::Database::open(path);
        armNow();
        const auto r = services::DuplicateService(*db, fixedClock()).dismiss(kManager, {1, 2, 3});
        db.reset();
        return r.ok() && r.value().changed == 3 ? Outcome{true, false, {}, {}}
               : r.ok() ? Outcome{false, false, QStringLiteral("changed"), {}}
                        : fromService(r.error());
    };
    report(s.sweep(base));
}

TEST_P(FaultInjection, SchemaUpgrade) {
    const QString base = makeV4Base(dir);
    FaultSweep s = sweepOf(GetParam());
    s.run = [](const QString& path, const std::function<void()>& armNow) {
        armNow();
        try {
            auto db = storage::Database::open(path);  // backup "upgrade-v4", then 0005..latest
            EXPECT_EQ(db->schemaVersion(), storage::Database::latestSchemaVersion());
            db.reset();
            return Outcome{true, false, {}, {}};
        } catch (const storage::StorageError& e) {
            const bool full = e.kind() == storage::StorageError::Kind::Full;
            // Kind Full is what the program shows as a full disk (GUI: StartupMessages
            // "磁盘已满，无法写入数据库。", CLI: openDatabase "磁盘已满。请腾出磁盘空间后重试。").
            return Outcome{false, full, full ? QStringLiteral("磁盘已满") : e.message(),
                           QString::fromUtf8(e.what())};
        }
    };
    // Each migration commits on its own: a run may stop at any version between; each such state
    // is always the same one and upgrades from there to exactly the same result.
    auto seen = std::make_shared<std::map<int, QByteArray>>();
    s.acceptIntermediate = [seen](const QString& path, const DbState& st, const DbState& after) {
        if (st.userVersion <= 4 || st.userVersion >= storage::Database::latestSchemaVersion()) {
            return false;
        }
        auto [it, fresh] = seen->emplace(st.userVersion, st.digest);
        EXPECT_EQ(it->second, st.digest) << "two different states at v" << st.userVersion;
        if (!fresh) {
            return it->second == st.digest;
        }
        // The first time: finishing the upgrade from here gives the same database.
        QTemporaryDir d;
        const QString copy = d.filePath(QStringLiteral("huichang.db"));
        EXPECT_TRUE(QFile::copy(path, copy));
        storage::Database::open(copy).reset();
        const DbState finished = DbState::of(copy);
        EXPECT_TRUE(finished.sameData(after)) << "v" << st.userVersion << " upgraded to "
                                              << finished.summary() << ", not " << after.summary();
        return finished.sameData(after);
    };
    // A copy of the v4 database exists, verified, whenever the file was changed.
    s.check = [](const QString& path, const Outcome&, bool) {
        checkBackupFolder(path, -1);
        const DbState st = DbState::of(path);
        if (st.userVersion > 4) {
            const QString folder =
                QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
            const QStringList finals = finalBackups(folder);
            EXPECT_TRUE(std::any_of(finals.begin(), finals.end(), [](const QString& n) {
                return n.endsWith(QStringLiteral("-upgrade-v4.db"));
            })) << "upgraded without a verified copy of the old file";
        }
    };
    report(s.sweep(base));
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultInjection, ::testing::ValuesIn(kKinds),
                         [](const ::testing::TestParamInfo<FaultKind>& info) {
                             return std::string(info.param.name);
                         });

/// The premise of the sweeps: the connections QtSql opens go through the fault VFS, i.e. the Qt
/// SQLite driver uses the same libsqlite3 as this test (the system one, not a bundled copy).
TEST(FaultVfsSetup, QtSqlConnectionsUseTheFaultVfs) {
    ensureApp();
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("x.db")));
    EXPECT_TRUE(FaultVfs::uses(db->handle()));
    // A fault really reaches a write of the application's connection.
    FaultVfs::instance().arm(Op::Write, Fault::DiskFull, 1, true);
    EXPECT_THROW(db->execScript(QStringLiteral("CREATE TABLE t (x INTEGER); "
                                               "INSERT INTO t VALUES (randomblob(100000));")),
                 storage::StorageError);
    EXPECT_GE(FaultVfs::instance().fired(), 1);
    FaultVfs::instance().disarm();
}

}  // namespace
}  // namespace hc::test
