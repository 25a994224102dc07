#pragma once

#include "hc/domain/Visit.h"
#include "hc/services/ServiceError.h"

#include <QDate>

#include <optional>

namespace hc::services {

/// Field checks of a visit that need no database (services-private, shared by VisitService and
/// WalkInService): dates not after `today`, amounts, category, source; fills the amount received.
[[nodiscard]] std::optional<ServiceError> normaliseVisit(domain::Visit& v, const QDate& today);

}  // namespace hc::services
