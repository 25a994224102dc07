// Reception cancels an appointment (confirmed, with a reason, audited) and the customer card shows
// the customer's upcoming appointments with their status (issue 11 item 3 leftovers). Offscreen,
// real services on a real SQLite file.
#include "AppHarness.h"

#include "hc/services/AppointmentService.h"
#include "hc/services/AuditService.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/CustomerAppointmentsLabel.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/ReceptionView.h"

#include <QApplication>
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

class AppointmentCancelTest : public ::testing::Test {
protected:
    void SetUp() override {
        customer_ = app_.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                                     QStringLiteral("陕A12345"), {});
        ASSERT_GT(customer_, 0);
    }

    std::int64_t book(const QDate& day, const QTime& time, const QString& purpose) {
        services::AppointmentInput in;
        in.customerId = customer_;
        in.vehicleId = app_.context.vehicles->vehiclesOf(customer_).value().front().id;
        in.date = day;
        in.time = time;
        in.purpose = purpose;
        in.advisorId = app_.context.user.id;
        auto r = app_.context.appointments->book(app_.context.user, in);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : 0;
    }

    AppHarness app_;
    domain::CustomerId customer_ = 0;
    QDate today_ = app_.now().date();
};

TEST_F(AppointmentCancelTest, CancelAsksForAReasonThenCancelsAndAudits) {
    const auto id = book(today_.addDays(1), QTime(10, 0), QStringLiteral("Oil"));
    ui::ReceptionView view(app_.context);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* panel = view.appointmentPanel();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    EXPECT_FALSE(panel->cancelButton()->isEnabled()) << "nothing selected";
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    ASSERT_TRUE(panel->cancelButton()->isEnabled());

    // "不取消": nothing happens.
    QTimer::singleShot(0, [] {
        auto* d = qobject_cast<ui::CancelAppointmentDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        d->reject();
    });
    EXPECT_FALSE(panel->cancelSelected());
    EXPECT_EQ(app_.context.appointments->between(today_.addDays(1), today_.addDays(1))
                  .value()
                  .front()
                  .status,
              domain::AppointmentStatus::Booked);

    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<ui::CancelAppointmentDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        // No reason: refused, the dialog stays open with the message.
        QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
        EXPECT_TRUE(d->isVisible());
        EXPECT_FALSE(d->messageLabel()->text().isEmpty());
        QTest::keyClicks(d->reasonEdit(), QStringLiteral("Customer rescheduled"));
        QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
        filled = true;
    });
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(filled);

    const auto listed =
        app_.context.appointments->between(today_.addDays(1), today_.addDays(1)).value();
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed.front().status, domain::AppointmentStatus::Cancelled);
    EXPECT_EQ(listed.front().appointment.cancelReason, QStringLiteral("Customer rescheduled"));
    EXPECT_EQ(panel->model()->index(0, 5).data().toString(), QStringLiteral("已取消"));
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    EXPECT_FALSE(panel->cancelButton()->isEnabled()) << "a cancelled one cannot be cancelled";

    const auto trail = app_.context.audit->trail(QStringLiteral("appointment"), id);
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail.value().size(), 2U);
    EXPECT_EQ(trail.value().back().action, QStringLiteral("appointment.cancel"));
    EXPECT_EQ(trail.value().back().userId, app_.context.user.id);
    EXPECT_TRUE(trail.value().back().afterJson.contains(QStringLiteral("Customer rescheduled")));
}

TEST_F(AppointmentCancelTest, TheCardShowsUpcomingAppointmentsWithTheirStatus) {
    book(today_.addDays(3), QTime(9, 30), QStringLiteral("Brakes"));
    const auto later = book(today_.addDays(5), QTime(), QStringLiteral("Tyres"));
    ASSERT_TRUE(
        app_.context.appointments->cancel(app_.context.user, later, QStringLiteral("Moved")));
    ui::ReceptionView view(app_.context);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.openCustomer(customer_);
    auto* line = view.card()->appointmentsLabel();
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->isVisible());
    const QString text = line->text();
    EXPECT_TRUE(text.contains(today_.addDays(3).toString(Qt::ISODate) +
                              QStringLiteral(" 09:30 陕A12345 Brakes")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("待到店")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tyres")));
    EXPECT_TRUE(text.contains(QStringLiteral("已取消")));
    EXPECT_LT(text.indexOf(QStringLiteral("Brakes")), text.indexOf(QStringLiteral("Tyres")))
        << "by date";

    // A customer without appointments: no line.
    const auto other = app_.addCustomer(QStringLiteral("Han Meimei"), QStringLiteral("13987654321"),
                                        QStringLiteral("陕B54321"), {});
    view.openCustomer(other);
    EXPECT_FALSE(line->isVisible());
}

TEST_F(AppointmentCancelTest, BookingFromThePanelShowsOnTheOpenCard) {
    ui::ReceptionView view(app_.context);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.openCustomer(customer_);
    auto* line = view.card()->appointmentsLabel();
    EXPECT_FALSE(line->isVisible());
    QTimer::singleShot(0, [] {
        auto* d = QApplication::activeModalWidget();
        ASSERT_NE(d, nullptr);
        QMetaObject::invokeMethod(d, "save");
    });
    QTest::mouseClick(view.appointmentPanel()->bookButton(), Qt::LeftButton);
    EXPECT_TRUE(line->isVisible());
    EXPECT_TRUE(line->text().contains(today_.addDays(1).toString(Qt::ISODate)))
        << line->text().toStdString();
}

}  // namespace
}  // namespace hc::test
