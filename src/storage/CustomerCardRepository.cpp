#include "hc/storage/CustomerCardRepository.h"

#include "Query.h"

namespace hc::storage {

std::optional<domain::CustomerFacts> CustomerCardRepository::factsOf(
    domain::CustomerId id, const QDate& asOf, const QDate& windowFrom) const {
    // Each sub-select is a range search of the covering partial index visits_customer_date
    // (valid visits only: voided ones never count).
    Query q(db_,
            QStringLiteral(
                "SELECT c.id, c.name, c.phone, c.invalid_since, "
                "(SELECT MIN(visit_date) FROM visits WHERE customer_id = c.id "
                "   AND voided_at IS NULL), "
                "(SELECT MAX(visit_date) FROM visits WHERE customer_id = c.id "
                "   AND voided_at IS NULL AND visit_date <= :as_of1), "
                "(SELECT COALESCE(SUM(amount_fen), 0) FROM visits WHERE customer_id = c.id "
                "   AND voided_at IS NULL AND visit_date >= :from1 AND visit_date <= :as_of2), "
                "(SELECT COUNT(*) FROM visits WHERE customer_id = c.id "
                "   AND voided_at IS NULL AND visit_date >= :from2 AND visit_date <= :as_of3) "
                "FROM customers c WHERE c.id = :id"));
    q.bindInt(QStringLiteral(":id"), id);
    for (const char* name : {":as_of1", ":as_of2", ":as_of3"}) {
        q.bindDate(QString::fromLatin1(name), asOf);
    }
    for (const char* name : {":from1", ":from2"}) {
        q.bindDate(QString::fromLatin1(name), windowFrom);
    }
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    domain::CustomerFacts f;
    f.id = q.integer(0);
    f.name = q.text(1);
    f.phone = q.text(2);
    f.invalidSince = q.date(3);
    f.firstVisit = q.date(4);
    f.lastVisit = q.date(5);
    f.windowAmountFen = q.integer(6);
    f.windowVisits = static_cast<int>(q.integer(7));
    return f;
}

DataVersion CustomerCardRepository::dataVersion() const {
    Query q(db_, QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log), "
                                "(SELECT COALESCE(MAX(id), 0) FROM customers), "
                                "(SELECT COALESCE(MAX(id), 0) FROM visits)"));
    q.exec();
    DataVersion v;
    if (q.next()) {
        v.auditId = q.integer(0);
        v.customerId = q.integer(1);
        v.visitId = q.integer(2);
    }
    return v;
}

}  // namespace hc::storage
