#include "CardWithoutCardService.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/UiContext.h"

namespace hc::ui {

services::Result<services::CustomerCard> CardWithoutCardService::load(const UiContext& ctx,
                                                                      qint64 id,
                                                                      const QDate& today) {
    const services::ServiceError notFound{services::ServiceError::Code::NotFound, {}, {}, {}};
    if (ctx.customers == nullptr) {
        return notFound;
    }
    auto found = ctx.customers->find(id);
    if (!found) {
        return found.error();
    }
    auto& customer = found.value();
    if (!customer) {
        return notFound;
    }
    services::CustomerCard card;
    card.asOf = today;
    card.customer = std::move(*customer);
    card.analysis.id = id;
    if (ctx.analysis != nullptr) {
        auto summary = ctx.analysis->customerSummary(id, today);
        if (!summary) {
            return summary.error();  // a failed read says so; it is not a card without badges
        }
        card.analysis = summary.value();
    }
    if (ctx.vehicles != nullptr) {
        auto vehicles = ctx.vehicles->vehiclesOf(id);
        if (!vehicles) {
            return vehicles.error();
        }
        for (auto& v : vehicles.value()) {
            services::CardVehicle cv;
            cv.vehicle = std::move(v);
            card.vehicles.push_back(std::move(cv));
        }
    }
    if (ctx.visits != nullptr) {
        auto visits = ctx.visits->visitsOf(id);
        if (!visits) {
            return visits.error();
        }
        card.visits = std::move(visits.value());
    }
    card.openRecommendations = services::CustomerCardService::openRecommendations(card);
    return card;
}

}  // namespace hc::ui
