#include "hc/storage/CustomerMergeRepository.h"

#include "Query.h"
#include "SqlValues.h"
#include "hc/domain/CustomerMergeRule.h"

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <algorithm>

namespace hc::storage {

namespace {

using Json = nlohmann::ordered_json;

QByteArray quoted(const QString& identifier) {
    return '"' + identifier.toUtf8().replace('"', "\"\"") + '"';
}

std::string str(const QString& s) {
    return s.toStdString();
}

/// One column of the current row as JSON (NULL null, integers, reals, text, blobs as
/// {"base64": …}): exact for every SQLite storage class.
Json columnJson(sqlite3_stmt* st, int c) {
    switch (sqlite3_column_type(st, c)) {
        case SQLITE_INTEGER:
            return static_cast<std::int64_t>(sqlite3_column_int64(st, c));
        case SQLITE_FLOAT:
            return sqlite3_column_double(st, c);
        case SQLITE_BLOB: {
            const QByteArray b(static_cast<const char*>(sqlite3_column_blob(st, c)),
                               sqlite3_column_bytes(st, c));
            return Json{{"base64", b.toBase64().toStdString()}};
        }
        case SQLITE_NULL:
            return nullptr;
        default:
            return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, c)),
                               static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
    }
}

/// The current row from column `first` on, as {column: value}.
Json rowJson(sqlite3_stmt* st, int first = 0) {
    Json row = Json::object();
    for (int c = first; c < sqlite3_column_count(st); ++c) {
        row[sqlite3_column_name(st, c)] = columnJson(st, c);
    }
    return row;
}

void bindJson(Query& q, int index, const Json& v) {
    if (v.is_null()) {
        q.bindNull(index);
    } else if (v.is_number_integer()) {
        q.bindInt(index, v.get<std::int64_t>());
    } else if (v.is_number()) {
        q.bindReal(index, v.get<double>());
    } else if (v.is_object()) {
        q.bind(index, QVariant(QByteArray::fromBase64(
                          QByteArray::fromStdString(v.value("base64", std::string())))));
    } else if (v.is_boolean()) {
        q.bindInt(index, v.get<bool>() ? 1 : 0);
    } else {
        q.bindUtf8(index, QByteArray::fromStdString(v.get<std::string>()));
    }
}

Json variantJson(const QVariant& v) {
    if (!v.isValid() || v.isNull()) {
        return nullptr;
    }
    switch (v.typeId()) {
        case QMetaType::Bool:
            return v.toBool() ? 1 : 0;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return v.toLongLong();
        case QMetaType::Double:
            return v.toDouble();
        case QMetaType::QByteArray:
            return Json{{"base64", v.toByteArray().toBase64().toStdString()}};
        default:
            return str(v.toString());
    }
}

QVariant jsonVariant(const Json& v) {
    if (v.is_null()) {
        return {};
    }
    if (v.is_number_integer()) {
        return QVariant::fromValue<qlonglong>(v.get<std::int64_t>());
    }
    if (v.is_number()) {
        return v.get<double>();
    }
    if (v.is_object()) {
        return QByteArray::fromBase64(QByteArray::fromStdString(v.value("base64", std::string())));
    }
    return QString::fromStdString(v.get<std::string>());
}

/// The full row of `table` with rowid `id`, or null.
Json fullRow(const Database& db, const QString& table, const QString& keyColumn, std::int64_t id) {
    const QByteArray sql =
        "SELECT * FROM " + quoted(table) + " WHERE " + quoted(keyColumn) + " = ?1";
    Query q(db.handle(), sql.constData());
    q.bindInt(1, id);
    return q.step() ? rowJson(q.handle()) : Json(nullptr);
}

std::int64_t scalarInt(const Database& db, const QByteArray& sql, std::int64_t a = 0,
                       const QByteArray& text = {}) {
    Query q(db.handle(), sql.constData());
    q.bindInt(1, a);
    if (!text.isNull()) {
        q.bindUtf8(2, text);
    }
    return q.step() ? q.integer(0) : 0;
}

