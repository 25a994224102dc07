#pragma once

#include "hc/domain/CallRecord.h"
#include "hc/domain/FollowUpCall.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The calls table (every follow-up call attempt) <-> domain::CallRecord. Prepared statements only;
/// throws StorageError. Call inside the caller's transaction when the call has effects.
class CallRepository {
public:
    explicit CallRepository(Database& db) : db_(db) {}

    /// Inserts the call (call_date = calledAt's date) and returns the new id.
    std::int64_t insert(const domain::CallRecord& call);
    [[nodiscard]] std::optional<domain::CallRecord> find(std::int64_t id) const;
    /// Calls of one customer, newest first.
    [[nodiscard]] std::vector<domain::CallRecord> ofCustomer(domain::CustomerId customer) const;
    /// Calls of one campaign, oldest first.
    [[nodiscard]] std::vector<domain::CallRecord> ofCampaign(std::int64_t campaignId) const;
    /// The planner's view of every call dated in [from, to] (from invalid = since the beginning),
    /// ordered by date and id.
    [[nodiscard]] std::vector<domain::FollowUpCall> history(const QDate& from,
                                                            const QDate& to) const;
    [[nodiscard]] std::int64_t count() const;

private:
    Database& db_;
};

}  // namespace hc::storage
