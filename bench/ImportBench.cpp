// Bulk paths: CSV import rows/s (200k rows generated from demo data into an empty archive;
// target ≥ 150 000 rows/s) and the 100 000-customer demo (target: seconds).
#include "BenchData.h"
#include "hc/services/CsvReader.h"
#include "hc/services/DemoGenerator.h"
#include "hc/services/VisitImportService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using hc::bench::benchAsOf;

/// A visit CSV of about `rows` rows (Chinese header, one row per work order) from demo data.
QByteArray demoCsv(int rows) {
    hc::services::DemoOptions options;
    options.customers = rows / 8;
    options.seed = 42;
    options.asOf = benchAsOf();
    hc::services::DemoGenerator generator(options);
    QString text = QStringLiteral(
        "客户姓名,电话,车牌号,车架号,车型,购车日期,地区,进厂日期,里程,维修类别,工单号,"
        "实收金额\r\n");
    hc::services::DemoCustomer c;
    int written = 0;
    while (written < rows && generator.next(c)) {
        for (const auto& dv : c.visits) {
            const auto& v = dv.visit;
            const auto& vehicle = c.vehicles.at(static_cast<std::size_t>(dv.vehicleIndex));
            text += hc::services::CsvReader::formatRecord(
                {c.customer.name, c.customer.phone, vehicle.plate, vehicle.vin, vehicle.model,
                 vehicle.purchaseDate.toString(Qt::ISODate), c.customer.region,
                 v.date.toString(Qt::ISODate), QString::number(v.mileage.value_or(0)), v.category,
                 v.workOrder,
                 QStringLiteral("%1.%2")
                     .arg(v.amountFen / 100)
                     .arg(v.amountFen % 100, 2, 10, QLatin1Char('0'))});
            text += QStringLiteral("\r\n");
            if (++written >= rows) {
                break;
            }
        }
    }
    return text.toUtf8();
}

void BM_ImportCsv200k(benchmark::State& state) {
    static const QByteArray csv = demoCsv(200000);
    for (auto _ : state) {
        QTemporaryDir dir(hc::bench::benchDir() + QStringLiteral("/import-XXXXXX"));
        auto db = hc::storage::Database::open(dir.filePath(QStringLiteral("import.db")));
        hc::services::VisitImportService importer(*db, hc::services::systemClock());
        QElapsedTimer t;
        t.start();
        const auto r = importer.importVisits(hc::services::ActingUser{}, csv);
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!r) {
            state.SkipWithError("import failed");
            break;
        }
        state.SetIterationTime(seconds);
        state.counters["rows"] = r.value().rows;
        state.counters["imported"] = r.value().imported;
        state.counters["rows_per_s"] = r.value().rows / seconds;
    }
}
BENCHMARK(BM_ImportCsv200k)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

void BM_Demo100k(benchmark::State& state) {
    for (auto _ : state) {
        QTemporaryDir dir(hc::bench::benchDir() + QStringLiteral("/demo-XXXXXX"));
        auto db = hc::storage::Database::open(dir.filePath(QStringLiteral("demo.db")));
        hc::services::DemoService demo(*db, hc::services::systemClock());
        hc::services::DemoOptions options;
        options.customers = 100000;
        options.seed = 7;
        options.asOf = benchAsOf();
        const auto r = demo.generate(hc::services::ActingUser{}, options);
        if (!r) {
            state.SkipWithError("demo failed");
            break;
        }
        state.counters["visits"] = r.value().visits;
    }
}
BENCHMARK(BM_Demo100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace
