// Issue 9 item 9: in English the message boxes (confirmations, results, validation failures) carry
// no Chinese that does not come from the data. Each box is read while it is open (title, text,
// buttons) and answered.
#include "AppHarness.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace hc::test {
namespace {

/// Reads every message box that opens while it lives (title, text, informative text, button
/// texts) and answers it with `answer` (or OK, or its first button).
class BoxReader {
public:
    /// `other` answers a modal that is not a message box (input, file and form dialogs); it
    /// returns true when it handled it.
    explicit BoxReader(QMessageBox::StandardButton answer, std::function<bool(QWidget*)> other = {})
        : answer_(answer), other_(std::move(other)) {
        timer_.setInterval(20);
        QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
        timer_.start();  // stops with the reader
    }
    [[nodiscard]] bool seen() const { return boxes_ > 0; }
    [[nodiscard]] int boxes() const { return boxes_; }
    [[nodiscard]] const QStringList& texts() const { return texts_; }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr && modal != nullptr && modal->isVisible() && other_) {
            other_(modal);
            return;
        }
        if (box == nullptr || !box->isVisible()) {
            return;
        }
        ++boxes_;
        texts_ << box->windowTitle() << box->text() << box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            texts_ << b->text();
        }
        QAbstractButton* button = box->button(answer_);
        if (button == nullptr) {
            button = box->button(QMessageBox::Ok);
        }
        if (button == nullptr && !box->buttons().isEmpty()) {
            button = box->buttons().front();
        }
        if (button != nullptr) {
            button->click();
        }
    }
    QMessageBox::StandardButton answer_;
    std::function<bool(QWidget*)> other_;
    QStringList texts_;
    QTimer timer_;
    int boxes_ = 0;
};

std::string chineseIn(const QStringList& texts) {
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    QStringList bad;
    for (const QString& t : texts) {
        if (t.contains(han)) {
            bad << t;
        }
    }
    return bad.join(QStringLiteral(" | ")).toStdString();
}

/// The visible texts of a dialog: title, labels, buttons (what a reader of the box sees).
QStringList widgetTexts(QWidget* w) {
    QStringList out{w->windowTitle()};
    for (auto* l : w->findChildren<QLabel*>()) {
        if (l->isVisibleTo(w)) {
            out << l->text();
        }
    }
    for (auto* b : w->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(w)) {
            out << b->text();
        }
    }
    return out;
}

class EnglishMessagesTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/huichang_en.qm")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app_ = std::make_unique<AppHarness>();
        const QDate today = app_->now().date();
        app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                          QStringLiteral("陕A12345"), {today.addMonths(-14), today.addMonths(-2)});
    }
    void TearDown() override {
        app_.reset();
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    QTranslator translator_;
    std::unique_ptr<AppHarness> app_;
};

TEST_F(EnglishMessagesTest, SavingTheAbcRunAsksAndConfirmsInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    ASSERT_TRUE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-1))));
    auto* save = view.findChild<QPushButton*>(QStringLiteral("saveAbcButton"));
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());
    BoxReader boxes(QMessageBox::Yes);
    save->click();  // the question, then the result
    EXPECT_EQ(boxes.boxes(), 2);
    EXPECT_EQ(chineseIn(boxes.texts()), "") << "confirmation and result";
}

TEST_F(EnglishMessagesTest, AnEmptySatisfactionItemIsRefusedInEnglish) {
    ui::SatisfactionItemsDialog dialog(app_->context);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    ASSERT_GT(table->rowCount(), 0);
    table->item(0, 0)->setText(QString());
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.save());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "validation failure";
}

TEST_F(EnglishMessagesTest, BackupRestoreAsksAndAnUnverifiedBackupIsRefusedInEnglish) {
    ui::BackupDialog dialog(*app_->context.backups, app_->context.user);
    dialog.show();
    {
        BoxReader failure(QMessageBox::Ok);  // one reader at a time: each answers what it sees
        dialog.backupNow();
        ASSERT_GT(dialog.table()->rowCount(), 0) << failure.texts().join(u'|').toStdString();
    }
    dialog.table()->selectRow(0);
    {
        BoxReader question(QMessageBox::No);
        EXPECT_FALSE(dialog.restoreSelected());  // asked, answered No
        ASSERT_TRUE(question.seen());
        EXPECT_EQ(chineseIn(question.texts()), "") << "restore confirmation";
    }

    // The same backup marked unverified: refused with a warning.
    dialog.table()->item(0, 0)->setData(Qt::UserRole + 1, false);
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.restoreSelected());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "unverified backup";
}

