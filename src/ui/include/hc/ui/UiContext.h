#pragma once

#include "hc/services/ActingUser.h"

namespace hc::services {
class CustomerService;
class VehicleService;
class VisitService;
class UserService;
class AnalysisService;
class SearchService;
class AuditService;
class SettingsService;
class SettingsNotifier;
class FollowUpService;
class ComplaintService;
class CampaignService;
class ScriptService;
class SatisfactionService;
class MonthlyReportService;
}  // namespace hc::services

namespace hc::ui {

/// What every screen needs, injected by the app through constructors (no singletons): the services
/// (owned by the app, outliving every widget) and the logged-in user. Pointers may be null for a
/// service a screen does not use (tests).
struct UiContext {
    services::CustomerService* customers = nullptr;
    services::VehicleService* vehicles = nullptr;
    services::VisitService* visits = nullptr;
    services::UserService* users = nullptr;
    services::AnalysisService* analysis = nullptr;
    services::SearchService* search = nullptr;
    services::AuditService* audit = nullptr;
    services::SettingsService* settings = nullptr;
    /// Emits when settings are saved: open screens recompute (callbacks, reports, search badges).
    services::SettingsNotifier* settingsNotifier = nullptr;
    // Callbacks and complaints (回访 / 投诉).
    services::FollowUpService* followUps = nullptr;
    services::ComplaintService* complaints = nullptr;
    services::CampaignService* campaigns = nullptr;
    services::ScriptService* scripts = nullptr;
    services::SatisfactionService* satisfaction = nullptr;
    // Monthly manager report (报表).
    services::MonthlyReportService* reports = nullptr;
    services::ActingUser user;
};

}  // namespace hc::ui
