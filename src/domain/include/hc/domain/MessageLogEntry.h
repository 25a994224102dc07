#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/MessagePurpose.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/domain/Vehicle.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace hc::domain {

/// How a message left the program. Keys: "export" (CSV for the shop's SMS platform), "gateway".
enum class MessageChannel { Export, Gateway };
/// What became of it. Keys: "exported", "sent", "failed".
enum class MessageResult { Exported, Sent, Failed };

QString toKey(MessageChannel channel);
QString toKey(MessageResult result);
std::optional<MessageChannel> messageChannelFromKey(const QString& key);
std::optional<MessageResult> messageResultFromKey(const QString& key);
/// Chinese label: 已导出, 已发送, 发送失败.
QString toLabel(MessageResult result);

/// One message of the message log (when, template, text, by whom, result).
struct MessageLogEntry {
    std::int64_t id = 0;
    CustomerId customerId = 0;
    std::optional<VehicleId> vehicleId;
    std::optional<std::int64_t> campaignId;
    MessageTemplateKey templateKey = MessageTemplateKey::PostService;
    MessagePurpose purpose = MessagePurpose::Service;
    QString phone;
    QString text;
    int segments = 0;
    MessageChannel channel = MessageChannel::Export;
    MessageResult result = MessageResult::Exported;
    QString error;  ///< failed only
    QDateTime at;
    std::int64_t userId = 0;
    QString username;  ///< filled when read
};

}  // namespace hc::domain
