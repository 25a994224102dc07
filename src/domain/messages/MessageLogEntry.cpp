#include "hc/domain/MessageLogEntry.h"

#include <QCoreApplication>

namespace hc::domain {

QString toKey(MessageChannel channel) {
    return channel == MessageChannel::Export ? QStringLiteral("export") : QStringLiteral("gateway");
}

QString toKey(MessageResult result) {
    switch (result) {
        case MessageResult::Exported:
            return QStringLiteral("exported");
        case MessageResult::Sent:
            return QStringLiteral("sent");
        case MessageResult::Failed:
            return QStringLiteral("failed");
    }
    return {};
}

std::optional<MessageChannel> messageChannelFromKey(const QString& key) {
    if (key == QLatin1String("export")) {
        return MessageChannel::Export;
    }
    if (key == QLatin1String("gateway")) {
        return MessageChannel::Gateway;
    }
    return std::nullopt;
}

std::optional<MessageResult> messageResultFromKey(const QString& key) {
    for (const auto r : {MessageResult::Exported, MessageResult::Sent, MessageResult::Failed}) {
        if (toKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

QString toLabel(MessageResult result) {
    switch (result) {
        case MessageResult::Exported:
            return QCoreApplication::translate("hc::domain", "已导出");
        case MessageResult::Sent:
            return QCoreApplication::translate("hc::domain", "已发送");
        case MessageResult::Failed:
            return QCoreApplication::translate("hc::domain", "发送失败");
    }
    return {};
}

}  // namespace hc::domain
