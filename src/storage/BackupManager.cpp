#include "hc/storage/BackupManager.h"

#include "Query.h"

#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace hc::storage {

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("storage");
    return l ? l : spdlog::default_logger();
}

/// <database base name>-YYYYMMDD-HHMMSS[-N]-reason.db (huichang.db → huichang-…), so databases
/// sharing a folder keep their backups apart; temporary files are ".<name>.partial" and never
/// match.
QRegularExpression finalName(const QString& prefix) {
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8})-(\\d{6})(?:-(\\d+))?-([a-z][a-z0-9-]*)\\.db$")
            .arg(QRegularExpression::escape(prefix)));
}

const QString kPartialSuffix = QStringLiteral(".partial");

[[noreturn]] void fail(const QString& message, const QString& detail,
                       StorageError::Kind kind = StorageError::Kind::Other, int code = 0) {
    throw StorageError(kind, code, message, detail);
}

/// Flushes a file's data to the disk.
void syncFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        fail(QStringLiteral("cannot open the backup to flush it"), path);
    }
#if defined(Q_OS_UNIX)
    if (::fsync(f.handle()) != 0) {
        fail(QStringLiteral("cannot flush the backup to the disk"), path,
             errno == ENOSPC ? StorageError::Kind::Full : StorageError::Kind::Other);
    }
#elif defined(Q_OS_WIN)
    if (::_commit(f.handle()) != 0) {
        fail(QStringLiteral("cannot flush the backup to the disk"), path);
    }
#endif
}

/// Makes a rename in `folder` durable (POSIX; a no-op elsewhere).
void syncFolder(const QString& folder) {
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

void renameOver(const QString& from, const QString& to) {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()),
                            std::filesystem::path(to.toStdWString()), ec);
    if (ec) {
        fail(QStringLiteral("cannot rename the backup"),
             QStringLiteral("%1 -> %2: %3").arg(from, to, QString::fromStdString(ec.message())));
    }
}

QString sidecarOf(const QString& file) {
    return file + QStringLiteral(".json");
}

void removeWithSidecar(const QString& file) {
    QFile::remove(file);
    QFile::remove(sidecarOf(file));
    QFile::remove(file + QStringLiteral("-wal"));
}

/// One raw read-only connection to a file, closed at the end of the scope.
class RawConnection {
public:
    explicit RawConnection(const QString& path, int flags) {
        rc_ = sqlite3_open_v2(QFile::encodeName(path).constData(), &db_, flags, nullptr);
    }
    ~RawConnection() { sqlite3_close(db_); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    [[nodiscard]] bool ok() const { return rc_ == SQLITE_OK; }
    [[nodiscard]] sqlite3* get() const { return db_; }
    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(db_)); }

    /// The rows of the first column of `sql`; sets *error on failure (the storage layer's one
    /// statement wrapper, its error caught: a backup being checked answers, it does not throw).
    QStringList column(const QString& sql, QString* error, int limit = 20) const {
        QStringList out;
        try {
            const QByteArray utf8 = sql.toUtf8();
            Query q(db_, utf8.constData());
            while (out.size() < limit && q.step()) {
                out << q.text(0);
            }
        } catch (const StorageError& e) {
            *error = e.message();
        }
        return out;
    }

private:
    sqlite3* db_ = nullptr;
    int rc_ = SQLITE_ERROR;
};

/// Row counts of the main tables present in the database.
std::map<QString, std::int64_t> rowCounts(const RawConnection& c, QString* error) {
    std::map<QString, std::int64_t> rows;
    for (const QString& table : BackupManager::mainTables()) {
        const QStringList exists = c.column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                .arg(table),
            error);
        if (!error->isEmpty()) {
            return rows;
        }
        if (!exists.isEmpty()) {
            const QStringList n =
                c.column(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), error);
            if (!error->isEmpty()) {
                return rows;
            }
            rows[table] = n.value(0).toLongLong();
        }
    }
    return rows;
}

nlohmann::json toJson(const BackupFile& b, const std::map<QString, std::int64_t>& rows) {
    nlohmann::json r = nlohmann::json::object();
    for (const auto& [table, n] : rows) {
        r[table.toStdString()] = n;
    }
    return {{"created", b.created.toString(Qt::ISODate).toStdString()},
            {"schema", b.schema},
            {"verified", b.verified},
            {"bytes", b.bytes},
            {"reason", b.reason.toStdString()},
            {"audit_chain_ok", b.auditChainOk},
            {"rows", r}};
}

