// Customer card and forms driven offscreen on a real SQLite database with the real services.
#include "QtApp.h"

#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SearchService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/ui/BadgeLabel.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/FieldFeedback.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/VehicleDialog.h"
#include "hc/ui/VisitDialog.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;
using hc::ui::FieldFeedback;

QString validIdNumber() {
    const QString first17 = QStringLiteral("11010519850312123");
    return first17 + *hc::domain::IdNumberValidator::checkCharacter(first17);
}

class CardAndFormsTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("card.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        hc::services::LoginPolicy policy;
        policy.passwordIterations = 10000;  // fast hashing: these tests do not test it
        users_ = std::make_unique<hc::services::UserService>(*db_, clock, policy);
        analysis_ = std::make_unique<hc::services::AnalysisService>(*db_);
        search_ = std::make_unique<hc::services::SearchService>(*db_);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock);

        const ActingUser system{};
        auto advisorId =
            users_->addUser(system, QStringLiteral("li"), Role::Advisor,
                            QStringLiteral("Reception#2024"), QStringLiteral("李顾问"));
        ASSERT_TRUE(advisorId) << advisorId.error().message.toStdString() << " "
                               << advisorId.error().detail.toStdString();
        auto managerId = users_->addUser(system, QStringLiteral("wang"), Role::Manager,
                                         QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(managerId) << managerId.error().message.toStdString();
        advisor_ = ActingUser{advisorId.value(), QStringLiteral("li"), Role::Advisor};
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), Role::Manager};

        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.users = users_.get();
        ctx_.analysis = analysis_.get();
        ctx_.search = search_.get();
        ctx_.settings = settings_.get();  // the visit form proposes with the stored settings
        ctx_.user = advisor_;
    }

    hc::domain::CustomerId addCustomer(const QString& name, const QString& phone,
                                       const QString& idNumber = {}) {
        hc::domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.idNumber = idNumber;
        auto id = customers_->registerCustomer(advisor_, c);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    hc::domain::VehicleId addVehicle(hc::domain::CustomerId owner, const QString& plate) {
        hc::domain::Vehicle v;
        v.customerId = owner;
        v.plate = plate;
        v.brand = QStringLiteral("大众");
        v.model = QStringLiteral("帕萨特");
        auto id = vehicles_->registerVehicle(advisor_, v);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::AnalysisService> analysis_;
    std::unique_ptr<hc::services::SearchService> search_;
    std::unique_ptr<hc::services::SettingsService> settings_;
    ActingUser advisor_;
    ActingUser manager_;
    hc::ui::UiContext ctx_;
};

TEST_F(CardAndFormsTest, InvalidPhoneShowsAtTheFieldAndNothingIsSaved) {
    const QString badPhone = QStringLiteral("1381234567");  // 10 digits
    ASSERT_TRUE(hc::domain::PhoneValidator::validate(badPhone).isError());

    hc::ui::CustomerDialog dialog(ctx_);
    dialog.nameEdit()->setText(QStringLiteral("张三"));
    dialog.phoneEdit()->setText(badPhone);
    // Inline, as the user types: red field and a message under it.
    EXPECT_EQ(FieldFeedback::stateOf(dialog.phoneEdit()), FieldFeedback::State::Error);
    EXPECT_TRUE(dialog.phoneMessage()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.phoneMessage()->text().isEmpty());

    dialog.save();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.customerId(), 0);
    EXPECT_EQ(dialog.phoneEdit()->text(), badPhone);  // nothing typed is lost
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("张三"));
    EXPECT_FALSE(customers_->find(1).value().has_value());
    auto hits = search_->search(QStringLiteral("张三"));
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits.value().empty());
}

