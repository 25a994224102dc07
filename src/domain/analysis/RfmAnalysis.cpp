#include "hc/domain/RfmAnalysis.h"

#include "hc/domain/Classification.h"

#include <array>

namespace hc::domain {

namespace {

const std::array<QString, kRfmSegmentCount>& segmentKeys() {
    static const std::array<QString, kRfmSegmentCount> keys{
        QStringLiteral("important_value"), QStringLiteral("important_develop"),
        QStringLiteral("important_keep"),  QStringLiteral("important_retain"),
        QStringLiteral("general_value"),   QStringLiteral("general_develop"),
        QStringLiteral("general_keep"),    QStringLiteral("general_retain")};
    return keys;
}

}  // namespace

QString toKey(RfmSegment segment) {
    return segmentKeys().at(static_cast<std::size_t>(segment));
}

std::optional<RfmSegment> rfmSegmentFromKey(const QString& key) {
    const auto& keys = segmentKeys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            return static_cast<RfmSegment>(i);
        }
    }
    return std::nullopt;
}

RfmSegment rfmSegment(bool recencyHigh, bool frequencyHigh, bool monetaryHigh) {
    // Enum order: M high first (0..3), then M low (4..7); within each: (H,H), (H,L), (L,H), (L,L).
    const int base = monetaryHigh ? 0 : 4;
    const int offset = (recencyHigh ? 0 : 2) + (frequencyHigh ? 0 : 1);
    return static_cast<RfmSegment>(base + offset);
}

RfmResult runRfm(const std::vector<CustomerFacts>& facts, const QDate& asOf,
                 const RfmSettings& settings) {
    RfmResult result;
    std::vector<const CustomerFacts*> population;
    population.reserve(facts.size());
    Fen sum = 0;
    for (const auto& f : facts) {
        if (isValidWithVisit(f, asOf)) {
            population.push_back(&f);
            sum += f.windowAmountFen;
        }
    }
    const auto n = static_cast<long long>(population.size());
    result.population = static_cast<int>(n);
    result.monetaryFromMean = settings.monetaryHighFen <= 0;
    if (!result.monetaryFromMean) {
        result.monetaryThresholdFen = settings.monetaryHighFen;
    } else if (n > 0) {
        // ceil(sum / n), also correct for a negative sum.
        const Fen q = sum / n;
        result.monetaryThresholdFen = (sum % n > 0) ? q + 1 : q;
    }

    const QDate recencyFrom = settings.recency.before(asOf);
    result.entries.reserve(population.size());
    for (const CustomerFacts* f : population) {
        RfmEntry entry;
        entry.customerId = f->id;
        entry.recencyHigh = f->lastVisit >= recencyFrom;
        entry.frequencyHigh = f->windowVisits >= settings.frequencyHigh;
        entry.monetaryHigh = result.monetaryFromMean
                                 ? f->windowAmountFen * n >= sum
                                 : f->windowAmountFen >= settings.monetaryHighFen;
        entry.segment = rfmSegment(entry.recencyHigh, entry.frequencyHigh, entry.monetaryHigh);
        ++result.counts.at(static_cast<std::size_t>(entry.segment));
        result.entries.push_back(entry);
    }
    return result;
}

}  // namespace hc::domain
