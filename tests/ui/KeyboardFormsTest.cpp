// Keyboard in the record forms (issue 9): every Alt+letter is unique and puts the cursor into its
// own field, dates are typed as yyyy-MM-dd (also the callback appointment date while it still
// shows "no date"), and Esc on a changed form asks before anything typed is thrown away.
#include "MnemonicCheck.h"
#include "QtApp.h"

#include "hc/services/ComplaintService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/services/WalkInService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/DateInput.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/ScriptEditorDialog.h"
#include "hc/ui/TransferDialog.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/VehicleDialog.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/WalkInDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;

class KeyboardFormsTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("keys.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        walkIns_ = std::make_unique<hc::services::WalkInService>(*db_, clock);
        users_ = std::make_unique<hc::services::UserService>(*db_, clock);
        complaints_ = std::make_unique<hc::services::ComplaintService>(*db_, clock);
        auto managerId = users_->addUser(ActingUser{}, QStringLiteral("wang"), Role::Manager,
                                         QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(managerId);
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), Role::Manager};
        hc::domain::Customer c;
        c.name = QStringLiteral("刘春江");
        c.phone = QStringLiteral("13812345678");
        customer_ = customers_->registerCustomer(manager_, c).value();
        hc::domain::Vehicle v;
        v.customerId = customer_;
        v.plate = QStringLiteral("陕A12345");
        vehicle_ = vehicles_->registerVehicle(manager_, v).value();
        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.walkIns = walkIns_.get();
        ctx_.users = users_.get();
        ctx_.complaints = complaints_.get();
        ctx_.user = manager_;
    }

    /// Types `date` as yyyy-MM-dd into the field the way a user does: Tab into the field, the
    /// digits and dashes typed, Tab to leave.
    static void typeDate(QDateEdit* edit, const QDate& date) {
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, date.toString(QStringLiteral("yyyy-MM-dd")));
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    /// Answers the next "discard changes?" question with the button `name`; `asked` counts.
    static void answerDiscard(const char* name, int& asked) {
        QTimer::singleShot(0, [name, &asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            ++asked;
            auto* button = box->findChild<QPushButton*>(QString::fromLatin1(name));
            ASSERT_NE(button, nullptr);
            button->click();
        });
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::WalkInService> walkIns_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::ComplaintService> complaints_;
    hc::ui::UiContext ctx_;
    ActingUser manager_;
    hc::domain::CustomerId customer_ = 0;
    hc::domain::VehicleId vehicle_ = 0;
};

TEST_F(KeyboardFormsTest, EveryMnemonicIsUniqueAndReachesItsOwnField) {
    struct Form {
        const char* name;
        std::function<std::unique_ptr<QWidget>()> make;
    };
    const Form forms[] = {
        {"visit", [&] { return std::make_unique<hc::ui::VisitDialog>(ctx_, customer_); }},
        {"new customer", [&] { return std::make_unique<hc::ui::CustomerDialog>(ctx_); }},
        {"edit customer",
         [&] {
             return std::make_unique<hc::ui::CustomerDialog>(ctx_,
                                                             *customers_->find(customer_).value());
         }},
        {"new vehicle", [&] { return std::make_unique<hc::ui::VehicleDialog>(ctx_, customer_); }},
        {"edit vehicle",
         [&] {
             return std::make_unique<hc::ui::VehicleDialog>(ctx_,
                                                            *vehicles_->find(vehicle_).value());
         }},
        {"complaint", [&] { return std::make_unique<hc::ui::ComplaintDialog>(ctx_); }},
        {"walk-in", [&] { return std::make_unique<hc::ui::WalkInDialog>(ctx_); }},
        {"transfer",
         [&] {
             return std::make_unique<hc::ui::TransferDialog>(ctx_,
                                                             *vehicles_->find(vehicle_).value());
         }},
        {"call outcome",
         [] { return std::make_unique<hc::ui::CallOutcomePanel>(QDate::currentDate()); }},
        {"invalid",
         [&] {
             return std::make_unique<hc::ui::InvalidDialog>(ctx_, customer_,
                                                            QStringLiteral("刘春江"));
         }},
        {"login", [&] { return std::make_unique<hc::ui::LoginDialog>(*users_); }},
        {"scripts", [&] { return std::make_unique<hc::ui::ScriptEditorDialog>(ctx_); }},
        {"satisfaction items",
         [&] { return std::make_unique<hc::ui::SatisfactionItemsDialog>(ctx_); }},
    };
    for (const Form& form : forms) {
        auto widget = form.make();
        const QStringList problems = hc::test::mnemonicProblems(widget.get());
        EXPECT_TRUE(problems.isEmpty())
            << form.name << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
        widget->hide();
    }
}

