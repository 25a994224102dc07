#include "hc/domain/MessagePurpose.h"

#include <QCoreApplication>

namespace hc::domain {

QString toKey(MessagePurpose purpose) {
    return purpose == MessagePurpose::Service ? QStringLiteral("service")
                                              : QStringLiteral("marketing");
}

std::optional<MessagePurpose> messagePurposeFromKey(const QString& key) {
    if (key == QLatin1String("service")) {
        return MessagePurpose::Service;
    }
    if (key == QLatin1String("marketing")) {
        return MessagePurpose::Marketing;
    }
    return std::nullopt;
}

QString toLabel(MessagePurpose purpose) {
    return purpose == MessagePurpose::Service
               ? QCoreApplication::translate("hc::domain", "服务通知")
               : QCoreApplication::translate("hc::domain", "营销信息");
}

}  // namespace hc::domain
