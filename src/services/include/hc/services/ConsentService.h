#pragma once

#include "hc/domain/ConsentRecord.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// A customer's consent now: the latest state per purpose (nullopt = never recorded).
struct CustomerConsent {
    std::optional<domain::ConsentState> service;
    std::optional<domain::ConsentState> marketing;
};

/// `optout import` (docs/cli.md): rows read, rows whose phone matched a customer, refusals written.
struct OptOutImportSummary {
    int rows = 0;
    int matched = 0;
    int recorded = 0;
    int invalidPhones = 0;  ///< rows whose first field is no phone number
};

/// Consent per customer and purpose (issue 11 item 6, docs/followups.md "Messages and consent").
/// Every change is one row of the history (state, source, time, user) plus an audit record
/// "consent.set"; the marketing state is mirrored into customers.marketing_opt_out (refused = 1),
/// which the follow-up planner reads for marketing calls. Any signed-in role may record consent
/// (reception from the form, callback staff from a call); the source "migration" is reserved.
class ConsentService {
public:
    ConsentService(storage::Database& db, Clock clock);
    ~ConsentService();

    VoidResult set(const ActingUser& user, domain::CustomerId customer,
                   domain::MessagePurpose purpose, domain::ConsentState state,
                   domain::ConsentSource source, const QString& note = {});
    [[nodiscard]] Result<CustomerConsent> current(domain::CustomerId customer) const;
    /// Newest first.
    [[nodiscard]] Result<std::vector<domain::ConsentRecord>> history(
        domain::CustomerId customer) const;

    /// Imports the SMS platform's opt-out list: a CSV whose first column is a phone number (a
    /// header row or rows without a phone are counted as rows but match nothing). Every customer
    /// with that phone (phone or phone2) gets a marketing refusal (source "import", note = the
    /// file name) unless their latest marketing state is already refused. One transaction.
    Result<OptOutImportSummary> importOptOuts(const ActingUser& user, const QString& csvPath);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