void writeSidecar(const BackupFile& b, const std::map<QString, std::int64_t>& rows) {
    QSaveFile f(sidecarOf(b.file));  // temporary file, flushed, renamed on commit
    const QByteArray bytes = QByteArray::fromStdString(toJson(b, rows).dump(2)) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        fail(QStringLiteral("cannot write the backup record"), sidecarOf(b.file));
    }
}

std::optional<nlohmann::json> readSidecar(const QString& file) {
    QFile f(sidecarOf(file));
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    auto j = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return std::nullopt;
    }
    return j;
}

bool keptByRotation(const BackupFile& b) {
    return b.reason.startsWith(QStringLiteral("upgrade")) || b.reason == u"pre-restore" ||
           !b.verified;
}

}  // namespace

BackupManager::BackupManager(QString databasePath, Clock clock)
    : databasePath_(QFileInfo(databasePath).absoluteFilePath()), clock_(std::move(clock)) {}

QStringList BackupManager::mainTables() {
    return {QStringLiteral("customers"), QStringLiteral("vehicles"),  QStringLiteral("visits"),
            QStringLiteral("users"),     QStringLiteral("audit_log"), QStringLiteral("complaints")};
}

QDateTime BackupManager::now() const {
    return clock_ ? clock_() : QDateTime::currentDateTime();
}

QString BackupManager::folder() const {
    return QFileInfo(databasePath_).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupManager::freshName(const QString& folder, const QString& reason) const {
    const QString stamp = now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(folder);
    const QString prefix = QFileInfo(databasePath_).completeBaseName();
    QString name = QStringLiteral("%1-%2-%3.db").arg(prefix, stamp, reason);
    for (int n = 2; QFile::exists(dir.filePath(name)) ||
                    QFile::exists(dir.filePath(QLatin1Char('.') + name + kPartialSuffix));
         ++n) {
        name = QStringLiteral("%1-%2-%3-%4.db").arg(prefix, stamp).arg(n).arg(reason);
    }
    return dir.filePath(name);
}

BackupFile BackupManager::create(Database& db, const QString& reason, const QString& targetFolder) {
    bool auditOk = true;
    if (db.schemaVersion() >= 7) {  // the audit chain exists from schema v7 on
        const AuditChainCheck chain = AuditRepository(db).verifyChain();
        auditOk = chain.ok;
        if (!chain.ok) {
            logger()->error("audit chain broken before backup: {}", chain.problem.toStdString());
        }
    }
    const QString primary = targetFolder.isEmpty() ? folder() : targetFolder;
    BackupFile made = writeVerified(db, primary, reason, auditOk);
    rotate(primary);
    if (targetFolder.isEmpty() && !secondFolder_.isEmpty()) {
        try {
            copyVerified(made, secondFolder_);
            rotate(secondFolder_);
        } catch (const StorageError& e) {
            logger()->warn("second backup folder {}: {}", secondFolder_.toStdString(), e.what());
        }
    }
    return made;
}

BackupFile BackupManager::writeVerified(Database& db, const QString& folder, const QString& reason,
                                        bool auditChainOk) {
    if (!QDir().mkpath(folder)) {
        fail(QStringLiteral("cannot create the backup folder"), folder,
             StorageError::Kind::ReadOnly);
    }
    // Leftovers of an interrupted backup (never listed) are removed after an hour.
    const QDir dir(folder);
    const QString leftover = QLatin1Char('.') + QFileInfo(databasePath_).completeBaseName() +
                             QStringLiteral("-*.partial");
    for (const QFileInfo& f : dir.entryInfoList({leftover, leftover + QStringLiteral("-journal")},
                                                QDir::Files | QDir::Hidden)) {
        // File times are the system's, so the system clock (not the injected one) ages them.
        if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 3600) {
            QFile::remove(f.absoluteFilePath());
        }
    }
    BackupFile b;
    b.file = freshName(folder, reason);
    b.created = now();
    b.reason = reason;
    b.auditChainOk = auditChainOk;
    const QString temp =
        dir.filePath(QLatin1Char('.') + QFileInfo(b.file).fileName() + kPartialSuffix);
    // With the copy goes its rollback journal, which a write failing mid-copy (a full disk)
    // leaves behind as well.
    auto removeTemp = qScopeGuard([&] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    });

    std::map<QString, std::int64_t> sourceRows;
    {
        RawConnection dest(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dest.ok()) {
            fail(QStringLiteral("cannot create the backup file"), temp,
                 StorageError::Kind::ReadOnly);
        }
        sqlite3* src = db.handle();
        // The counts and the copy see the same snapshot: one read transaction around both.
        const bool ownTransaction = sqlite3_get_autocommit(src) != 0;
        if (ownTransaction) {
            db.execScript(QStringLiteral("BEGIN"));
        }
        auto endRead = qScopeGuard([&] {
            if (ownTransaction) {
                sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
            }
        });
        {
            // Only the tables this schema version has (an older file lacks the newer ones).
            QStringList present;
            {
                Query tables(src, "SELECT name FROM sqlite_schema WHERE type = 'table'");
                while (tables.step()) {
                    present << tables.text(0);
                }
            }
            for (const QString& table : mainTables()) {
                if (!present.contains(table)) {
                    continue;
                }
                const QByteArray sql =
                    QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8();
                Query count(src, sql.constData());
                if (count.step()) {
                    sourceRows[table] = count.integer(0);
                }
            }
        }
        sqlite3_backup* backup = sqlite3_backup_init(dest.get(), "main", src, "main");
        if (backup == nullptr) {
            const int code = sqlite3_extended_errcode(dest.get());
            throw StorageError(StorageError::kindForCode(dest.get(), code), code,
                               QStringLiteral("cannot start the backup"), dest.error());
        }
        const int step = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (step != SQLITE_DONE) {
            const int code = sqlite3_extended_errcode(dest.get());
            throw StorageError(StorageError::kindForCode(dest.get(), code), code != 0 ? code : step,
                               QStringLiteral("backup failed"),
                               QString::fromUtf8(sqlite3_errstr(step)));
        }
        endRead.dismiss();
        if (ownTransaction) {
            sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
        }
        // A backup is one self-contained file: rollback journal, not WAL.
        QString error;
        dest.column(QStringLiteral("PRAGMA journal_mode = DELETE"), &error);
        if (!error.isEmpty()) {
            const int code = sqlite3_extended_errcode(dest.get());
            fail(QStringLiteral("cannot finish the backup file"), error,
                 StorageError::kindForCode(dest.get(), code), code);
        }
    }
    syncFile(temp);

    const BackupVerification v = verify(temp);
    if (!v.ok || v.rows != sourceRows || v.schema != db.schemaVersion()) {
        const QString problem = !v.ok ? v.problem
                                      : QStringLiteral(
                                            "the copy does not match the database "
                                            "(rows or schema version differ)");
        logger()->error("backup {} failed verification: {}", temp.toStdString(),
                        problem.toStdString());
        fail(QStringLiteral("the backup failed verification"), problem, StorageError::Kind::Corrupt,
             SQLITE_CORRUPT);
    }
    b.schema = v.schema;
    b.verified = true;
    b.bytes = QFileInfo(temp).size();
    writeSidecar(b, v.rows);
    renameOver(temp, b.file);
    removeTemp.dismiss();
    syncFolder(folder);
    logger()->info("backup {} written and verified ({} bytes)", b.file.toStdString(), b.bytes);
    return b;
}

