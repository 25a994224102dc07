#pragma once

#include "hc/domain/Complaint.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hc::domain {

/// Status of a complaint form (domain.md §8). Keys: "received", "contacted", "answered",
/// "resolved", "closed" (followed up).
enum class ComplaintStatus { Received, Contacted, Answered, Resolved, Closed };
[[nodiscard]] QString toKey(ComplaintStatus status);
[[nodiscard]] std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key);

/// A step recorded on the form.
enum class ComplaintMove { Contact, Answer, SeniorAnswer, Resolve, FollowUp };

/// Why a step cannot be recorded.
enum class ComplaintMoveRefusal {
    SeniorAnswerNeedsMajor,   ///< only a major complaint gets a senior-management answer
    FollowUpNeedsResolution,  ///< the follow-up comes after the resolution
    AlreadyRecorded           ///< each step is recorded once
};

/// The complaint status machine, the one definition used by the complaint and follow-up services:
/// the status is the furthest step recorded (closed > resolved > answered (an answer or a senior
/// answer) > contacted > received); steps may be recorded in any order except the two refusals.
class ComplaintStatusMachine {
public:
    [[nodiscard]] static ComplaintStatus statusOf(const Complaint& complaint);
    /// Nullopt when `move` may be recorded on the complaint as it is.
    [[nodiscard]] static std::optional<ComplaintMoveRefusal> check(const Complaint& complaint,
                                                                   ComplaintMove move);
    /// Records `move` at `at` (check() must have passed) and updates `complaint.status`.
    static void apply(Complaint& complaint, ComplaintMove move, const QDateTime& at);
};

}  // namespace hc::domain
