#include "hc/storage/FollowUpRepository.h"

#include "SqliteStatement.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/storage/Database.h"
#include "hc/storage/DeclinedItemRepository.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>

namespace hc::storage {

namespace {

/// Repeated short texts (visit categories, advisor names) as one shared QString each: the window
/// holds hundreds of thousands of visits but only a handful of distinct values.
class TextPool {
public:
    QString get(const SqliteStatement& s, int column) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s.handle(), column));
        if (p == nullptr) {
            return {};
        }
        const QByteArrayView bytes(p, sqlite3_column_bytes(s.handle(), column));
        for (const auto& [key, text] : pool_) {
            if (key == bytes) {
                return text;
            }
        }
        QString text = QString::fromUtf8(bytes);
        if (pool_.size() < 64) {
            pool_.emplace_back(bytes.toByteArray(), text);
        }
        return text;
    }

private:
    std::vector<std::pair<QByteArray, QString>> pool_;
};

QDateTime timestamp(const SqliteStatement& s, int column) {
    return QDateTime::fromString(s.text(column), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/// The customers with a visit in the window (ids sorted, unique).
using WindowCustomers = std::vector<domain::CustomerId>;

void loadCustomers(sqlite3* db, const QDate& day, const WindowCustomers& inWindow,
                   domain::FollowUpInput& in) {
    SqliteStatement count(db, "SELECT COUNT(*) FROM customers");
    if (count.step()) {
        in.customers.reserve(static_cast<std::size_t>(count.integer(0)));
    }
    SqliteStatement customers(db,
                              "SELECT id, name, phone, invalid_since, marketing_opt_out, birthday "
                              "FROM customers ORDER BY id");
    // A customer without a visit in the window: their last visit on or before D (older than the
    // window, so the planner only needs its date), one seek into the covering index
    // visits(customer_id, visit_date, amount_fen, voided_at); the bare column id is the rowid of
    // the MAX row. Only these customers (about 30 % at 100 000) are looked up: a grouped MAX over
    // every customer's visits cost 4× more (docs/performance.md "The day's list under 1 s").
    SqliteStatement last(db,
                         "SELECT MAX(visit_date), id FROM visits INDEXED BY visits_customer_date "
                         "WHERE customer_id = ?1 AND visit_date <= ?2 AND voided_at IS NULL");
    last.bindDate(2, day);
    auto seen = inWindow.begin();
    while (customers.step()) {
        domain::PlannerCustomer& c = in.customers.emplace_back();
        c.id = customers.integer(0);
        c.name = customers.text(1);
        c.phone = customers.text(2);
        c.invalidSince = customers.date(3);
        c.marketingOptOut = customers.integer(4) != 0;
        c.birthday = customers.date(5);
        while (seen != inWindow.end() && *seen < c.id) {
            ++seen;
        }
        if (seen != inWindow.end() && *seen == c.id) {
            continue;  // the window's visits are loaded (loadVisits)
        }
        last.bindInt(1, c.id);
        if (last.step()) {
            const QDate lastVisit = last.date(0);
            if (lastVisit.isValid()) {
                domain::Visit& v = in.visits.emplace_back();
                v.id = last.integer(1);
                v.customerId = c.id;
                v.date = lastVisit;
            }
        }
        last.reset();
    }
}

/// Loads the window's visits; returns the customers seen in it.
WindowCustomers loadVisits(sqlite3* db, const QDate& day, const QDate& windowFrom,
                           domain::FollowUpInput& in) {
    // One sequential pass over the table: at 1 M visits it reads the window's 30 % of the rows
    // ≈ 5× faster than visiting them in date order through visits_date (a random table look-up
    // per row; docs/performance.md "The day's list, faster"). The planner sorts each customer's
    // visits itself. Counted first so the (large) Visit rows are allocated once.
    SqliteStatement count(db,
                          "SELECT COUNT(*) FROM visits INDEXED BY visits_date "
                          "WHERE visit_date > ?1 AND visit_date <= ?2 AND voided_at IS NULL");
    count.bindDate(1, windowFrom);
    count.bindDate(2, day);
    if (count.step()) {
        // + one older last visit per customer without a visit in the window (loadCustomers; the
        // pages of the unused part are never touched).
        SqliteStatement customers(db, "SELECT COUNT(*) FROM customers");
        const std::int64_t more = customers.step() ? customers.integer(0) : 0;
        in.visits.reserve(in.visits.size() + static_cast<std::size_t>(count.integer(0) + more));
    }
    SqliteStatement s(db,
                      "SELECT id, customer_id, vehicle_id, visit_date, mileage, category, advisor "
                      "FROM visits NOT INDEXED "
                      "WHERE visit_date > ?1 AND visit_date <= ?2 AND voided_at IS NULL");
    s.bindDate(1, windowFrom);
    s.bindDate(2, day);
    TextPool categories;
    TextPool advisors;
    WindowCustomers seen;
    seen.reserve(in.visits.capacity() - in.visits.size());
    while (s.step()) {
        domain::Visit& v = in.visits.emplace_back();
        v.id = s.integer(0);
        v.customerId = s.integer(1);
        seen.push_back(v.customerId);
        v.vehicleId = s.optInteger(2);
        v.date = s.date(3);
        if (const auto km = s.optInteger(4)) {
            v.mileage = static_cast<int>(*km);
        }
        v.category = categories.get(s, 5);
        v.advisor = advisors.get(s, 6);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    return seen;
}

void loadVehicles(sqlite3* db, domain::FollowUpInput& in) {
    SqliteStatement s(db,
                      "SELECT id, customer_id, plate, purchase_date, first_service_date, "
                      "first_service_mileage, insurance_due, inspection_due FROM vehicles");
    while (s.step()) {
        domain::Vehicle& v = in.vehicles.emplace_back();
        v.id = s.integer(0);
        v.customerId = s.integer(1);
        v.plate = s.text(2);
        v.purchaseDate = s.date(3);
        v.firstServiceDate = s.date(4);
        if (const auto km = s.optInteger(5)) {
            v.firstServiceMileage = static_cast<int>(*km);
        }
        v.insuranceDue = s.date(6);
        v.inspectionDue = s.date(7);
    }
}

void loadCalls(sqlite3* db, const QDate& day, domain::FollowUpInput& in) {
    SqliteStatement s(db,
                      "SELECT c.customer_id, c.call_date, c.kind, c.outcome, c.appointment_date, "
                      "c.vehicle_id, c.complaint_id, c.churn_reason, u.username "
                      "FROM calls c LEFT JOIN users u ON u.id = c.caller_id "
                      "WHERE c.call_date <= ?1 ORDER BY c.call_date, c.id");
    s.bindDate(1, day);
    while (s.step()) {
        domain::FollowUpCall& c = in.calls.emplace_back();
        c.customerId = s.integer(0);
        c.date = s.date(1);
        c.kind = domain::followUpKindFromKey(s.text(2)).value_or(domain::FollowUpKind::PostService);
        c.outcome = domain::callOutcomeFromKey(s.text(3)).value_or(domain::CallOutcome::Reached);
        c.appointment = s.date(4);
        c.vehicleId = s.optInteger(5);
        c.complaintId = s.optInteger(6);
        if (!s.isNull(7)) {
            c.churnReason = domain::churnReasonFromKey(s.text(7));
        }
        c.caller = s.text(8);
    }
}

/// A message exported or sent (schema 0013 message_log) counts as a reached contact for the
/// follow-up item of its template (domain::followUpKindOf; appointment reminders are no item).
void loadMessageContacts(sqlite3* db, const QDate& day, domain::FollowUpInput& in) {
    SqliteStatement s(
        db,
        "SELECT m.customer_id, m.sent_date, m.template_key, m.vehicle_id, u.username "
        "FROM message_log m LEFT JOIN users u ON u.id = m.user_id "
        "WHERE m.sent_date <= ?1 AND m.result <> 'failed' ORDER BY m.sent_date, m.id");
    s.bindDate(1, day);
    while (s.step()) {
        const auto key = domain::messageTemplateKeyFromKey(s.text(2));
        const auto kind = key ? domain::followUpKindOf(*key) : std::nullopt;
        if (!kind) {
            continue;
        }
        domain::FollowUpCall& c = in.calls.emplace_back();
        c.customerId = s.integer(0);
        c.date = s.date(1);
        c.kind = *kind;
        c.outcome = domain::CallOutcome::Reached;
        c.vehicleId = s.optInteger(3);
        c.caller = s.text(4);
    }
}

void loadComplaints(sqlite3* db, domain::FollowUpInput& in) {
    SqliteStatement s(db,
                      "SELECT id, customer_id, resolved_at, description FROM complaints "
                      "WHERE followed_up_at IS NULL AND resolved_at IS NOT NULL ORDER BY id");
    while (s.step()) {
        domain::OpenComplaint& c = in.complaints.emplace_back();
        c.complaintId = s.integer(0);
        c.customerId = s.integer(1);
        c.resolved = timestamp(s, 2);
        QString summary = s.text(3).simplified();
        if (summary.size() > 20) {
            summary = summary.left(20) + QStringLiteral("…");
        }
        c.summary = summary;
    }
}

}  // namespace

domain::FollowUpInput FollowUpRepository::loadInput(const QDate& day, const QString& assignee,
                                                    int visitMonths) const {
    domain::FollowUpInput in;
    in.date = day;
    in.assignee = assignee;
    if (!day.isValid()) {
        return in;
    }
    sqlite3* db = db_.handle();
    const QDate windowFrom = day.addMonths(-std::max(1, visitMonths));
    // The window's visits first: the customers without one get their older last visit.
    const WindowCustomers inWindow = loadVisits(db, day, windowFrom, in);
    loadCustomers(db, day, inWindow, in);
    loadVehicles(db, in);
    loadCalls(db, day, in);
    loadMessageContacts(db, day, in);
    loadComplaints(db, in);
    // Open declined work (schema 0015): the planner dates each item (domain DeclinedWorkDue).
    DeclinedItemFilter openItems;
    openItems.status = domain::DeclinedStatus::Open;
    in.declinedItems = DeclinedItemRepository(db_).list(openItems);
    return in;
}

}  // namespace hc::storage
