#pragma once

#include "hc/domain/FollowUpKind.h"
#include "hc/domain/MessagePurpose.h"

#include <QString>

#include <array>
#include <optional>

namespace hc::domain {

/// The message templates of the shop. Keys: "post_service", "maintenance_due",
/// "appointment_reminder" (service purpose), "holiday", "winback", "campaign" (marketing).
enum class MessageTemplateKey {
    PostService,
    MaintenanceDue,
    AppointmentReminder,
    Holiday,
    Winback,
    Campaign
};
inline constexpr std::array<MessageTemplateKey, 6> kMessageTemplateKeys{
    MessageTemplateKey::PostService,
    MessageTemplateKey::MaintenanceDue,
    MessageTemplateKey::AppointmentReminder,
    MessageTemplateKey::Holiday,
    MessageTemplateKey::Winback,
    MessageTemplateKey::Campaign};

QString toKey(MessageTemplateKey key);
std::optional<MessageTemplateKey> messageTemplateKeyFromKey(const QString& key);
/// Chinese label: 服务回访, 保养到期, 预约提醒, 节日问候, 流失招揽, 营销活动.
QString toLabel(MessageTemplateKey key);
/// Service for the first three keys, marketing for the others.
MessagePurpose purposeOf(MessageTemplateKey key);
/// The follow-up item a sent message stands in for (a message sent counts as a contact for that
/// item): post_service → post_service, maintenance_due → maintenance, winback and campaign →
/// winback, holiday → care; appointment_reminder → none (it is about an appointment, not an item).
std::optional<FollowUpKind> followUpKindOf(MessageTemplateKey key);

}  // namespace hc::domain
