#pragma once

#include "hc/domain/Customer.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// One status change of a complaint (complaint_events): from → to, who, when, note.
struct ComplaintEvent {
    std::int64_t id = 0;
    std::int64_t complaintId = 0;
    QDateTime at;
    std::optional<UserId> userId;
    QString fromStatus;  ///< empty for the first event
    QString toStatus;
    QString note;
};

}  // namespace hc::domain
