#include "hc/storage/Database.h"

#include "Query.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/BackupManager.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <map>

namespace hc::storage {

namespace {

/// A StorageError from a QtSql error (opening the connection), with the native SQLite code.
[[noreturn]] void throwSqlError(const QSqlError& error, const QString& context) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int sqliteCode = ok ? code : 0;
    QString text = error.databaseText();
    if (text.isEmpty()) {
        text = error.text();
    }
    throw StorageError(StorageError::kindForCode(sqliteCode), sqliteCode, text, context);
}

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("storage");
    return l ? l : spdlog::default_logger();
}

/// A migration script containing this line runs with foreign keys off (see migrate()).
const QString kForeignKeysOffMarker = QStringLiteral("-- huichang-migration: foreign-keys-off");

/// The migrations compiled in from schema/NNNN_name.sql, by number.
std::map<int, QString> migrationFiles() {
    std::map<int, QString> files;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch()) {
            files.emplace(m.captured(1).toInt(), dir.filePath(name));
        }
    }
    return files;
}

/// Runs `sql` and returns the rows of its first column (at most `limit`); throws on any failure,
/// also one in the middle of the rows (out of memory, I/O), so a failed read is never taken for
/// an answer (an empty quick_check report for damage, a missing user_version for a new file).
QStringList column(const Database& db, const QString& sql, int limit = 1) {
    // The storage layer's one statement wrapper: a failed prepare or step throws StorageError
    // with the SQLite code (and the SQL as the detail).
    const QByteArray utf8 = sql.toUtf8();
    Query q(db.handle(), utf8.constData());
    QStringList rows;
    while (q.step()) {
        if (rows.size() < limit) {
            rows << q.text(0);
        }
    }
    return rows;
}

QString scalarText(const Database& db, const QString& sql) {
    return column(db, sql).value(0);
}

}  // namespace

struct Database::Private {
    std::function<QDateTime()> clock;
    QString path;
    QString connectionName;
    QSqlDatabase db;
    sqlite3* handle = nullptr;
    QString damage;  ///< quick_check report at open; empty when sound
};

Database::Database(std::unique_ptr<Private> d) : d_(std::move(d)) {}