/// INSERT of one full row ({column: value}); `rowid` added when the table has no INTEGER
/// PRIMARY KEY column carrying it.
void insertRow(const Database& db, const QString& table, const Json& row,
               std::optional<std::int64_t> rowid) {
    QByteArray cols;
    QByteArray marks;
    int n = 0;
    if (rowid) {
        cols = "rowid";
        marks = "?1";
        n = 1;
    }
    for (auto it = row.begin(); it != row.end(); ++it) {
        cols += (n > 0 ? ", " : "") + quoted(QString::fromStdString(it.key()));
        marks += (n > 0 ? ", ?" : "?") + QByteArray::number(n + 1);
        ++n;
    }
    const QByteArray sql =
        "INSERT INTO " + quoted(table) + " (" + cols + ") VALUES (" + marks + ")";
    Query q(db.handle(), sql.constData());
    int i = 1;
    if (rowid) {
        q.bindInt(i++, *rowid);
    }
    for (auto it = row.begin(); it != row.end(); ++it) {
        bindJson(q, i++, it.value());
    }
    q.step();
}

/// True when the table's rowid is one of its columns (INTEGER PRIMARY KEY).
bool rowidIsColumn(const Database& db, const QString& table) {
    return scalarInt(db,
                     "SELECT COUNT(*) = 1 AND SUM(type = 'INTEGER') = 1 FROM pragma_table_info(?2) "
                     "WHERE pk > 0",
                     0, table.toUtf8()) != 0;
}

bool withoutRowid(const Database& db, const QString& table) {
    return scalarInt(db, "SELECT coalesce(max(wr), 0) FROM pragma_table_list WHERE name = ?2", 0,
                     table.toUtf8()) != 0;
}

/// For a "not the same customer" mark ({"low_id", "high_id", …}): both customers exist.
bool bothCustomersExist(const Database& db, const Json& row) {
    Query q(db.handle(), "SELECT COUNT(*) FROM customers WHERE id IN (?1, ?2)");
    q.bindInt(1, row.value("low_id", std::int64_t{0}));
    q.bindInt(2, row.value("high_id", std::int64_t{0}));
    return q.step() && q.integer(0) == 2;
}

QByteArray idsJson(const Json& ids) {
    return QByteArray::fromStdString(ids.dump());
}

QString stamp(const QDateTime& at, const Database& db) {
    return timestampOr(at, db);
}

CustomerMergeRecord recordOf(const Query& q) {
    CustomerMergeRecord r;
    r.id = q.integer(0);
    r.mergedAt = q.text(1);
    r.mergedBy = q.optInteger(2);
    r.keptId = q.integer(3);
    r.removedId = q.integer(4);
    const Json removed = Json::parse(q.text(5).toStdString(), nullptr, false);
    const Json after = Json::parse(q.text(6).toStdString(), nullptr, false);
    r.removedName = QString::fromStdString(removed.value("name", std::string()));
    r.keptName = QString::fromStdString(after.value("name", std::string()));
    const Json moved = Json::parse(q.text(7).toStdString(), nullptr, false);
    if (moved.is_array()) {
        for (const auto& m : moved) {
            const int n = static_cast<int>(m.value("moved", Json::array()).size() +
                                           m.value("set_aside", Json::array()).size());
            if (n > 0) {
                r.rows.emplace_back(QString::fromStdString(m.value("table", std::string())), n);
            }
        }
    }
    r.undoneAt = q.text(8);
    r.undoneBy = q.optInteger(9);
    return r;
}

const char* const kRecordColumns =
    "SELECT id, merged_at, merged_by, kept_id, removed_id, removed_row, kept_after, moved, "
    "undone_at, undone_by FROM customer_merges ";

}  // namespace

const std::vector<CustomerReference>& CustomerMergeRepository::keptInPlace() {
    static const std::vector<CustomerReference> kKept = {
        {QStringLiteral("report_run_rows"), QStringLiteral("customer_id")},
        {QStringLiteral("search_pinyin"), QStringLiteral("customer_id")},
    };
    return kKept;
}

const std::vector<CustomerReference>& CustomerMergeRepository::setAsideOnMerge() {
    static const std::vector<CustomerReference> kAside = {
        {QStringLiteral("duplicate_dismissals"), QStringLiteral("high_id")},
        {QStringLiteral("duplicate_dismissals"), QStringLiteral("low_id")},
    };
    return kAside;
}

std::vector<CustomerReference> CustomerMergeRepository::customerReferences() const {
    Query q(
        db_.handle(),
        "SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'customers' "
        "AND c.name = 'customer_id' "
        "UNION SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND f.\"table\" = 'customers' "
        "ORDER BY 1, 2");
    std::vector<CustomerReference> out;
    while (q.step()) {
        out.push_back({q.text(0), q.text(1)});
    }
    return out;
}