TEST_F(CardAndFormsTest, ValidCustomerIsSavedNormalised) {
    hc::ui::CustomerDialog dialog(ctx_);
    dialog.nameEdit()->setText(QStringLiteral("刘春江"));
    dialog.phoneEdit()->setText(QStringLiteral("138 1234 5678"));
    dialog.idNumberEdit()->setText(validIdNumber());
    EXPECT_EQ(FieldFeedback::stateOf(dialog.phoneEdit()), FieldFeedback::State::None);
    EXPECT_EQ(FieldFeedback::stateOf(dialog.idNumberEdit()), FieldFeedback::State::None);
    dialog.save();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.formMessage()->text().toStdString();
    ASSERT_GT(dialog.customerId(), 0);
    const auto stored = customers_->find(dialog.customerId()).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, QStringLiteral("刘春江"));
    EXPECT_EQ(stored->phone, QStringLiteral("13812345678"));
    EXPECT_EQ(stored->idNumber, validIdNumber());
    EXPECT_EQ(stored->birthday, QDate(1985, 3, 12));  // filled from the ID number
}

TEST_F(CardAndFormsTest, DuplicatePhoneWarnsWithALinkToTheRecord) {
    const auto existing = addCustomer(QStringLiteral("牛理财"), QStringLiteral("13912345678"));
    hc::ui::CustomerDialog dialog(ctx_);
    qint64 opened = 0;
    QObject::connect(&dialog, &hc::ui::CustomerDialog::openCustomer,
                     [&opened](qint64 id) { opened = id; });
    dialog.phoneEdit()->setText(QStringLiteral("13912345678"));
    ASSERT_TRUE(dialog.duplicateLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.duplicateLabel()->text().contains(QStringLiteral("牛理财")));
    Q_EMIT dialog.duplicateLabel()->linkActivated(QString::number(existing));
    EXPECT_EQ(opened, existing);
}

TEST_F(CardAndFormsTest, VisitIsStoredAndTheClassBadgeChangesAtOnce) {
    const auto id = addCustomer(QStringLiteral("孙凤武"), QStringLiteral("13712345678"));
    const auto car = addVehicle(id, QStringLiteral("陕A12345"));
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(id);
    EXPECT_EQ(card.badges()->classBadge()->key(), QStringLiteral("no_visit"));

    hc::domain::VisitId saved = 0;
    QTimer::singleShot(0, [&saved] {
        auto* dialog = qobject_cast<hc::ui::VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->mileageEdit()->setText(QStringLiteral("45200"));
        dialog->workOrderEdit()->setText(QStringLiteral("WO-0001"));
        dialog->labourEdit()->setText(QStringLiteral("200"));
        dialog->partsEdit()->setText(QStringLiteral("350.50"));
        dialog->discountEdit()->setText(QStringLiteral("50"));
        EXPECT_EQ(dialog->amountFen(), 50050);
        EXPECT_TRUE(dialog->amountLabel()->text().contains(QStringLiteral("500.50")));
        EXPECT_TRUE(dialog->proposalLabel()->isVisibleTo(dialog));
        EXPECT_EQ(dialog->advisorEdit()->text(), QStringLiteral("李顾问"));
        dialog->recommendationsEdit()->setPlainText(QStringLiteral("前刹车片剩 3 毫米，建议更换"));
        dialog->save();
        if (dialog->isVisible()) {  // failed: do not hang the test
            ADD_FAILURE() << dialog->formMessage()->text().toStdString();
            dialog->reject();
        }
        saved = dialog->visitId();
    });
    card.registerVisit();

    ASSERT_GT(saved, 0);
    const auto visit = visits_->find(saved).value();
    ASSERT_TRUE(visit.has_value());
    EXPECT_EQ(visit->amountFen, 50050);
    EXPECT_EQ(visit->vehicleId, car);
    EXPECT_EQ(visit->mileage, 45200);
    // The card refreshed by itself: loyal now, with the open recommendation on top.
    EXPECT_EQ(card.badges()->classBadge()->key(), QStringLiteral("loyal"));
    EXPECT_EQ(card.visitsTable()->rowCount(), 1);
    EXPECT_TRUE(card.recommendationsPanel()->isVisibleTo(&card));
    EXPECT_TRUE(card.recommendationsLabel()->text().contains(QStringLiteral("刹车片")));
}

