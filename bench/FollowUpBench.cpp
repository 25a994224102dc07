// Today's follow-up list on the 100k-customer demo archive (about a million visits): the storage
// pass (FollowUpRepository::loadInput) alone and the whole use case (FollowUpService::planToday:
// load + planner + campaign invitations). Reuses SearchBench's cached demo database (same file,
// DemoService seed 1, as of 2026-06-30; HC_BENCH_SEARCH_DB overrides the path), generating it when
// missing.
#include "hc/services/DemoService.h"
#include "hc/services/FollowUpService.h"
#include "hc/storage/Database.h"
#include "hc/storage/FollowUpRepository.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

const QDate kDay(2026, 6, 30);

hc::storage::Database& demoDatabase() {
    static std::unique_ptr<hc::storage::Database> db = [] {
        const QByteArray env = qgetenv("HC_BENCH_SEARCH_DB");
        const QString path = env.isEmpty()
                                 ? QDir::temp().filePath(QStringLiteral("hc_search_bench_100k.db"))
                                 : QString::fromLocal8Bit(env);
        const bool fresh = !QFile::exists(path);
        hc::storage::Database::Options open;
        open.backupBeforeMigrate = false;  // a cache: no copy before adding schema 0003
        auto d = hc::storage::Database::open(path, open);
        if (fresh) {
            hc::services::DemoService demo(*d, hc::services::systemClock());
            hc::services::DemoOptions options;
            options.customers = 100000;
            options.seed = 1;
            options.asOf = kDay;
            auto r = demo.generate(hc::services::ActingUser{}, options);
            if (!r) {
                std::fprintf(stderr, "demo failed: %s\n", r.error().detail.toUtf8().constData());
                std::abort();
            }
        }
        return d;
    }();
    return *db;
}

void BM_FollowUpLoadInput100k(benchmark::State& state) {
    auto& db = demoDatabase();
    const hc::storage::FollowUpRepository repo(db);
    std::size_t visits = 0;
    for (auto _ : state) {
        const auto in = repo.loadInput(kDay, {});
        visits = in.visits.size();
        benchmark::DoNotOptimize(in.customers.data());
    }
    state.counters["visits_loaded"] = static_cast<double>(visits);
}
BENCHMARK(BM_FollowUpLoadInput100k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_FollowUpPlanToday100k(benchmark::State& state) {
    auto& db = demoDatabase();
    hc::services::FollowUpService service(db, hc::services::systemClock());
    std::size_t items = 0;
    for (auto _ : state) {
        const auto r = service.planToday(kDay, QStringLiteral("callback"));
        if (!r) {
            state.SkipWithError("planToday failed");
            return;
        }
        items = r.value().size();
    }
    state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(BM_FollowUpPlanToday100k)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
