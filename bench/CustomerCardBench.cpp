// The customer card read (CustomerCardService::card) on demo archives of 3 000 and 100 000
// customers (~30 000 and ~1M visits): target ≤ 1.5 × the 3 000 figure at 100 000. The whole-shop
// part (ABC ranks, matrix cells, RFM thresholds) is computed once per as-of date and data version
// and then reused; BM_CardShopPass measures that one pass, BM_OldCardSummary the previous card
// read (AnalysisService::customerSummary, a full analysis per card).
#include "BenchData.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerCardService.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

using hc::bench::benchAsOf;
using hc::bench::demoDatabase;

constexpr std::uint64_t kSeed = 1;

hc::storage::Database& database(int customers) {
    static std::map<int, std::unique_ptr<hc::storage::Database>> open;
    auto& db = open[customers];
    if (!db) {
        db = hc::storage::Database::open(demoDatabase(customers, kSeed));
    }
    return *db;
}

hc::services::CustomerCardService& cards(int customers) {
    static std::map<int, std::unique_ptr<hc::services::CustomerCardService>> services;
    auto& s = services[customers];
    if (!s) {
        s = std::make_unique<hc::services::CustomerCardService>(database(customers));
    }
    return *s;
}

/// One card after another, 97 different customers spread over the archive (warm shop part).
void BM_CustomerCard(benchmark::State& state) {
    const int customers = static_cast<int>(state.range(0));
    auto& service = cards(customers);
    if (!service.warmUp(benchAsOf())) {
        state.SkipWithError("warm-up failed");
        return;
    }
    long long i = 0;
    std::size_t vehicles = 0;
    for (auto _ : state) {
        const long long id = 1 + (i++ * 7919) % customers;
        auto r = service.card(id, benchAsOf());
        if (!r) {
            state.SkipWithError("card failed");
            break;
        }
        vehicles += r.value().vehicles.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["vehicles_per_card"] =
        static_cast<double>(vehicles) / static_cast<double>(std::max<long long>(1, i));
}
BENCHMARK(BM_CustomerCard)->Arg(3000)->Arg(100000)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

/// The whole-shop pass a card pays once per as-of date and data version (a new date each time).
void BM_CardShopPass(benchmark::State& state) {
    const int customers = static_cast<int>(state.range(0));
    hc::services::CustomerCardService service(database(customers));
    int day = 0;
    for (auto _ : state) {
        if (!service.warmUp(benchAsOf().addDays(-(day++ % 300)))) {
            state.SkipWithError("warm-up failed");
            break;
        }
    }
}
BENCHMARK(BM_CardShopPass)->Arg(3000)->Arg(100000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// The previous card read: AnalysisService::customerSummary loads every customer's facts.
void BM_OldCardSummary(benchmark::State& state) {
    const int customers = static_cast<int>(state.range(0));
    hc::services::AnalysisService analysis(database(customers));
    long long i = 0;
    for (auto _ : state) {
        auto r = analysis.customerSummary(1 + (i++ * 7919) % customers, benchAsOf());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_OldCardSummary)->Arg(3000)->Arg(100000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
