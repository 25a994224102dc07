// Issue 9 item 8: Esc never throws typed text away silently. Every dialog where the user types or
// chooses (beyond the five record forms of KeyboardFormsTest) carries the same DirtyTracker: the
// test walks them, types into a field and presses Esc there — the question appears (its text is
// read), "keep editing" leaves the dialog open with the text, "discard" closes it; an unchanged
// dialog closes at once without a question. Also: the booking dialog's date is typed as yyyy-MM-dd.
#include "AppHarness.h"
#include "QtApp.h"

#include "hc/ui/AddUserDialog.h"
#include "hc/ui/AssignComplaintDialog.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BookAppointmentDialog.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/EraseCustomerDialog.h"
#include "hc/ui/ImportWizard.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/ResponsibleCombo.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/ScriptEditorDialog.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/TransferDialog.h"
#include "hc/ui/VoidVisitDialog.h"

#include "hc/services/SettingsService.h"
#include "hc/services/SmsGateway.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

namespace hc::test {
namespace {

/// Answers every "discard changes?" question that opens while it lives with the button named
/// `answer` (keepEditingButton or discardButton) and records the question's text.
class DiscardAnswer {
public:
    explicit DiscardAnswer(const char* answer) : answer_(QString::fromLatin1(answer)) {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr || !box->isVisible()) {
                return;
            }
            texts_ << box->text();
            auto* button = box->findChild<QPushButton*>(answer_);
            (button != nullptr ? button : static_cast<QPushButton*>(box->escapeButton()))->click();
        });
        timer_.start();
    }
    [[nodiscard]] int count() const { return static_cast<int>(texts_.size()); }
    [[nodiscard]] const QStringList& texts() const { return texts_; }

private:
    QString answer_;
    QStringList texts_;
    QTimer timer_;
};

/// One dialog of the walk: how to make it, the field a user types into, and what to type.
struct Form {
    const char* name;
    std::function<std::unique_ptr<QDialog>()> make;
    std::function<QWidget*(QDialog&)> field;
    std::function<void(QWidget*)> type;  // types like a user would
    std::function<QString(QWidget*)> text;
};

QString textOf(QWidget* w) {
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        return line->text();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        return plain->toPlainText();
    }
    if (auto* table = qobject_cast<QTableWidget*>(w)) {
        return table->item(0, 0) != nullptr ? table->item(0, 0)->text() : QString();
    }
    if (auto* combo = qobject_cast<QComboBox*>(w)) {
        return combo->currentText();  // a choice (the send dialog's template)
    }
    return {};
}

void typeKeys(QWidget* w) {
    w->setFocus();
    QTest::keyClicks(w, QStringLiteral("abc"));
}

class DirtyDialogsTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        app_ = std::make_unique<AppHarness>();
        const QDate today = app_->now().date();
        customer_ = app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                                      QStringLiteral("陕A12345"), {today.addDays(-3)});
    }

    std::vector<Form> forms() {
        ui::UiContext& ctx = app_->context;
        const auto customer = customer_;
        std::vector<Form> out;
        out.push_back({"invalid",
                       [&ctx, customer] {
                           return std::make_unique<ui::InvalidDialog>(ctx, customer,
                                                                      QStringLiteral("Li Wei"));
                       },
                       [](QDialog& d) { return static_cast<ui::InvalidDialog&>(d).noteEdit(); },
                       typeKeys, textOf});
        out.push_back({"transfer",
                       [&ctx, customer] {
                           domain::Vehicle v;
                           v.id = 1;
                           v.customerId = customer;
                           v.plate = QStringLiteral("陕A12345");
                           return std::make_unique<ui::TransferDialog>(ctx, v);
                       },
                       [](QDialog& d) { return static_cast<ui::TransferDialog&>(d).searchEdit(); },
                       typeKeys, textOf});
        out.push_back(
            {"backups (second folder)",
             [&ctx] { return std::make_unique<ui::BackupDialog>(*ctx.backups, ctx.user); },
             [](QDialog& d) { return d.findChild<QLineEdit*>(QStringLiteral("secondFolderEdit")); },
             typeKeys, textOf});
        out.push_back({"add user",
                       [&ctx] { return std::make_unique<ui::AddUserDialog>(*ctx.users, ctx.user); },
                       [](QDialog& d) { return d.findChild<QLineEdit*>(); }, typeKeys, textOf});
        out.push_back({"reset password",
                       [&ctx] {
                           return std::make_unique<ui::PasswordDialog>(
                               *ctx.users, ctx.user, ui::PasswordDialog::Mode::Reset, ctx.user.id,
                               ctx.user.username);
                       },
                       [](QDialog& d) {
                           for (auto* e : d.findChildren<QLineEdit*>()) {
                               if (e->isVisibleTo(&d)) {
                                   return static_cast<QWidget*>(e);
                               }
                           }
                           return static_cast<QWidget*>(nullptr);
                       },
                       typeKeys, textOf});
        out.push_back(
            {"book appointment",
             [&ctx, customer] {
                 return std::make_unique<ui::BookAppointmentDialog>(ctx, customer);
             },
             [](QDialog& d) {
                 return static_cast<QWidget*>(
                     static_cast<ui::BookAppointmentDialog&>(d).purposeCombo()->lineEdit());
             },
             typeKeys, textOf});
        out.push_back(
            {"cancel appointment",
             [] {
                 return std::make_unique<ui::CancelAppointmentDialog>(
                     QStringLiteral("2026-07-01 09:00 Li Wei"));
             },
             [](QDialog& d) { return static_cast<ui::CancelAppointmentDialog&>(d).reasonEdit(); },
             typeKeys, textOf});
        out.push_back({"void visit",
                       [&ctx, customer] {
                           const auto visits = ctx.visits->visitsOf(customer);
                           domain::Visit v = visits && !visits.value().empty()
                                                 ? visits.value().front()
                                                 : domain::Visit{};
                           return std::make_unique<ui::VoidVisitDialog>(ctx, v);
                       },
                       [](QDialog& d) { return static_cast<ui::VoidVisitDialog&>(d).reasonEdit(); },
                       typeKeys, textOf});
        out.push_back(
            {"assign complaint",
             [&ctx, customer] {
                 domain::Complaint c;
                 c.id = 1;
                 c.customerId = customer;
                 c.description = QStringLiteral("Noise");
                 c.received = QDateTime(QDate(2026, 6, 1), QTime(9, 0));
                 return std::make_unique<ui::AssignComplaintDialog>(ctx, c,
                                                                    QStringLiteral("Li Wei"));
             },
             [](QDialog& d) {
                 return static_cast<QWidget*>(
                     static_cast<ui::AssignComplaintDialog&>(d).responsibleCombo()->lineEdit());
             },
             [](QWidget* w) {
                 w->setFocus();
                 QTest::keyClick(w, Qt::Key_End);
                 QTest::keyClicks(w, QStringLiteral("abc"));
             },
             textOf});
        out.push_back({"call scripts",
                       [&ctx] { return std::make_unique<ui::ScriptEditorDialog>(ctx); },
                       [](QDialog& d) { return static_cast<ui::ScriptEditorDialog&>(d).editor(); },
                       [](QWidget* w) {
                           w->setFocus();
                           QTest::keyClick(w, Qt::Key_End, Qt::ControlModifier);
                           QTest::keyClicks(w, QStringLiteral("abc"));
                       },
                       textOf});
        out.push_back(
            {"satisfaction items",
             [&ctx] { return std::make_unique<ui::SatisfactionItemsDialog>(ctx); },
             [](QDialog& d) { return static_cast<ui::SatisfactionItemsDialog&>(d).table(); },
             [](QWidget* w) {
                 auto* table = static_cast<QTableWidget*>(w);
                 ASSERT_GT(table->rowCount(), 0);
                 table->item(0, 0)->setText(table->item(0, 0)->text() +
                                            QStringLiteral("abc"));  // edited in place
             },
             textOf});
        // Issue 9 item 8, the last three: the drill-down's campaign title (pre-filled: only an
        // edit is a change), the erase confirmation, and the send dialog, whose only input is the
        // template: another template than the preselected one, not sent yet, is the change.
        out.push_back({"drill-down campaign title",
                       [&ctx, customer] {
                           return std::make_unique<ui::DrillDownDialog>(
                               ctx, QStringLiteral("Lost customers"),
                               std::vector<ui::DrillDownDialog::Entry>{
                                   {customer, QStringLiteral("Li Wei"), QStringLiteral("Lost")}});
                       },
                       [](QDialog& d) {
                           return static_cast<QWidget*>(
                               static_cast<ui::DrillDownDialog&>(d).campaignTitleEdit());
                       },
                       typeKeys, textOf});
        out.push_back({"erase personal data",
                       [customer] {
                           return std::make_unique<ui::EraseCustomerDialog>(
                               customer, QStringLiteral("Li Wei"));
                       },
                       [](QDialog& d) {
                           return static_cast<QWidget*>(
                               static_cast<ui::EraseCustomerDialog&>(d).confirmEdit());
                       },
                       typeKeys, textOf});
        out.push_back({"send messages",
                       [&ctx, customer] {
                           return std::make_unique<ui::SendMessagesDialog>(
                               ctx, std::vector<domain::CustomerId>{customer},
                               QStringLiteral("Lost customers"));
                       },
                       [](QDialog& d) {
                           return static_cast<QWidget*>(
                               static_cast<ui::SendMessagesDialog&>(d).templateCombo());
                       },
                       [](QWidget* w) {
                           w->setFocus();
                           QTest::keyClick(w, Qt::Key_Up);  // another template
                       },
                       textOf});
        return out;
    }

    static void showActive(QDialog& d) {
        d.show();
        QApplication::setActiveWindow(&d);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&d));
    }

    std::unique_ptr<AppHarness> app_;
    domain::CustomerId customer_ = 0;
};