std::optional<QMap<QString, QVariant>> CustomerMergeRepository::customerRow(std::int64_t id) const {
    const Json row = fullRow(db_, QStringLiteral("customers"), QStringLiteral("id"), id);
    if (row.is_null()) {
        return std::nullopt;
    }
    QMap<QString, QVariant> out;
    for (auto it = row.begin(); it != row.end(); ++it) {
        out.insert(QString::fromStdString(it.key()), jsonVariant(it.value()));
    }
    return out;
}

std::int64_t CustomerMergeRepository::merge(const CustomerMergeInput& in) {
    const QString customers = QStringLiteral("customers");
    const QString id = QStringLiteral("id");
    const Json keptBefore = fullRow(db_, customers, id, in.keptId);
    const Json removedRow = fullRow(db_, customers, id, in.removedId);
    if (keptBefore.is_null() || removedRow.is_null() || in.keptId == in.removedId) {
        throw StorageError(
            StorageError::Kind::NotFound, 0,
            QStringLiteral("customer %1 or %2 not found").arg(in.keptId).arg(in.removedId));
    }
    const QString pinyin = QStringLiteral("search_pinyin");
    const QString pinyinKey = QStringLiteral("customer_id");
    const Json searchRows{{"kept", fullRow(db_, pinyin, pinyinKey, in.keptId)},
                          {"removed", fullRow(db_, pinyin, pinyinKey, in.removedId)}};

    Json moved = Json::array();
    const auto& kept = keptInPlace();
    for (const auto& ref : customerReferences()) {
        if (std::find(kept.begin(), kept.end(), ref) != kept.end()) {
            continue;
        }
        if (withoutRowid(db_, ref.table)) {
            throw StorageError(
                StorageError::Kind::Other, 0,
                QStringLiteral("cannot merge rows of WITHOUT ROWID table %1").arg(ref.table));
        }
        const QByteArray t = quoted(ref.table);
        const QByteArray c = quoted(ref.column);
        Json ids = Json::array();
        {
            Query q(
                db_.handle(),
                ("SELECT rowid FROM " + t + " WHERE " + c + " = ?1 ORDER BY rowid").constData());
            q.bindInt(1, in.removedId);
            while (q.step()) {
                ids.push_back(q.integer(0));
            }
        }
        if (ids.empty()) {
            continue;
        }
        const auto& byRule = setAsideOnMerge();
        if (std::find(byRule.begin(), byRule.end(), ref) == byRule.end()) {
            Query up(
                db_.handle(),
                ("UPDATE OR IGNORE " + t + " SET " + c + " = ?1 WHERE " + c + " = ?2").constData());
            up.bindInt(1, in.keptId).bindInt(2, in.removedId);
            up.step();
        }
        // Rows the update skipped clash with a unique key of the kept customer (or are set aside by
        // rule): kept whole here.
        Json aside = Json::array();
        {
            Query q(
                db_.handle(),
                ("SELECT rowid, * FROM " + t + " WHERE " + c + " = ?1 ORDER BY rowid").constData());
            q.bindInt(1, in.removedId);
            while (q.step()) {
                aside.push_back(Json{{"rowid", q.integer(0)}, {"row", rowJson(q.handle(), 1)}});
            }
        }
        if (!aside.empty()) {
            Query del(db_.handle(), ("DELETE FROM " + t + " WHERE " + c + " = ?1").constData());
            del.bindInt(1, in.removedId);
            del.step();
            Json left = Json::array();
            for (const auto& rowId : ids) {
                const bool setAside = std::any_of(
                    aside.begin(), aside.end(), [&](const Json& a) { return a["rowid"] == rowId; });
                if (!setAside) {
                    left.push_back(rowId);
                }
            }
            ids = left;
        }
        moved.push_back(Json{{"table", str(ref.table)},
                             {"column", str(ref.column)},
                             {"moved", ids},
                             {"set_aside", aside}});
    }

    // The kept customer's chosen values.
    QStringList allowed = domain::CustomerMergeRule::fields();
    allowed << QStringLiteral("marketing_opt_out");
    QByteArray sets = "updated_at = ?1";
    std::vector<Json> values;
    for (auto it = in.values.cbegin(); it != in.values.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            throw StorageError(StorageError::Kind::Other, 0,
                               QStringLiteral("column %1 cannot be merged").arg(it.key()));
        }
        sets += ", " + quoted(it.key()) + " = ?" + QByteArray::number(values.size() + 3);
        values.push_back(variantJson(it.value()));
    }
    {
        Query up(db_.handle(), ("UPDATE customers SET " + sets + " WHERE id = ?2").constData());
        up.bindText(1, stamp(in.at, db_));
        up.bindInt(2, in.keptId);
        for (std::size_t i = 0; i < values.size(); ++i) {
            bindJson(up, static_cast<int>(i) + 3, values[i]);
        }
        up.step();
    }
    {
        Query del(db_.handle(), "DELETE FROM customers WHERE id = ?1");
        del.bindInt(1, in.removedId);
        del.step();
    }
    const Json keptAfter = fullRow(db_, customers, id, in.keptId);

    Query ins(db_.handle(),
              "INSERT INTO customer_merges (merged_at, merged_by, kept_id, removed_id, "
              "removed_row, kept_before, kept_after, moved, search_rows) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    ins.bindText(1, stamp(in.at, db_));
    ins.bindOptInt(2, in.userId > 0 ? std::optional(in.userId) : std::nullopt);
    ins.bindInt(3, in.keptId);
    ins.bindInt(4, in.removedId);
    ins.bindUtf8(5, QByteArray::fromStdString(removedRow.dump()));
    ins.bindUtf8(6, QByteArray::fromStdString(keptBefore.dump()));
    ins.bindUtf8(7, QByteArray::fromStdString(keptAfter.dump()));
    ins.bindUtf8(8, QByteArray::fromStdString(moved.dump()));
    ins.bindUtf8(9, QByteArray::fromStdString(searchRows.dump()));
    return ins.insert();
}

