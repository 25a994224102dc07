#pragma once

// Every service of the app on one temporary database, wired into a UiContext the way src/app does,
// with a manager and a few customers whose names, regions and models are ASCII (so that an English
// screen can be checked for Chinese that does not come from the data: only plates keep their
// province character).
#include "QtApp.h"

#include "hc/domain/Customer.h"
#include "hc/domain/Role.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/AppointmentService.h"
#include "hc/services/AuditService.h"
#include "hc/services/BackupService.h"
#include "hc/services/CallListService.h"
#include "hc/services/CampaignService.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/ConsentService.h"
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
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitService.h"
#include "hc/services/WalkInService.h"
#include "hc/storage/Database.h"
#include "hc/ui/UiContext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace hc::test {

class AppHarness {
public:
    explicit AppHarness(QDateTime now = QDateTime(QDate(2026, 9, 15), QTime(10, 0))) : now_(now) {
        qtApp();
        QCoreApplication::setOrganizationName(QStringLiteral("HuichangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hc_ui_tests"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        db_ = storage::Database::open(dir_.filePath(QStringLiteral("app.db")));
        const services::Clock clock = [this] { return now_; };
        db_->setClock(clock);  // storage takes the time from the same clock
        services::LoginPolicy policy;
        policy.passwordIterations = 1000;
        policy.failureDelayMs = 0;
        settings_ = std::make_unique<services::SettingsService>(*db_, clock);
        users_ = std::make_unique<services::UserService>(*db_, clock, policy);
        customers_ = std::make_unique<services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<services::VisitService>(*db_, clock);
        analysis_ = std::make_unique<services::AnalysisService>(*db_);
        audit_ = std::make_unique<services::AuditService>(*db_);
        search_ = std::make_unique<services::SearchService>(*db_);
        reports_ = std::make_unique<services::MonthlyReportService>(*db_, clock);
        followUps_ = std::make_unique<services::FollowUpService>(*db_, clock);
        callList_ = std::make_unique<services::CallListService>(*db_, clock);
        complaints_ = std::make_unique<services::ComplaintService>(*db_, clock);
        campaigns_ = std::make_unique<services::CampaignService>(*db_, clock);
        scripts_ = std::make_unique<services::ScriptService>(*db_, clock);
        satisfaction_ = std::make_unique<services::SatisfactionService>(*db_, clock);
        cards_ = std::make_unique<services::CustomerCardService>(*db_);
        walkIns_ = std::make_unique<services::WalkInService>(*db_, clock);
        receipts_ = std::make_unique<services::ReceiptService>(*db_, clock);
        backups_ = std::make_unique<services::BackupService>(*db_, clock);
        privacy_ = std::make_unique<services::PrivacyService>(*db_, clock);
        duplicates_ = std::make_unique<services::DuplicateService>(*db_, clock);
        // Reject reasons in the UI language (set before the harness, as the app does at start).
        visitImports_ = std::make_unique<services::VisitImportService>(
            *db_, clock,
            QLocale().language() == QLocale::English ? domain::MessageLanguage::En
                                                     : domain::MessageLanguage::Zh);
        customerImports_ = std::make_unique<services::CustomerImportService>(
            *db_, clock,
            QLocale().language() == QLocale::English ? domain::MessageLanguage::En
                                                     : domain::MessageLanguage::Zh);
        importProfiles_ = std::make_unique<services::ImportProfileService>(*db_, clock);
        appointments_ = std::make_unique<services::AppointmentService>(*db_, clock);
        declined_ = std::make_unique<services::DeclinedWorkService>(*db_, clock);
        messages_ = std::make_unique<services::MessageService>(*db_, clock);
        consent_ = std::make_unique<services::ConsentService>(*db_, clock);

        context.customers = customers_.get();
        context.vehicles = vehicles_.get();
        context.visits = visits_.get();
        context.users = users_.get();
        context.analysis = analysis_.get();
        context.search = search_.get();
        context.audit = audit_.get();
        context.settings = settings_.get();
        context.reports = reports_.get();
        context.followUps = followUps_.get();
        context.callList = callList_.get();
        context.complaints = complaints_.get();
        context.campaigns = campaigns_.get();
        context.scripts = scripts_.get();
        context.satisfaction = satisfaction_.get();
        context.cards = cards_.get();
        context.walkIns = walkIns_.get();
        context.receipts = receipts_.get();
        context.backups = backups_.get();
        context.privacy = privacy_.get();
        context.duplicates = duplicates_.get();
        context.visitImports = visitImports_.get();
        context.customerImports = customerImports_.get();
        context.importProfiles = importProfiles_.get();
        context.appointments = appointments_.get();
        context.declined = declined_.get();
        context.messages = messages_.get();
        context.consent = consent_.get();

        auto id =
            users_->addUser(services::ActingUser{}, QStringLiteral("wang"), domain::Role::Manager,
                            QStringLiteral("Manager#2024x"), QStringLiteral("Wang Manager"));
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        if (id) {
            context.user = {id.value(), QStringLiteral("wang"), domain::Role::Manager};
        }
    }

    /// Registers a customer with one vehicle and visits on the given days (ASCII texts).
    domain::CustomerId addCustomer(const QString& name, const QString& phone, const QString& plate,
                                   const std::vector<QDate>& visitDays) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.region = QStringLiteral("North");
        auto customer = customers_->registerCustomer(context.user, c);
        EXPECT_TRUE(customer) << customer.error().message.toStdString();
        if (!customer) {
            return 0;
        }
        domain::Vehicle v;
        v.customerId = customer.value();
        v.plate = plate;
        v.brand = QStringLiteral("Toyota");
        v.model = QStringLiteral("Corolla");
        v.purchaseDate = QDate(2021, 5, 1);
        auto vehicle = vehicles_->registerVehicle(context.user, v);
        EXPECT_TRUE(vehicle) << vehicle.error().message.toStdString();
        int n = 0;
        for (const QDate& day : visitDays) {
            domain::Visit visit;
            visit.customerId = customer.value();
            visit.vehicleId = vehicle ? std::optional(vehicle.value()) : std::nullopt;
            visit.date = day;
            visit.workOrder = QStringLiteral("WO-%1-%2").arg(customer.value()).arg(++n);
            visit.mileage = 10000 * n;
            visit.category = QStringLiteral("maintenance");
            visit.workDone = QStringLiteral("Oil change");
            visit.labourFen = 20000;
            visit.amountFen = 20000;
            visit.advisor = QStringLiteral("wang");
            auto saved = visits_->registerVisit(context.user, visit);
            EXPECT_TRUE(saved) << saved.error().message.toStdString();
        }
        return customer.value();
    }

    [[nodiscard]] storage::Database& db() { return *db_; }
    [[nodiscard]] const QDateTime& now() const { return now_; }
    /// Moves the clock every service reads (e.g. to the next day).
    void setNow(const QDateTime& now) { now_ = now; }

    ui::UiContext context;

private:
    QDateTime now_;
    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<services::SettingsService> settings_;
    std::unique_ptr<services::MessageService> messages_;
    std::unique_ptr<services::ConsentService> consent_;
    std::unique_ptr<services::UserService> users_;
    std::unique_ptr<services::CustomerService> customers_;
    std::unique_ptr<services::VehicleService> vehicles_;
    std::unique_ptr<services::VisitService> visits_;
    std::unique_ptr<services::AnalysisService> analysis_;
    std::unique_ptr<services::AuditService> audit_;
    std::unique_ptr<services::SearchService> search_;
    std::unique_ptr<services::MonthlyReportService> reports_;
    std::unique_ptr<services::FollowUpService> followUps_;
    std::unique_ptr<services::CallListService> callList_;
    std::unique_ptr<services::AppointmentService> appointments_;
    std::unique_ptr<services::DeclinedWorkService> declined_;
    std::unique_ptr<services::ComplaintService> complaints_;
    std::unique_ptr<services::CampaignService> campaigns_;
    std::unique_ptr<services::ScriptService> scripts_;
    std::unique_ptr<services::SatisfactionService> satisfaction_;
    std::unique_ptr<services::CustomerCardService> cards_;
    std::unique_ptr<services::WalkInService> walkIns_;
    std::unique_ptr<services::ReceiptService> receipts_;
    std::unique_ptr<services::BackupService> backups_;
    std::unique_ptr<services::PrivacyService> privacy_;
    std::unique_ptr<services::DuplicateService> duplicates_;
    std::unique_ptr<services::VisitImportService> visitImports_;
    std::unique_ptr<services::CustomerImportService> customerImports_;
    std::unique_ptr<services::ImportProfileService> importProfiles_;
};

}  // namespace hc::test
