#pragma once

#include "hc/domain/SmsGatewaySettings.h"
#include "hc/services/SmsGateway.h"

#include <memory>

namespace hc::services {

/// The generic HTTP gateway (domain::SmsGatewaySettings): one POST per message to the URL, JSON
/// body from the body template with {phone} and {text} JSON-escaped, "Authorization: Bearer
/// <token>" when a token is set. Sent = an HTTP 2xx answer within timeoutMs; any other status,
/// a network error or the timeout = not sent (the request is aborted). Runs a local event loop
/// (QNetworkAccessManager), so call it from a thread with a Qt event dispatcher.
class HttpSmsGateway final : public SmsGateway {
public:
    explicit HttpSmsGateway(domain::SmsGatewaySettings settings);
    ~HttpSmsGateway() override;

    SmsSendResult send(const QString& phone, const QString& text) override;

    /// The JSON body for one message (the template with the escaped values).
    [[nodiscard]] static QByteArray body(const QString& bodyTemplate, const QString& phone,
                                         const QString& text);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
