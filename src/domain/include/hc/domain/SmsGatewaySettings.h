#pragma once

#include <QString>

namespace hc::domain {

/// The generic HTTP SMS gateway (settings key "sms_gateway", docs/followups.md "Messages and
/// consent"). One POST per message to `url` with the header "Authorization: Bearer <token>" (when
/// a token is set) and `bodyTemplate` as JSON body, in which {phone} and {text} are replaced by the
/// JSON-escaped values. A 2xx answer means sent; anything else (or no answer within `timeoutMs`)
/// means failed. An empty url = no gateway (only the CSV export is offered).
struct SmsGatewaySettings {
    QString url;
    QString token;  ///< never exported with the settings
    QString bodyTemplate = QStringLiteral(R"({"phone":"{phone}","text":"{text}"})");
    int timeoutMs = 10000;

    [[nodiscard]] bool configured() const { return !url.trimmed().isEmpty(); }
    friend bool operator==(const SmsGatewaySettings&, const SmsGatewaySettings&) = default;
};

}  // namespace hc::domain
