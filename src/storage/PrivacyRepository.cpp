#include "hc/storage/PrivacyRepository.h"

#include "Query.h"

#include <QSqlRecord>

namespace hc::storage {

namespace {

// Row sets of one customer (:id), shared by the lists below.
#define HC_CUSTOMER_VEHICLES                                                         \
    "(SELECT id FROM vehicles WHERE customer_id = :id UNION SELECT vehicle_id FROM " \
    "vehicle_owners "                                                                \
    "WHERE customer_id = :id)"
#define HC_CURRENT_VEHICLES "(SELECT id FROM vehicles WHERE customer_id = :id)"
#define HC_CUSTOMER_VISITS "(SELECT id FROM visits WHERE customer_id = :id)"
#define HC_CUSTOMER_CALLS "(SELECT id FROM calls WHERE customer_id = :id)"
#define HC_CUSTOMER_COMPLAINTS "(SELECT id FROM complaints WHERE customer_id = :id)"

/// What an export reads: one table, the rows of the customer :id.
struct ExportSource {
    const char* table;
    const char* where;
};

// clang-format off
const ExportSource kExportSources[] = {
    {"customers", "id = :id"},
    {"vehicles", "id IN " HC_CUSTOMER_VEHICLES},
    {"vehicle_owners", "customer_id = :id"},
    {"visits", "customer_id = :id"},
    {"calls", "customer_id = :id"},
    {"satisfaction_answers", "call_id IN " HC_CUSTOMER_CALLS},
    {"complaints", "customer_id = :id"},
    {"complaint_events", "complaint_id IN " HC_CUSTOMER_COMPLAINTS},
    {"campaign_invites", "customer_id = :id"},
    {"report_run_rows", "customer_id = :id"},
    {"appointments", "customer_id = :id"},
    {"consent_events", "customer_id = :id"},
    {"message_log", "customer_id = :id"},
    {"declined_items", "customer_id = :id"},
    {"audit_log",
     "(entity = 'customer' AND entity_id = :id)"
     " OR (entity = 'vehicle' AND entity_id IN " HC_CUSTOMER_VEHICLES ")"
     " OR (entity = 'visit' AND entity_id IN " HC_CUSTOMER_VISITS ")"
     " OR (entity = 'complaint' AND entity_id IN " HC_CUSTOMER_COMPLAINTS ")"
     " OR (entity = 'call' AND entity_id IN " HC_CUSTOMER_CALLS ")"
     " OR (entity = 'declined_item' AND entity_id IN "
     "(SELECT id FROM declined_items WHERE customer_id = :id))"},
};

/// One step of an erasure: the personal columns of one table set to NULL or replaced, for a set
/// of customers at once (one pass over each table, however many customers: the bulk
/// anonymisation). Parameters: :ids (JSON array of customer ids), :prefix
/// (domain::CustomerAnonymisation::erasedNamePrefix, the id follows), :redacted (its
/// redactedText), :at (timestamp). THE list to extend when a migration adds personal columns.
struct ErasureStep {
    const char* table;
    const char* sql;
};

#define HC_IDS "(SELECT value FROM json_each(:ids))"

const ErasureStep kErasureSteps[] = {
    {"customers",
     "UPDATE customers SET name = :prefix || id, phone = NULL, phone2 = NULL, id_number = NULL, "
     "marketing_opt_out = 1, "
     "address = NULL, postal_code = NULL, birthday = NULL, gender = NULL, behaviour = NULL, "
     "decision_style = NULL, invalid_note = NULL, note = NULL, erased_at = :at, updated_at = :at "
     "WHERE id IN " HC_IDS},
    {"vehicles",
     "UPDATE vehicles SET plate = NULL, vin = NULL, engine_no = NULL, key_no = NULL, "
     "updated_at = :at WHERE customer_id IN " HC_IDS},
    {"vehicle_owners", "UPDATE vehicle_owners SET note = NULL WHERE customer_id IN " HC_IDS},
    {"visits",
     "UPDATE visits SET work_done = NULL, recommendations = NULL, "
     "void_reason = CASE WHEN void_reason IS NULL THEN NULL ELSE :redacted END "
     "WHERE customer_id IN " HC_IDS},
    {"calls", "UPDATE calls SET note = NULL WHERE customer_id IN " HC_IDS},
    {"complaints",
     "UPDATE complaints SET description = :redacted, resolution = NULL "
     "WHERE customer_id IN " HC_IDS},
    {"complaint_events",
     "UPDATE complaint_events SET note = NULL WHERE complaint_id IN "
     "(SELECT id FROM complaints WHERE customer_id IN " HC_IDS ")"},
    {"appointments",
     "UPDATE appointments SET purpose = '', "
     "cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE :redacted END "
     "WHERE customer_id IN " HC_IDS},
    {"consent_events", "UPDATE consent_events SET note = NULL WHERE customer_id IN " HC_IDS},
    // The message texts hold the merged name and plate; the phone it went to is personal too.
    // The rows stay (what was sent when, under which consent purpose) for the statistics.
    {"message_log",
     "UPDATE message_log SET phone = '', text = :redacted WHERE customer_id IN " HC_IDS},
    // Declined work (0015): the work text is about the customer's car, like visits.work_done.
    {"declined_items",
     "UPDATE declined_items SET what = :redacted, "
     "drop_reason = CASE WHEN drop_reason IS NULL THEN NULL ELSE :redacted END "
     "WHERE customer_id IN " HC_IDS},
    // The search index (0002): the update triggers above re-indexed the replaced values; the rows
    // go, and the pinyin row is marked current for the new name so nothing recomputes it.
    {"search_customer_fts", "DELETE FROM search_customer_fts WHERE rowid IN " HC_IDS},
    {"search_vehicle_fts",
     "DELETE FROM search_vehicle_fts WHERE rowid IN "
     "(SELECT id FROM vehicles WHERE customer_id IN " HC_IDS ")"},
    {"search_pinyin",
     "UPDATE search_pinyin SET name_src = :prefix || customer_id, pinyin = '', initials = '' "
     "WHERE customer_id IN " HC_IDS},
    // "Not the same customer" marks (0018): the erased customer is no longer compared.
    {"duplicate_dismissals",
     "DELETE FROM duplicate_dismissals WHERE low_id IN " HC_IDS " OR high_id IN " HC_IDS},
    // Merge records (0016) hold both customers' rows as they were: reduced to the ids (the merge
    // can no longer be undone: CustomerMergeRepository::unmerge reports Erased).
    {"customer_merges",
     "UPDATE customer_merges SET removed_row = json_object('id', removed_id), "
     "kept_before = json_object('id', kept_id), kept_after = json_object('id', kept_id), "
     "search_rows = '{}' WHERE kept_id IN " HC_IDS " OR removed_id IN " HC_IDS},
};

#undef HC_IDS

/// FTS5 keeps the terms of deleted rows in its segments until they are merged: after the erasure
/// both tables are merged (PrivacyRepository::purgeSearchIndex), so the old name, phone, plate
/// and VIN are gone from the shadow tables too.
const char* const kSearchPurge[] = {
    "INSERT INTO search_customer_fts (search_customer_fts) VALUES ('optimize')",
    "INSERT INTO search_vehicle_fts (search_vehicle_fts) VALUES ('optimize')",
};
// clang-format on

/// The audit rows an erasure redacts (PrivacyRepository::auditRows).
const char* const kAuditRowsSql =
    "SELECT id, before_json, after_json FROM audit_log WHERE redacted_by IS NULL "
    "AND action <> 'audit.redact' AND ("
    "(entity = 'customer' AND entity_id = :id)"
    " OR (entity = 'vehicle' AND entity_id IN " HC_CURRENT_VEHICLES
    ")"
    " OR (entity = 'visit' AND entity_id IN " HC_CUSTOMER_VISITS
    ")"
    " OR (entity = 'complaint' AND entity_id IN " HC_CUSTOMER_COMPLAINTS
    ")"
    " OR (entity = 'call' AND entity_id IN " HC_CUSTOMER_CALLS ")) ORDER BY id";

/// The customer's identifying values (PrivacyRepository::personalValues).
const char* const kPersonalValuesSql =
    "SELECT name FROM customers WHERE id = :id UNION ALL SELECT phone FROM customers WHERE id = "
    ":id "
    "UNION ALL SELECT phone2 FROM customers WHERE id = :id "
    "UNION ALL SELECT id_number FROM customers WHERE id = :id "
    "UNION ALL SELECT address FROM customers WHERE id = :id "
    "UNION ALL SELECT plate FROM vehicles WHERE id IN " HC_CURRENT_VEHICLES
    " "
    "UNION ALL SELECT vin FROM vehicles WHERE id IN " HC_CURRENT_VEHICLES;

#undef HC_CUSTOMER_VEHICLES
#undef HC_CURRENT_VEHICLES
#undef HC_CUSTOMER_VISITS
#undef HC_CUSTOMER_CALLS
#undef HC_CUSTOMER_COMPLAINTS

}  // namespace

int PrivacyErasureCounts::of(const QString& table) const {
    for (const auto& [name, n] : tables) {
        if (name == table) {
            return n;
        }
    }
    return 0;
}

QStringList PrivacyRepository::exportTables() {
    QStringList out;
    for (const auto& s : kExportSources) {
        out << QString::fromLatin1(s.table);
    }
    return out;
}

bool PrivacyRepository::exists(std::int64_t customerId) const {
    Query q(db_, QStringLiteral("SELECT 1 FROM customers WHERE id = :id"));
    q.bindInt(QStringLiteral(":id"), customerId).exec();
    return q.next();
}

std::optional<QString> PrivacyRepository::erasedAt(std::int64_t customerId) const {
    Query q(db_, QStringLiteral("SELECT erased_at FROM customers WHERE id = :id"));
    q.bindInt(QStringLiteral(":id"), customerId).exec();
    if (q.next() && !q.isNull(0)) {
        return q.text(0);
    }
    return std::nullopt;
}

std::vector<PrivacyTableRows> PrivacyRepository::collect(std::int64_t customerId) const {
    std::vector<PrivacyTableRows> out;
    for (const auto& s : kExportSources) {
        const QString table = QString::fromLatin1(s.table);
        // report_run_rows has no rowid (WITHOUT ROWID): order by its key instead.
        const QString order =
            table == u"report_run_rows" ? QStringLiteral("run_id") : QStringLiteral("rowid");
        Query q(db_, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                         .arg(table, QString::fromLatin1(s.where), order));
        q.bindInt(QStringLiteral(":id"), customerId).exec();
        PrivacyTableRows rows;
        rows.table = table;
        const int columns = q.columnCount();
        for (int i = 0; i < columns; ++i) {
            rows.columns << q.columnName(i);
        }
        while (q.next()) {
            QVariantList values;
            values.reserve(columns);
            for (int i = 0; i < columns; ++i) {
                values << (q.isNull(i) ? QVariant() : q.value(i));
            }
            rows.rows.push_back(std::move(values));
        }
        out.push_back(std::move(rows));
    }
    return out;
}

QStringList PrivacyRepository::personalValues(std::int64_t customerId) const {
    Query q(db_, QString::fromLatin1(kPersonalValuesSql));
    q.bindInt(QStringLiteral(":id"), customerId).exec();
    QStringList out;
    while (q.next()) {
        const QString v = q.text(0).trimmed();
        if (!v.isEmpty() && !out.contains(v)) {
            out << v;
        }
    }
    return out;
}

std::vector<AuditRedactionRow> PrivacyRepository::auditRows(std::int64_t customerId) const {
    Query q(db_, QString::fromLatin1(kAuditRowsSql));
    q.bindInt(QStringLiteral(":id"), customerId).exec();
    std::vector<AuditRedactionRow> out;
    while (q.next()) {
        out.push_back({q.integer(0), q.text(1), q.text(2)});
    }
    return out;
}

void PrivacyRepository::purgeSearchIndex() {
    for (const char* sql : kSearchPurge) {
        Query(db_, QString::fromLatin1(sql)).exec();
    }
}

PrivacyErasureCounts PrivacyRepository::erase(const std::vector<std::int64_t>& customerIds,
                                              const QString& namePrefix, const QString& redacted,
                                              const QDateTime& at) {
    // Freed space (old cells, dropped FTS segments) is overwritten with zeros on this connection
    // from now on, so the removed values do not linger in free pages of the file.
    Query(db_, QStringLiteral("PRAGMA secure_delete = ON")).exec();
    PrivacyErasureCounts counts;
    QStringList ids;
    for (const auto id : customerIds) {
        ids << QString::number(id);
    }
    const QString idsJson = QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
    const QString atText = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    for (const auto& step : kErasureSteps) {
        const QString sql = QString::fromLatin1(step.sql);
        Query q(db_, sql);
        q.bindText(QStringLiteral(":ids"), idsJson);
        if (sql.contains(QLatin1String(":prefix"))) {
            q.bindText(QStringLiteral(":prefix"), namePrefix);
        }
        if (sql.contains(QLatin1String(":redacted"))) {
            q.bindText(QStringLiteral(":redacted"), redacted);
        }
        if (sql.contains(QLatin1String(":at"))) {
            q.bindText(QStringLiteral(":at"), atText);
        }
        q.exec();
        counts.tables.emplace_back(QString::fromLatin1(step.table), q.rowsAffected());
    }
    return counts;
}

std::vector<std::int64_t> PrivacyRepository::inactiveSince(const QDate& cutoff) const {
    // The last visit, call or complaint; the creation day only for a customer with none (an
    // import creates old customers today). The multi-argument max() of SQLite is GREATEST() in
    // PostgreSQL.
    Query q(db_,
            QStringLiteral(
                "SELECT c.id FROM customers c WHERE c.erased_at IS NULL AND coalesce(nullif(max("
                "coalesce((SELECT max(v.visit_date) FROM visits v "
                "WHERE v.customer_id = c.id AND v.voided_at IS NULL), ''), "
                "coalesce((SELECT max(k.call_date) FROM calls k WHERE k.customer_id = c.id), "
                "''), "
                "coalesce((SELECT max(substr(p.received_at, 1, 10)) FROM complaints p "
                "WHERE p.customer_id = c.id), '')), ''), substr(c.created_at, 1, 10)) "
                "< :cutoff ORDER BY c.id"));
    q.bindDate(QStringLiteral(":cutoff"), cutoff).exec();
    std::vector<std::int64_t> ids;
    while (q.next()) {
        ids.push_back(q.integer(0));
    }
    return ids;
}

}  // namespace hc::storage
