#pragma once

#include "hc/domain/SatisfactionItemRecord.h"
#include "hc/domain/SatisfactionSummary.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The post-service satisfaction questionnaire: items (manager-only edits, audited) and the
/// monthly per-item averages (domain summarizeSatisfaction). Scores are recorded with the call
/// (FollowUpService::recordOutcome).
class SatisfactionService {
public:
    SatisfactionService(storage::Database& db, Clock clock);
    ~SatisfactionService();

    [[nodiscard]] Result<std::vector<domain::SatisfactionItemRecord>> items(
        bool includeInactive = false) const;
    Result<std::int64_t> addItem(const ActingUser& user,
                                 const domain::SatisfactionItemRecord& item);
    /// Updates label, active and sort.
    VoidResult updateItem(const ActingUser& user, const domain::SatisfactionItemRecord& item);
    /// Per-item counts and averages of the calls in the calendar month (items that are inactive
    /// now still count for the answers given), strong / weak / lowest by the stored analysis
    /// settings (`satisfaction`) unless `settings` are given.
    [[nodiscard]] Result<domain::SatisfactionSummary> monthly(
        int year, int month,
        const std::optional<domain::SatisfactionSettings>& settings = std::nullopt) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
