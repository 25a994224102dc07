#include "hc/domain/FollowUpKind.h"

#include <array>

#include <QCoreApplication>

namespace hc::domain {

namespace {

constexpr std::array<FollowUpKind, kFollowUpKindCount> kKinds = {
    FollowUpKind::Complaint,   FollowUpKind::AppointmentReminder,
    FollowUpKind::PostService, FollowUpKind::NoShow,
    FollowUpKind::Maintenance, FollowUpKind::DeclinedWork,
    FollowUpKind::Winback,     FollowUpKind::Care};

constexpr std::array<Urgency, 3> kUrgencies = {Urgency::Red, Urgency::Yellow, Urgency::Green};

constexpr std::array<CareOccasion, 4> kOccasions = {CareOccasion::Birthday, CareOccasion::Insurance,
                                                    CareOccasion::Inspection,
                                                    CareOccasion::Holiday};

}  // namespace

QString toKey(FollowUpKind kind) {
    switch (kind) {
        case FollowUpKind::Complaint:
            return QStringLiteral("complaint");
        case FollowUpKind::AppointmentReminder:
            return QStringLiteral("appointment_reminder");
        case FollowUpKind::PostService:
            return QStringLiteral("post_service");
        case FollowUpKind::NoShow:
            return QStringLiteral("no_show");
        case FollowUpKind::Maintenance:
            return QStringLiteral("maintenance");
        case FollowUpKind::DeclinedWork:
            return QStringLiteral("declined_work");
        case FollowUpKind::Winback:
            return QStringLiteral("winback");
        case FollowUpKind::Care:
            return QStringLiteral("care");
    }
    return {};
}

std::optional<FollowUpKind> followUpKindFromKey(const QString& key) {
    for (const auto k : kKinds) {
        if (toKey(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

QString toLabel(FollowUpKind kind) {
    switch (kind) {
        case FollowUpKind::Complaint:
            return QCoreApplication::translate("hc::domain", "投诉回访");
        case FollowUpKind::AppointmentReminder:
            return QCoreApplication::translate("hc::domain", "预约提醒");
        case FollowUpKind::PostService:
            return QCoreApplication::translate("hc::domain", "服务回访");
        case FollowUpKind::NoShow:
            return QCoreApplication::translate("hc::domain", "爽约回访");
        case FollowUpKind::Maintenance:
            return QCoreApplication::translate("hc::domain", "保养提醒");
        case FollowUpKind::DeclinedWork:
            return QCoreApplication::translate("hc::domain", "未做项目");
        case FollowUpKind::Winback:
            return QCoreApplication::translate("hc::domain", "流失招揽");
        case FollowUpKind::Care:
            return QCoreApplication::translate("hc::domain", "客户关怀");
    }
    return {};
}

int priority(FollowUpKind kind) {
    return static_cast<int>(kind);
}

bool isMarketing(FollowUpKind kind) {
    return kind == FollowUpKind::Maintenance || kind == FollowUpKind::DeclinedWork ||
           kind == FollowUpKind::Winback || kind == FollowUpKind::Care;
}

QString toKey(Urgency urgency) {
    switch (urgency) {
        case Urgency::Red:
            return QStringLiteral("red");
        case Urgency::Yellow:
            return QStringLiteral("yellow");
        case Urgency::Green:
            return QStringLiteral("green");
    }
    return {};
}

std::optional<Urgency> urgencyFromKey(const QString& key) {
    for (const auto u : kUrgencies) {
        if (toKey(u) == key) {
            return u;
        }
    }
    return std::nullopt;
}

Urgency urgencyFor(const QDate& due, const QDate& today, int yellowWindowDays) {
    if (due < today) {
        return Urgency::Red;
    }
    if (due <= today.addDays(yellowWindowDays)) {
        return Urgency::Yellow;
    }
    return Urgency::Green;
}

QString toKey(CareOccasion occasion) {
    switch (occasion) {
        case CareOccasion::Birthday:
            return QStringLiteral("birthday");
        case CareOccasion::Insurance:
            return QStringLiteral("insurance");
        case CareOccasion::Inspection:
            return QStringLiteral("inspection");
        case CareOccasion::Holiday:
            return QStringLiteral("holiday");
    }
    return {};
}

std::optional<CareOccasion> careOccasionFromKey(const QString& key) {
    for (const auto o : kOccasions) {
        if (toKey(o) == key) {
            return o;
        }
    }
    return std::nullopt;
}

QString toLabel(CareOccasion occasion) {
    switch (occasion) {
        case CareOccasion::Birthday:
            return QCoreApplication::translate("hc::domain", "生日");
        case CareOccasion::Insurance:
            return QCoreApplication::translate("hc::domain", "保险到期");
        case CareOccasion::Inspection:
            return QCoreApplication::translate("hc::domain", "年检到期");
        case CareOccasion::Holiday:
            return QCoreApplication::translate("hc::domain", "节日问候");
    }
    return {};
}

}  // namespace hc::domain
