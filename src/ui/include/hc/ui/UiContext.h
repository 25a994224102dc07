#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"

#include <QString>

namespace hc::services {
class CustomerService;
class CustomerCardService;
class VehicleService;
class VisitService;
class WalkInService;
class UserService;
class AnalysisService;
class SearchService;
class AuditService;
class SettingsService;
class SettingsNotifier;
class FollowUpService;
class CallListService;
class ComplaintService;
class CampaignService;
class ScriptService;
class SatisfactionService;
class MonthlyReportService;
class ReceiptService;
class BackupService;
class PrivacyService;
class DuplicateService;
class AppointmentService;
class MessageService;
class ConsentService;
class VisitImportService;
class CustomerImportService;
class ImportProfileService;
class DeclinedWorkService;
}  // namespace hc::services

namespace hc::ui {

class WarmUpQueue;

/// What every screen needs, injected by the app through constructors (no singletons): the services
/// (owned by the app, outliving every widget) and the logged-in user. Pointers may be null for a
/// service a screen does not use (tests).
struct UiContext {
    services::CustomerService* customers = nullptr;
    services::VehicleService* vehicles = nullptr;
    services::VisitService* visits = nullptr;
    services::WalkInService* walkIns = nullptr;  ///< new walk-in (新客进厂)
    services::UserService* users = nullptr;
    services::AnalysisService* analysis = nullptr;
    /// The customer card read (card, callback summary); the card falls back to the services above
    /// without maintenance estimates when null.
    services::CustomerCardService* cards = nullptr;
    /// The customer card reads on a thread of its own (CardLoader; the app sets it).
    bool loadCardsInBackground = false;
    /// Build monthly reports on a thread of their own (the app; tests that need the report at once
    /// leave it off and call ReportView::showMonth).
    bool loadReportsInBackground = false;
    /// Plan the callback screen's list on a thread of its own (FollowUpLoader; the app sets it;
    /// tests that need the list at once leave it off).
    bool loadFollowUpsInBackground = false;
    /// Look for duplicate customers (文件 > 重复客户…; seconds on a large archive) on a thread of
    /// its own (the app sets it; tests that need the groups at once leave it off).
    bool loadDuplicatesInBackground = false;
    /// Runs the screens' warm-ups after login one at a time, the landing screen's first (the app
    /// sets it; null: each loader starts its warm-up at once).
    WarmUpQueue* warmUps = nullptr;
    /// The clock of the screens that start with one (the callback screen's day); null: the
    /// system clock. Tools and tests that fix "today" set it before the window is built.
    services::Clock clock;
    /// Today and now by `clock` (the system's when null): every screen's "today" (card, forms,
    /// lists), so a fixed clock fixes all of them together.
    [[nodiscard]] QDate today() const { return now().date(); }
    [[nodiscard]] QDateTime now() const {
        return clock ? clock() : QDateTime::currentDateTime();
    }
    services::SearchService* search = nullptr;
    services::AuditService* audit = nullptr;
    services::SettingsService* settings = nullptr;
    /// Emits when settings are saved: open screens recompute (callbacks, reports, search badges).
    services::SettingsNotifier* settingsNotifier = nullptr;
    // Callbacks and complaints (回访 / 投诉).
    services::FollowUpService* followUps = nullptr;
    /// The day's list (capacity, ranks, assignees); the callback screen shows the full planned list
    /// without ranks when null.
    services::CallListService* callList = nullptr;
    services::ComplaintService* complaints = nullptr;
    services::CampaignService* campaigns = nullptr;
    services::ScriptService* scripts = nullptr;
    services::SatisfactionService* satisfaction = nullptr;
    // Monthly manager report (报表).
    services::MonthlyReportService* reports = nullptr;
    // Visit receipts (结算单) for printing.
    services::ReceiptService* receipts = nullptr;
    // Backups: status bar age, 备份与恢复 dialog (manager).
    services::BackupService* backups = nullptr;
    // PIPL requests (manager): export / erase on the customer card, bulk anonymisation in settings.
    services::PrivacyService* privacy = nullptr;
    // Duplicate customers (manager): find, merge, undo (文件 → 重复客户).
    services::DuplicateService* duplicates = nullptr;
    // Appointments (预约): reception's today / tomorrow panel and booking.
    services::AppointmentService* appointments = nullptr;
    // Declined work (建议项目): items at visit entry, on the card (null: not shown).
    services::DeclinedWorkService* declined = nullptr;
    // Messages and consent (短信模板, 同意记录, 短信记录).
    services::MessageService* messages = nullptr;
    services::ConsentService* consent = nullptr;
    // Import wizard (manager, 数据 > 导入…): the visit import and the saved column mappings.
    services::VisitImportService* visitImports = nullptr;
    // The customer list import (客户名单 mode of the import wizard; null: visits only).
    services::CustomerImportService* customerImports = nullptr;
    services::ImportProfileService* importProfiles = nullptr;
    services::ActingUser user;
    /// The backup the manager chose to restore (备份与恢复); the app restores it after the session
    /// ended and the database is closed. Empty when none.
    QString pendingRestore;
};

}  // namespace hc::ui
