#include "hc/domain/ComplaintStatusMachine.h"

#include <array>
#include <utility>

namespace hc::domain {

namespace {

constexpr std::array<std::pair<ComplaintStatus, const char*>, 5> kKeys{{
    {ComplaintStatus::Received, "received"},
    {ComplaintStatus::Contacted, "contacted"},
    {ComplaintStatus::Answered, "answered"},
    {ComplaintStatus::Resolved, "resolved"},
    {ComplaintStatus::Closed, "closed"},
}};

QDateTime& slotOf(Complaint& c, ComplaintMove move) {
    switch (move) {
        case ComplaintMove::Contact:
            return c.contacted;
        case ComplaintMove::Answer:
            return c.answered;
        case ComplaintMove::SeniorAnswer:
            return c.seniorAnswered;
        case ComplaintMove::Resolve:
            return c.resolved;
        case ComplaintMove::FollowUp:
            break;
    }
    return c.followedUp;
}

}  // namespace

QString toKey(ComplaintStatus status) {
    for (const auto& [s, key] : kKeys) {
        if (s == status) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("received");
}

std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key) {
    for (const auto& [s, k] : kKeys) {
        if (key == QLatin1String(k)) {
            return s;
        }
    }
    return std::nullopt;
}

ComplaintStatus ComplaintStatusMachine::statusOf(const Complaint& c) {
    if (c.followedUp.isValid()) {
        return ComplaintStatus::Closed;
    }
    if (c.resolved.isValid()) {
        return ComplaintStatus::Resolved;
    }
    if (c.answered.isValid() || c.seniorAnswered.isValid()) {
        return ComplaintStatus::Answered;
    }
    if (c.contacted.isValid()) {
        return ComplaintStatus::Contacted;
    }
    return ComplaintStatus::Received;
}

std::optional<ComplaintMoveRefusal> ComplaintStatusMachine::check(const Complaint& c,
                                                                  ComplaintMove move) {
    if (move == ComplaintMove::SeniorAnswer && c.severity != ComplaintSeverity::Major) {
        return ComplaintMoveRefusal::SeniorAnswerNeedsMajor;
    }
    if (move == ComplaintMove::FollowUp && !c.resolved.isValid()) {
        return ComplaintMoveRefusal::FollowUpNeedsResolution;
    }
    Complaint copy = c;
    if (slotOf(copy, move).isValid()) {
        return ComplaintMoveRefusal::AlreadyRecorded;
    }
    return std::nullopt;
}

void ComplaintStatusMachine::apply(Complaint& c, ComplaintMove move, const QDateTime& at) {
    slotOf(c, move) = at;
    c.status = toKey(statusOf(c));
}

}  // namespace hc::domain
