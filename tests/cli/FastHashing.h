#pragma once

#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hc::test {

/// Runs one SQL statement on a database file (its own connection, closed afterwards); returns the
/// first column of the first row.
inline QVariant sqlOnFile(const QString& dbPath, const QString& statement) {
    QVariant result;
    const QString name = QStringLiteral("cli-test-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        if (q.next()) {
            result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Creates the database and stores a login policy with 10 000 PBKDF2 iterations (the shop default
/// is 600 000, about half a second per password): for tests that add users but do not test the
/// hashing. The CLI reads the setting like the app does.
inline void useFastHashing(const QString& dbPath) {
    ASSERT_EQ(runCli({QStringLiteral("--db"), dbPath, QStringLiteral("init")}).exitCode, 0);
    sqlOnFile(dbPath, QStringLiteral(
                          "INSERT INTO settings (key, value_json, updated_at) VALUES ('security', "
                          "'{\"maxFailures\":5,\"lockMinutes\":15,\"failureDelayMs\":1000,"
                          "\"passwordIterations\":10000}', '2026-01-01T00:00:00')"));
}

}  // namespace hc::test