TEST_F(DirtyDialogsTest, EscOnAnUnchangedDialogClosesAtOnce) {
    for (const Form& form : forms()) {
        SCOPED_TRACE(form.name);
        auto dialog = form.make();
        showActive(*dialog);
        ASSERT_NE(ui::DirtyTracker::of(dialog.get()), nullptr);
        QWidget* field = form.field(*dialog);
        ASSERT_NE(field, nullptr);
        DiscardAnswer answer("discardButton");
        QTest::keyClick(field, Qt::Key_Escape);
        EXPECT_EQ(answer.count(), 0) << answer.texts().join(u'|').toStdString();
        EXPECT_FALSE(dialog->isVisible());
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
    }
}

TEST_F(DirtyDialogsTest, EscAfterTypingAsksAndKeepsOrDiscardsTheText) {
    for (const Form& form : forms()) {
        SCOPED_TRACE(form.name);
        auto dialog = form.make();
        showActive(*dialog);
        QWidget* field = form.field(*dialog);
        ASSERT_NE(field, nullptr);
        const QString before = form.text(field);
        form.type(field);
        const QString typed = form.text(field);
        ASSERT_NE(typed, before) << "nothing typed";
        ASSERT_TRUE(ui::DirtyTracker::of(dialog.get())->isDirty());
        {
            DiscardAnswer keep("keepEditingButton");
            QTest::keyClick(field, Qt::Key_Escape);
            ASSERT_EQ(keep.count(), 1);
            EXPECT_EQ(keep.texts().front(),
                      QStringLiteral("表单中有尚未保存的内容。关闭后这些内容将丢失，确定放弃吗？"));
            EXPECT_TRUE(dialog->isVisible());
            EXPECT_EQ(form.text(field), typed) << "kept with the text";
        }
        {
            // The window's close button asks too.
            DiscardAnswer keep("keepEditingButton");
            dialog->close();
            EXPECT_EQ(keep.count(), 1);
            EXPECT_TRUE(dialog->isVisible());
        }
        {
            DiscardAnswer discard("discardButton");
            QTest::keyClick(field, Qt::Key_Escape);
            EXPECT_EQ(discard.count(), 1);
            EXPECT_FALSE(dialog->isVisible());
            EXPECT_EQ(dialog->result(), QDialog::Rejected);
        }
    }
}