BackupFile BackupManager::copyVerified(const BackupFile& source, const QString& folder) {
    if (!QDir().mkpath(folder)) {
        fail(QStringLiteral("cannot create the backup folder"), folder,
             StorageError::Kind::ReadOnly);
    }
    BackupFile b = source;
    b.file = QDir(folder).filePath(QFileInfo(source.file).fileName());
    if (QFile::exists(b.file)) {
        b.file = freshName(folder, source.reason);
    }
    const QString temp =
        QDir(folder).filePath(QLatin1Char('.') + QFileInfo(b.file).fileName() + kPartialSuffix);
    auto removeTemp = qScopeGuard([&] { QFile::remove(temp); });
    QFile::remove(temp);
    if (!QFile::copy(source.file, temp)) {
        fail(QStringLiteral("cannot copy the backup"), temp);
    }
    syncFile(temp);
    const BackupVerification v = verify(temp);
    if (!v.ok) {
        fail(QStringLiteral("the backup copy failed verification"), v.problem,
             StorageError::Kind::Corrupt, SQLITE_CORRUPT);
    }
    writeSidecar(b, v.rows);
    renameOver(temp, b.file);
    removeTemp.dismiss();
    syncFolder(folder);
    return b;
}

BackupVerification BackupManager::verify(const QString& file) {
    BackupVerification v;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        v.problem = QStringLiteral("cannot read the file");
        return v;
    }
    const QByteArray header = f.read(16);
    const qint64 size = f.size();
    f.close();
    if (size < 512 || header != QByteArray("SQLite format 3\0", 16)) {
        v.problem = size == 0 ? QStringLiteral("the file is empty (0 bytes)")
                              : QStringLiteral("not an SQLite database (or cut short)");
        return v;
    }
    RawConnection c(file, SQLITE_OPEN_READONLY);
    if (!c.ok()) {
        v.problem = QStringLiteral("cannot open: %1").arg(c.error());
        return v;
    }
    QString error;
    const QStringList integrity = c.column(QStringLiteral("PRAGMA integrity_check"), &error, 10);
    if (!error.isEmpty() || integrity != QStringList{QStringLiteral("ok")}) {
        v.problem = QStringLiteral("integrity check failed: %1")
                        .arg(error.isEmpty() ? integrity.join(QStringLiteral("; ")) : error);
        return v;
    }
    v.schema = c.column(QStringLiteral("PRAGMA user_version"), &error).value(0).toInt();
    if (v.schema < 1 || v.schema > Database::latestSchemaVersion()) {
        v.problem = QStringLiteral("schema version %1 is not one this program knows (1..%2)")
                        .arg(v.schema)
                        .arg(Database::latestSchemaVersion());
        return v;
    }
    v.rows = rowCounts(c, &error);
    if (!error.isEmpty()) {
        v.problem = QStringLiteral("cannot count rows: %1").arg(error);
        return v;
    }
    if (!v.rows.contains(QStringLiteral("customers")) ||
        !v.rows.contains(QStringLiteral("visits"))) {
        v.problem = QStringLiteral("not a Huichang database (no customers or visits table)");
        return v;
    }
    if (const auto side = readSidecar(file)) {
        const auto bytes = side->value("bytes", std::int64_t{-1});
        if (side->value("verified", false) && bytes != size) {
            v.problem = QStringLiteral("size %1 bytes, %2 when written").arg(size).arg(bytes);
            return v;
        }
        if (side->contains("rows") && (*side)["rows"].is_object()) {
            for (const auto& [table, n] : v.rows) {
                const auto& recorded = (*side)["rows"];
                if (recorded.contains(table.toStdString()) &&
                    recorded[table.toStdString()].get<std::int64_t>() != n) {
                    v.problem = QStringLiteral("%1 has %2 rows, %3 when written")
                                    .arg(table)
                                    .arg(n)
                                    .arg(recorded[table.toStdString()].get<std::int64_t>());
                    return v;
                }
            }
        }
    }
    v.ok = true;
    return v;
}

