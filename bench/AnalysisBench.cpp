// Analysis speed on a 100 000-customer demo archive (~1M visits): the bare grouped SQL pass
// against the reports built by AnalysisService (loadFacts + domain rules). Target: each report
// ≤ 1.5 × the bare query.
#include "BenchData.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/services/AnalysisService.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

using hc::bench::benchAsOf;
using hc::bench::demoDatabase;

constexpr int kCustomers = 100000;
constexpr std::uint64_t kSeed = 1;

hc::storage::Database& database() {
    static auto db = hc::storage::Database::open(demoDatabase(kCustomers, kSeed));
    return *db;
}

/// (1) The bare query, read fully through the raw handle.
void BM_BareGroupByQuery(benchmark::State& state) {
    sqlite3* h = database().handle();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(h,
                       "SELECT customer_id, MAX(visit_date), SUM(amount_fen), COUNT(*) FROM visits "
                       "GROUP BY customer_id",
                       -1, &stmt, nullptr);
    for (auto _ : state) {
        long long rows = 0;
        long long sum = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
            sum += sqlite3_column_int64(stmt, 0) + sqlite3_column_int64(stmt, 2) +
                   sqlite3_column_int64(stmt, 3) + sqlite3_column_bytes(stmt, 1);
        }
        sqlite3_reset(stmt);
        benchmark::DoNotOptimize(sum);
        state.counters["customers"] = static_cast<double>(rows);
    }
    sqlite3_finalize(stmt);
}
BENCHMARK(BM_BareGroupByQuery)->Unit(benchmark::kMillisecond)->MinTime(3.0);

hc::services::AnalysisService& service() {
    static hc::services::AnalysisService s(database(), hc::domain::AnalysisSettings{});
    return s;
}

/// (2) The reports, each with its own loadFacts pass.
void BM_Classify(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().classify(benchAsOf());
        if (!r) {
            state.SkipWithError("classify failed");
        }
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Classify)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_Abc(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().abc(benchAsOf());
        if (!r) {
            state.SkipWithError("abc failed");
        }
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Abc)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_Matrix(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().matrix(benchAsOf());
        if (!r) {
            state.SkipWithError("matrix failed");
        }
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Matrix)->Unit(benchmark::kMillisecond)->MinTime(3.0);

/// classify + ABC + matrix as the monthly report runs them (three passes).
void BM_ClassifyAbcMatrix(benchmark::State& state) {
    for (auto _ : state) {
        auto c = service().classify(benchAsOf());
        auto a = service().abc(benchAsOf());
        auto m = service().matrix(benchAsOf());
        if (!c || !a || !m) {
            state.SkipWithError("analysis failed");
        }
        benchmark::DoNotOptimize(c);
        benchmark::DoNotOptimize(a);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(BM_ClassifyAbcMatrix)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
