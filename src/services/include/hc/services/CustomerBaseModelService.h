#pragma once

#include "hc/domain/CustomerBaseFit.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/CustomerBaseReports.h"
#include "hc/services/Result.h"

#include <QDate>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// The stored customer-base model (docs/customer-base.md, "The stored model"): refits on the
/// archive and stores the fit with its data range, parameters and settings (table
/// customer_base_fits, audited as "customer_base.fit"), and scores customers with the latest
/// stored fit — one customer's own visits, never a refit. The card, `customer show`, the callback
/// priority and the monthly report read it; without a stored fit they keep the rule-based view.
class CustomerBaseModelService {
public:
    CustomerBaseModelService(storage::Database& db, Clock clock = systemClock());

    /// The fit in use (the newest stored), or nullopt when none was stored yet.
    [[nodiscard]] Result<std::optional<domain::CustomerBaseFit>> latest() const;
    /// The newest `limit` fits, newest first.
    [[nodiscard]] Result<std::vector<domain::CustomerBaseFit>> history(int limit) const;
    /// True when the monthly refit is due on `today` (CustomerBaseRefitRule::isStale).
    [[nodiscard]] Result<bool> isStale(const QDate& today) const;

    /// Fits both models on the archive's visits up to `calibrationEnd` with the stored settings
    /// and stores the fit (one transaction with its audit record). Manager or the system (id 0)
    /// only. Invalid "数据不足…" (field "data") when fewer customers have a repeat visit than the
    /// setting minRepeatCustomers: nothing is stored and the rule-based view stays.
    [[nodiscard]] Result<domain::CustomerBaseFit> refit(const ActingUser& user,
                                                        const QDate& calibrationEnd);
    /// The monthly refit: refit(user, yesterday) when isStale(today), else nullopt (not due).
    [[nodiscard]] Result<std::optional<domain::CustomerBaseFit>> refitIfStale(
        const ActingUser& user, const QDate& today);

    /// The outlook of each customer of `ids` with a visit on or before `asOf`, scored with the
    /// latest stored fit; empty when no fit is stored.
    [[nodiscard]] Result<std::unordered_map<domain::CustomerId, domain::CustomerOutlook>> outlooks(
        const std::vector<domain::CustomerId>& ids, const QDate& asOf) const;

    /// The holdout check on the archive: fit on the visits up to `calibrationEnd` and compare with
    /// those after it up to `holdoutEnd` (CustomerBaseService::holdout; nothing is stored).
    [[nodiscard]] Result<CustomerBaseHoldoutReport> holdout(const QDate& calibrationEnd,
                                                            const QDate& holdoutEnd) const;

    /// A service on a connection of its own (background refits and holdout checks); nullptr when
    /// the file cannot be opened again (logged). Create, use and destroy it on one thread.
    [[nodiscard]] std::unique_ptr<CustomerBaseModelService> openSibling() const;
    ~CustomerBaseModelService();
    CustomerBaseModelService(const CustomerBaseModelService&) = delete;
    CustomerBaseModelService& operator=(const CustomerBaseModelService&) = delete;

private:
    storage::Database& db_;
    Clock clock_;
    std::unique_ptr<storage::Database> owned_;
};

}  // namespace hc::services
