#pragma once

#include "hc/domain/SatisfactionSettings.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hc::domain {

/// A questionnaire item of the post-service callback (domain.md §7), configurable by the shop.
struct SatisfactionItem {
    QString id;     ///< stable key, e.g. "reception"
    QString label;  ///< text shown to staff, e.g. 接待热情
    friend bool operator==(const SatisfactionItem&, const SatisfactionItem&) = default;
};

/// One answer: a score 1–5 for one item.
struct SatisfactionAnswer {
    QString itemId;
    int score = 0;
    friend bool operator==(const SatisfactionAnswer&, const SatisfactionAnswer&) = default;
};

inline constexpr int kSatisfactionMinScore = 1;
inline constexpr int kSatisfactionMaxScore = 5;

struct SatisfactionItemSummary {
    QString id;
    QString label;
    int answers = 0;
    long long sum = 0;
    std::array<int, kSatisfactionMaxScore> distribution{};  ///< answers per score, [0] = score 1
    std::optional<int> averageX100;  ///< sum ÷ answers × 100, half-up; absent without answers
    bool ranked = false;             ///< answers ≥ settings.minAnswers
    bool strong = false;
    bool weak = false;
    friend bool operator==(const SatisfactionItemSummary&,
                           const SatisfactionItemSummary&) = default;

    [[nodiscard]] int scoreCount(int score) const {
        return distribution.at(static_cast<std::size_t>(score - kSatisfactionMinScore));
    }
};

struct SatisfactionSummary {
    std::vector<SatisfactionItemSummary> items;  ///< questionnaire order
    int answers = 0;                             ///< accepted answers over all items
    int rejected = 0;  ///< answers for unknown items or with a score outside 1–5
    std::optional<int> overallAverageX100;  ///< over every accepted answer (not a mean of means)
    /// Item ids: strong by average descending, weak by average ascending, lowest = up to
    /// settings.lowestCount ranked items below the overall average, lowest first (none when no
    /// item is below it, e.g. every item at 5.00). Ties keep questionnaire order.
    std::vector<QString> strongItems;
    std::vector<QString> weakItems;
    std::vector<QString> lowestItems;

    /// Item by id, or nullptr.
    [[nodiscard]] const SatisfactionItemSummary* item(const QString& id) const;
};

/// Per-item counts and averages for the month's answers (domain.md §7, §9). The comparison with
/// the overall average uses the rounded averages (what is printed).
[[nodiscard]] SatisfactionSummary summarizeSatisfaction(
    const std::vector<SatisfactionItem>& items, const std::vector<SatisfactionAnswer>& answers,
    const SatisfactionSettings& settings = {});

}  // namespace hc::domain