std::vector<BackupFile> BackupManager::list() const {
    std::vector<BackupFile> out;
    QStringList folders{folder()};
    if (!secondFolder_.isEmpty() &&
        QFileInfo(secondFolder_).absoluteFilePath() != QFileInfo(folder()).absoluteFilePath()) {
        folders << secondFolder_;
    }
    const QString prefix = QFileInfo(databasePath_).completeBaseName();
    const QRegularExpression pattern = finalName(prefix);
    for (const QString& f : folders) {
        const QDir dir(f);
        for (const QFileInfo& info :
             dir.entryInfoList({prefix + QStringLiteral("-*.db")}, QDir::Files, QDir::Name)) {
            const auto m = pattern.match(info.fileName());
            if (!m.hasMatch()) {
                continue;
            }
            BackupFile b;
            b.file = info.absoluteFilePath();
            b.bytes = info.size();
            b.reason = m.captured(4);
            b.created = QDateTime::fromString(m.captured(1) + m.captured(2),
                                              QStringLiteral("yyyyMMddHHmmss"));
            if (const auto side = readSidecar(b.file)) {
                const auto created = QDateTime::fromString(
                    QString::fromStdString(side->value("created", std::string())), Qt::ISODate);
                if (created.isValid()) {
                    b.created = created;
                }
                b.schema = side->value("schema", 0);
                b.reason = QString::fromStdString(side->value("reason", b.reason.toStdString()));
                b.auditChainOk = side->value("audit_chain_ok", true);
                b.verified = side->value("verified", false) &&
                             side->value("bytes", std::int64_t{-1}) == info.size();
            }
            out.push_back(b);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.created != b.created ? a.created > b.created : a.file > b.file;
    });
    return out;
}

std::optional<BackupFile> BackupManager::latestVerified() const {
    for (const BackupFile& b : list()) {
        if (b.verified) {
            return b;
        }
    }
    return std::nullopt;
}

bool BackupManager::dueToday() const {
    const QDate today = now().date();
    const auto all = list();
    return std::none_of(all.begin(), all.end(), [&](const BackupFile& b) {
        return b.verified && b.created.date() == today;
    });
}

