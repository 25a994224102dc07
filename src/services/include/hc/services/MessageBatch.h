#pragma once

#include "hc/domain/MessageLogEntry.h"
#include "hc/domain/MessageTemplates.h"
#include "hc/domain/SmsSegments.h"

#include <QString>

#include <optional>
#include <vector>

namespace hc::services {

/// One message ready to go: rendered text for one customer.
struct OutgoingMessage {
    domain::CustomerId customerId = 0;
    std::optional<domain::VehicleId> vehicleId;
    std::optional<std::int64_t> campaignId;
    QString phone;  ///< the customer's mobile (normalised, 11 digits)
    QString text;
    int segments = 0;
};

/// The messages of one template for a list of customers, and who was left out and why.
struct MessageBatch {
    domain::MessageTemplateKey key = domain::MessageTemplateKey::PostService;
    std::vector<OutgoingMessage> messages;
    int excludedNoConsent = 0;  ///< the consent rule of the template's purpose says no
    int excludedInvalid = 0;    ///< customer marked invalid, or no mobile number on file
    /// Already got a message of this template today (sent or exported, per the message log);
    /// not counted when the batch was built "again" (MessageService::BatchOptions::again).
    int excludedAlreadySent = 0;
    /// A merge field the template uses has no value for this customer (e.g. {到期日期} for a
    /// customer picked in a drill-down): the message would read wrong, so it is not built.
    int excludedMissingFields = 0;

    [[nodiscard]] int segments() const {
        int n = 0;
        for (const auto& m : messages) {
            n += m.segments;
        }
        return n;
    }
};

/// How a batch is built (MessageService::forDay / forCampaign / forCustomers).
struct MessageBatchOptions {
    /// Also those who already got this template today (CLI `--again`): a deliberate resend.
    bool again = false;
};

/// What an export or a send did (the `messages export --json` keys and the sent / failed counts).
struct MessageSummary {
    int recipients = 0;  ///< messages written to the file or handed to the gateway
    int excludedNoConsent = 0;
    int excludedInvalid = 0;
    int excludedAlreadySent = 0;
    int excludedMissingFields = 0;
    int segments = 0;  ///< SMS parts of the recipients' messages
    int sent = 0;      ///< gateway only: accepted by the provider
    int failed = 0;    ///< gateway only: refused, unreachable or timed out (logged as failed)
};

/// The template editor's preview: the rendered sample and its cost.
struct MessagePreview {
    domain::RenderedMessage rendered;
    domain::SmsSegments count;
};

}  // namespace hc::services