TEST_F(KeyboardFormsTest, TheWalkInFieldsThatDidNothingNowTakeTheCursor) {
    // The fields named in the issue: mileage, work order, labour, parts (visit) and complaint text.
    hc::ui::VisitDialog visit(ctx_, customer_);
    visit.show();
    QApplication::setActiveWindow(&visit);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&visit));
    const std::pair<Qt::Key, QWidget*> keys[] = {{Qt::Key_M, visit.mileageEdit()},
                                                 {Qt::Key_W, visit.workOrderEdit()},
                                                 {Qt::Key_L, visit.labourEdit()},
                                                 {Qt::Key_P, visit.partsEdit()}};
    for (const auto& [key, field] : keys) {
        visit.vehicleCombo()->setFocus();
        QTest::keyClick(visit.vehicleCombo(), key, Qt::AltModifier);
        EXPECT_TRUE(field->hasFocus()) << "Alt+" << QKeySequence(key).toString().toStdString();
    }
}

TEST_F(KeyboardFormsTest, DatesAreTypedAsIsoEverywhere) {
    const QDate past = QDate::currentDate().addDays(-40);
    hc::ui::VisitDialog visit(ctx_, customer_);
    visit.show();
    EXPECT_TRUE(visit.dateEdit()->calendarPopup());
    EXPECT_EQ(visit.dateEdit()->displayFormat(), QStringLiteral("yyyy-MM-dd"));
    typeDate(visit.dateEdit(), past);
    EXPECT_EQ(visit.dateEdit()->date(), past);

    hc::ui::WalkInDialog walkIn(ctx_);
    walkIn.show();
    EXPECT_TRUE(walkIn.dateEdit()->calendarPopup());
    typeDate(walkIn.dateEdit(), past);
    EXPECT_EQ(walkIn.dateEdit()->date(), past);

    // Date and time of a complaint: "yyyy-MM-dd HH:mm", the space and colon typed too.
    hc::ui::ComplaintDialog complaint(ctx_);
    complaint.show();
    QDateTimeEdit* received = complaint.receivedEdit();
    EXPECT_TRUE(received->calendarPopup());
    const QDateTime when(QDate::currentDate().addDays(-2), QTime(9, 30));
    received->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(received, when.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QTest::keyClick(received, Qt::Key_Tab);
    EXPECT_EQ(received->dateTime().date(), when.date());
    EXPECT_EQ(received->dateTime().time().hour(), 9);
    EXPECT_EQ(received->dateTime().time().minute(), 30);

    // The appointment date while it still says "请选择预约日期" (was: typing did nothing).
    hc::ui::CallOutcomePanel panel(QDate::currentDate());
    panel.show();
    auto* willCome = panel.findChild<QPushButton*>(QStringLiteral("outcome_will_come"));
    ASSERT_NE(willCome, nullptr);
    willCome->click();  // "will come" shows the appointment date
    QDateEdit* appointment = panel.appointmentEdit();
    ASSERT_TRUE(appointment->isVisibleTo(&panel));
    ASSERT_EQ(appointment->date(), appointment->minimumDate());
    EXPECT_EQ(appointment->text(), appointment->specialValueText());
    EXPECT_TRUE(appointment->calendarPopup());
    const QDate soon = QDate::currentDate().addDays(12);
    typeDate(appointment, soon);
    EXPECT_EQ(appointment->date(), soon);
    EXPECT_EQ(panel.appointment(), soon);
}

TEST_F(KeyboardFormsTest, OptionalTextDatesOpenACalendarWithF4) {
    hc::ui::CustomerDialog customer(ctx_);
    EXPECT_EQ(customer.findChildren<hc::ui::DateInput*>().size(), 1);  // birthday
    hc::ui::VehicleDialog dialog(ctx_, customer_);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const auto inputs = dialog.findChildren<hc::ui::DateInput*>();
    ASSERT_EQ(inputs.size(), 5);  // plate, purchase, first service, insurance, inspection
    hc::ui::DateInput* input = inputs.first();
    auto* edit = qobject_cast<QLineEdit*>(input->parent());
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F4);
    QCalendarWidget* calendar = input->calendar();
    ASSERT_NE(calendar, nullptr);
    EXPECT_TRUE(calendar->isVisible());
    EXPECT_EQ(calendar->selectedDate(), QDate::currentDate());
    auto* days = calendar->findChild<QAbstractItemView*>();
    ASSERT_NE(days, nullptr);
    QTest::keyClick(days, Qt::Key_Left);  // one day back
    QTest::keyClick(days, Qt::Key_Return);
    EXPECT_EQ(edit->text(), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    EXPECT_FALSE(calendar->isVisible());
    // Typing stays as it was.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("2024-05-20"));
    EXPECT_EQ(edit->text(), QStringLiteral("2024-05-20"));
}

TEST_F(KeyboardFormsTest, DataConfirmedTogglesWithItsShortcut) {
    hc::ui::CallOutcomePanel panel(QDate::currentDate());
    panel.show();
    QApplication::setActiveWindow(&panel);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    panel.noteEdit()->setFocus();
    ASSERT_FALSE(panel.verifiedCheck()->isChecked());
    const QChar letter = hc::ui::Mnemonics::of(panel.verifiedCheck()->text());
    ASSERT_FALSE(letter.isNull());
    const auto key = hc::test::detail::keyOf(letter);
    QTest::keyClick(panel.noteEdit(), key, Qt::AltModifier);
    // animateClick clicks after 100 ms: wait for the toggle itself, not a fixed time.
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel.verifiedCheck()->isChecked(); }, 5000));
    QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !panel.verifiedCheck()->isChecked(); }, 5000));
    // Alt+V belongs to the main window's View menu (视图(&V)): not taken here any more.
    EXPECT_NE(letter, QChar(u'V'));
}

