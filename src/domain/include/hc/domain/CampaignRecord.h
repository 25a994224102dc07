#pragma once

#include "hc/domain/CampaignReturns.h"
#include "hc/domain/Customer.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// A stored retention campaign (domain.md §6): who it targets, the offer, the cost per invited
/// customer and the return window.
struct CampaignRecord {
    std::int64_t id = 0;  ///< 0 until stored
    QString name;
    std::optional<Stage> targetStage;
    QString targetSegment;  ///< free text (e.g. an RFM segment key)
    QString offer;
    Fen costPerCustomerFen = 0;
    QDate start;
    int windowDays = 30;
    std::optional<UserId> createdBy;
    QDateTime createdAt;

    [[nodiscard]] Campaign campaign() const { return {start, costPerCustomerFen, windowDays}; }
};

}  // namespace hc::domain
