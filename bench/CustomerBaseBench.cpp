// Customer-base model speed on 100 000 synthetic customers (docs/customer-base.md): summary from
// visits, BG/NBD fit, gamma-gamma fit, scoring (P(alive), expected visits, P(return), value) over
// 52 weeks. Data generated deterministically here from the BG/NBD process (seed 2026), visits in
// whole days as the archive has them. Target: the whole pipeline under 2 s.
#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseScoring.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/domain/GammaGammaModel.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

namespace {

using namespace hc::domain;

constexpr int kCustomers = 100000;
const QDate kStart(2024, 1, 1);
const QDate kCalibrationEnd(2026, 6, 30);

/// Births over the first two years; λ ~ Gamma(1.2, 30 weeks) (about two visits a year), dropout
/// p ~ Beta(0.6, 4), amounts ~ Gamma(4, ν) yuan with ν ~ Gamma(3, 1/600).
const std::vector<PurchaseEvent>& events() {
    static const std::vector<PurchaseEvent> data = [] {
        std::vector<PurchaseEvent> out;
        std::mt19937_64 rng(2026);
        std::uniform_int_distribution<int> birth(0, 729);
        std::gamma_distribution<double> lambdaDist(1.2, 1.0 / 30.0);
        std::gamma_distribution<double> ga(0.6, 1.0);
        std::gamma_distribution<double> gb(4.0, 1.0);
        std::gamma_distribution<double> nuDist(3.0, 1.0 / 600.0);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        const int horizon = static_cast<int>(kStart.daysTo(kCalibrationEnd));
        for (int i = 0; i < kCustomers; ++i) {
            const int born = birth(rng);
            const double lambda = lambdaDist(rng);
            const double x = ga(rng);
            const double dropout = x / (x + gb(rng));
            std::gamma_distribution<double> spend(4.0, 1.0 / nuDist(rng));
            std::exponential_distribution<double> gap(lambda);
            double week = 0.0;
            out.push_back(PurchaseEvent{i + 1, kStart.addDays(born), std::round(spend(rng))});
            for (;;) {
                week += gap(rng);
                const int day = born + static_cast<int>(week * 7.0);
                if (day > horizon) {
                    break;
                }
                out.push_back(PurchaseEvent{i + 1, kStart.addDays(day), std::round(spend(rng))});
                if (unit(rng) < dropout) {
                    break;
                }
            }
        }
        return out;
    }();
    return data;
}

const std::vector<CustomerHistory>& histories() {
    static const auto h = CustomerBaseSummary::build(events(), kCalibrationEnd);
    return h;
}

void BM_CustomerBaseSummary100k(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(CustomerBaseSummary::build(events(), kCalibrationEnd));
    }
    state.counters["visits"] = static_cast<double>(events().size());
}
BENCHMARK(BM_CustomerBaseSummary100k)->Unit(benchmark::kMillisecond);

void BM_BgNbdFit100k(benchmark::State& state) {
    for (auto _ : state) {
        const auto fit = BgNbdModel::fit(histories(), 200);
        if (fit.status != FitStatus::Ok) {
            state.SkipWithError("fit failed");
        }
        state.counters["evaluations"] = fit.evaluations;
        state.counters["r"] = fit.parameters.r;
        state.counters["alpha"] = fit.parameters.alpha;
        state.counters["a"] = fit.parameters.a;
        state.counters["b"] = fit.parameters.b;
    }
    state.counters["repeat"] = CustomerBaseSummary::repeatCustomers(histories());
}
BENCHMARK(BM_BgNbdFit100k)->Unit(benchmark::kMillisecond);

void BM_GammaGammaFit100k(benchmark::State& state) {
    for (auto _ : state) {
        const auto fit = GammaGammaModel::fit(histories(), 200);
        if (fit.status != FitStatus::Ok) {
            state.SkipWithError("fit failed");
        }
        benchmark::DoNotOptimize(fit);
    }
}
BENCHMARK(BM_GammaGammaFit100k)->Unit(benchmark::kMillisecond);

void BM_Score100k(benchmark::State& state) {
    const auto visits = BgNbdModel::fit(histories(), 200);
    const auto spend = GammaGammaModel::fit(histories(), 200);
    for (auto _ : state) {
        const auto scores =
            CustomerBaseScoring::score(histories(), BgNbdModel(visits.parameters),
                                       GammaGammaModel(spend.parameters), 52.0, 10000);
        if (!scores.complete) {
            state.SkipWithError("incomplete");
        }
        benchmark::DoNotOptimize(scores);
    }
}
BENCHMARK(BM_Score100k)->Unit(benchmark::kMillisecond);

/// The whole pipeline of `clv predict` after reading the visits.
void BM_FitAndScore100k(benchmark::State& state) {
    for (auto _ : state) {
        const auto h = CustomerBaseSummary::build(events(), kCalibrationEnd);
        const auto visits = BgNbdModel::fit(h, 200);
        const auto spend = GammaGammaModel::fit(h, 200);
        const auto scores = CustomerBaseScoring::score(
            h, BgNbdModel(visits.parameters), GammaGammaModel(spend.parameters), 52.0, 10000);
        benchmark::DoNotOptimize(scores);
    }
}
BENCHMARK(BM_FitAndScore100k)->Unit(benchmark::kMillisecond);

}  // namespace
