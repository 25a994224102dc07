#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace hc::test {

/// The state of a database file as the next program to open it sees it (a crashed writer's WAL
/// recovered): the integrity_check verdict, PRAGMA user_version, the row count of every table and
/// one SHA-256 over the schema and every row of every table (rows sorted, so the digest does not
/// depend on the page layout). Two files hold the same data exactly when their digests are equal.
struct DbState {
    QString integrity;  ///< "ok" or what integrity_check (or opening) reported
    int userVersion = -1;
    std::map<std::string, long long> rows;
    QByteArray digest;
    /// As digest, with every date-time ("YYYY-MM-DDTHH:MM…") and 64-digit hex hash (the audit
    /// chain over them) masked: equal for two runs of the same change at different times.
    QByteArray looseDigest;

    [[nodiscard]] bool sound() const { return integrity == u"ok"; }
    [[nodiscard]] bool sameData(const DbState& o) const { return digest == o.digest; }
    [[nodiscard]] std::string summary() const {
        std::string s = "v" + std::to_string(userVersion) + " " + integrity.toStdString() + " {";
        for (const auto& [t, n] : rows) {
            if (n > 0) {
                s += t + ":" + std::to_string(n) + " ";
            }
        }
        return s + "} " + digest.toHex().left(12).toStdString();
    }

    /// Reads `path` through a fresh connection (read-write, so a hot WAL or journal is recovered
    /// as the application would). A missing file is reported as such, never created.
    static DbState of(const QString& path) {
        DbState st;
        if (!QFile::exists(path)) {
            st.integrity = QStringLiteral("missing");
            return st;
        }
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK) {
            st.integrity = QStringLiteral("cannot open: ") + QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return st;
        }
        QStringList problems;
        column(db, "PRAGMA integrity_check", &problems);
        st.integrity = problems.join(QLatin1Char('\n'));
        QStringList v;
        column(db, "PRAGMA user_version", &v);
        st.userVersion = v.value(0).toInt();

        QCryptographicHash hash(QCryptographicHash::Sha256);
        QCryptographicHash loose(QCryptographicHash::Sha256);
        static const QRegularExpression volatileValue(QStringLiteral(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?|\\b[0-9a-f]{64}\\b"));
        QStringList schema;
        column(db,
               "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema "
               "ORDER BY type, name",
               &schema);
        hash.addData(schema.join(QLatin1Char('\n')).toUtf8());
        loose.addData(schema.join(QLatin1Char('\n')).toUtf8());
        QStringList tables;
        column(db,
               "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
               "coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
               &tables);
        for (const QString& table : tables) {
            std::vector<QByteArray> lines;
            std::vector<QByteArray> looseLines;
            const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
                st.integrity += QStringLiteral("\ncannot read ") + table;
                continue;
            }
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                QByteArray line;
                QByteArray looseLine;
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    const int type = sqlite3_column_type(stmt, c);
                    line += QByteArray::number(type) + ':';
                    looseLine += QByteArray::number(type) + ':';
                    if (type != SQLITE_NULL) {
                        const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, c));
                        const QByteArray value(p, sqlite3_column_bytes(stmt, c));
                        line += value.toHex();
                        looseLine += type == SQLITE_TEXT
                                         ? QString::fromUtf8(value)
                                               .replace(volatileValue, QStringLiteral("*"))
                                               .toUtf8()
                                               .toHex()
                                         : value.toHex();
                    }
                    line += '|';
                    looseLine += '|';
                }
                lines.push_back(line);
                looseLines.push_back(looseLine);
            }
            if (rc != SQLITE_DONE) {
                st.integrity += QStringLiteral("\nerror reading ") + table;
            }
            sqlite3_finalize(stmt);
            std::sort(lines.begin(), lines.end());
            std::sort(looseLines.begin(), looseLines.end());
            st.rows[table.toStdString()] = static_cast<long long>(lines.size());
            hash.addData("\n#" + table.toUtf8() + '\n');
            for (const QByteArray& l : lines) {
                hash.addData(l);
                hash.addData(QByteArrayView("\n"));
            }
            loose.addData("\n#" + table.toUtf8() + '\n');
            for (const QByteArray& l : looseLines) {
                loose.addData(l);
                loose.addData(QByteArrayView("\n"));
            }
        }
        st.digest = hash.result();
        st.looseDigest = loose.result();
        sqlite3_close(db);
        return st;
    }

private:
    static void column(sqlite3* db, const char* sql, QStringList* out) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            *out << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
            return;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            *out << QString::fromUtf8(t ? t : "");
        }
        if (rc != SQLITE_DONE) {
            *out << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
};

}  // namespace hc::test
