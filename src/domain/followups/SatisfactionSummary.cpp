#include "hc/domain/SatisfactionSummary.h"

#include "hc/domain/Percent.h"

#include <QHash>

#include <algorithm>

namespace hc::domain {

const SatisfactionItemSummary* SatisfactionSummary::item(const QString& id) const {
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const SatisfactionItemSummary& s) { return s.id == id; });
    return it == items.end() ? nullptr : &*it;
}

SatisfactionSummary summarizeSatisfaction(const std::vector<SatisfactionItem>& items,
                                          const std::vector<SatisfactionAnswer>& answers,
                                          const SatisfactionSettings& settings) {
    SatisfactionSummary summary;
    QHash<QString, std::size_t> index;
    for (const auto& item : items) {
        if (index.contains(item.id)) {
            continue;  // a repeated id is the same item
        }
        index.insert(item.id, summary.items.size());
        SatisfactionItemSummary s;
        s.id = item.id;
        s.label = item.label;
        summary.items.push_back(s);
    }

    long long total = 0;
    for (const auto& answer : answers) {
        const auto it = index.find(answer.itemId);
        if (it == index.end() || answer.score < kSatisfactionMinScore ||
            answer.score > kSatisfactionMaxScore) {
            ++summary.rejected;
            continue;
        }
        auto& s = summary.items.at(it.value());
        ++s.answers;
        s.sum += answer.score;
        ++s.distribution.at(static_cast<std::size_t>(answer.score - kSatisfactionMinScore));
        ++summary.answers;
        total += answer.score;
    }
    if (summary.answers > 0) {
        summary.overallAverageX100 = static_cast<int>(divideHalfUp(total, summary.answers, 100));
    }

    std::vector<const SatisfactionItemSummary*> ranked;
    const int mean = summary.overallAverageX100.value_or(0);
    for (auto& s : summary.items) {
        if (s.answers > 0) {
            s.averageX100 = static_cast<int>(divideHalfUp(s.sum, s.answers, 100));
        }
        s.ranked = s.answers > 0 && s.answers >= settings.minAnswers;
        if (s.ranked) {
            s.strong = *s.averageX100 >= mean + settings.marginX100;
            s.weak = *s.averageX100 <= mean - settings.marginX100;
            ranked.push_back(&s);
        }
    }

    auto ascending = ranked;
    std::stable_sort(ascending.begin(), ascending.end(), [](const auto* a, const auto* b) {
        return *a->averageX100 < *b->averageX100;
    });
    auto descending = ranked;
    std::stable_sort(descending.begin(), descending.end(), [](const auto* a, const auto* b) {
        return *a->averageX100 > *b->averageX100;
    });
    for (const auto* s : descending) {
        if (s->strong) {
            summary.strongItems.push_back(s->id);
        }
    }
    for (const auto* s : ascending) {
        if (s->weak) {
            summary.weakItems.push_back(s->id);
        }
        if (*s->averageX100 < mean &&
            static_cast<int>(summary.lowestItems.size()) < settings.lowestCount) {
            summary.lowestItems.push_back(s->id);
        }
    }
    return summary;
}

}  // namespace hc::domain
