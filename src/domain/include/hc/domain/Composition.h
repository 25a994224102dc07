#pragma once

#include "hc/domain/Classification.h"
#include "hc/domain/CustomerClass.h"

#include <array>
#include <vector>

namespace hc::domain {

/// Customer composition for the monthly report (domain.md §9): counts over classification results.
/// customers = valid + invalid + noVisit; valid = loyal + swing + lost. `newCustomers` counts every
/// new customer regardless of validity (new is orthogonal to the class).
struct Composition {
    int customers = 0;
    int valid = 0;
    int invalid = 0;
    int noVisit = 0;
    int loyal = 0;
    int swing = 0;
    int lost = 0;
    int newCustomers = 0;
    std::array<int, kStageCount> stages{};  ///< indexed by Stage

    [[nodiscard]] int stageCount(Stage stage) const {
        return stages.at(static_cast<std::size_t>(stage));
    }
    [[nodiscard]] int classCount(CustomerClass cls) const;

    /// Adds one classified customer.
    void add(const ClassificationResult& result);

    friend bool operator==(const Composition&, const Composition&) = default;
};

/// Counts the results (one per customer).
[[nodiscard]] Composition summarize(const std::vector<ClassificationResult>& results);

}  // namespace hc::domain