TEST_F(CardAndFormsTest, DuplicateWorkOrderKeepsTheDialogOpenWithEverythingTyped) {
    const auto id = addCustomer(QStringLiteral("张丽"), QStringLiteral("13612345678"));
    const auto car = addVehicle(id, QStringLiteral("陕A88888"));
    hc::domain::Visit first;
    first.customerId = id;
    first.vehicleId = car;
    first.date = QDate::currentDate().addDays(-30);
    first.workOrder = QStringLiteral("WO-7");
    first.category = QStringLiteral("maintenance");
    ASSERT_TRUE(visits_->registerVisit(advisor_, first));

    hc::ui::VisitDialog dialog(ctx_, id, car);
    dialog.workOrderEdit()->setText(QStringLiteral("WO-7"));
    dialog.mileageEdit()->setText(QStringLiteral("52000"));
    dialog.labourEdit()->setText(QStringLiteral("180"));
    dialog.workDoneEdit()->setPlainText(QStringLiteral("更换机油机滤"));
    dialog.save();

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.visitId(), 0);
    EXPECT_EQ(FieldFeedback::stateOf(dialog.workOrderEdit()), FieldFeedback::State::Error);
    EXPECT_TRUE(dialog.workOrderMessage()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.workOrderMessage()->text().isEmpty());
    EXPECT_EQ(dialog.workOrderEdit()->text(), QStringLiteral("WO-7"));
    EXPECT_EQ(dialog.mileageEdit()->text(), QStringLiteral("52000"));
    EXPECT_EQ(dialog.labourEdit()->text(), QStringLiteral("180"));
    EXPECT_EQ(dialog.workDoneEdit()->toPlainText(), QStringLiteral("更换机油机滤"));
    EXPECT_EQ(visits_->visitsOf(id).value().size(), 1U);
}

TEST_F(CardAndFormsTest, MileageBelowTheLastReadingIsAWarning) {
    const auto id = addCustomer(QStringLiteral("马玉"), QStringLiteral("13512345678"));
    const auto car = addVehicle(id, QStringLiteral("陕A66666"));
    hc::domain::Visit first;
    first.customerId = id;
    first.vehicleId = car;
    first.date = QDate::currentDate().addDays(-60);
    first.mileage = 30000;
    ASSERT_TRUE(visits_->registerVisit(advisor_, first));
    hc::ui::VisitDialog dialog(ctx_, id, car);
    dialog.mileageEdit()->setText(QStringLiteral("29000"));
    EXPECT_EQ(FieldFeedback::stateOf(dialog.mileageEdit()), FieldFeedback::State::Warning);
    dialog.mileageEdit()->setText(QStringLiteral("31000"));
    EXPECT_EQ(FieldFeedback::stateOf(dialog.mileageEdit()), FieldFeedback::State::None);
}

TEST_F(CardAndFormsTest, PhoneAndIdNumberAreMaskedPerRole) {
    const auto id =
        addCustomer(QStringLiteral("李强"), QStringLiteral("13812345678"), validIdNumber());
    const QString maskedId = hc::domain::IdNumberValidator::maskIdNumber(validIdNumber());
    EXPECT_TRUE(maskedId.startsWith(QStringLiteral("110105********")));

    hc::ui::CustomerCardView advisorCard(ctx_);
    advisorCard.showCustomer(id);
    EXPECT_TRUE(advisorCard.phoneLabel()->text().contains(QStringLiteral("138****5678")));
    EXPECT_FALSE(advisorCard.phoneLabel()->text().contains(QStringLiteral("13812345678")));
    EXPECT_EQ(advisorCard.idNumberLabel()->text(), maskedId);
    EXPECT_TRUE(advisorCard.revealPhoneButton()->isVisibleTo(&advisorCard));

    hc::ui::UiContext managerCtx = ctx_;
    managerCtx.user = manager_;
    hc::ui::CustomerCardView managerCard(managerCtx);
    managerCard.showCustomer(id);
    EXPECT_TRUE(managerCard.phoneLabel()->text().contains(QStringLiteral("13812345678")));
    EXPECT_EQ(managerCard.idNumberLabel()->text(), validIdNumber());
    EXPECT_FALSE(managerCard.revealPhoneButton()->isVisibleTo(&managerCard));
    EXPECT_FALSE(managerCard.revealIdNumberButton()->isVisibleTo(&managerCard));
}