TEST_F(EnglishMessagesTest, AComplaintThatCannotBeSavedSaysWhyInEnglish) {
    const auto customer = app_->addCustomer(
        QStringLiteral("Zhao Min"), QStringLiteral("13911112222"), QStringLiteral("陕A22222"), {});
    ui::ComplaintDialog dialog(app_->context, customer);
    dialog.show();
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Noise after repair"));
    dialog.receivedEdit()->setMaximumDateTime(QDateTime(QDate(2100, 1, 1), QTime(0, 0)));
    dialog.receivedEdit()->setDateTime(app_->now().addDays(2));  // in the future: refused
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.save());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "complaint not saved";
}

TEST_F(EnglishMessagesTest, DrillDownBoxesAndTheSmsExportAreInEnglish) {
    const auto customer = app_->addCustomer(QStringLiteral("Sun Li"), QStringLiteral("13933334444"),
                                            QStringLiteral("陕A33333"), {});
    ui::DrillDownDialog dialog(app_->context, QStringLiteral("Lost customers"),
                               {{customer, QStringLiteral("Sun Li"), QStringLiteral("Lost")}});
    dialog.show();
    dialog.campaignTitleEdit()->clear();
    {
        BoxReader missingTitle(QMessageBox::Ok);
        EXPECT_EQ(dialog.addToCallbackList(), 0);
        ASSERT_TRUE(missingTitle.seen());
        EXPECT_EQ(chineseIn(missingTitle.texts()), "") << "missing title";
    }
    dialog.campaignTitleEdit()->setText(QStringLiteral("Win back"));
    {
        BoxReader added(QMessageBox::Ok);
        EXPECT_GT(dialog.addToCallbackList(), 0);
        ASSERT_TRUE(added.seen());
        EXPECT_EQ(chineseIn(added.texts()), "") << "added to the call list";
    }

    // 导出短信: template, file, then the result box.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    BoxReader exported(QMessageBox::Ok, [&path](QWidget* modal) {
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            input->accept();
            return true;
        }
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(path);
            static_cast<QDialog*>(files)->accept();  // QFileDialog::accept is protected
            return true;
        }
        return false;
    });
    dialog.chooseMessageExport();
    ASSERT_TRUE(exported.seen());
    EXPECT_EQ(chineseIn(exported.texts()), "") << "export result";
}

TEST_F(EnglishMessagesTest, AppointmentCancelDialogAndRefusalAreInEnglish) {
    const auto customer = app_->addCustomer(
        QStringLiteral("Qian Yu"), QStringLiteral("13955556666"), QStringLiteral("陕A44444"), {});
    services::AppointmentInput in;
    in.customerId = customer;
    in.date = app_->now().date().addDays(1);
    in.time = QTime(9, 0);
    in.purpose = QStringLiteral("Oil");
    const auto id = app_->context.appointments->book(app_->context.user, in);
    ASSERT_TRUE(id);
    ui::AppointmentPanel panel(app_->context);
    panel.show();
    panel.refresh();
    ASSERT_EQ(panel.model()->rowCount(), 1);
    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    // Cancelled meanwhile (another desk): the list still shows it booked; the service refuses.
    ASSERT_TRUE(app_->context.appointments->cancel(app_->context.user, id.value(),
                                                   QStringLiteral("Moved")));
    QStringList dialogTexts;
    BoxReader refusal(QMessageBox::Ok, [&dialogTexts](QWidget* modal) {
        auto* d = qobject_cast<ui::CancelAppointmentDialog*>(modal);
        if (d == nullptr) {
            return false;
        }
        dialogTexts << widgetTexts(d);
        d->reasonEdit()->setText(QStringLiteral("Customer called"));
        d->confirmButton()->click();
        return true;
    });
    EXPECT_FALSE(panel.cancelSelected());
    ASSERT_TRUE(refusal.seen());
    EXPECT_EQ(chineseIn(dialogTexts), "") << "cancel dialog";
    EXPECT_EQ(chineseIn(refusal.texts()), "") << "already cancelled";
}

TEST_F(EnglishMessagesTest, CallbackSmsExportAndGatewaySendAreInEnglish) {
    domain::ShopProfile shop;
    shop.name = QStringLiteral("Shunda Auto");
    ASSERT_TRUE(app_->context.settings->saveShopProfile(app_->context.user, shop));
    ui::CallbackView view(app_->context);
    view.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    BoxReader exported(QMessageBox::Ok, [&path](QWidget* modal) {
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            input->accept();
            return true;
        }
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(path);
            static_cast<QDialog*>(files)->accept();  // QFileDialog::accept is protected
            return true;
        }
        return false;
    });
    view.chooseMessageExport();
    ASSERT_TRUE(exported.seen());
    EXPECT_EQ(chineseIn(exported.texts()), "") << "export result";

    // 发送短信 without a gateway set up: the dialog says so in English.
    ui::SendMessagesDialog send(app_->context, app_->now().date());
    send.show();
    EXPECT_FALSE(send.send());
    EXPECT_EQ(chineseIn(widgetTexts(&send)), "") << "send dialog";
}

}  // namespace
}  // namespace hc::test
