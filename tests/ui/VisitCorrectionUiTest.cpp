// Correcting history, the shop profile and printing, driven offscreen on a real database: the
// card's Edit / Void actions (VisitDialog in edit mode, VoidVisitDialog), the settings' shop
// profile panel, and the receipt painted on a printer (PDF output) with the shop name in it.
#include "QtApp.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/ReceiptService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/ShopProfilePanel.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/VisitHistoryActions.h"
#include "hc/ui/VoidVisitDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;

class VisitCorrectionUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("visits.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        users_ = std::make_unique<hc::services::UserService>(*db_, clock);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock);
        receipts_ = std::make_unique<hc::services::ReceiptService>(*db_, clock);
        const ActingUser system{};
        auto a = users_->addUser(system, QStringLiteral("li"), Role::Advisor,
                                 QStringLiteral("Reception#2024"), QStringLiteral("李顾问"));
        auto m = users_->addUser(system, QStringLiteral("wang"), Role::Manager,
                                 QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        auto c = users_->addUser(system, QStringLiteral("zhao"), Role::Callback,
                                 QStringLiteral("Callback#2024"), QStringLiteral("赵回访"));
        ASSERT_TRUE(a && m && c);
        advisor_ = ActingUser{a.value(), QStringLiteral("li"), Role::Advisor};
        manager_ = ActingUser{m.value(), QStringLiteral("wang"), Role::Manager};
        caller_ = ActingUser{c.value(), QStringLiteral("zhao"), Role::Callback};
        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.users = users_.get();
        ctx_.settings = settings_.get();
        ctx_.receipts = receipts_.get();
        ctx_.user = advisor_;

        hc::domain::Customer cu;
        cu.name = QStringLiteral("刘春江");
        cu.phone = QStringLiteral("13891234501");
        customer_ = customers_->registerCustomer(advisor_, cu).value();
        hc::domain::Vehicle v;
        v.customerId = customer_;
        v.plate = QStringLiteral("陕A12345");
        v.brand = QStringLiteral("丰田");
        v.model = QStringLiteral("凯美瑞");
        vehicle_ = vehicles_->registerVehicle(advisor_, v).value();
        hc::domain::Visit visit;
        visit.vehicleId = vehicle_;
        visit.date = QDate::currentDate();
        visit.workOrder = QStringLiteral("WO-77");
        visit.mileage = 45200;
        visit.category = QStringLiteral("maintenance");
        visit.labourFen = 20000;
        visit.partsFen = 35050;
        visit.workDone = QStringLiteral("更换机油机滤");
        visit.recommendations = QStringLiteral("前刹车片剩 3 毫米");
        visitId_ = visits_->registerVisit(advisor_, visit).value();
    }

    /// The card with the visit row selected.
    std::unique_ptr<hc::ui::CustomerCardView> cardWithVisitSelected() {
        auto card = std::make_unique<hc::ui::CustomerCardView>(ctx_);
        card->showCustomer(customer_);
        EXPECT_EQ(card->visitsTable()->rowCount(), 1);
        card->visitsTable()->selectRow(0);
        return card;
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::SettingsService> settings_;
    std::unique_ptr<hc::services::ReceiptService> receipts_;
    ActingUser advisor_;
    ActingUser manager_;
    ActingUser caller_;
    hc::ui::UiContext ctx_;
    hc::domain::CustomerId customer_ = 0;
    hc::domain::VehicleId vehicle_ = 0;
    hc::domain::VisitId visitId_ = 0;
};

TEST_F(VisitCorrectionUiTest, ActionsFollowThePermissionRules) {
    auto card = cardWithVisitSelected();
    auto* actions = card->visitActions();
    ASSERT_NE(actions, nullptr);
    EXPECT_TRUE(actions->editButton()->isEnabled());  // entered by this advisor today
    EXPECT_TRUE(actions->voidButton()->isEnabled());
    EXPECT_TRUE(actions->printButton()->isEnabled());

    ctx_.user = caller_;
    actions->updateButtons();
    EXPECT_FALSE(actions->editButton()->isEnabled());
    EXPECT_FALSE(actions->voidButton()->isEnabled());
    EXPECT_TRUE(actions->printButton()->isEnabled());

    ctx_.user = manager_;
    actions->updateButtons();
    EXPECT_TRUE(actions->voidButton()->isEnabled());
}

TEST_F(VisitCorrectionUiTest, VoidFromTheCardAsksTheReasonAndTheVisitLeavesTheHistory) {
    auto card = cardWithVisitSelected();
    bool done = false;
    QTimer::singleShot(0, [&done] {
        auto* dialog = qobject_cast<hc::ui::VoidVisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->save();  // no reason: refused at the field, dialog stays open
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->reasonMessage()->text().isEmpty());
        dialog->reasonEdit()->setPlainText(QStringLiteral("重复录入"));
        dialog->save();
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->formMessage()->text().toStdString();
            dialog->reject();
        }
        done = true;
    });
    card->visitActions()->voidButton()->click();
    ASSERT_TRUE(done);
    const auto stored = visits_->find(visitId_).value();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->isVoided());
    EXPECT_EQ(stored->voidReason, QStringLiteral("重复录入"));
    EXPECT_EQ(card->visitsTable()->rowCount(), 0);
    EXPECT_TRUE(card->statusLabel()->text().contains(QStringLiteral("作废")));
}

