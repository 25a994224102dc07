#include "hc/storage/ReportRepository.h"

#include "Query.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

namespace hc::storage {

namespace {

QByteArray isoDate(const QDate& date) {
    return date.toString(Qt::ISODate).toLatin1();
}

/// The run rows' insert, bound by index and re-run per row.
void insertRunRow(Query& s, std::int64_t runId, const domain::AbcRow& row) {
    s.bindInt(1, runId)
        .bindInt(2, row.customerId)
        .bindInt(3, row.rank)
        .bindUtf8(4, domain::toKey(row.grade).toLatin1())
        .bindInt(5, row.amountFen)
        .insert();
}

}  // namespace

domain::AbcResult SavedAbcRun::result() const {
    domain::AbcResult r;
    r.rows = rows;
    r.totalFen = totalFen;
    for (const auto& row : rows) {
        ++r.gradeCounts.at(static_cast<std::size_t>(row.grade));
    }
    return r;
}

std::int64_t ReportRepository::saveAbcRun(const QString& period, const QDate& asOf,
                                          const domain::AbcResult& abc, const QDateTime& at,
                                          std::int64_t userId) {
    Query upsert(
        db_, QStringLiteral("INSERT INTO report_runs (period, kind, as_of, total_fen, created_at, "
                            "created_by) VALUES (:period, 'abc', :as_of, :total, :at, :by) "
                            "ON CONFLICT (period, kind) DO UPDATE SET as_of = excluded.as_of, "
                            "total_fen = excluded.total_fen, created_at = excluded.created_at, "
                            "created_by = excluded.created_by"));
    upsert.bindText(QStringLiteral(":period"), period)
        .bindDate(QStringLiteral(":as_of"), asOf)
        .bindInt(QStringLiteral(":total"), abc.totalFen)
        .bindText(QStringLiteral(":at"), at.toString(Qt::ISODate).left(19))
        .bindOptInt(QStringLiteral(":by"),
                    userId > 0 ? std::optional<std::int64_t>(userId) : std::nullopt)
        .exec();
    Query id(db_,
             QStringLiteral("SELECT id FROM report_runs WHERE period = :period AND kind = 'abc'"));
    id.bindText(QStringLiteral(":period"), period).exec();
    if (!id.next()) {
        throw StorageError(StorageError::Kind::NotFound, 0, QStringLiteral("report run missing"),
                           period);
    }
    const std::int64_t runId = id.integer(0);
    Query clear(db_, QStringLiteral("DELETE FROM report_run_rows WHERE run_id = :id"));
    clear.bindInt(QStringLiteral(":id"), runId).exec();
    Query insert(db_.handle(),
                 "INSERT INTO report_run_rows (run_id, customer_id, rank, grade, amount_fen) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                 Query::Reuse::Persistent);
    for (const auto& row : abc.rows) {
        insertRunRow(insert, runId, row);
    }
    return runId;
}

std::optional<SavedAbcRun> ReportRepository::loadAbcRun(const QString& period) const {
    Query head(db_, QStringLiteral("SELECT id, as_of, total_fen, created_at, created_by "
                                   "FROM report_runs WHERE period = :period AND kind = 'abc'"));
    head.bindText(QStringLiteral(":period"), period).exec();
    if (!head.next()) {
        return std::nullopt;
    }
    SavedAbcRun run;
    run.id = head.integer(0);
    run.period = period;
    run.asOf = head.date(1);
    run.totalFen = head.integer(2);
    run.createdAt = QDateTime::fromString(head.text(3), Qt::ISODate);
    if (!head.isNull(4)) {
        run.createdBy = head.integer(4);
    }
    Query rows(db_.handle(),
               "SELECT customer_id, rank, grade, amount_fen FROM report_run_rows "
               "WHERE run_id = ?1 ORDER BY rank");
    rows.bindUtf8(1, QByteArray::number(static_cast<qlonglong>(run.id)));
    domain::Fen running = 0;
    while (rows.step()) {
        domain::AbcRow row;
        row.customerId = rows.integer(0);
        row.rank = static_cast<int>(rows.integer(1));
        row.grade = domain::abcGradeFromKey(rows.text(2)).value_or(domain::AbcGrade::C);
        row.amountFen = rows.integer(3);
        running += row.amountFen;
        row.runningFen = running;
        row.cumulativeBp = run.totalFen > 0 ? domain::ratioBp(running, run.totalFen) : 10000;
        run.rows.push_back(row);
    }
    return run;
}

std::optional<QString> ReportRepository::previousAbcPeriod(const QString& period) const {
    Query q(db_, QStringLiteral("SELECT MAX(period) FROM report_runs "
                                "WHERE kind = 'abc' AND period < :period"));
    q.bindText(QStringLiteral(":period"), period).exec();
    if (q.next() && !q.isNull(0)) {
        return q.text(0);
    }
    return std::nullopt;
}

std::vector<QString> ReportRepository::abcPeriods() const {
    Query q(db_, QStringLiteral("SELECT period FROM report_runs WHERE kind = 'abc' "
                                "ORDER BY period"));
    q.exec();
    std::vector<QString> out;
    while (q.next()) {
        out.push_back(q.text(0));
    }
    return out;
}

std::vector<ChurnVehicleRow> ReportRepository::churnVehicles() const {
    Query s(db_.handle(),
            "SELECT v.id, v.customer_id, c.region, v.model, v.purchase_date "
            "FROM vehicles v JOIN customers c ON c.id = v.customer_id ORDER BY v.id");
    std::vector<ChurnVehicleRow> out;
    while (s.step()) {
        out.push_back(ChurnVehicleRow{s.integer(0), s.integer(1), s.text(2), s.text(3), s.date(4)});
    }
    return out;
}

std::vector<CustomerAnswer> ReportRepository::satisfactionAnswers(const QDate& from,
                                                                  const QDate& to) const {
    Query s(db_.handle(),
            "SELECT c.customer_id, i.key, a.score FROM satisfaction_answers a "
            "JOIN calls c ON c.id = a.call_id "
            "JOIN satisfaction_items i ON i.id = a.item_id "
            "WHERE c.call_date BETWEEN ?1 AND ?2 ORDER BY c.call_date, c.id, i.sort");
    s.bindUtf8(1, isoDate(from));
    s.bindUtf8(2, isoDate(to));
    std::vector<CustomerAnswer> out;
    while (s.step()) {
        out.push_back(CustomerAnswer{s.integer(0), s.text(1), static_cast<int>(s.integer(2))});
    }
    return out;
}

std::vector<domain::Visit> ReportRepository::winbackVisits(const QDate& from, const QDate& to,
                                                           const QDate& until) const {
    Query s(db_.handle(),
            "SELECT v.id, v.customer_id, v.visit_date FROM visits v "
            "WHERE v.visit_date BETWEEN ?1 AND ?3 AND v.voided_at IS NULL AND v.customer_id IN ("
            "SELECT customer_id FROM calls WHERE kind = 'winback' "
            "AND call_date BETWEEN ?1 AND ?2) ORDER BY v.customer_id, v.visit_date");
    s.bindUtf8(1, isoDate(from));
    s.bindUtf8(2, isoDate(to));
    s.bindUtf8(3, isoDate(until));
    std::vector<domain::Visit> out;
    while (s.step()) {
        domain::Visit v;
        v.id = s.integer(0);
        v.customerId = s.integer(1);
        v.date = s.date(2);
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace hc::storage
