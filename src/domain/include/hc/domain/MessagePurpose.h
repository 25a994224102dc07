#pragma once

#include <QString>

#include <optional>

namespace hc::domain {

/// Why a message is sent (issue 11, docs/followups.md "Messages and consent"). Keys: "service"
/// (about the customer's own car and appointments: sent unless refused), "marketing" (campaigns,
/// offers, greetings with offers: only when granted).
enum class MessagePurpose { Service, Marketing };

QString toKey(MessagePurpose purpose);
std::optional<MessagePurpose> messagePurposeFromKey(const QString& key);
/// Chinese label: 服务通知, 营销信息.
QString toLabel(MessagePurpose purpose);

}  // namespace hc::domain
