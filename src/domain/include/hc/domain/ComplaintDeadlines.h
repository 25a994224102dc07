#pragma once

#include "hc/domain/FollowUpSettings.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace hc::domain {

/// Complaint severity. Keys: "normal", "major" (重大投诉: also needs a senior-management answer).
enum class ComplaintSeverity { Normal, Major };
QString toKey(ComplaintSeverity severity);
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString& key);

/// The steps of the 2123 principle that carry a deadline. Keys: "contact", "answer",
/// "senior_answer", "follow_up". Resolution itself has no deadline; it starts the follow-up clock.
enum class ComplaintStep { Contact, Answer, SeniorAnswer, FollowUp };
QString toKey(ComplaintStep step);
/// Chinese label: 联系客户, 答复客户, 高层答复, 解决后回访.
QString toLabel(ComplaintStep step);

/// Status of one step at a moment "now". Keys: "done_on_time", "done_late", "pending", "overdue".
enum class StepStatus { DoneOnTime, DoneLate, Pending, Overdue };
QString toKey(StepStatus status);
QString toLabel(StepStatus status);  ///< 按时完成, 超时完成, 进行中, 已超时

/// When a complaint was received and when each step was done (null while not done).
struct ComplaintTimes {
    QDateTime received;
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    QDateTime contacted;
    QDateTime answered;
    QDateTime seniorAnswered;  ///< major complaints only
    QDateTime resolved;
    QDateTime followedUp;
};

struct ComplaintStepResult {
    ComplaintStep step = ComplaintStep::Contact;
    /// Null for the follow-up while the complaint is not resolved (its clock has not started).
    QDateTime deadline;
    QDateTime done;
    StepStatus status = StepStatus::Pending;
    /// Minutes from now (or from `done`, once done) to the deadline, whole minutes towards zero:
    /// positive = time left / done early, negative = overdue / done late. Nullopt without deadline.
    std::optional<qint64> minutesLeft;
    friend bool operator==(const ComplaintStepResult&, const ComplaintStepResult&) = default;
};

struct ComplaintEvaluation {
    /// contact, answer, senior_answer (major only), follow_up — in that order.
    std::vector<ComplaintStepResult> steps;
    bool anyOverdue = false;  ///< some step not done and past its deadline
    bool anyLate = false;     ///< some step done after its deadline
    bool closed = false;      ///< the follow-up is done
    /// 2123 compliance: every step done, each on time.
    bool compliant = false;
    /// Compliance is decided: closed, or already broken (a step late or overdue).
    [[nodiscard]] bool decided() const { return closed || anyLate || anyOverdue; }
    [[nodiscard]] const ComplaintStepResult* step(ComplaintStep s) const;
};

/// Weekly / monthly statistics of the complaints received in [from, to] (dates of receipt).
struct ComplaintStats {
    int received = 0;
    int major = 0;
    int resolved = 0;
    int closed = 0;      ///< followed up
    int compliant = 0;   ///< every step on time
    int late = 0;        ///< decided, not compliant
    int overdueNow = 0;  ///< with a step overdue at "now"
    int open = 0;        ///< not closed
    /// compliant ÷ decided complaints, in basis points rounded half-up (9523 = 95.23 %);
    /// nullopt when none is decided yet.
    std::optional<int> complianceBp;
    friend bool operator==(const ComplaintStats&, const ComplaintStats&) = default;
};

/// The 2123 principle (domain.md §8): deadlines, status and compliance of complaint steps.
class ComplaintDeadlines {
public:
    explicit ComplaintDeadlines(ComplaintSettings settings = {});

    /// Deadline of a step: received + contactWithin / answerWithin / seniorAnswerWithin, or
    /// resolved + followUpWithin (null while not resolved, or for senior_answer of a normal one).
    [[nodiscard]] QDateTime deadline(const ComplaintTimes& c, ComplaintStep step) const;

    /// Every step's status at `now`. A step done exactly at its deadline is on time; a step not
    /// done is overdue once now is past its deadline.
    [[nodiscard]] ComplaintEvaluation evaluate(const ComplaintTimes& c, const QDateTime& now) const;

    /// Statistics over the complaints received on a date in [from, to].
    [[nodiscard]] ComplaintStats summarize(const std::vector<ComplaintTimes>& complaints,
                                           const QDate& from, const QDate& to,
                                           const QDateTime& now) const;

    /// Monday–Sunday week containing `date`.
    [[nodiscard]] static std::pair<QDate, QDate> weekOf(const QDate& date);
    /// Calendar month containing `date`.
    [[nodiscard]] static std::pair<QDate, QDate> monthOf(const QDate& date);

    [[nodiscard]] const ComplaintSettings& settings() const { return settings_; }

private:
    ComplaintSettings settings_;
};

}  // namespace hc::domain
