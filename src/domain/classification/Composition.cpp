#include "hc/domain/Composition.h"

namespace hc::domain {

int Composition::classCount(CustomerClass cls) const {
    switch (cls) {
        case CustomerClass::Loyal:
            return loyal;
        case CustomerClass::Swing:
            return swing;
        case CustomerClass::Lost:
            return lost;
        case CustomerClass::Invalid:
            return invalid;
        case CustomerClass::NoVisit:
            return noVisit;
    }
    return 0;
}

void Composition::add(const ClassificationResult& result) {
    ++customers;
    if (result.isNew) {
        ++newCustomers;
    }
    switch (result.cls) {
        case CustomerClass::Loyal:
            ++loyal;
            ++valid;
            break;
        case CustomerClass::Swing:
            ++swing;
            ++valid;
            break;
        case CustomerClass::Lost:
            ++lost;
            ++valid;
            break;
        case CustomerClass::Invalid:
            ++invalid;
            break;
        case CustomerClass::NoVisit:
            ++noVisit;
            break;
    }
    if (result.stage) {
        ++stages.at(static_cast<std::size_t>(*result.stage));
    }
}

Composition summarize(const std::vector<ClassificationResult>& results) {
    Composition composition;
    for (const auto& result : results) {
        composition.add(result);
    }
    return composition;
}

}  // namespace hc::domain
