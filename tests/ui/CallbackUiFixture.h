// Shared by the callback and complaint screen tests: a real database in a temporary folder, the
// real services on a clock the test moves, a manager, a callback user and an advisor, and one
// customer with a vehicle and a visit three days before "now".
#pragma once

#include "QtApp.h"

#include "hc/services/CampaignService.h"
#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/SatisfactionService.h"
#include "hc/services/ScriptService.h"
#include "hc/services/SearchService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"
#include "hc/ui/UiContext.h"

#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace hc::test {

class CallbackUiFixture : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        useCjkFont();
        ASSERT_TRUE(dir_.isValid());
        db_ = storage::Database::open(dir_.filePath(QStringLiteral("callbacks.db")));
        const services::Clock clock = [this] { return now; };
        services::LoginPolicy policy;
        policy.passwordIterations = 10000;
        users_ = std::make_unique<services::UserService>(*db_, clock, policy);
        customers_ = std::make_unique<services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<services::VisitService>(*db_, clock);
        search_ = std::make_unique<services::SearchService>(*db_);
        followUps_ = std::make_unique<services::FollowUpService>(*db_, clock);
        complaints_ = std::make_unique<services::ComplaintService>(*db_, clock);
        campaigns_ = std::make_unique<services::CampaignService>(*db_, clock);
        scripts_ = std::make_unique<services::ScriptService>(*db_, clock);
        satisfaction_ = std::make_unique<services::SatisfactionService>(*db_, clock);

        const services::ActingUser system;
        manager_ = addUser(QStringLiteral("wang"), domain::Role::Manager, QStringLiteral("王经理"));
        callback_ =
            addUser(QStringLiteral("zhao"), domain::Role::Callback, QStringLiteral("赵回访"));
        advisor_ = addUser(QStringLiteral("li"), domain::Role::Advisor, QStringLiteral("李顾问"));

        customer_ = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345678"));
        vehicle_ = addVehicle(customer_, QStringLiteral("陕A12345"));
        visit_ = addVisit(customer_, vehicle_, now.date().addDays(-3));

        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.users = users_.get();
        ctx_.search = search_.get();
        ctx_.followUps = followUps_.get();
        ctx_.complaints = complaints_.get();
        ctx_.campaigns = campaigns_.get();
        ctx_.scripts = scripts_.get();
        ctx_.satisfaction = satisfaction_.get();
        ctx_.user = callback_;
    }

    services::Clock clock() {
        return [this] { return now; };
    }

    services::ActingUser addUser(const QString& name, domain::Role role, const QString& display) {
        auto id = users_->addUser(services::ActingUser{}, name, role, QStringLiteral("Secret#2024"),
                                  display);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return {id ? id.value() : 0, name, role};
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        auto id = customers_->registerCustomer(advisor_, c);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    domain::VehicleId addVehicle(domain::CustomerId owner, const QString& plate) {
        domain::Vehicle v;
        v.customerId = owner;
        v.plate = plate;
        v.brand = QStringLiteral("大众");
        v.model = QStringLiteral("帕萨特");
        auto id = vehicles_->registerVehicle(advisor_, v);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    domain::VisitId addVisit(domain::CustomerId customer, domain::VehicleId vehicle,
                             const QDate& date) {
        domain::Visit v;
        v.customerId = customer;
        v.vehicleId = vehicle;
        v.date = date;
        v.workOrder = QStringLiteral("WO-%1-%2").arg(customer).arg(date.toString(Qt::ISODate));
        v.mileage = 30000;
        v.category = QStringLiteral("maintenance");
        v.workDone = QStringLiteral("更换机油、机滤");
        v.advisor = QStringLiteral("li");
        v.amountFen = 48000;
        auto id = visits_->registerVisit(advisor_, v);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    /// Saves a picture of a screen when HC_SCREENSHOT_DIR is set (docs/screenshots).
    static void saveScreenshot(QWidget& w, const QString& name) {
        const QString dir = qEnvironmentVariable("HC_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        w.repaint();
        EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    static void useCjkFont() {
        const QStringList wanted = {QStringLiteral("Noto Sans CJK SC"),
                                    QStringLiteral("Noto Sans SC")};
        for (const QString& family : wanted) {
            if (QFontDatabase::families().contains(family)) {
                QFont font = QApplication::font();
                font.setFamilies({family, font.family()});
                QApplication::setFont(font);
                return;
            }
        }
    }

    QDateTime now{QDate(2026, 6, 15), QTime(9, 30, 0)};
    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<services::UserService> users_;
    std::unique_ptr<services::CustomerService> customers_;
    std::unique_ptr<services::VehicleService> vehicles_;
    std::unique_ptr<services::VisitService> visits_;
    std::unique_ptr<services::SearchService> search_;
    std::unique_ptr<services::FollowUpService> followUps_;
    std::unique_ptr<services::ComplaintService> complaints_;
    std::unique_ptr<services::CampaignService> campaigns_;
    std::unique_ptr<services::ScriptService> scripts_;
    std::unique_ptr<services::SatisfactionService> satisfaction_;
    services::ActingUser manager_;
    services::ActingUser callback_;
    services::ActingUser advisor_;
    domain::CustomerId customer_ = 0;
    domain::VehicleId vehicle_ = 0;
    domain::VisitId visit_ = 0;
    ui::UiContext ctx_;
};

}  // namespace hc::test
