#pragma once

#include "hc/domain/Complaint.h"
#include "hc/domain/ComplaintEvent.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::storage {

class Database;

/// The complaints table and their status history (complaint_events) <-> domain::Complaint /
/// domain::ComplaintEvent. Prepared statements only; throws StorageError.
class ComplaintRepository {
public:
    explicit ComplaintRepository(Database& db) : db_(db) {}

    /// Inserts the complaint (created_at / updated_at = c.createdAt or now); returns the new id.
    std::int64_t insert(const domain::Complaint& c);
    /// Updates every field except id, customer, created_*; updated_at = `at`. False when missing.
    bool update(const domain::Complaint& c, const QDateTime& at);
    [[nodiscard]] std::optional<domain::Complaint> find(std::int64_t id) const;
    /// Complaints not followed up yet (open), oldest first.
    [[nodiscard]] std::vector<domain::Complaint> open() const;
    /// Complaints received on a date in [from, to], oldest first.
    [[nodiscard]] std::vector<domain::Complaint> receivedBetween(const QDate& from,
                                                                 const QDate& to) const;
    [[nodiscard]] std::vector<domain::Complaint> ofCustomer(domain::CustomerId customer) const;

    std::int64_t addEvent(const domain::ComplaintEvent& e);
    /// Status history of one complaint, oldest first.
    [[nodiscard]] std::vector<domain::ComplaintEvent> events(std::int64_t complaintId) const;

private:
    Database& db_;
};

}  // namespace hc::storage