TEST_F(KeyboardFormsTest, EscOnAChangedFormAsksBeforeDiscarding) {
    hc::ui::WalkInDialog dialog(ctx_);
    dialog.plateEdit()->setText(QStringLiteral("陕A99999"));  // pre-filled: not a change
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    ASSERT_NE(hc::ui::DirtyTracker::of(&dialog), nullptr);
    EXPECT_FALSE(hc::ui::DirtyTracker::of(&dialog)->isDirty());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Wu"));
    EXPECT_TRUE(hc::ui::DirtyTracker::of(&dialog)->isDirty());
    int asked = 0;
    answerDiscard("keepEditingButton", asked);
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog.isVisible());  // kept, with the text
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("Wu"));

    // Cancel asks too; this time discard.
    answerDiscard("discardButton", asked);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(KeyboardFormsTest, EscOnAnUnchangedFormClosesAtOnceAndUndoneTypingIsNoChange) {
    hc::ui::VisitDialog dialog(ctx_, customer_);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(dialog.mileageEdit(), QStringLiteral("12"));
    QTest::keyClick(dialog.mileageEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.mileageEdit(), Qt::Key_Backspace);
    EXPECT_FALSE(hc::ui::DirtyTracker::of(&dialog)->isDirty());
    QTest::keyClick(dialog.mileageEdit(), Qt::Key_Escape);  // no question (it would hang)
    EXPECT_FALSE(dialog.isVisible());
}

}  // namespace
