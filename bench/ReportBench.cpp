// The monthly manager report on the 100 000-customer demo archive (~1M visits), month 2026-06:
// MonthlyReportService::build (every section), + the JSON text, and end to end through the real
// CLI (`report monthly` JSON and PDF: process start, open, build, write, audit). Target: the whole
// report, JSON and PDF, under 2 s.
//
// Works on a copy of the cached demo database (the copy is migrated to the current schema; the
// shared cache stays at its version) with synthetic June call history added: win-back calls,
// post-service satisfaction answers and complaints, so those sections have work to do.
#include "BenchData.h"
#include "hc/report/ReportJson.h"
#include "hc/services/MonthlyReportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>

namespace {

constexpr int kCustomers = 100000;
constexpr std::uint64_t kSeed = 1;
const hc::services::ReportMonth kMonth{2026, 6};

const char* kHistory = R"sql(
INSERT INTO calls (customer_id, kind, called_at, call_date, outcome, churn_reason)
SELECT id, 'winback', '2026-06-10T10:00:00', '2026-06-10',
       CASE id % 4 WHEN 0 THEN 'refuses' WHEN 1 THEN 'no_answer' WHEN 2 THEN 'reached'
                   ELSE 'wrong_number' END,
       CASE id % 3 WHEN 0 THEN 'price' WHEN 1 THEN 'distance' ELSE NULL END
FROM customers WHERE id % 20 = 0;
INSERT INTO calls (customer_id, kind, called_at, call_date, outcome)
SELECT id, 'post_service', '2026-06-15T10:00:00', '2026-06-15', 'reached'
FROM customers WHERE id % 50 = 1;
INSERT INTO satisfaction_answers (call_id, item_id, score)
SELECT c.id, i.id, 1 + (c.customer_id + i.id) % 5 FROM calls c, satisfaction_items i
WHERE c.kind = 'post_service' AND c.call_date = '2026-06-15';
INSERT INTO complaints (customer_id, description, received_at, contacted_at, created_at, updated_at)
SELECT id, '等待时间长', '2026-06-12T09:00:00',
       CASE id % 2 WHEN 0 THEN '2026-06-12T10:00:00' ELSE NULL END,
       '2026-06-12T09:00:00', '2026-06-12T09:00:00'
FROM customers WHERE id % 500 = 0;
)sql";

/// The report copy of the demo database, created once.
QString reportDatabase() {
    static const QString path = [] {
        const QString copy =
            QDir(hc::bench::benchDir())
                .filePath(QStringLiteral("demo-%1-seed%2-report.db").arg(kCustomers).arg(kSeed));
        if (!QFile::exists(copy)) {
            const QString source = hc::bench::demoDatabase(kCustomers, kSeed);
            const QString partial = copy + QStringLiteral(".building");
            QFile::remove(partial);
            QFile::copy(source, partial);
            {
                hc::storage::Database::Options options;
                options.backupBeforeMigrate = false;
                auto db = hc::storage::Database::open(partial, options);
                char* error = nullptr;
                if (sqlite3_exec(db->handle(), kHistory, nullptr, nullptr, &error) != SQLITE_OK) {
                    std::fprintf(stderr, "history failed: %s\n", error);
                    std::abort();
                }
            }
            QFile::remove(partial + QStringLiteral("-wal"));
            QFile::remove(partial + QStringLiteral("-shm"));
            QFile::rename(partial, copy);
        }
        return copy;
    }();
    return path;
}

hc::storage::Database& database() {
    static auto db = hc::storage::Database::open(reportDatabase());
    return *db;
}

hc::services::MonthlyReportService& service() {
    static hc::services::MonthlyReportService s(database(), hc::services::systemClock());
    return s;
}

void BM_MonthlyReportBuild(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().build(kMonth);
        if (!r) {
            state.SkipWithError("build failed");
            break;
        }
        state.counters["customers"] = static_cast<double>(r.value().names.size());
        state.counters["vehicles"] = static_cast<double>(r.value().churn.analysis.population +
                                                         r.value().churn.analysis.skipped);
        state.counters["reminded"] = r.value().winback.kpis.reminded;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_MonthlyReportBuild)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_MonthlyReportJson(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().build(kMonth);
        if (!r) {
            state.SkipWithError("build failed");
            break;
        }
        const QByteArray json = hc::report::ReportJson::toJson(r.value());
        state.counters["json_bytes"] = static_cast<double>(json.size());
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(BM_MonthlyReportJson)->Unit(benchmark::kMillisecond)->MinTime(3.0);

/// End to end through the real binary (fresh process each time, like the manager's export).
void runCli(benchmark::State& state, const QString& format) {
    const QString out = QDir(hc::bench::benchDir()).filePath(QStringLiteral("report.") + format);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(QStringLiteral(HC_CLI_PATH),
                {QStringLiteral("--db"), reportDatabase(), QStringLiteral("report"),
                 QStringLiteral("monthly"), QStringLiteral("--month"), kMonth.key(),
                 QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            state.SkipWithError("huichang-cli report failed");
            break;
        }
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        state.counters["file_bytes"] = static_cast<double>(QFile(out).size());
    }
}

void BM_MonthlyReportCliJson(benchmark::State& state) {
    runCli(state, QStringLiteral("json"));
}
BENCHMARK(BM_MonthlyReportCliJson)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

void BM_MonthlyReportCliPdf(benchmark::State& state) {
    runCli(state, QStringLiteral("pdf"));
}
BENCHMARK(BM_MonthlyReportCliPdf)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

void BM_MonthlyReportCliXlsx(benchmark::State& state) {
    runCli(state, QStringLiteral("xlsx"));
}
BENCHMARK(BM_MonthlyReportCliXlsx)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

}  // namespace
