#pragma once

#include "hc/domain/Complaint.h"
#include "hc/domain/ComplaintDeadlines.h"
#include "hc/domain/ComplaintEvent.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hc::storage {
class Database;
}

namespace hc::services {

/// A step of the complaint form the staff record. Keys: "contact", "answer", "senior_answer",
/// "resolve", "follow_up".
enum class ComplaintAction { Contact, Answer, SeniorAnswer, Resolve, FollowUp };

/// An open complaint with at least one 2123 step overdue at a moment.
struct OverdueComplaint {
    domain::Complaint complaint;
    QString customerName;
    domain::ComplaintEvaluation evaluation;  ///< every step; the overdue ones have status Overdue
};

/// Complaints (客户投诉) and the 2123 principle (domain.md §8). Every write: one transaction, a
/// status event and an audit record.
///
/// The deadlines: `settings` fixed at construction (tests), or — nullopt, the default — the
/// "complaint" part of the shop's stored follow-up settings (SettingsService::saveFollowUps;
/// defaults when none are stored), read afresh at each use case.
class ComplaintService {
public:
    ComplaintService(storage::Database& db, Clock clock,
                     std::optional<domain::ComplaintSettings> settings = std::nullopt);
    ~ComplaintService();

    /// Registers a complaint (received: the given time or now); returns its id.
    Result<std::int64_t> open(const ActingUser& user, const domain::Complaint& complaint);
    /// Records a step at `at` (invalid = now): sets its time and the status, appends the event.
    /// Resolve takes the resolution text as `note`. Steps cannot be recorded twice, before the
    /// complaint was received or in the future; senior_answer only for major complaints;
    /// follow_up only once resolved.
    VoidResult recordStep(const ActingUser& user, std::int64_t id, ComplaintAction action,
                          const QDateTime& at = {}, const QString& note = {});
    /// Changes the responsible person (a user and/or a name).
    VoidResult assign(const ActingUser& user, std::int64_t id,
                      std::optional<std::int64_t> responsibleUser, const QString& person);

    [[nodiscard]] Result<domain::Complaint> find(std::int64_t id) const;
    [[nodiscard]] Result<std::vector<domain::ComplaintEvent>> history(std::int64_t id) const;
    [[nodiscard]] Result<std::vector<domain::Complaint>> openComplaints() const;
    /// Open complaints with a step overdue at `at`, oldest first.
    [[nodiscard]] Result<std::vector<OverdueComplaint>> overdue(const QDateTime& at) const;
    /// 2123 statistics of the complaints received in [from, to], evaluated at `now`.
    [[nodiscard]] Result<domain::ComplaintStats> stats(const QDate& from, const QDate& to,
                                                       const QDateTime& now) const;
    /// Monday–Sunday week / calendar month containing `date`, evaluated at now.
    [[nodiscard]] Result<domain::ComplaintStats> weekly(const QDate& date) const;
    [[nodiscard]] Result<domain::ComplaintStats> monthly(const QDate& date) const;

    /// The deadlines in use now: the fixed settings, or the stored ones (defaults when none are
    /// stored); the storage error (logged) when they cannot be read — never the defaults in
    /// place of settings that exist but could not be read.
    [[nodiscard]] Result<domain::ComplaintDeadlines> deadlines() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::services
