// Reception's appointment panel (issue 11 item 3): today's and tomorrow's appointments with their
// status (✓ once a visit is registered), reachable with Alt+Y, Enter opens the card; booking from
// the card's customer through the real dialog. Offscreen, real services on a real SQLite file.
#include "AppHarness.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/BookAppointmentDialog.h"
#include "hc/ui/ReceptionView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

class AppointmentPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        first_ = app_.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                                  QStringLiteral("陕A12345"), {});
        second_ = app_.addCustomer(QStringLiteral("Han Meimei"), QStringLiteral("13987654321"),
                                   QStringLiteral("陕B54321"), {});
        ASSERT_GT(first_, 0);
        ASSERT_GT(second_, 0);
    }

    std::int64_t book(domain::CustomerId customer, const QDate& day, const QTime& time,
                      const QString& purpose) {
        services::AppointmentInput in;
        in.customerId = customer;
        in.vehicleId = app_.context.vehicles->vehiclesOf(customer).value().front().id;
        in.date = day;
        in.time = time;
        in.purpose = purpose;
        in.advisorId = app_.context.user.id;
        auto r = app_.context.appointments->book(app_.context.user, in);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : 0;
    }

    QString cell(ui::AppointmentPanel* panel, int row, int column) {
        return panel->model()->index(row, column).data().toString();
    }

    AppHarness app_;
    domain::CustomerId first_ = 0;
    domain::CustomerId second_ = 0;
    QDate today_ = app_.now().date();
};

TEST_F(AppointmentPanelTest, TodayAndTomorrowWithArrivalTickAndEnterOpensTheCard) {
    book(first_, today_, QTime(14, 0), QStringLiteral("Oil"));
    book(second_, today_.addDays(1), QTime(9, 30), QStringLiteral("Brakes"));
    book(second_, today_.addDays(2), QTime(9, 30), QStringLiteral("Later"));  // not shown

    ui::ReceptionView view(app_.context);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* panel = view.appointmentPanel();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(cell(panel, 0, 0), QStringLiteral("今天 14:00"));
    EXPECT_EQ(cell(panel, 0, 1), QStringLiteral("陕A12345"));
    EXPECT_EQ(cell(panel, 0, 2), QStringLiteral("Li Lei"));
    EXPECT_EQ(cell(panel, 0, 3), QStringLiteral("Oil"));
    EXPECT_EQ(cell(panel, 0, 4), QStringLiteral("Wang Manager"));
    EXPECT_EQ(cell(panel, 0, 5), QStringLiteral("待到店"));
    EXPECT_EQ(cell(panel, 1, 0), QStringLiteral("明天 09:30"));
    EXPECT_EQ(panel->messageLabel()->text(), QStringLiteral("已到 0 / 2"));

    // The customer arrives: a visit registered for today ticks the appointment.
    domain::Visit visit;
    visit.customerId = first_;
    visit.vehicleId = app_.context.vehicles->vehiclesOf(first_).value().front().id;
    visit.date = today_;
    visit.workOrder = QStringLiteral("WO-APPT-1");
    visit.category = QStringLiteral("maintenance");
    visit.amountFen = 10000;
    visit.labourFen = 10000;
    ASSERT_TRUE(app_.context.visits->registerVisit(app_.context.user, visit).ok());
    panel->refresh();
    EXPECT_EQ(cell(panel, 0, 5), QStringLiteral("✓ 已到店"));
    EXPECT_EQ(panel->messageLabel()->text(), QStringLiteral("已到 1 / 2"));

    // Keyboard: Alt+Y reaches the list, ↓ to tomorrow's, Enter opens that customer's card.
    view.searchEdit()->setFocus();
    QTest::keyClick(view.searchEdit(), Qt::Key_Y, Qt::AltModifier);
    ASSERT_TRUE(panel->table()->hasFocus());
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    QTest::keyClick(panel->table(), Qt::Key_Down);
    QTest::keyClick(panel->table(), Qt::Key_Return);
    EXPECT_EQ(view.currentCustomerId(), second_);
    EXPECT_TRUE(view.cardVisible());
}

TEST_F(AppointmentPanelTest, BookButtonBooksForTheCustomerOnTheCard) {
    ui::ReceptionView view(app_.context);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* panel = view.appointmentPanel();
    EXPECT_FALSE(panel->bookButton()->isEnabled());  // no card open
    EXPECT_EQ(panel->messageLabel()->text(), QStringLiteral("今明两天没有预约"));
    view.openCustomer(first_);
    ASSERT_TRUE(panel->bookButton()->isEnabled());

    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<ui::BookAppointmentDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        EXPECT_EQ(d->vehicleCombo()->currentText(), QStringLiteral("陕A12345"));
        EXPECT_EQ(d->dateEdit()->date(), today_.addDays(1));  // tomorrow by default
        // A time that is no time: refused, the dialog stays with the message.
        d->timeCombo()->setEditText(QStringLiteral("25:99"));
        d->save();
        EXPECT_TRUE(d->isVisible());
        d->timeCombo()->setEditText(QStringLiteral("10:15"));
        d->purposeCombo()->setEditText(QStringLiteral("Check-up"));
        d->save();
        filled = true;
    });
    QTest::mouseClick(panel->bookButton(), Qt::LeftButton);
    ASSERT_TRUE(filled);
    ASSERT_EQ(panel->model()->rowCount(), 1);
    EXPECT_EQ(cell(panel, 0, 0), QStringLiteral("明天 10:15"));
    EXPECT_EQ(cell(panel, 0, 3), QStringLiteral("Check-up"));
    const auto listed =
        app_.context.appointments->between(today_.addDays(1), today_.addDays(1)).value();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().appointment.customerId, first_);
    EXPECT_EQ(listed.front().appointment.advisorId, app_.context.user.id);
}

TEST_F(AppointmentPanelTest, DialogRefusesADayInThePastAndKeepsTheInput) {
    ui::BookAppointmentDialog d(app_.context, first_);
    d.show();
    d.dateEdit()->setDate(today_.addDays(-1));
    d.purposeCombo()->setEditText(QStringLiteral("Tyres"));
    d.save();
    EXPECT_NE(d.result(), QDialog::Accepted);
    EXPECT_FALSE(d.bookedId().has_value());
    EXPECT_EQ(d.purposeCombo()->currentText(), QStringLiteral("Tyres"));
    EXPECT_TRUE(
        app_.context.appointments->between(today_.addDays(-1), today_.addDays(1)).value().empty());
    d.dateEdit()->setDate(today_);
    d.save();
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.bookedId().has_value());
}

}  // namespace
}  // namespace hc::test
