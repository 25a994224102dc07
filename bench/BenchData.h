#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/DemoService.h"
#include "hc/storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hc::bench {

/// The as-of date of every benchmark (fixed, so the demo database can be cached).
inline QDate benchAsOf() {
    return QDate(2026, 6, 30);
}

/// Folder for cached benchmark data: $HC_BENCH_DIR or <temp>/hc-bench.
inline QString benchDir() {
    const QByteArray env = qgetenv("HC_BENCH_DIR");
    const QString dir =
        env.isEmpty() ? QDir::temp().filePath(QStringLiteral("hc-bench")) : QString::fromUtf8(env);
    QDir().mkpath(dir);
    return dir;
}

/// A demo database of `customers` customers, built once per (customers, seed) and cached.
inline QString demoDatabase(int customers, std::uint64_t seed) {
    const QString path =
        QDir(benchDir()).filePath(QStringLiteral("demo-%1-seed%2.db").arg(customers).arg(seed));
    if (QFile::exists(path)) {
        return path;
    }
    const QString partial = path + QStringLiteral(".building");
    QFile::remove(partial);
    {
        auto db = storage::Database::open(partial);
        services::DemoService demo(*db, services::systemClock());
        services::DemoOptions options;
        options.customers = customers;
        options.seed = seed;
        options.asOf = benchAsOf();
        const auto r = demo.generate(services::ActingUser{}, options);
        if (!r) {
            std::fprintf(stderr, "demo failed: %s\n", r.error().message.toUtf8().constData());
            std::abort();
        }
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QFile::rename(partial, path);
    return path;
}

}  // namespace hc::bench