UnmergeOutcome CustomerMergeRepository::unmerge(std::int64_t mergeId, const QDateTime& at,
                                                std::int64_t userId) {
    UnmergeOutcome out;
    Query rec(db_.handle(),
              "SELECT kept_id, removed_id, removed_row, kept_before, kept_after, moved, "
              "search_rows, undone_at FROM customer_merges WHERE id = ?1");
    rec.bindInt(1, mergeId);
    if (!rec.step()) {
        out.problem = UnmergeProblem::NotFound;
        return out;
    }
    out.keptId = rec.integer(0);
    out.removedId = rec.integer(1);
    const Json removedRow = Json::parse(rec.text(2).toStdString());
    const Json keptBefore = Json::parse(rec.text(3).toStdString());
    const Json keptAfter = Json::parse(rec.text(4).toStdString());
    const Json moved = Json::parse(rec.text(5).toStdString());
    const Json searchRows = Json::parse(rec.text(6).toStdString());
    if (!rec.isNull(7)) {
        out.problem = UnmergeProblem::AlreadyUndone;
        return out;
    }
    if (!removedRow.contains("name")) {
        out.problem = UnmergeProblem::Erased;
        return out;
    }
    rec.reset();
    const QString customers = QStringLiteral("customers");
    const QString id = QStringLiteral("id");
    if (!fullRow(db_, customers, id, out.removedId).is_null()) {
        out.problem = UnmergeProblem::RemovedIdTaken;
        return out;
    }
    const Json keptNow = fullRow(db_, customers, id, out.keptId);
    if (keptNow.is_null()) {
        out.problem = UnmergeProblem::KeptMissing;
        return out;
    }
    // Every moved row still with the kept customer, no rowid of a set-aside row taken.
    for (const auto& m : moved) {
        const QString table = QString::fromStdString(m.at("table").get<std::string>());
        const QByteArray t = quoted(table);
        const QByteArray c = quoted(QString::fromStdString(m.at("column").get<std::string>()));
        const Json& ids = m.at("moved");
        const auto stillThere =
            scalarInt(db_,
                      "SELECT COUNT(*) FROM " + t + " WHERE " + c +
                          " = ?1 AND rowid IN (SELECT value FROM json_each(?2))",
                      out.keptId, idsJson(ids));
        Json asideIds = Json::array();
        for (const auto& a : m.at("set_aside")) {
            asideIds.push_back(a.at("rowid"));
        }
        const auto taken = scalarInt(db_,
                                     "SELECT COUNT(*) FROM " + t +
                                         " WHERE ?1 = ?1 AND rowid IN "
                                         "(SELECT value FROM json_each(?2))",
                                     0, idsJson(asideIds));
        if (stillThere != static_cast<std::int64_t>(ids.size()) || taken != 0) {
            out.problem = UnmergeProblem::RowsChanged;
            out.table = table;
            return out;
        }
    }

    insertRow(db_, customers, removedRow, std::nullopt);
    for (const auto& m : moved) {
        const QString table = QString::fromStdString(m.at("table").get<std::string>());
        const QByteArray t = quoted(table);
        const QByteArray c = quoted(QString::fromStdString(m.at("column").get<std::string>()));
        Query up(db_.handle(), ("UPDATE " + t + " SET " + c +
                                " = ?1 WHERE rowid IN (SELECT value FROM json_each(?2))")
                                   .constData());
        up.bindInt(1, out.removedId);
        up.bindUtf8(2, idsJson(m.at("moved")));
        up.step();
        out.rowsRestored += up.rowsAffected();
        const bool alias = rowidIsColumn(db_, table);
        const auto& byRule = setAsideOnMerge();
        const bool marks =
            std::find_if(byRule.begin(), byRule.end(), [&](const CustomerReference& r) {
                return r.table == table;
            }) != byRule.end();
        for (const auto& a : m.at("set_aside")) {
            if (marks && !bothCustomersExist(db_, a.at("row"))) {
                continue;  // the other customer of the mark is gone since (merged or deleted)
            }
            insertRow(db_, table, a.at("row"),
                      alias ? std::nullopt : std::optional(a.at("rowid").get<std::int64_t>()));
            ++out.rowsRestored;
        }
    }

    // The kept customer's columns as before, unless edited after the merge.
    QByteArray sets;
    std::vector<Json> values;
    for (auto it = keptBefore.begin(); it != keptBefore.end(); ++it) {
        const std::string& col = it.key();
        const Json now = keptNow.value(col, Json(nullptr));
        const Json after = keptAfter.value(col, Json(nullptr));
        if (now != after) {
            if (col != "updated_at") {  // bookkeeping, not a field anyone chose
                out.keptLaterEdits << QString::fromStdString(col);
            }
            continue;
        }
        if (now == it.value()) {
            continue;
        }
        sets += (values.empty() ? "" : ", ") + quoted(QString::fromStdString(col)) + " = ?" +
                QByteArray::number(values.size() + 2);
        values.push_back(it.value());
    }
    if (!values.empty()) {
        Query up(db_.handle(), ("UPDATE customers SET " + sets + " WHERE id = ?1").constData());
        up.bindInt(1, out.keptId);
        for (std::size_t i = 0; i < values.size(); ++i) {
            bindJson(up, static_cast<int>(i) + 2, values[i]);
        }
        up.step();
    }

    // The search index rows as they were (where the name is the one they were computed from);
    // touching the name rebuilds the full-text row with that pinyin (0002_search.sql triggers).
    for (const auto& [key, customer] :
         {std::pair("kept", out.keptId), std::pair("removed", out.removedId)}) {
        const Json& row = searchRows.value(key, Json(nullptr));
        if (!row.is_object()) {
            continue;
        }
        Query up(db_.handle(),
                 "UPDATE search_pinyin SET name_src = ?2, pinyin = ?3, initials = ?4 "
                 "WHERE customer_id = ?1 AND ?2 IS (SELECT name FROM customers WHERE id = ?1)");
        up.bindInt(1, customer);
        bindJson(up, 2, row.value("name_src", Json(nullptr)));
        bindJson(up, 3, row.value("pinyin", Json("")));
        bindJson(up, 4, row.value("initials", Json("")));
        up.step();
        if (up.rowsAffected() > 0) {
            Query touch(db_.handle(), "UPDATE customers SET name = name WHERE id = ?1");
            touch.bindInt(1, customer);
            touch.step();
        }
    }

    Query done(db_.handle(),
               "UPDATE customer_merges SET undone_at = ?2, undone_by = ?3 WHERE id = ?1");
    done.bindInt(1, mergeId);
    done.bindText(2, stamp(at, db_));
    done.bindOptInt(3, userId > 0 ? std::optional(userId) : std::nullopt);
    done.step();
    return out;
}

std::optional<CustomerMergeRecord> CustomerMergeRepository::find(std::int64_t mergeId) const {
    Query q(db_.handle(), (QByteArray(kRecordColumns) + "WHERE id = ?1").constData());
    q.bindInt(1, mergeId);
    if (!q.step()) {
        return std::nullopt;
    }
    return recordOf(q);
}

std::vector<CustomerMergeRecord> CustomerMergeRepository::history(int limit) const {
    Query q(db_.handle(), (QByteArray(kRecordColumns) + "ORDER BY id DESC LIMIT ?1").constData());
    q.bindInt(1, limit);
    std::vector<CustomerMergeRecord> out;
    while (q.step()) {
        out.push_back(recordOf(q));
    }
    return out;
}

}  // namespace hc::storage
