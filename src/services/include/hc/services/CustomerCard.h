#pragma once

#include "hc/domain/Complaint.h"
#include "hc/domain/Customer.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/domain/FollowUpKind.h"
#include "hc/domain/MaintenanceDueEstimator.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/AnalysisReports.h"

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

namespace hc::services {

/// A vehicle of the card with its next maintenance.
struct CardVehicle {
    domain::Vehicle vehicle;
    QDate lastVisit;                 ///< latest visit of the vehicle on file (any owner)
    std::optional<int> lastMileage;  ///< highest odometer reading on file
    /// domain::nextMaintenance over the customer's own visits of the vehicle up to the as-of date,
    /// with the stored follow-up settings: the date the daily follow-up list uses.
    domain::MaintenanceDue maintenance;
    /// domain::urgencyFor the next maintenance with the stored yellowWindowDays (the colour the
    /// daily follow-up list gives it); nullopt without an estimate.
    std::optional<domain::Urgency> maintenanceUrgency;

    /// Expected odometer at the next maintenance (mileageAtNextDue, else dueMileage).
    [[nodiscard]] std::optional<int> nextMaintenanceKm() const {
        return maintenance.mileageAtNextDue ? maintenance.mileageAtNextDue : maintenance.dueMileage;
    }
};

/// Work advised at the latest visit of a vehicle and not done since (上次建议).
struct OpenRecommendation {
    std::optional<domain::VehicleId> vehicleId;
    QString plate;  ///< empty for a visit without vehicle
    QDate date;
    QString text;
};

/// Everything the customer card shows for one customer as of a date (CustomerCardService::card).
struct CustomerCard {
    QDate asOf;
    domain::Customer customer;
    /// Class, stage, ABC grade and rank, matrix cell, RFM segment, window amount and visits.
    CustomerAnalysisSummary analysis;
    std::vector<CardVehicle> vehicles;  ///< currently owned
    std::vector<domain::Visit> visits;  ///< all visits of the customer, newest first
    /// Vehicles of earlier visits now owned by someone else (for the plate in the history).
    std::vector<domain::Vehicle> formerVehicles;
    std::vector<OpenRecommendation> openRecommendations;
    std::vector<domain::Complaint> openComplaints;  ///< not yet followed up (status ≠ closed)
    /// Chance of return, expected visits and value over the next 12 months from the stored
    /// customer-base model (docs/customer-base.md); nullopt when no fit is stored or the customer
    /// has no visit yet — the card then keeps the rule-based view only.
    std::optional<domain::CustomerOutlook> outlook;
    /// The fit in use (fit date and data range for the card's note); nullopt when none is stored.
    std::optional<domain::CustomerBaseFit> customerBaseFit;
};

}  // namespace hc::services

Q_DECLARE_METATYPE(hc::services::CustomerCard)
