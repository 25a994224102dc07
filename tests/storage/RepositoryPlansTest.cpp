// Query plans of the statements the repositories really run (issue 10 item 8): the statements are
// captured from the connection while the repository works (sqlite3_trace_v2), not copied into the
// test, so a changed query is checked as it is.
#include "TempDatabase.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/SearchRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <sqlite3.h>

#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace hc::storage {
namespace {

/// Records the SQL text (with its placeholders) of every statement run on a connection.
class StatementTrace {
public:
    explicit StatementTrace(Database& db) : db_(db) {
        sqlite3_trace_v2(db_.handle(), SQLITE_TRACE_STMT, &StatementTrace::onStatement, this);
    }
    ~StatementTrace() { sqlite3_trace_v2(db_.handle(), 0, nullptr, nullptr); }
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    [[nodiscard]] const std::set<std::string>& statements() const { return statements_; }

private:
    static int onStatement(unsigned /*type*/, void* self, void* stmt, void* /*text*/) {
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
        if (sql != nullptr) {
            static_cast<StatementTrace*>(self)->statements_.insert(sql);
        }
        return 0;
    }
    Database& db_;
    std::set<std::string> statements_;
};

/// EXPLAIN QUERY PLAN of `sql` (placeholders left unbound), one line per plan step.
QStringList planOf(Database& db, const std::string& sql) {
    const std::string explain = "EXPLAIN QUERY PLAN " + sql;
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), explain.c_str(), -1, &stmt, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db.handle()) << "\n"
        << sql;
    QStringList plan;
    while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
        plan << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
    }
    sqlite3_finalize(stmt);
    return plan;
}

/// A plan step that reads a whole table of the archive (not an index, not a virtual table).
bool scansATable(const QString& step) {
    static const QRegularExpression scan(
        QStringLiteral("^SCAN (customers|vehicles|visits|search_pinyin|vehicle_owners)\\b"));
    return scan.match(step).hasMatch() && !step.contains(QStringLiteral("USING"));
}

bool isSelect(const std::string& sql) {
    return sql.rfind("SELECT", 0) == 0;
}

class RepositoryPlansTest : public ::testing::Test {
protected:
    void SetUp() override {
        t.db().execScript(QStringLiteral(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            " (1, '刘春江', '13812345678', '2024-01-01T00:00:00', '2024-01-01T00:00:00'),"
            " (2, '牛理财', '13900001111', '2024-01-01T00:00:00', '2024-01-01T00:00:00');"
            "INSERT INTO vehicles (id, customer_id, plate, vin, created_at, updated_at) VALUES "
            " (10, 1, '陕A12345', 'LSVAM4187C2184811', '2024-01-01T00:00:00', "
            "'2024-01-01T00:00:00'),"
            " (11, 2, '陕B54321', NULL, '2024-01-01T00:00:00', '2024-01-01T00:00:00');"
            "INSERT INTO visits (customer_id, vehicle_id, visit_date, work_order, amount_fen, "
            " created_at) VALUES "
            " (1, 10, '2024-03-01', 'WO20240301', 100, '2024-03-01T00:00:00'),"
            " (2, 11, '2025-06-01', 'WO20250601', 100, '2025-06-01T00:00:00');"));
    }
    test::TempDatabase t;
};

TEST_F(RepositoryPlansTest, EverySearchLookupUsesAnIndex) {
    SearchRepository repo(t.db());
    {
        TransactionGuard tx(t.db());
        repo.refreshStale(-1);
        tx.commit();
    }
    std::set<std::string> statements;
    {
        StatementTrace trace(t.db());
        // One text for each kind of lookup: plate (with and without province), phone tail and
        // beginning, name and given name, pinyin initials and full, VIN, work order, substrings,
        // phone digits with separators.
        for (const char* text :
             {"陕A12345", "A123", "12345", "5678", "1381234", "刘春", "春江", "lcj", "liuchunjiang",
              "LSVAM418", "WO2024", "2345678", "138-1234"}) {
            EXPECT_FALSE(repo.search(QString::fromUtf8(text), 50).empty()) << text;
        }
        statements = trace.statements();
    }
    int lookups = 0;
    for (const std::string& sql : statements) {
        if (!isSelect(sql)) {
            continue;
        }
        ++lookups;
        const QStringList plan = planOf(t.db(), sql);
        ASSERT_FALSE(plan.isEmpty()) << sql;
        for (const QString& step : plan) {
            EXPECT_FALSE(scansATable(step)) << sql << "\n" << plan.join(u'\n').toStdString();
        }
    }
    // The traced statements are the repository's: the lookups of every kind and the details.
    EXPECT_GE(lookups, 12);
}

TEST_F(RepositoryPlansTest, TheAnalysisVisitPassReadsTheCoveringIndexInOrder) {
    std::set<std::string> statements;
    {
        StatementTrace trace(t.db());
        EXPECT_FALSE(
            AnalysisRepository(t.db()).loadFacts(QDate(2026, 6, 30), QDate(2025, 7, 1)).empty());
        statements = trace.statements();
    }
    int visitPasses = 0;
    for (const std::string& sql : statements) {
        if (!isSelect(sql) || sql.find("FROM visits") == std::string::npos) {
            continue;
        }
        ++visitPasses;
        const QString plan = planOf(t.db(), sql).join(u'\n');
        EXPECT_TRUE(plan.contains(QStringLiteral("COVERING INDEX"))) << sql << "\n"
                                                                     << plan.toStdString();
        EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")))
            << "sorted without a sort: " << plan.toStdString();
    }
    EXPECT_GE(visitPasses, 1);
}

}  // namespace
}  // namespace hc::storage
