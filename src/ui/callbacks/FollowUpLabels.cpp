#include "hc/ui/FollowUpLabels.h"

namespace hc::ui {

using domain::CallOutcome;
using domain::ChurnReason;
using domain::ComplaintStep;
using domain::FollowUpKind;
using domain::StepStatus;
using domain::Urgency;

QString FollowUpLabels::kind(FollowUpKind kind) {
    switch (kind) {
        case FollowUpKind::Complaint:
            return tr("投诉回访");
        case FollowUpKind::AppointmentReminder:
            return tr("预约提醒");
        case FollowUpKind::PostService:
            return tr("服务回访");
        case FollowUpKind::NoShow:
            return tr("爽约回访");
        case FollowUpKind::Maintenance:
            return tr("保养提醒");
        case FollowUpKind::DeclinedWork:
            return tr("未做项目");
        case FollowUpKind::Winback:
            return tr("流失招揽");
        case FollowUpKind::Care:
            break;
    }
    return tr("客户关怀");
}

QString FollowUpLabels::urgency(Urgency urgency) {
    switch (urgency) {
        case Urgency::Red:
            return tr("已到期");
        case Urgency::Yellow:
            return tr("近期");
        case Urgency::Green:
            break;
    }
    return tr("提前");
}

QString FollowUpLabels::outcome(CallOutcome outcome) {
    switch (outcome) {
        case CallOutcome::Reached:
            return tr("已接通");
        case CallOutcome::NoAnswer:
            return tr("未接听");
        case CallOutcome::WrongNumber:
            return tr("电话错误");
        case CallOutcome::VehicleSold:
            return tr("车辆已转卖");
        case CallOutcome::WillCome:
            return tr("会来店");
        case CallOutcome::Refuses:
            break;
    }
    return tr("明确拒绝");
}

QString FollowUpLabels::churnReason(ChurnReason reason) {
    switch (reason) {
        case ChurnReason::Price:
            return tr("价格贵");
        case ChurnReason::Quality:
            return tr("维修技术差");
        case ChurnReason::Waiting:
            return tr("等待时间长");
        case ChurnReason::Attitude:
            return tr("服务态度差");
        case ChurnReason::Distance:
            return tr("距离远");
        case ChurnReason::FriendGarage:
            return tr("朋友开维修厂");
        case ChurnReason::VehicleSold:
            return tr("车辆转卖");
        case ChurnReason::LowMileage:
            return tr("车不常开/里程少");
        case ChurnReason::OutOfTown:
            return tr("外地车");
        case ChurnReason::Other:
            break;
    }
    return tr("其他");
}

QString FollowUpLabels::step(ComplaintStep step) {
    switch (step) {
        case ComplaintStep::Contact:
            return tr("联系客户");
        case ComplaintStep::Answer:
            return tr("答复客户");
        case ComplaintStep::SeniorAnswer:
            return tr("高层答复");
        case ComplaintStep::FollowUp:
            break;
    }
    return tr("解决后回访");
}

QString FollowUpLabels::stepStatus(StepStatus status) {
    switch (status) {
        case StepStatus::DoneOnTime:
            return tr("按时完成");
        case StepStatus::DoneLate:
            return tr("超时完成");
        case StepStatus::Pending:
            return tr("进行中");
        case StepStatus::Overdue:
            break;
    }
    return tr("已超时");
}

QString FollowUpLabels::severity(domain::ComplaintSeverity severity) {
    return severity == domain::ComplaintSeverity::Major ? tr("重大") : tr("一般");
}

QString FollowUpLabels::channel(const QString& key) {
    if (key == QLatin1String("phone")) {
        return tr("电话");
    }
    if (key == QLatin1String("visit")) {
        return tr("到店");
    }
    if (key == QLatin1String("online")) {
        return tr("网络");
    }
    if (key == QLatin1String("letter")) {
        return tr("信函");
    }
    return tr("其他");
}

QString FollowUpLabels::complaintStatus(const QString& key) {
    if (key == QLatin1String("received")) {
        return tr("已受理");
    }
    if (key == QLatin1String("contacted")) {
        return tr("已联系");
    }
    if (key == QLatin1String("answered")) {
        return tr("已答复");
    }
    if (key == QLatin1String("resolved")) {
        return tr("已解决");
    }
    if (key == QLatin1String("closed")) {
        return tr("已结案");
    }
    return key;
}

QString FollowUpLabels::duration(qint64 minutes) {
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0) {
        return hours > 0 ? tr("%1 天 %2 小时").arg(days).arg(hours) : tr("%1 天").arg(days);
    }
    if (hours > 0) {
        return mins > 0 ? tr("%1 小时 %2 分").arg(hours).arg(mins) : tr("%1 小时").arg(hours);
    }
    return tr("%1 分").arg(mins);
}

QString FollowUpLabels::complaintRule(const domain::ComplaintSettings& s) {
    return tr("2123 原则：%1内联系客户，%2内答复，重大投诉 %3内高层答复，解决后 %4内回访。")
        .arg(duration(s.contactWithin.count()), duration(s.answerWithin.count()),
             duration(s.seniorAnswerWithin.count()), duration(s.followUpWithin.count()));
}

QString FollowUpLabels::timeLeft(qint64 minutesLeft) {
    return minutesLeft >= 0 ? tr("剩 %1").arg(duration(minutesLeft))
                            : tr("超时 %1").arg(duration(-minutesLeft));
}

QString FollowUpLabels::stepSummary(const domain::ComplaintStepResult& step) {
    switch (step.status) {
        case StepStatus::DoneOnTime:
        case StepStatus::DoneLate:
            return stepStatus(step.status);
        case StepStatus::Pending:
            return step.minutesLeft ? timeLeft(*step.minutesLeft) : tr("待解决后开始");
        case StepStatus::Overdue:
            break;
    }
    return step.minutesLeft ? timeLeft(*step.minutesLeft) : stepStatus(step.status);
}

QColor FollowUpLabels::urgencyBackground(Urgency urgency) {
    switch (urgency) {
        case Urgency::Red:
            return {0xfc, 0xe8, 0xe6};
        case Urgency::Yellow:
            return {0xfe, 0xf7, 0xe0};
        case Urgency::Green:
            break;
    }
    return {0xe6, 0xf4, 0xea};
}

QColor FollowUpLabels::urgencyForeground(Urgency urgency) {
    switch (urgency) {
        case Urgency::Red:
            return {0xc5, 0x22, 0x1f};
        case Urgency::Yellow:
            return {0xb0, 0x60, 0x00};
        case Urgency::Green:
            break;
    }
    return {0x13, 0x73, 0x33};
}

namespace {
Urgency urgencyOf(StepStatus status) {
    switch (status) {
        case StepStatus::Overdue:
        case StepStatus::DoneLate:
            return Urgency::Red;
        case StepStatus::Pending:
            return Urgency::Yellow;
        case StepStatus::DoneOnTime:
            break;
    }
    return Urgency::Green;
}
}  // namespace

QColor FollowUpLabels::statusBackground(StepStatus status) {
    return urgencyBackground(urgencyOf(status));
}

QColor FollowUpLabels::statusForeground(StepStatus status) {
    return urgencyForeground(urgencyOf(status));
}

}  // namespace hc::ui