Database::~Database() {
    const QString name = d_->connectionName;
    if (d_->db.isOpen()) {
        d_->db.close();
    }
    d_->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options) {
    static QAtomicInteger<int> counter = 0;
    auto d = std::make_unique<Private>();
    d->path = path;
    d->connectionName = QStringLiteral("hc-%1").arg(counter.fetchAndAddRelaxed(1));

    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() == 0 && !options.create) {
        // SQLite would take a 0-byte file for a new, empty database.
        throw StorageError(StorageError::Kind::ReadOnly, SQLITE_CANTOPEN,
                           QStringLiteral("database file is empty (0 bytes)"), path);
    }
    if (!info.exists()) {
        if (!options.create) {
            throw StorageError(StorageError::Kind::ReadOnly, SQLITE_CANTOPEN,
                               QStringLiteral("database file does not exist"), path);
        }
        if (!QDir().mkpath(info.absolutePath())) {
            throw StorageError(StorageError::Kind::ReadOnly, SQLITE_CANTOPEN,
                               QStringLiteral("cannot create the folder for the database"),
                               info.absolutePath());
        }
    }

    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    std::unique_ptr<Database> db(new Database(std::move(d)));
    if (!db->d_->db.open()) {
        throwSqlError(db->d_->db.lastError(), QStringLiteral("open ") + path);
    }
    const QVariant h = db->d_->db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0) {
        db->d_->handle = *static_cast<sqlite3* const*>(h.constData());
    }
    if (db->d_->handle == nullptr) {
        throw StorageError(StorageError::Kind::Other, 0,
                           QStringLiteral("the SQLite driver gave no handle"), path);
    }

    // Reading the schema fails at once on a file that is not a database (SQLITE_NOTADB).
    scalarText(*db, QStringLiteral("PRAGMA schema_version"));

    struct Pragma {
        QString set;
        QString get;
        QString expected;
    };
    const Pragma pragmas[] = {
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
         QStringLiteral("PRAGMA busy_timeout"), QString::number(options.busyTimeoutMs)},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"),
         QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"),
         QStringLiteral("2")},
    };
    for (const Pragma& p : pragmas) {
        scalarText(*db, p.set);
        const QString actual = scalarText(*db, p.get).toLower();
        if (actual != p.expected) {
            throw StorageError(
                StorageError::Kind::Configuration, 0,
                QStringLiteral("database setting not accepted"),
                QStringLiteral("%1 is '%2', expected '%3'").arg(p.get, actual, p.expected));
        }
    }

    const int version = db->schemaVersion();
    if (version > latestSchemaVersion()) {
        throw StorageError(StorageError::Kind::Schema, 0,
                           QStringLiteral("the database was written by a newer Huichang"),
                           QStringLiteral("schema %1, this program knows up to %2")
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    if (options.checkIntegrity && version > 0) {
        QString report;
        try {
            report = db->quickCheck();
        } catch (const StorageError& e) {  // a damaged page can stop the check itself
            if (e.kind() != StorageError::Kind::Corrupt) {
                throw;  // out of memory, an I/O error, a lock: a failed check, not damage
            }
            report = e.message();
        }
        if (report != u"ok") {
            db->d_->damage = report.isEmpty() ? QStringLiteral("quick_check failed") : report;
            logger()->error("{} failed quick_check, opened read-only: {}", path.toStdString(),
                            db->d_->damage.toStdString());
            scalarText(*db, QStringLiteral("PRAGMA query_only = ON"));
            return db;
        }
    }
    if (options.migrate && version < latestSchemaVersion()) {
        if (options.backupBeforeMigrate && version > 0) {
            // The same path as every backup: temporary name, verified, flushed, renamed.
            const BackupFile b =
                BackupManager(path).create(*db, QStringLiteral("upgrade-v%1").arg(version));
            logger()->info("backed up {} before upgrading schema {}", b.file.toStdString(),
                           version);
        }
        db->migrate();
    }
    return db;
}

const QString& Database::path() const noexcept {
    return d_->path;
}

QSqlDatabase& Database::connection() const {
    return d_->db;
}

sqlite3* Database::handle() const {
    return d_->handle;
}

bool Database::isDamaged() const noexcept {
    return !d_->damage.isEmpty();
}

const QString& Database::damageReport() const noexcept {
    return d_->damage;
}

int Database::schemaVersion() const {
    return scalarText(*this, QStringLiteral("PRAGMA user_version")).toInt();
}

int Database::latestSchemaVersion() {
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

void Database::execScript(const QString& sql) const {
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(d_->handle, utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        const int code = sqlite3_extended_errcode(d_->handle);
        throw StorageError(StorageError::kindForCode(d_->handle, code), code, message);
    }
}

int Database::migrate() {
    int applied = 0;
    const int current = schemaVersion();
    for (const auto& [number, file] : migrationFiles()) {
        if (number <= current) {
            continue;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            throw StorageError(StorageError::Kind::Schema, 0,
                               QStringLiteral("migration script missing"), file);
        }
        const QString script = QString::fromUtf8(f.readAll());
        // A script that rebuilds tables (new table, copy, drop, rename) runs with foreign keys off,
        // as SQLite documents for such changes; they are checked before the commit instead and
        // turned on again whatever happens. The pragma has no effect inside a transaction.
        const bool foreignKeysOff = script.contains(kForeignKeysOffMarker);
        if (foreignKeysOff) {
            execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
        const auto foreignKeysOn = qScopeGuard([&] {
            if (foreignKeysOff) {  // after the commit or rollback below; cannot fail there
                sqlite3_exec(d_->handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
            }
        });
        TransactionGuard tx(*this);
        try {
            execScript(script);
            if (number == 7) {  // follow-up of 0007_audit_chain.sql: chain the existing rows
                const auto sealed = AuditRepository(*this).sealUnchained();
                logger()->info("audit chain: sealed {} existing rows", sealed);
            }
            if (number == 17) {  // follow-up of 0017_audit_content_hash.sql: content hashes
                const auto upgraded = AuditRepository(*this).upgradeChain();
                logger()->info("audit chain: {} rows chained over their content hash", upgraded);
            }
            if (foreignKeysOff) {
                const QString broken = firstForeignKeyProblem();
                if (!broken.isEmpty()) {
                    throw StorageError(StorageError::Kind::Constraint, SQLITE_CONSTRAINT_FOREIGNKEY,
                                       QStringLiteral("foreign key check failed"), broken);
                }
            }
            execScript(QStringLiteral("PRAGMA user_version = %1").arg(number));
        } catch (const StorageError& e) {
            // A full disk, a lock or an I/O error stays what it is (the user can act on it);
            // anything else is a failed upgrade.
            using Kind = StorageError::Kind;
            const bool io = (e.sqliteCode() & 0xff) == SQLITE_IOERR;
            const Kind kind = e.kind() == Kind::Full || e.kind() == Kind::Busy ||
                                      e.kind() == Kind::ReadOnly || e.kind() == Kind::Corrupt
                                  ? e.kind()
                                  : (io ? Kind::Other : Kind::Schema);
            throw StorageError(kind, e.sqliteCode(),
                               QStringLiteral("schema upgrade %1 failed").arg(number),
                               QString::fromUtf8(e.what()));
        }
        tx.commit();
        logger()->info("applied migration {}", QFileInfo(file).fileName().toStdString());
        ++applied;
    }
    return applied;
}

QString Database::firstForeignKeyProblem() const {
    Query q(*this, QStringLiteral("PRAGMA foreign_key_check"));
    q.exec();
    if (!q.next()) {
        return {};
    }
    // table, rowid, parent table, foreign key index
    return QStringLiteral("%1 row %2 refers to a missing %3").arg(q.text(0), q.text(1), q.text(2));
}

QString Database::quickCheck() const {
    return column(*this, QStringLiteral("PRAGMA quick_check"), 10).join(QLatin1Char('\n'));
}

void Database::backupTo(const QString& targetPath) const {
    if (QFile::exists(targetPath)) {
        throw StorageError(StorageError::Kind::Other, 0,
                           QStringLiteral("backup target already exists"), targetPath);
    }
    Query q(*this, QStringLiteral("VACUUM INTO :target"));
    q.bindText(QStringLiteral(":target"), targetPath).exec();
}

std::unique_ptr<Database> Database::openSibling() const {
    Options options;
    options.create = false;
    options.migrate = false;
    options.backupBeforeMigrate = false;
    options.checkIntegrity = false;
    auto sibling = open(path(), options);
    sibling->d_->clock = d_->clock;
    return sibling;
}

void Database::setClock(std::function<QDateTime()> clock) {
    d_->clock = std::move(clock);
}

QDateTime Database::now() const {
    return d_->clock ? d_->clock() : QDateTime::currentDateTime();
}

}  // namespace hc::storage
