#pragma once

#include "hc/domain/Customer.h"
#include "hc/services/ServiceError.h"

#include <QDate>

#include <optional>

namespace hc::services {

/// Validates and normalises a customer's archive fields (services-private, shared by
/// CustomerService and WalkInService); the error names the field. `today` bounds the birthday.
[[nodiscard]] std::optional<ServiceError> normaliseCustomer(domain::Customer& c,
                                                            const QDate& today);

}  // namespace hc::services
