#pragma once

#include "hc/domain/CallOutcome.h"
#include "hc/domain/ChurnReason.h"
#include "hc/domain/ComplaintDeadlines.h"
#include "hc/domain/FollowUpKind.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace hc::ui {

/// Translated labels of the follow-up and complaint keys (the domain labels are Chinese only) and
/// the urgency colours shared by the callback and complaint screens.
class FollowUpLabels {
    Q_DECLARE_TR_FUNCTIONS(hc::ui::FollowUpLabels)
public:
    [[nodiscard]] static QString kind(domain::FollowUpKind kind);
    [[nodiscard]] static QString urgency(domain::Urgency urgency);
    [[nodiscard]] static QString outcome(domain::CallOutcome outcome);
    [[nodiscard]] static QString churnReason(domain::ChurnReason reason);
    [[nodiscard]] static QString step(domain::ComplaintStep step);
    [[nodiscard]] static QString stepStatus(domain::StepStatus status);
    [[nodiscard]] static QString severity(domain::ComplaintSeverity severity);
    /// Channel keys: phone, visit, online, letter, other.
    [[nodiscard]] static QString channel(const QString& key);
    /// Complaint status keys: received, contacted, answered, resolved, closed.
    [[nodiscard]] static QString complaintStatus(const QString& key);
    /// A duration in whole minutes (≥ 0) as staff read it: "2 小时", "1 天", "1 小时 30 分".
    [[nodiscard]] static QString duration(qint64 minutes);
    /// The 2123 principle with the STORED deadlines: "2123 原则：2 小时内联系客户，1 天内答复，…".
    [[nodiscard]] static QString complaintRule(const domain::ComplaintSettings& settings);
    /// "剩 1 小时 20 分" / "超时 2 天 3 小时" for minutes left (negative = overdue).
    [[nodiscard]] static QString timeLeft(qint64 minutesLeft);
    /// One step of the 2123 clock in a few words: "已超时 2 小时", "剩 40 分", "按时完成".
    [[nodiscard]] static QString stepSummary(const domain::ComplaintStepResult& step);

    /// Chip colours: background and text for red / yellow / green.
    [[nodiscard]] static QColor urgencyBackground(domain::Urgency urgency);
    [[nodiscard]] static QColor urgencyForeground(domain::Urgency urgency);
    [[nodiscard]] static QColor statusBackground(domain::StepStatus status);
    [[nodiscard]] static QColor statusForeground(domain::StepStatus status);
};

}  // namespace hc::ui