int BackupManager::rotate(const QString& folderPath) {
    const QString wanted = QFileInfo(folderPath).absoluteFilePath();
    std::vector<BackupFile> candidates;  // newest first
    for (const BackupFile& b : list()) {
        if (QFileInfo(b.file).absolutePath() == wanted && !keptByRotation(b)) {
            candidates.push_back(b);
        }
    }
    const QDate today = now().date();
    std::set<QString> keep;
    const auto keepNewestIn = [&](const QDate& from, const QDate& to) {  // [from, to]
        for (const BackupFile& b : candidates) {
            const QDate d = b.created.date();
            if (d >= from && d <= to) {
                keep.insert(b.file);
                return;
            }
        }
    };
    for (int day = 0; day < 7; ++day) {
        keepNewestIn(today.addDays(-day), today.addDays(-day));
    }
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int week = 0; week < 4; ++week) {
        keepNewestIn(monday.addDays(-7 * week), monday.addDays(-7 * week + 6));
    }
    const QDate first(today.year(), today.month(), 1);
    for (int month = 0; month < 12; ++month) {
        const QDate start = first.addMonths(-month);
        keepNewestIn(start, start.addMonths(1).addDays(-1));
    }
    int removed = 0;
    for (const BackupFile& b : candidates) {
        if (b.created.date() >= today) {
            continue;  // every backup of today is kept (and any from a clock ahead of this one)
        }
        if (!keep.contains(b.file)) {
            removeWithSidecar(b.file);
            ++removed;
            logger()->info("rotation removed backup {}", b.file.toStdString());
        }
    }
    return removed;
}

BackupFile BackupManager::rawCopy(const QString& reason) {
    const QString dirPath = folder();
    if (!QDir().mkpath(dirPath)) {
        fail(QStringLiteral("cannot create the backup folder"), dirPath,
             StorageError::Kind::ReadOnly);
    }
    BackupFile b;
    b.file = freshName(dirPath, reason);
    b.created = now();
    b.reason = reason;
    b.verified = false;
    const QString temp =
        QDir(dirPath).filePath(QLatin1Char('.') + QFileInfo(b.file).fileName() + kPartialSuffix);
    auto removeTemp = qScopeGuard([&] { QFile::remove(temp); });
    if (!QFile::copy(databasePath_, temp)) {
        fail(QStringLiteral("cannot copy the database file"), databasePath_);
    }
    syncFile(temp);
    const QString wal = databasePath_ + QStringLiteral("-wal");
    if (QFile::exists(wal) && QFile::copy(wal, b.file + QStringLiteral("-wal"))) {
        syncFile(b.file + QStringLiteral("-wal"));
    }
    b.bytes = QFileInfo(temp).size();
    writeSidecar(b, {});
    renameOver(temp, b.file);
    removeTemp.dismiss();
    syncFolder(dirPath);
    return b;
}

BackupFile BackupManager::restore(const QString& file) {
    const BackupVerification v = verify(file);
    if (!v.ok) {
        fail(QStringLiteral("the backup failed verification"), v.problem,
             StorageError::Kind::Corrupt, SQLITE_CORRUPT);
    }
    BackupFile safety;
    const QFileInfo current(databasePath_);
    if (current.exists() && current.size() > 0) {
        try {
            Database::Options options;
            options.create = false;
            options.migrate = false;
            options.checkIntegrity = false;
            auto db = Database::open(databasePath_, options);
            safety = writeVerified(*db, folder(), QStringLiteral("pre-restore"), true);
        } catch (const StorageError& e) {
            logger()->warn("current database cannot be backed up normally ({}); raw copy",
                           e.what());
            safety = rawCopy(QStringLiteral("pre-restore"));
        }
    }
    const QString temp = current.absoluteDir().filePath(
        QLatin1Char('.') + current.fileName() + QStringLiteral(".restore") + kPartialSuffix);
    auto removeTemp = qScopeGuard([&] { QFile::remove(temp); });
    QFile::remove(temp);
    if (!QFile::copy(file, temp)) {
        fail(QStringLiteral("cannot copy the backup next to the database"), temp);
    }
    syncFile(temp);
    // The old write-ahead log must not be replayed onto the restored file.
    QFile::remove(databasePath_ + QStringLiteral("-wal"));
    QFile::remove(databasePath_ + QStringLiteral("-shm"));
    QFile::remove(databasePath_ + QStringLiteral("-journal"));
    renameOver(temp, databasePath_);
    removeTemp.dismiss();
    syncFolder(current.absolutePath());
    logger()->info("database {} restored from {}", databasePath_.toStdString(), file.toStdString());
    return safety;
}

}  // namespace hc::storage
