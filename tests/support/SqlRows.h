#pragma once

#include "hc/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <gtest/gtest.h>

namespace hc::test {

/// Every row of `sql` as "col1|col2|…" (NULL as "NULL"), for comparing table contents in storage
/// tests; a failing statement is a test failure.
inline QStringList sqlRows(storage::Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    QStringList out;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i) {
            cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        }
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

}  // namespace hc::test