TEST_F(VisitCorrectionUiTest, EditFromTheCardCorrectsTheSavedVisit) {
    auto card = cardWithVisitSelected();
    bool done = false;
    QTimer::singleShot(0, [&done] {
        auto* dialog = qobject_cast<hc::ui::VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->workOrderEdit()->text(), QStringLiteral("WO-77"));
        EXPECT_EQ(dialog->mileageEdit()->text(), QStringLiteral("45200"));
        EXPECT_EQ(dialog->amountFen(), 55050);
        dialog->partsEdit()->setText(QStringLiteral("300"));
        dialog->save();
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->formMessage()->text().toStdString();
            dialog->reject();
        }
        done = true;
    });
    card->visitActions()->editButton()->click();
    ASSERT_TRUE(done);
    const auto stored = visits_->find(visitId_).value();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->partsFen, 30000);
    EXPECT_EQ(stored->amountFen, 50000);
    EXPECT_EQ(stored->workDone, QStringLiteral("更换机油机滤"));
    EXPECT_EQ(card->visitsTable()->rowCount(), 1);
}

TEST_F(VisitCorrectionUiTest, ShopProfilePanelSavesForTheManagerOnly) {
    ctx_.user = manager_;
    hc::ui::ShopProfilePanel panel(ctx_);
    panel.nameEdit()->setText(QStringLiteral("  "));
    EXPECT_FALSE(panel.save());
    EXPECT_FALSE(panel.message()->text().isEmpty());
    panel.nameEdit()->setText(QStringLiteral("顺达汽修"));
    panel.phoneEdit()->setText(QStringLiteral("029 8162 9900"));
    panel.hoursEdit()->setText(QStringLiteral("8:30–18:00"));
    ASSERT_TRUE(panel.save()) << panel.message()->text().toStdString();
    EXPECT_EQ(panel.phoneEdit()->text(), QStringLiteral("029-81629900"));
    EXPECT_EQ(settings_->shopProfile().value().name, QStringLiteral("顺达汽修"));

    ctx_.user = advisor_;
    hc::ui::ShopProfilePanel readOnly(ctx_);
    EXPECT_EQ(readOnly.nameEdit()->text(), QStringLiteral("顺达汽修"));
    EXPECT_TRUE(readOnly.nameEdit()->isReadOnly());
    EXPECT_FALSE(readOnly.saveButton()->isEnabled());
}

TEST_F(VisitCorrectionUiTest, ReceiptPaintsTheVisitAndRefusesAVoidedOne) {
    hc::domain::ShopProfile shop;
    shop.name = QStringLiteral("顺达汽修厂");
    ASSERT_TRUE(settings_->saveShopProfile(manager_, shop).ok());
    const QString pdf = dir_.filePath(QStringLiteral("receipt.pdf"));
    {
        QPdfWriter writer(pdf);
        QString error;
        ASSERT_TRUE(hc::ui::PrintPreview::paintReceipt(ctx_, visitId_, writer, &error))
            << error.toStdString();
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("WO-77"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("550.50"))) << text.toStdString();

    // A voided visit has no receipt.
    ASSERT_TRUE(visits_->voidVisit(advisor_, visitId_, QStringLiteral("录错")).ok());
    QPdfWriter writer(dir_.filePath(QStringLiteral("void.pdf")));
    QString error;
    EXPECT_FALSE(hc::ui::PrintPreview::paintReceipt(ctx_, visitId_, writer, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("作废")));
}

}  // namespace
