// Analysis speed on a 100 000-customer demo archive (~1M visits): the bare grouped SQL pass
// against the reports built by AnalysisService (loadFacts + domain rules), same process, same
// file, warm cache. Target: classify + ABC + matrix (AnalysisService::analyze, one loadFacts
// pass) ≤ 1.5 × the bare query.
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

/// True when analyze() returns what the three single calls (and rfm) return.
bool analyzeMatchesSingleCalls() {
    const auto b = service().analyze(benchAsOf(), std::nullopt, true);
    const auto c = service().classify(benchAsOf());
    const auto a = service().abc(benchAsOf());
    const auto m = service().matrix(benchAsOf());
    const auto r = service().rfm(benchAsOf());
    if (!b || !c || !a || !m || !r || !b.value().rfm) {
        return false;
    }
    const auto& bc = b.value().classification.customers;
    const auto& cc = c.value().customers;
    if (bc.size() != cc.size()) {
        return false;
    }
    for (std::size_t i = 0; i < bc.size(); ++i) {
        if (bc[i].id != cc[i].id || bc[i].name != cc[i].name || bc[i].phone != cc[i].phone ||
            bc[i].cls != cc[i].cls || bc[i].stage != cc[i].stage || bc[i].isNew != cc[i].isNew ||
            bc[i].firstVisit != cc[i].firstVisit || bc[i].lastVisit != cc[i].lastVisit) {
            return false;
        }
    }
    const auto& ba = b.value().abc;
    const auto& aa = a.value();
    if (ba.from != aa.from || ba.to != aa.to || ba.totalFen != aa.totalFen ||
        ba.gradeCounts != aa.gradeCounts || ba.rows.size() != aa.rows.size()) {
        return false;
    }
    for (std::size_t i = 0; i < ba.rows.size(); ++i) {
        if (!(ba.rows[i].row == aa.rows[i].row) || ba.rows[i].name != aa.rows[i].name) {
            return false;
        }
    }
    const auto& bm = b.value().matrix;
    const auto& bf = *b.value().rfm;
    return bm.from == m.value().from && bm.matrix.entries == m.value().matrix.entries &&
           bf.from == r.value().from && bf.rfm.entries == r.value().rfm.entries &&
           bf.rfm.counts == r.value().rfm.counts;
}

/// classify + ABC + matrix together: AnalysisService::analyze, one loadFacts pass (the target).
void BM_AnalyzeClassifyAbcMatrix(benchmark::State& state) {
    static const bool same = analyzeMatchesSingleCalls();
    if (!same) {
        state.SkipWithError("analyze differs from classify/abc/matrix/rfm");
        return;
    }
    for (auto _ : state) {
        auto r = service().analyze(benchAsOf());
        if (!r) {
            state.SkipWithError("analyze failed");
        }
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AnalyzeClassifyAbcMatrix)->Unit(benchmark::kMillisecond)->MinTime(3.0);

/// The same with the RFM report as well.
void BM_AnalyzeWithRfm(benchmark::State& state) {
    for (auto _ : state) {
        auto r = service().analyze(benchAsOf(), std::nullopt, true);
        if (!r) {
            state.SkipWithError("analyze failed");
        }
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AnalyzeWithRfm)->Unit(benchmark::kMillisecond)->MinTime(3.0);

/// classify + ABC + matrix as three separate calls (three loadFacts passes), for comparison.
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
