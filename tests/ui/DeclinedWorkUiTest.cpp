// Declined work at visit entry, driven offscreen on a real database (issue 12 item 7): each
// recommendation is a row (what, amount, urgency, due date / km), a bad cell keeps the dialog open
// with everything typed, the saved items show on the next visit of the car to tick "done this
// visit", on the customer card and on the printed receipt.
#include "QtApp.h"

#include "hc/services/CustomerService.h"
#include "hc/services/DeclinedWorkService.h"
#include "hc/services/ReceiptService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/DeclinedWorkEditor.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/VisitDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;

class DeclinedWorkUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        ASSERT_TRUE(dir_.isValid());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("declined.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        users_ = std::make_unique<hc::services::UserService>(*db_, clock);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock);
        receipts_ = std::make_unique<hc::services::ReceiptService>(*db_, clock);
        declined_ = std::make_unique<hc::services::DeclinedWorkService>(*db_, clock);
        auto a = users_->addUser(ActingUser{}, QStringLiteral("li"), Role::Advisor,
                                 QStringLiteral("Reception#2024"), QStringLiteral("李顾问"));
        ASSERT_TRUE(a);
        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.users = users_.get();
        ctx_.settings = settings_.get();
        ctx_.receipts = receipts_.get();
        ctx_.declined = declined_.get();
        ctx_.user = ActingUser{a.value(), QStringLiteral("li"), Role::Advisor};
        hc::domain::Customer cu;
        cu.name = QStringLiteral("刘春江");
        cu.phone = QStringLiteral("13891234501");
        customer_ = customers_->registerCustomer(ctx_.user, cu).value();
        hc::domain::Vehicle v;
        v.customerId = customer_;
        v.plate = QStringLiteral("陕A12345");
        car_ = vehicles_->registerVehicle(ctx_.user, v).value();
    }

    static void setCell(QTableWidget* t, int row, int col, const QString& text) {
        t->item(row, col)->setText(text);
    }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::SettingsService> settings_;
    std::unique_ptr<hc::services::ReceiptService> receipts_;
    std::unique_ptr<hc::services::DeclinedWorkService> declined_;
    hc::ui::UiContext ctx_;
    hc::domain::CustomerId customer_ = 0;
    hc::domain::VehicleId car_ = 0;
};

using Editor = hc::ui::DeclinedWorkEditor;

TEST_F(DeclinedWorkUiTest, RowsAreSavedWithTheVisitTickedDoneLaterAndPrinted) {
    hc::domain::VisitId first = 0;
    {
        hc::ui::VisitDialog dialog(ctx_, customer_, car_);
        dialog.show();
        dialog.mileageEdit()->setText(QStringLiteral("20000"));
        dialog.workOrderEdit()->setText(QStringLiteral("WO-1"));
        dialog.labourEdit()->setText(QStringLiteral("100"));
        auto* editor = dialog.declinedEditor();
        ASSERT_NE(editor, nullptr);
        EXPECT_TRUE(editor->openList()->isHidden());  // nothing open yet
        // Ctrl+N adds a row with the cursor in it (keyboard-first); shortcuts need the active
        // window, which some offscreen platforms never grant: then the add button.
        dialog.activateWindow();
        if (QTest::qWaitForWindowActive(&dialog)) {
            editor->itemsTable()->setFocus();
            QTest::keyClick(editor->itemsTable(), Qt::Key_N, Qt::ControlModifier);
        } else {
            editor->addButton()->click();
        }
        ASSERT_EQ(editor->itemsTable()->rowCount(), 1);
        auto* t = editor->itemsTable();
        setCell(t, 0, Editor::WhatCol, QStringLiteral("更换刹车片"));
        setCell(t, 0, Editor::AmountCol, QStringLiteral("800"));
        qobject_cast<QComboBox*>(t->cellWidget(0, Editor::UrgencyCol))->setCurrentIndex(0);
        editor->addRow();
        setCell(t, 1, Editor::WhatCol, QStringLiteral("更换轮胎"));
        setCell(t, 1, Editor::AmountCol, QStringLiteral("abc"));  // not an amount: refused
        setCell(t, 1, Editor::DueKmCol, QStringLiteral("26000"));
        dialog.save();
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(dialog.formMessage()->text().contains(QStringLiteral("2")))
            << dialog.formMessage()->text().toStdString();
        EXPECT_EQ(t->item(1, Editor::WhatCol)->text(), QStringLiteral("更换轮胎"));  // kept
        setCell(t, 1, Editor::AmountCol, QStringLiteral("1200"));
        dialog.save();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.formMessage()->text().toStdString();
        first = dialog.visitId();
    }
    hc::services::DeclinedQuery q;
    q.customerId = customer_;
    const auto rows = declined_->list(q).value();
    ASSERT_EQ(rows.size(), 2u);
    for (const auto& r : rows) {
        EXPECT_EQ(r.item.visitId, first);
        if (r.item.what == QStringLiteral("更换刹车片")) {
            EXPECT_EQ(r.item.amountFen, 80000);
            EXPECT_EQ(r.item.urgency, hc::domain::DeclinedUrgency::Safety);
        } else {
            EXPECT_EQ(r.item.amountFen, 120000);
            EXPECT_EQ(r.item.dueMileage, 26000);
        }
    }

    // The receipt prints the declined items.
    const QString pdf = dir_.filePath(QStringLiteral("receipt.pdf"));
    {
        QPdfWriter writer(pdf);
        QString error;
        ASSERT_TRUE(hc::ui::PrintPreview::paintReceipt(ctx_, first, writer, &error))
            << error.toStdString();
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // (pdftotext maps some glyphs to CJK radicals, e.g. 车 → ⻋: the test looks for safe ones.)
    EXPECT_TRUE(text.contains(QStringLiteral("更换轮胎"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("26,000"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,200.00")) ||
                text.contains(QStringLiteral("1200.00")))
        << text.toStdString();

    // The card lists the open items.
    {
        hc::ui::CustomerCardView card(ctx_);
        card.showCustomer(customer_);
        const auto* frame = card.findChild<QWidget*>(QStringLiteral("openRecommendations"));
        ASSERT_NE(frame, nullptr);
        QString shown;
        for (const auto* label : frame->findChildren<QLabel*>()) {
            shown += label->text();
        }
        EXPECT_TRUE(shown.contains(QStringLiteral("更换轮胎"))) << shown.toStdString();
    }

    // The next visit of the car lists both to tick; the brakes are done this time.
    hc::ui::VisitDialog next(ctx_, customer_, car_);
    next.show();
    auto* open = next.declinedEditor()->openList();
    ASSERT_EQ(open->count(), 2);
    EXPECT_FALSE(open->isHidden());
    for (int i = 0; i < open->count(); ++i) {
        if (open->item(i)->text().contains(QStringLiteral("刹车片"))) {
            open->item(i)->setCheckState(Qt::Checked);
        }
    }
    next.mileageEdit()->setText(QStringLiteral("20100"));
    next.workOrderEdit()->setText(QStringLiteral("WO-2"));
    next.labourEdit()->setText(QStringLiteral("800"));
    next.save();
    ASSERT_EQ(next.result(), QDialog::Accepted) << next.formMessage()->text().toStdString();
    q.status = hc::domain::DeclinedStatus::Open;
    const auto stillOpen = declined_->list(q).value();
    ASSERT_EQ(stillOpen.size(), 1u);
    EXPECT_EQ(stillOpen[0].item.what, QStringLiteral("更换轮胎"));
}

}  // namespace