TEST_F(DirtyDialogsTest, CancelButtonAsksWhenTextWasTyped) {
    for (const Form& form : forms()) {
        SCOPED_TRACE(form.name);
        auto dialog = form.make();
        showActive(*dialog);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        QAbstractButton* cancel = nullptr;  // 取消, 关闭, 不取消: the button that rejects
        for (QAbstractButton* b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::RejectRole) {
                cancel = b;
            }
        }
        ASSERT_NE(cancel, nullptr);
        form.type(form.field(*dialog));
        DiscardAnswer keep("keepEditingButton");
        cancel->click();
        EXPECT_EQ(keep.count(), 1);
        EXPECT_TRUE(dialog->isVisible());
    }
}

/// Holds every message until released: the send stays "in progress" as long as the test wants.
class HeldGateway final : public services::SmsGateway {
public:
    explicit HeldGateway(QSemaphore* release) : release_(release) {}
    services::SmsSendResult send(const QString&, const QString&) override {
        release_->acquire();
        return {true, {}};
    }

private:
    QSemaphore* release_;
};

// The send dialog while a send is in progress: Esc (and the close button) neither abandon it nor
// ask "discard?" — the dialog stays open and says it closes when the send is over; after the
// send Esc closes at once (the chosen template was used: nothing is lost).
TEST_F(DirtyDialogsTest, EscDuringASendKeepsTheDialogOpenAndSaysWhy) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    shop.phone = QStringLiteral("029-81629900");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    QSemaphore release;
    struct Releaser {
        QSemaphore& s;
        ~Releaser() { s.release(100); }  // never leave the sending thread waiting
    } releaser{release};
    ui::SendMessagesDialog dialog(app_->context, std::vector<domain::CustomerId>{customer_},
                                  QStringLiteral("Lost customers"));
    dialog.setGatewayFactory([&release] {
        return std::unique_ptr<services::SmsGateway>(std::make_unique<HeldGateway>(&release));
    });
    showActive(dialog);
    auto* combo = dialog.templateCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("post_service")));
    ASSERT_TRUE(ui::DirtyTracker::of(&dialog)->isDirty()) << "another template than win-back";

    // The question with the counts: 发送.
    QTimer yes;
    yes.setInterval(5);
    QObject::connect(&yes, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (auto* b = box->button(QMessageBox::Yes)) {
                b->click();
            }
        }
    });
    yes.start();
    QSignalSpy finished(&dialog, &ui::SendMessagesDialog::sendFinished);
    ASSERT_TRUE(dialog.send());
    // Wait until the batch is built, asked and the send is on its way (held by the gateway).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dialog.resultLabel()->text().contains(QStringLiteral("正在发送")); }, 10000))
        << dialog.resultLabel()->text().toStdString();
    yes.stop();
    ASSERT_TRUE(dialog.isBusy());
    QApplication::setActiveWindow(&dialog);
    {
        DiscardAnswer answer("discardButton");
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.close();
        // A question would have been opened (modal) inside keyClick/close; whatever they posted
        // is delivered now, without waiting a fixed time.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        EXPECT_EQ(answer.count(), 0) << answer.texts().join(u'|').toStdString();
        EXPECT_TRUE(dialog.isVisible()) << "a send in progress is not abandoned";
        EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("完成之前不能关闭此窗口")))
            << dialog.resultLabel()->text().toStdString();
        EXPECT_EQ(dialog.resultLabel()->text().count(QStringLiteral("完成之前")), 1) << "said once";
    }
    release.release(100);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_TRUE(finished.front().front().toBool()) << dialog.resultLabel()->text().toStdString();
    EXPECT_FALSE(dialog.resultLabel()->text().contains(QStringLiteral("完成之前")));
    DiscardAnswer answer("keepEditingButton");
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(answer.count(), 0) << "sent: nothing to lose";
    EXPECT_FALSE(dialog.isVisible());
}

