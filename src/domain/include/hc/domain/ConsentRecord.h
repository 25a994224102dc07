#pragma once

#include "hc/domain/ConsentRule.h"
#include "hc/domain/Customer.h"
#include "hc/domain/MessagePurpose.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace hc::domain {

/// One row of a customer's consent history (state, source, time and user).
struct ConsentRecord {
    std::int64_t id = 0;
    CustomerId customerId = 0;
    MessagePurpose purpose = MessagePurpose::Service;
    ConsentState state = ConsentState::Granted;
    ConsentSource source = ConsentSource::ReceptionForm;
    QDateTime at;
    std::int64_t userId = 0;  ///< 0 = system
    QString username;         ///< filled when read
    QString note;
};

}  // namespace hc::domain