TEST_F(CardAndFormsTest, RevealIsAnExplicitAuditedAction) {
    const auto id = addCustomer(QStringLiteral("张昆"), QStringLiteral("13812345678"));
    hc::storage::AuditRepository audit(*db_);
    const auto before = audit.list(QStringLiteral("customer"), id).size();
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(id);
    card.revealPhoneButton()->click();

    EXPECT_TRUE(card.phoneLabel()->text().contains(QStringLiteral("13812345678")));
    const auto trail = audit.list(QStringLiteral("customer"), id);
    ASSERT_EQ(trail.size(), before + 1);
    EXPECT_EQ(trail.back().action, QStringLiteral("customer.reveal"));
    EXPECT_EQ(trail.back().userId, advisor_.id);
}

TEST_F(CardAndFormsTest, MarkInvalidNeedsANoteForOtherAndCanBeUndone) {
    const auto id = addCustomer(QStringLiteral("王顺"), QStringLiteral("13312345678"));
    hc::ui::InvalidDialog dialog(ctx_, id, QStringLiteral("王顺"));
    dialog.setReason(hc::domain::InvalidReason::Other);
    dialog.save();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.noteMessage()->isVisibleTo(&dialog));
    EXPECT_FALSE(customers_->find(id).value()->isInvalid());

    dialog.noteEdit()->setPlainText(QStringLiteral("客户要求不再联系"));
    dialog.save();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(customers_->find(id).value()->isInvalid());

    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(id);
    EXPECT_TRUE(card.invalidBanner()->isVisibleTo(&card));
    card.undoInvalid();
    EXPECT_FALSE(card.invalidBanner()->isVisibleTo(&card));
    EXPECT_FALSE(customers_->find(id).value()->isInvalid());
}

TEST_F(CardAndFormsTest, VerifyRecordsWhoAndWhen) {
    const auto id = addCustomer(QStringLiteral("李向阳"), QStringLiteral("13212345678"));
    hc::ui::CustomerCardView card(ctx_);
    card.showCustomer(id);
    ASSERT_TRUE(card.verifyButton()->isVisibleTo(&card));
    card.verifyButton()->click();
    const auto stored = customers_->find(id).value();
    ASSERT_TRUE(stored->isVerified());
    EXPECT_EQ(stored->verifiedBy, advisor_.id);
    EXPECT_TRUE(card.verificationLabel()->text().contains(QStringLiteral("李顾问")));
    EXPECT_FALSE(card.verifyButton()->isVisibleTo(&card));
}

TEST_F(CardAndFormsTest, VehicleWithBadPlateIsNotSavedAndDuplicatePlateWarns) {
    const auto owner = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345678"));
    const auto other = addCustomer(QStringLiteral("牛理财"), QStringLiteral("13912345678"));
    addVehicle(other, QStringLiteral("陕A12345"));

    hc::ui::VehicleDialog dialog(ctx_, owner);
    dialog.plateEdit()->setText(QStringLiteral("12345"));
    EXPECT_EQ(FieldFeedback::stateOf(dialog.plateEdit()), FieldFeedback::State::Error);
    dialog.save();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(vehicles_->vehiclesOf(owner).value().empty());

    dialog.plateEdit()->setText(QStringLiteral("陕a·12345"));
    EXPECT_TRUE(dialog.duplicateLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.duplicateLabel()->text().contains(QStringLiteral("牛理财")));
}

}  // namespace
