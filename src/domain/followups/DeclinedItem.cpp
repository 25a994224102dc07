#include "hc/domain/DeclinedItem.h"

#include <QCoreApplication>

#include <array>

namespace hc::domain {

namespace {
constexpr std::array<DeclinedUrgency, kDeclinedUrgencyCount> kUrgencies = {
    DeclinedUrgency::Safety, DeclinedUrgency::Soon, DeclinedUrgency::Later};
constexpr std::array<DeclinedStatus, 3> kStatuses = {DeclinedStatus::Open, DeclinedStatus::Done,
                                                     DeclinedStatus::Dropped};
}  // namespace

QString toKey(DeclinedUrgency urgency) {
    switch (urgency) {
        case DeclinedUrgency::Safety:
            return QStringLiteral("safety");
        case DeclinedUrgency::Soon:
            return QStringLiteral("soon");
        case DeclinedUrgency::Later:
            return QStringLiteral("later");
    }
    return {};
}

std::optional<DeclinedUrgency> declinedUrgencyFromKey(const QString& key) {
    for (const auto u : kUrgencies) {
        if (toKey(u) == key) {
            return u;
        }
    }
    return std::nullopt;
}

QString toLabel(DeclinedUrgency urgency) {
    switch (urgency) {
        case DeclinedUrgency::Safety:
            return QCoreApplication::translate("hc::domain", "安全");
        case DeclinedUrgency::Soon:
            return QCoreApplication::translate("hc::domain", "尽快");
        case DeclinedUrgency::Later:
            return QCoreApplication::translate("hc::domain", "以后");
    }
    return {};
}

QString toKey(DeclinedStatus status) {
    switch (status) {
        case DeclinedStatus::Open:
            return QStringLiteral("open");
        case DeclinedStatus::Done:
            return QStringLiteral("done");
        case DeclinedStatus::Dropped:
            return QStringLiteral("dropped");
    }
    return {};
}

std::optional<DeclinedStatus> declinedStatusFromKey(const QString& key) {
    for (const auto s : kStatuses) {
        if (toKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString toLabel(DeclinedStatus status) {
    switch (status) {
        case DeclinedStatus::Open:
            return QCoreApplication::translate("hc::domain", "未做");
        case DeclinedStatus::Done:
            return QCoreApplication::translate("hc::domain", "已做");
        case DeclinedStatus::Dropped:
            return QCoreApplication::translate("hc::domain", "已放弃");
    }
    return {};
}

}  // namespace hc::domain
