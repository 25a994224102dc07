#pragma once

#include "hc/domain/SatisfactionItemRecord.h"
#include "hc/domain/SatisfactionSummary.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace hc::storage {

class Database;

/// The satisfaction questionnaire: items (satisfaction_items) and the scores given during
/// post-service calls (satisfaction_answers, score 1–5 enforced by the schema).
class SatisfactionRepository {
public:
    explicit SatisfactionRepository(Database& db) : db_(db) {}

    /// Items by sort, id; inactive ones only when asked.
    [[nodiscard]] std::vector<domain::SatisfactionItemRecord> items(bool includeInactive) const;
    [[nodiscard]] std::optional<domain::SatisfactionItemRecord> find(std::int64_t id) const;
    std::int64_t insertItem(const domain::SatisfactionItemRecord& item);
    /// Updates label, active and sort (the key is stable); false when missing.
    bool updateItem(const domain::SatisfactionItemRecord& item);
    /// Stores the scores (item id, score) of one call.
    void addAnswers(std::int64_t callId, const std::vector<std::pair<std::int64_t, int>>& scores);
    /// Answers of the calls dated in [from, to], with the item key as SatisfactionAnswer::itemId.
    [[nodiscard]] std::vector<domain::SatisfactionAnswer> answersBetween(const QDate& from,
                                                                         const QDate& to) const;

private:
    Database& db_;
};

}  // namespace hc::storage
