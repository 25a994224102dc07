#include "hc/domain/ComplaintDeadlines.h"

#include "hc/domain/Percent.h"

#include <utility>

#include <QCoreApplication>

namespace hc::domain {

QString toKey(ComplaintSeverity severity) {
    return severity == ComplaintSeverity::Major ? QStringLiteral("major")
                                                : QStringLiteral("normal");
}

std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString& key) {
    if (key == QLatin1String("normal")) {
        return ComplaintSeverity::Normal;
    }
    if (key == QLatin1String("major")) {
        return ComplaintSeverity::Major;
    }
    return std::nullopt;
}

QString toKey(ComplaintStep step) {
    switch (step) {
        case ComplaintStep::Contact:
            return QStringLiteral("contact");
        case ComplaintStep::Answer:
            return QStringLiteral("answer");
        case ComplaintStep::SeniorAnswer:
            return QStringLiteral("senior_answer");
        case ComplaintStep::FollowUp:
            return QStringLiteral("follow_up");
    }
    return {};
}

QString toLabel(ComplaintStep step) {
    switch (step) {
        case ComplaintStep::Contact:
            return QCoreApplication::translate("hc::domain", "联系客户");
        case ComplaintStep::Answer:
            return QCoreApplication::translate("hc::domain", "答复客户");
        case ComplaintStep::SeniorAnswer:
            return QCoreApplication::translate("hc::domain", "高层答复");
        case ComplaintStep::FollowUp:
            return QCoreApplication::translate("hc::domain", "解决后回访");
    }
    return {};
}

QString toKey(StepStatus status) {
    switch (status) {
        case StepStatus::DoneOnTime:
            return QStringLiteral("done_on_time");
        case StepStatus::DoneLate:
            return QStringLiteral("done_late");
        case StepStatus::Pending:
            return QStringLiteral("pending");
        case StepStatus::Overdue:
            return QStringLiteral("overdue");
    }
    return {};
}

QString toLabel(StepStatus status) {
    switch (status) {
        case StepStatus::DoneOnTime:
            return QCoreApplication::translate("hc::domain", "按时完成");
        case StepStatus::DoneLate:
            return QCoreApplication::translate("hc::domain", "超时完成");
        case StepStatus::Pending:
            return QCoreApplication::translate("hc::domain", "进行中");
        case StepStatus::Overdue:
            return QCoreApplication::translate("hc::domain", "已超时");
    }
    return {};
}

const ComplaintStepResult* ComplaintEvaluation::step(ComplaintStep s) const {
    for (const auto& r : steps) {
        if (r.step == s) {
            return &r;
        }
    }
    return nullptr;
}

ComplaintDeadlines::ComplaintDeadlines(ComplaintSettings settings)
    : settings_(std::move(settings)) {}

QDateTime ComplaintDeadlines::deadline(const ComplaintTimes& c, ComplaintStep step) const {
    auto plus = [](const QDateTime& t, std::chrono::minutes m) {
        return t.isValid() ? t.addSecs(static_cast<qint64>(m.count()) * 60) : QDateTime();
    };
    switch (step) {
        case ComplaintStep::Contact:
            return plus(c.received, settings_.contactWithin);
        case ComplaintStep::Answer:
            return plus(c.received, settings_.answerWithin);
        case ComplaintStep::SeniorAnswer:
            return c.severity == ComplaintSeverity::Major
                       ? plus(c.received, settings_.seniorAnswerWithin)
                       : QDateTime();
        case ComplaintStep::FollowUp:
            return plus(c.resolved, settings_.followUpWithin);
    }
    return {};
}

ComplaintEvaluation ComplaintDeadlines::evaluate(const ComplaintTimes& c,
                                                 const QDateTime& now) const {
    ComplaintEvaluation e;
    auto add = [&](ComplaintStep step, const QDateTime& done) {
        ComplaintStepResult r;
        r.step = step;
        r.deadline = deadline(c, step);
        r.done = done;
        if (done.isValid()) {
            const bool onTime = !r.deadline.isValid() || done <= r.deadline;
            r.status = onTime ? StepStatus::DoneOnTime : StepStatus::DoneLate;
            if (r.deadline.isValid()) {
                r.minutesLeft = done.secsTo(r.deadline) / 60;
            }
        } else if (r.deadline.isValid()) {
            r.status = now > r.deadline ? StepStatus::Overdue : StepStatus::Pending;
            r.minutesLeft = now.secsTo(r.deadline) / 60;
        } else {
            r.status = StepStatus::Pending;
        }
        e.anyOverdue = e.anyOverdue || r.status == StepStatus::Overdue;
        e.anyLate = e.anyLate || r.status == StepStatus::DoneLate;
        e.steps.push_back(r);
    };
    add(ComplaintStep::Contact, c.contacted);
    add(ComplaintStep::Answer, c.answered);
    if (c.severity == ComplaintSeverity::Major) {
        add(ComplaintStep::SeniorAnswer, c.seniorAnswered);
    }
    add(ComplaintStep::FollowUp, c.resolved.isValid() ? c.followedUp : QDateTime());
    e.closed = c.resolved.isValid() && c.followedUp.isValid();
    e.compliant = true;
    for (const auto& r : e.steps) {
        e.compliant = e.compliant && r.status == StepStatus::DoneOnTime;
    }
    return e;
}

ComplaintStats ComplaintDeadlines::summarize(const std::vector<ComplaintTimes>& complaints,
                                             const QDate& from, const QDate& to,
                                             const QDateTime& now) const {
    ComplaintStats s;
    int decided = 0;
    for (const auto& c : complaints) {
        const QDate day = c.received.date();
        if (!c.received.isValid() || day < from || day > to) {
            continue;
        }
        const ComplaintEvaluation e = evaluate(c, now);
        ++s.received;
        s.major += c.severity == ComplaintSeverity::Major ? 1 : 0;
        s.resolved += c.resolved.isValid() ? 1 : 0;
        s.closed += e.closed ? 1 : 0;
        s.open += e.closed ? 0 : 1;
        s.overdueNow += e.anyOverdue ? 1 : 0;
        if (e.decided()) {
            ++decided;
            if (e.compliant) {
                ++s.compliant;
            } else {
                ++s.late;
            }
        }
    }
    if (decided > 0) {
        s.complianceBp = percentBp(s.compliant, decided);
    }
    return s;
}

std::pair<QDate, QDate> ComplaintDeadlines::weekOf(const QDate& date) {
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return {monday, monday.addDays(6)};
}

std::pair<QDate, QDate> ComplaintDeadlines::monthOf(const QDate& date) {
    const QDate first(date.year(), date.month(), 1);
    return {first, first.addDays(first.daysInMonth() - 1)};
}

}  // namespace hc::domain
