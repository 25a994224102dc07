#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/DemoGenerator.h"
#include "hc/services/Result.h"

#include <QDate>

#include <cstdint>

namespace hc::storage {
class Database;
}

namespace hc::services {

struct DemoSummary {
    int customers = 0;
    int vehicles = 0;
    int visits = 0;
    std::uint64_t seed = 0;
    QDate asOf;
};

/// Fills an EMPTY archive with DemoGenerator's history, in one transaction through the bulk
/// writer (100 000 customers, about a million visits, in seconds). Refuses a database that already
/// holds customers, so demo data never mixes with real data.
class DemoService {
public:
    DemoService(storage::Database& db, Clock clock);

    Result<DemoSummary> generate(const ActingUser& user, const DemoOptions& options);

private:
    storage::Database& db_;
    Clock clock_;
};

}  // namespace hc::services
