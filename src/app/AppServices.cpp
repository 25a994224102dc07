#include "hc/app/AppServices.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/AppointmentService.h"
#include "hc/services/AuditService.h"
#include "hc/services/BackupService.h"
#include "hc/services/CallListService.h"
#include "hc/services/CampaignService.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/ConsentService.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerImportService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/services/DuplicateService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/ImportProfileService.h"
#include "hc/services/MessageService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/PrivacyService.h"
#include "hc/services/ReceiptService.h"
#include "hc/services/SatisfactionService.h"
#include "hc/services/ScriptService.h"
#include "hc/services/SearchService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitService.h"
#include "hc/services/WalkInService.h"
#include "hc/ui/WarmUpQueue.h"

namespace hc::app {

namespace {

services::LoginPolicy storedPolicy(services::SettingsService& settings) {
    services::LoginPolicy policy;
    if (auto stored = settings.loginPolicy()) {
        policy = stored.value();
    }
    return policy;
}

}  // namespace

struct AppServices::Private {
    Private(storage::Database& db, const services::Clock& clock, domain::MessageLanguage language)
        : backups(db, clock),
          settings(db, clock, &settingsNotifier),
          users(db, clock, storedPolicy(settings)),
          customers(db, clock),
          vehicles(db, clock),
          visits(db, clock),
          walkIns(db, clock),
          analysis(db),
          cards(db),
          audit(db),
          search(db),
          reports(db, clock),
          followUps(db, clock),
          callList(db, clock),
          appointments(db, clock),
          declined(db, clock),
          complaints(db, clock),
          campaigns(db, clock),
          scripts(db, clock),
          receipts(db, clock),
          satisfaction(db, clock),
          privacy(db, clock),
          duplicates(db, clock),
          visitImports(db, clock, language),
          customerImports(db, clock, language),
          importProfiles(db, clock),
          messages(db, clock),
          consent(db, clock),
          customerBase(db, clock) {}

    services::BackupService backups;
    // Settings saves are announced to the open screens (callbacks, reports, search badges).
    services::SettingsNotifier settingsNotifier;
    services::SettingsService settings;
    services::UserService users;
    services::CustomerService customers;
    services::VehicleService vehicles;
    services::VisitService visits;
    services::WalkInService walkIns;
    services::AnalysisService analysis;
    services::CustomerCardService cards;
    services::AuditService audit;
    services::SearchService search;
    services::MonthlyReportService reports;
    services::FollowUpService followUps;
    services::CallListService callList;
    services::AppointmentService appointments;
    services::DeclinedWorkService declined;
    services::ComplaintService complaints;
    services::CampaignService campaigns;
    services::ScriptService scripts;
    services::ReceiptService receipts;
    services::SatisfactionService satisfaction;
    services::PrivacyService privacy;
    services::DuplicateService duplicates;
    services::VisitImportService visitImports;
    services::CustomerImportService customerImports;
    services::ImportProfileService importProfiles;
    services::MessageService messages;
    services::ConsentService consent;
    services::CustomerBaseModelService customerBase;
    /// The screens' warm-ups after login, one at a time (outlives every main window).
    ui::WarmUpQueue warmUps;
    ui::UiContext context;
};

AppServices::AppServices(storage::Database& db, services::Clock clock,
                         domain::MessageLanguage language)
    : d_(std::make_unique<Private>(db, clock, language)) {
    auto& p = *d_;
    auto& c = p.context;
    c.customers = &p.customers;
    c.vehicles = &p.vehicles;
    c.visits = &p.visits;
    c.walkIns = &p.walkIns;
    c.users = &p.users;
    c.analysis = &p.analysis;
    c.cards = &p.cards;
    c.search = &p.search;
    c.audit = &p.audit;
    c.settings = &p.settings;
    c.settingsNotifier = &p.settingsNotifier;
    c.reports = &p.reports;
    c.followUps = &p.followUps;
    c.callList = &p.callList;
    c.appointments = &p.appointments;
    c.declined = &p.declined;
    c.complaints = &p.complaints;
    c.campaigns = &p.campaigns;
    c.scripts = &p.scripts;
    c.receipts = &p.receipts;
    c.satisfaction = &p.satisfaction;
    c.backups = &p.backups;
    c.privacy = &p.privacy;
    c.duplicates = &p.duplicates;
    c.visitImports = &p.visitImports;
    c.customerImports = &p.customerImports;
    c.importProfiles = &p.importProfiles;
    c.messages = &p.messages;
    c.consent = &p.consent;
    c.warmUps = &p.warmUps;
}

AppServices::~AppServices() = default;

ui::UiContext& AppServices::context() {
    return d_->context;
}

services::BackupService& AppServices::backups() {
    return d_->backups;
}

services::SearchService& AppServices::search() {
    return d_->search;
}

services::UserService& AppServices::users() {
    return d_->users;
}

services::CustomerBaseModelService& AppServices::customerBase() {
    return d_->customerBase;
}

}  // namespace hc::app
