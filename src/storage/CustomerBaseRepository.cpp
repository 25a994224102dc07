#include "hc/storage/CustomerBaseRepository.h"

#include "Query.h"
#include "hc/storage/SettingsRepository.h"

#include <nlohmann/json.hpp>

namespace hc::storage {

std::vector<domain::PurchaseEvent> CustomerBaseRepository::loadVisits(const QDate& upTo) const {
    std::vector<domain::PurchaseEvent> out;
    Query q(db_, QStringLiteral("SELECT customer_id, visit_date, amount_fen FROM visits "
                                "WHERE voided_at IS NULL AND visit_date <= :upTo "
                                "ORDER BY customer_id, visit_date"));
    q.bindDate(QStringLiteral(":upTo"), upTo);
    q.exec();
    while (q.next()) {
        out.push_back(domain::PurchaseEvent{q.integer(0), q.date(1),
                                            static_cast<double>(q.integer(2)) / 100.0});
    }
    return out;
}

std::vector<domain::PurchaseEvent> CustomerBaseRepository::loadVisitsOf(
    const std::vector<domain::CustomerId>& ids, const QDate& upTo) const {
    std::vector<domain::PurchaseEvent> out;
    if (ids.empty()) {
        return out;
    }
    // One statement, the ids as a JSON array: one index seek per customer.
    Query q(db_, QStringLiteral("SELECT customer_id, visit_date, amount_fen FROM visits "
                                "WHERE customer_id IN (SELECT value FROM json_each(:ids)) "
                                "AND voided_at IS NULL AND visit_date <= :upTo "
                                "ORDER BY customer_id, visit_date"));
    q.bindText(QStringLiteral(":ids"), QString::fromStdString(nlohmann::json(ids).dump()));
    q.bindDate(QStringLiteral(":upTo"), upTo);
    q.exec();
    while (q.next()) {
        out.push_back(domain::PurchaseEvent{q.integer(0), q.date(1),
                                            static_cast<double>(q.integer(2)) / 100.0});
    }
    return out;
}

std::vector<CustomerVisitSpan> CustomerBaseRepository::loadSpans(const QDate& end,
                                                                 const QDate& split) const {
    std::vector<CustomerVisitSpan> out;
    // Visit days first (streamed in the customer/date index order, no DISTINCT b-tree), then
    // per customer.
    Query q(db_, QStringLiteral("SELECT customer_id, MIN(d), MAX(d), COUNT(*), "
                                "MAX(CASE WHEN d <= :split THEN d END), SUM(d <= :split), "
                                "SUM(d > :split) "
                                "FROM (SELECT customer_id, visit_date AS d FROM visits "
                                "WHERE voided_at IS NULL AND visit_date <= :end "
                                "GROUP BY customer_id, visit_date) "
                                "GROUP BY customer_id ORDER BY customer_id"));
    q.bindDate(QStringLiteral(":split"), split);
    q.bindDate(QStringLiteral(":end"), end);
    q.exec();
    while (q.next()) {
        CustomerVisitSpan s;
        s.id = q.integer(0);
        s.first = q.date(1);
        s.last = q.date(2);
        s.days = static_cast<int>(q.integer(3));
        s.lastBySplit = q.date(4);
        s.daysBySplit = static_cast<int>(q.integer(5));
        s.daysAfterSplit = static_cast<int>(q.integer(6));
        out.push_back(s);
    }
    return out;
}

domain::CustomerBaseSettings CustomerBaseRepository::loadSettings() const {
    const auto text = SettingsRepository(db_).get(QString::fromLatin1(kSettingsKey));
    return text ? settingsFromJson(*text) : domain::CustomerBaseSettings{};
}

QString CustomerBaseRepository::settingsToJson(const domain::CustomerBaseSettings& s) {
    const nlohmann::json j{{"marginBp", s.marginBp},
                           {"minRepeatCustomers", s.minRepeatCustomers},
                           {"horizonWeeks", s.horizonWeeks}};
    return QString::fromStdString(j.dump());
}

domain::CustomerBaseSettings CustomerBaseRepository::settingsFromJson(const QString& json) {
    domain::CustomerBaseSettings s;
    const auto j = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (!j.is_object()) {
        return s;
    }
    const auto read = [&](const char* key, int& out) {
        const auto it = j.find(key);
        if (it != j.end() && it->is_number_integer()) {
            out = it->get<int>();
        }
    };
    read("marginBp", s.marginBp);
    read("minRepeatCustomers", s.minRepeatCustomers);
    read("horizonWeeks", s.horizonWeeks);
    return s;
}

}  // namespace hc::storage
