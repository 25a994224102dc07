// One PBKDF2-HMAC-SHA256 password derivation (what a login or a password change costs) at the test
// setting (10 000), the former default (120 000) and today's default (600 000, issue 13.7).
// Reports the thread's CPU time, which does not depend on how busy the shared machine is.
#include "hc/domain/PasswordHasher.h"

#include <QByteArray>

#include <benchmark/benchmark.h>

#include <ctime>

namespace {

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void BM_Pbkdf2Derivation(benchmark::State& state) {
    const int iterations = static_cast<int>(state.range(0));
    const QByteArray salt(hc::domain::PasswordHasher::kSaltBytes, '\x5a');
    for (auto _ : state) {
        const double start = threadCpuSeconds();
        const QByteArray key = hc::domain::PasswordHasher::pbkdf2Sha256(
            QByteArrayLiteral("blue-lantern-42"), salt, iterations,
            hc::domain::PasswordHasher::kHashBytes);
        benchmark::DoNotOptimize(key.constData());
        state.SetIterationTime(threadCpuSeconds() - start);
    }
}
BENCHMARK(BM_Pbkdf2Derivation)
    ->Arg(10000)
    ->Arg(120000)
    ->Arg(600000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

}  // namespace
