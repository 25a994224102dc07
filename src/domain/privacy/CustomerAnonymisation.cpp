#include "hc/domain/CustomerAnonymisation.h"

namespace hc::domain {

QString CustomerAnonymisation::erasedNamePrefix() {
    return QStringLiteral("已删除客户 #");
}

QString CustomerAnonymisation::erasedName(std::int64_t customerId) {
    return erasedNamePrefix() + QString::number(customerId);
}

QString CustomerAnonymisation::redactedText() {
    return QStringLiteral("已删除");
}

QDate CustomerAnonymisation::inactiveCutoff(const QDate& asOf, const PrivacySettings& settings) {
    if (!asOf.isValid()) {
        return {};
    }
    // QDate::addYears maps 29 February to 28 February of a common year.
    return asOf.addYears(-settings.inactiveYears);
}

bool CustomerAnonymisation::isInactive(const QDate& lastContact, const QDate& asOf,
                                       const PrivacySettings& settings) {
    const QDate cutoff = inactiveCutoff(asOf, settings);
    return lastContact.isValid() && cutoff.isValid() && lastContact < cutoff;
}

}  // namespace hc::domain