// Item 8: the appointment date is typed (ISO), not only picked.
// The import wizard: the chosen file, the profile name and the column mapping are not dropped
// without asking — Esc, 关闭 and the window's close button ask once; an unchanged wizard and one
// whose import is done close at once.
TEST_F(DirtyDialogsTest, ImportWizardAsksBeforeDroppingTheChosenFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("name,phone,plate,date,amount\nLi Lei,13812345678,A12345,2026-06-01,300\n");
    }
    {
        ui::ImportWizard w(app_->context);
        showActive(w);
        ASSERT_NE(ui::DirtyTracker::of(&w), nullptr);
        DiscardAnswer answer("discardButton");
        QTest::keyClick(w.focusWidget() != nullptr ? w.focusWidget() : &w, Qt::Key_Escape);
        EXPECT_EQ(answer.count(), 0);
        EXPECT_FALSE(w.isVisible());
    }
    {
        ui::ImportWizard w(app_->context);
        showActive(w);
        w.setFilePath(path);  // as 浏览… does
        ASSERT_TRUE(ui::DirtyTracker::of(&w)->isDirty());
        {
            DiscardAnswer keep("keepEditingButton");
            QTest::keyClick(&w, Qt::Key_Escape);
            EXPECT_EQ(keep.count(), 1);
            EXPECT_TRUE(w.isVisible());
        }
        {
            DiscardAnswer keep("keepEditingButton");
            w.button(QWizard::CancelButton)->click();  // 关闭: asks once, not twice
            EXPECT_EQ(keep.count(), 1);
            EXPECT_TRUE(w.isVisible());
        }
        {
            DiscardAnswer keep("keepEditingButton");
            w.close();
            EXPECT_EQ(keep.count(), 1);
            EXPECT_TRUE(w.isVisible());
        }
        // The mapping page: a profile name typed there is kept with the rest.
        w.next();
        ASSERT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
        auto* name = w.findChild<QLineEdit*>(QStringLiteral("importProfileName"));
        ASSERT_NE(name, nullptr);
        typeKeys(name);
        {
            DiscardAnswer keep("keepEditingButton");
            QTest::keyClick(name, Qt::Key_Escape);
            EXPECT_EQ(keep.count(), 1);
            EXPECT_EQ(name->text(), QStringLiteral("abc"));
        }
        {
            DiscardAnswer discard("discardButton");
            w.button(QWizard::CancelButton)->click();
            EXPECT_EQ(discard.count(), 1);
            EXPECT_FALSE(w.isVisible());
            EXPECT_EQ(w.result(), QDialog::Rejected);
        }
    }
    {
        // Imported: nothing is lost, 关闭 closes at once.
        ui::ImportWizard w(app_->context);
        showActive(w);
        w.setFilePath(path);
        QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
        while (w.currentId() < ui::ImportWizard::ResultPage) {
            const int before = w.currentId();
            w.next();
            ASSERT_GT(w.currentId(), before) << "stuck on page " << before;
            if (w.currentId() >= ui::ImportWizard::PreviewPage) {
                ASSERT_TRUE(finished.wait(20000) || !finished.isEmpty());
                finished.clear();
            }
        }
        ASSERT_TRUE(w.imported().has_value());
        DiscardAnswer answer("keepEditingButton");
        w.button(QWizard::CancelButton)->click();
        EXPECT_EQ(answer.count(), 0);
        EXPECT_FALSE(w.isVisible());
    }
}

TEST_F(DirtyDialogsTest, TheAppointmentDateIsTypedAsIso) {
    ui::BookAppointmentDialog dialog(app_->context, customer_);
    showActive(dialog);
    QDateEdit* date = dialog.dateEdit();
    const QDate target = app_->now().date().addDays(9);
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, target.toString(QStringLiteral("yyyy-MM-dd")));
    QTest::keyClick(date, Qt::Key_Tab);
    EXPECT_EQ(date->date(), target) << date->text().toStdString();
    EXPECT_EQ(date->text(), target.toString(QStringLiteral("yyyy-MM-dd")));
    EXPECT_TRUE(date->calendarPopup());
}

}  // namespace
}  // namespace hc::test
