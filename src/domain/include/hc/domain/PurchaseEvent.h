#pragma once

#include "hc/domain/CustomerFacts.h"

#include <QDate>

namespace hc::domain {

/// One visit (purchase) of a customer: the input of the customer-base model. `amount` in the
/// currency of the source (yuan for the archive, dollars for CDNOW); 0 when unknown.
struct PurchaseEvent {
    CustomerId customerId = 0;
    QDate date;
    double amount = 0.0;
    friend bool operator==(const PurchaseEvent&, const PurchaseEvent&) = default;
};

}  // namespace hc::domain
