#pragma once

#include "hc/domain/MessageLogEntry.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/MessageBatch.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

class SmsGateway;

/// Message templates, batches, the CSV export for the shop's SMS platform, sending through a
/// gateway and the message log (issue 11 items 4-5, docs/followups.md "Messages and consent").
///
/// Batches: the day's follow-up list (items of the template's follow-up kind; holiday = care items
/// for a holiday; appointment_reminder = appointments agreed for the next day), a campaign's
/// invited customers, or any list of customers (a report drill-down). Each customer is left out
/// when marked invalid or without a mobile number (excludedInvalid), or when the consent rule of
/// the template's purpose says no (excludedNoConsent), or when they already got a message of the
/// same template today (sent or exported; excludedAlreadySent; unless built with `again`), or
/// when a merge field the template uses has no value for them (excludedMissingFields: a message
/// reading "预计于到期保养" is never sent). Rendering needs the shop name (the signature): without
/// it a batch is refused.
class MessageService {
public:
    using BatchOptions = MessageBatchOptions;

    MessageService(storage::Database& db, Clock clock);
    ~MessageService();

    /// The body in use (the shop's copy or the default); `isCustom` tells which.
    [[nodiscard]] Result<QString> templateText(domain::MessageTemplateKey key,
                                               bool* isCustom = nullptr) const;
    /// Manager only, audited "message_template.save". Refused (Invalid, field "text") when empty
    /// or when it names a merge field that does not exist.
    VoidResult saveTemplate(const ActingUser& user, domain::MessageTemplateKey key,
                            const QString& text);
    /// Back to the default (manager only, audited "message_template.reset").
    VoidResult resetTemplate(const ActingUser& user, domain::MessageTemplateKey key);
    /// `body` rendered for the sample customer with the shop profile, and its SMS count.
    [[nodiscard]] Result<MessagePreview> preview(domain::MessageTemplateKey key,
                                                 const QString& body) const;

    [[nodiscard]] Result<MessageBatch> forDay(domain::MessageTemplateKey key, const QDate& day,
                                              BatchOptions options = {}) const;
    [[nodiscard]] Result<MessageBatch> forCampaign(domain::MessageTemplateKey key,
                                                   std::int64_t campaignId,
                                                   BatchOptions options = {}) const;
    [[nodiscard]] Result<MessageBatch> forCustomers(
        domain::MessageTemplateKey key, const std::vector<domain::CustomerId>& customers,
        BatchOptions options = {}) const;

    /// Writes the CSV for the SMS platform (UTF-8, header "phone,text", one row per message) and
    /// logs every message as exported, in one transaction (nothing logged when the file cannot be
    /// written). Audited "messages.export" with the counts.
    Result<MessageSummary> exportCsv(const ActingUser& user, const MessageBatch& batch,
                                     const QString& path);
    /// Sends each message through `gateway` and logs it as sent or failed (with the reason), one
    /// short transaction per message after the gateway answered, so a message is marked sent only
    /// when the provider accepted it and an interruption loses no record of what went out.
    Result<MessageSummary> send(const ActingUser& user, const MessageBatch& batch,
                                SmsGateway& gateway);

    /// The same service on a second connection to the same file, for a thread of its own (the
    /// "send via gateway" of the GUI); null when it cannot be opened (logged).
    [[nodiscard]] std::unique_ptr<MessageService> openSibling() const;

    /// The message log of one customer, newest first.
    [[nodiscard]] Result<std::vector<domain::MessageLogEntry>> logOf(
        domain::CustomerId customer) const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
