#include "hc/domain/MessageTemplateKey.h"

#include <QCoreApplication>

namespace hc::domain {

QString toKey(MessageTemplateKey key) {
    switch (key) {
        case MessageTemplateKey::PostService:
            return QStringLiteral("post_service");
        case MessageTemplateKey::MaintenanceDue:
            return QStringLiteral("maintenance_due");
        case MessageTemplateKey::AppointmentReminder:
            return QStringLiteral("appointment_reminder");
        case MessageTemplateKey::Holiday:
            return QStringLiteral("holiday");
        case MessageTemplateKey::Winback:
            return QStringLiteral("winback");
        case MessageTemplateKey::Campaign:
            return QStringLiteral("campaign");
    }
    return {};
}

std::optional<MessageTemplateKey> messageTemplateKeyFromKey(const QString& key) {
    for (const auto k : kMessageTemplateKeys) {
        if (toKey(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

QString toLabel(MessageTemplateKey key) {
    switch (key) {
        case MessageTemplateKey::PostService:
            return QCoreApplication::translate("hc::domain", "服务回访");
        case MessageTemplateKey::MaintenanceDue:
            return QCoreApplication::translate("hc::domain", "保养到期");
        case MessageTemplateKey::AppointmentReminder:
            return QCoreApplication::translate("hc::domain", "预约提醒");
        case MessageTemplateKey::Holiday:
            return QCoreApplication::translate("hc::domain", "节日问候");
        case MessageTemplateKey::Winback:
            return QCoreApplication::translate("hc::domain", "流失招揽");
        case MessageTemplateKey::Campaign:
            return QCoreApplication::translate("hc::domain", "营销活动");
    }
    return {};
}

MessagePurpose purposeOf(MessageTemplateKey key) {
    switch (key) {
        case MessageTemplateKey::PostService:
        case MessageTemplateKey::MaintenanceDue:
        case MessageTemplateKey::AppointmentReminder:
            return MessagePurpose::Service;
        case MessageTemplateKey::Holiday:
        case MessageTemplateKey::Winback:
        case MessageTemplateKey::Campaign:
            return MessagePurpose::Marketing;
    }
    return MessagePurpose::Marketing;
}

std::optional<FollowUpKind> followUpKindOf(MessageTemplateKey key) {
    switch (key) {
        case MessageTemplateKey::PostService:
            return FollowUpKind::PostService;
        case MessageTemplateKey::MaintenanceDue:
            return FollowUpKind::Maintenance;
        case MessageTemplateKey::Holiday:
            return FollowUpKind::Care;
        case MessageTemplateKey::Winback:
        case MessageTemplateKey::Campaign:
            return FollowUpKind::Winback;
        case MessageTemplateKey::AppointmentReminder:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace hc::domain
