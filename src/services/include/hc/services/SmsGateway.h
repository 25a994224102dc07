#pragma once

#include <QString>

namespace hc::services {

/// What a gateway says about one message: sent only when the provider accepted it.
struct SmsSendResult {
    bool sent = false;
    QString error;  ///< user-level reason when not sent
};

/// A way to send one SMS (pluggable: HttpSmsGateway is the generic HTTP one; tests may provide
/// their own). send() blocks until the provider answered or the gateway's timeout passed.
class SmsGateway {
public:
    virtual ~SmsGateway() = default;
    virtual SmsSendResult send(const QString& phone, const QString& text) = 0;
};

}  // namespace hc::services
