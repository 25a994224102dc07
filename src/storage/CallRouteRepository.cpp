#include "hc/storage/CallRouteRepository.h"

#include "Query.h"

namespace hc::storage {

std::unordered_map<domain::CustomerId, domain::CallRouteFacts> CallRouteRepository::regions()
    const {
    Query q(db_, QStringLiteral("SELECT id, region FROM customers "
                                "WHERE region IS NOT NULL AND region <> ''"));
    q.exec();
    std::unordered_map<domain::CustomerId, domain::CallRouteFacts> out;
    while (q.next()) {
        out[q.integer(0)].region = q.text(1);
    }
    return out;
}

std::unordered_map<domain::CustomerId, domain::CallRouteFacts> CallRouteRepository::lastAdvisors(
    const QDate& day) const {
    // The latest visit per customer (window function: portable to PostgreSQL).
    Query q(db_, QStringLiteral("SELECT customer_id, advisor FROM ("
                                "SELECT customer_id, advisor, ROW_NUMBER() OVER ("
                                "PARTITION BY customer_id ORDER BY visit_date DESC, id DESC) AS n "
                                "FROM visits WHERE voided_at IS NULL AND visit_date < :day) "
                                "WHERE n = 1"));
    q.bindDate(QStringLiteral(":day"), day).exec();
    std::unordered_map<domain::CustomerId, domain::CallRouteFacts> out;
    while (q.next()) {
        out[q.integer(0)].lastAdvisor = q.isNull(1) ? QString() : q.text(1);
    }
    return out;
}

}  // namespace hc::storage
