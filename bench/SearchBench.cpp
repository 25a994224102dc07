// Search as you type on a 100k-customer demo archive: every prefix of realistic inputs (plates,
// phones and their last 4 digits, names, pinyin and initials, VINs, work orders) is one keystroke
// query through SearchService, as the reception screen runs it. Reports p50/p99/max per keystroke.
// The demo database is generated once (DemoService, seed 1) and kept in the temp folder; set
// HC_BENCH_SEARCH_DB to use another file.
#include "hc/services/DemoService.h"
#include "hc/services/SearchService.h"
#include "hc/storage/Database.h"
#include "hc/storage/PinyinTransliterator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>
#include <vector>

namespace {

constexpr int kCustomers = 100000;

/// CPU time of this thread: the query's own cost, without waiting for a busy machine.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString databasePath() {
    const QByteArray env = qgetenv("HC_BENCH_SEARCH_DB");
    return env.isEmpty() ? QDir::temp().filePath(QStringLiteral("hc_search_bench_100k.db"))
                         : QString::fromLocal8Bit(env);
}

hc::storage::Database& database() {
    static std::unique_ptr<hc::storage::Database> db = [] {
        const QString path = databasePath();
        const bool fresh = !QFile::exists(path);
        auto d = hc::storage::Database::open(path);
        if (fresh) {
            hc::services::DemoService demo(*d, hc::services::systemClock());
            hc::services::DemoOptions options;
            options.customers = kCustomers;
            options.seed = 1;
            options.asOf = QDate(2026, 6, 30);
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

/// Every prefix (the keystrokes) of inputs taken from real rows of the archive.
std::vector<QString> keystrokes() {
    auto& db = database();
    std::vector<QString> inputs;
    QSqlQuery q(db.connection());
    q.exec(
        QStringLiteral("SELECT c.name, c.phone, v.plate, v.vin, "
                       " (SELECT work_order FROM visits WHERE customer_id = c.id LIMIT 1) "
                       "FROM customers c JOIN vehicles v ON v.customer_id = c.id "
                       "WHERE c.id % 997 = 0 LIMIT 100"));
    hc::storage::PinyinTransliterator pinyin;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString phone = q.value(1).toString();
        const QString plate = q.value(2).toString();
        const QString vin = q.value(3).toString();
        const QString workOrder = q.value(4).toString();
        const auto py = pinyin.convert(name);
        const QStringList texts = {name,         phone,        phone.right(4), plate,
                                   plate.mid(1), plate.mid(2), py.initials,    py.full,
                                   vin.right(8), vin.left(8),  workOrder};
        for (const QString& text : texts) {
            for (int n = 1; n <= text.size(); ++n) {
                inputs.push_back(text.left(n));
            }
        }
    }
    // Typing that finds nothing (the worst case for the trigram index).
    for (const QString& text : {QStringLiteral("陕Z99999"), QStringLiteral("19999999999"),
                                QStringLiteral("zzzzzz"), QStringLiteral("WO-NOPE-0000")}) {
        for (int n = 1; n <= text.size(); ++n) {
            inputs.push_back(text.left(n));
        }
    }
    return inputs;
}

void BM_SearchRebuildIndex(benchmark::State& state) {
    hc::services::SearchService search(database());
    for (auto _ : state) {
        auto r = search.rebuildIndex();
        benchmark::DoNotOptimize(r.ok());
    }
}
BENCHMARK(BM_SearchRebuildIndex)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchKeystroke(benchmark::State& state) {
    hc::services::SearchService search(database());
    (void)search.refreshIndex();
    const auto inputs = keystrokes();
    std::vector<double> ms;
    std::vector<double> cpu;
    std::vector<std::pair<double, QString>> slowest;
    ms.reserve(inputs.size() * 3);
    std::size_t i = 0;
    std::size_t hits = 0;
    for (auto _ : state) {
        const QString& text = inputs[i++ % inputs.size()];
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        auto r = search.search(text, 50);
        const auto t1 = std::chrono::steady_clock::now();
        cpu.push_back(threadCpuMs() - c0);
        hits += r ? r.value().size() : 0;
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        slowest.emplace_back(ms.back(), text);
    }
    if (qEnvironmentVariableIsSet("HC_BENCH_SLOWEST")) {  // which keystrokes cost the most
        std::sort(slowest.begin(), slowest.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t k = 0; k < std::min<std::size_t>(25, slowest.size()); ++k) {
            std::fprintf(stderr, "%8.3f ms  %s\n", slowest[k].first,
                         slowest[k].second.toUtf8().constData());
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    auto pctOf = [](const std::vector<double>& v, double p) {
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
    };
    auto pct = [&](double p) { return pctOf(ms, p); };
    state.counters["p99_cpu_ms"] = pctOf(cpu, 0.99);
    state.counters["keystrokes"] = static_cast<double>(inputs.size());
    state.counters["p50_ms"] = pct(0.50);
    state.counters["p99_ms"] = pct(0.99);
    state.counters["max_ms"] = ms.empty() ? 0.0 : ms.back();
    state.counters["hits_per_query"] = ms.empty() ? 0.0 : double(hits) / double(ms.size());
}
BENCHMARK(BM_SearchKeystroke)->Unit(benchmark::kMicrosecond)->Iterations(15000);

}  // namespace

// hc_bench builds every bench/*.cpp into one program; a weak main lets another file bring its own.
__attribute__((weak)) int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
