#include "AuditRedactor.h"

#include "hc/domain/AuditRedaction.h"
#include "hc/storage/PrivacyRepository.h"

#include <nlohmann/json.hpp>

#include <QJsonDocument>

namespace hc::services {

namespace {

/// The JSON text as the redaction writes it (compact, keys sorted), to tell whether anything
/// personal was replaced.
QString normalised(const QString& json) {
    if (json.isEmpty()) {
        return json;
    }
    return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Compact));
}

}  // namespace

void AuditRedactor::collect(std::int64_t customerId) {
    storage::PrivacyRepository privacy(db_);
    const QStringList values = privacy.personalValues(customerId);
    customers_.push_back(customerId);
    for (const auto& row : privacy.auditRows(customerId)) {
        // A row about two customers (bulk) is redacted for both, from its already redacted text.
        const auto it = rows_.find(row.id);
        const storage::AuditRedactionRow current = it != rows_.end() ? it->second : row;
        storage::AuditRedactionRow out{row.id,
                                       domain::AuditRedaction::redact(current.beforeJson, values),
                                       domain::AuditRedaction::redact(current.afterJson, values)};
        if (out.beforeJson != normalised(row.beforeJson) ||
            out.afterJson != normalised(row.afterJson)) {
            rows_[row.id] = std::move(out);
        }
    }
}

int AuditRedactor::apply(const QDateTime& at, std::int64_t userId,
                         std::optional<std::int64_t> customerId) {
    if (rows_.empty()) {
        return 0;
    }
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    std::vector<storage::AuditRedactionRow> list;
    for (const auto& [id, row] : rows_) {
        rows.push_back(
            {{"id", id},
             {"content_hash", storage::AuditRepository::contentHashOf(row.beforeJson, row.afterJson)
                                  .toStdString()}});
        list.push_back(row);
    }
    const nlohmann::ordered_json record{{"customers", customers_}, {"rows", std::move(rows)}};
    storage::AuditRepository audit(db_);
    const std::int64_t redactionId =
        audit.append(at, userId, QStringLiteral("audit.redact"), QStringLiteral("customer"),
                     customerId, {}, QString::fromStdString(record.dump()));
    audit.redact(list, redactionId);
    return static_cast<int>(list.size());
}

}  // namespace hc::services
