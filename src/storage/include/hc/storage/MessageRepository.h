#pragma once

#include "hc/domain/ConsentRecord.h"
#include "hc/domain/MessageLogEntry.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace hc::storage {

class Database;

/// The tables of schema 0013: message_templates (the shop's copies; no row = the default),
/// consent_events (append-only history; the latest row by (at, id) per customer and purpose is
/// the state) and message_log.
class MessageRepository {
public:
    explicit MessageRepository(Database& db) : db_(db) {}

    // Templates
    [[nodiscard]] std::optional<QString> templateText(const QString& key) const;
    void putTemplate(const QString& key, const QString& text, const QDateTime& at,
                     std::int64_t userId);
    bool removeTemplate(const QString& key);

    // Consent
    std::int64_t insertConsent(const domain::ConsentRecord& record);
    /// The latest record of one customer and purpose.
    [[nodiscard]] std::optional<domain::ConsentRecord> latestConsent(
        domain::CustomerId id, domain::MessagePurpose purpose) const;
    /// The latest state of every customer with a record for `purpose`.
    [[nodiscard]] std::map<domain::CustomerId, domain::ConsentState> latestStates(
        domain::MessagePurpose purpose) const;
    /// Every record of one customer, newest first.
    [[nodiscard]] std::vector<domain::ConsentRecord> consentHistory(domain::CustomerId id) const;
    /// Keeps customers.marketing_opt_out equal to "latest marketing consent is refused" (the
    /// follow-up planner reads the flag for marketing calls).
    void syncMarketingFlag(domain::CustomerId id, bool refused, const QDateTime& at);
    /// Ids of the customers whose phone or phone2 is `phone` (exact, normalised).
    [[nodiscard]] std::vector<domain::CustomerId> customersWithPhone(const QString& phone) const;

    /// Appointments agreed on a call (outcome will_come) for `day`: customer and vehicle, by
    /// customer. The source of the appointment reminders until appointments have their own table.
    [[nodiscard]] std::vector<std::pair<domain::CustomerId, std::optional<domain::VehicleId>>>
    appointmentsOn(const QDate& day) const;

    // Log
    /// Customers who got a message of template `templateKey` on `day` that went out (result
    /// 'sent' or 'exported'; a failed one does not count): the guard against sending twice.
    [[nodiscard]] std::set<domain::CustomerId> reachedOn(const QString& templateKey,
                                                         const QDate& day) const;
    std::int64_t insertLog(const domain::MessageLogEntry& entry);
    /// Messages of one customer, newest first.
    [[nodiscard]] std::vector<domain::MessageLogEntry> logOf(domain::CustomerId id) const;

private:
    Database& db_;
};

}  // namespace hc::storage
