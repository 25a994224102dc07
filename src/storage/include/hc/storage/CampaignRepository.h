#pragma once

#include "hc/domain/CampaignRecord.h"
#include "hc/domain/Visit.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// An invitation of a customer to a campaign that is running on a given day.
struct ActiveInvite {
    std::int64_t campaignId = 0;
    domain::CustomerId customerId = 0;
    QString campaignName;
    QString offer;
    QDate start;
    int windowDays = 0;
};

/// The campaigns and campaign_invites tables. Prepared statements only; throws StorageError.
class CampaignRepository {
public:
    explicit CampaignRepository(Database& db) : db_(db) {}

    std::int64_t insert(const domain::CampaignRecord& c);
    [[nodiscard]] std::optional<domain::CampaignRecord> find(std::int64_t id) const;
    /// Every campaign, newest start first.
    [[nodiscard]] std::vector<domain::CampaignRecord> list() const;
    /// Invites the customers (already invited ones are skipped: ON CONFLICT DO NOTHING); returns
    /// the number of new invitations.
    int invite(std::int64_t campaignId, const std::vector<domain::CustomerId>& customers,
               const QDateTime& at);
    [[nodiscard]] std::vector<domain::CustomerId> invited(std::int64_t campaignId) const;
    /// Invitations of the campaigns started on or before `day`, by customer, then start; whether
    /// a campaign still runs is domain::ReturnWindow (the service decides).
    [[nodiscard]] std::vector<ActiveInvite> activeInvites(const QDate& day) const;
    /// Visits of the invited customers dated in [from, to] (dates from the domain's ReturnWindow):
    /// what CampaignReturns needs (id, customer, date, amount).
    [[nodiscard]] std::vector<domain::Visit> visitsOfInvited(std::int64_t campaignId,
                                                             const QDate& from,
                                                             const QDate& to) const;

private:
    Database& db_;
};

}  // namespace hc::storage
