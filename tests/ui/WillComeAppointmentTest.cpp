// The "会来店" outcome of the callback screen books the whole appointment (issue 11 item 3): date,
// time slot, purpose and advisor, keyboard-reachable, validated, saved with the call in one use
// case; reception's AppointmentService then lists it with those fields.
#include "CallbackUiFixture.h"

#include "hc/services/AppointmentService.h"
#include "hc/ui/AppointmentPanel.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CallbackView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

using hc::domain::CallOutcome;
using hc::ui::CallbackView;

class WillComeAppointmentTest : public hc::test::CallbackUiFixture {
protected:
    std::unique_ptr<CallbackView> openView() {
        auto view = std::make_unique<CallbackView>(ctx_);
        view->setClock(clock());
        view->resize(1366, 728);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        return view;
    }

    std::vector<hc::services::AppointmentEntry> appointmentsOn(const QDate& day) {
        hc::services::AppointmentService service(*db_, [this] { return now; });
        auto r = service.between(day, day);
        EXPECT_TRUE(r);
        return r ? r.value() : std::vector<hc::services::AppointmentEntry>{};
    }
};

TEST_F(WillComeAppointmentTest, TimePurposeAndAdvisorAreSavedWithTheCall) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_5);
    auto* panel = view->outcomePanel();
    ASSERT_EQ(panel->outcome(), CallOutcome::WillCome);
    EXPECT_TRUE(panel->appointmentTimeCombo()->isVisibleTo(view.get()));
    EXPECT_TRUE(panel->appointmentPurposeCombo()->isVisibleTo(view.get()));
    EXPECT_TRUE(panel->appointmentAdvisorCombo()->isVisibleTo(view.get()));
    // Only advisors and managers receive cars: the callback user is not offered.
    auto* advisors = panel->appointmentAdvisorCombo();
    EXPECT_GE(advisors->findText(QStringLiteral("李顾问")), 1);
    EXPECT_EQ(advisors->findText(QStringLiteral("赵回访")), -1);

    // Keyboard: Alt+T, Alt+P, Alt+G reach the fields.
    const auto focusIn = [](QComboBox* combo) {
        QWidget* f = QApplication::focusWidget();
        return f == combo || f == combo->lineEdit();
    };
    QTest::keyClick(view.get(), Qt::Key_T, Qt::AltModifier);
    EXPECT_TRUE(focusIn(panel->appointmentTimeCombo()))
        << QApplication::focusWidget()->metaObject()->className() << " "
        << QApplication::focusWidget()->objectName().toStdString();
    QTest::keyClick(view.get(), Qt::Key_P, Qt::AltModifier);
    EXPECT_TRUE(focusIn(panel->appointmentPurposeCombo()))
        << QApplication::focusWidget()->metaObject()->className() << " "
        << QApplication::focusWidget()->objectName().toStdString();
    QTest::keyClick(view.get(), Qt::Key_T, Qt::AltModifier);
    EXPECT_TRUE(focusIn(panel->appointmentTimeCombo())) << "and back";
    QTest::keyClick(view.get(), Qt::Key_G, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), advisors);

    panel->setAppointment(QDate(2026, 6, 18));
    panel->appointmentTimeCombo()->setCurrentIndex(
        panel->appointmentTimeCombo()->findData(QStringLiteral("10:30")));
    panel->appointmentPurposeCombo()->setEditText(QStringLiteral("更换刹车片"));
    advisors->setCurrentIndex(advisors->findText(QStringLiteral("李顾问")));
    ASSERT_TRUE(view->saveCall()) << panel->messageLabel()->text().toStdString();

    const auto booked = appointmentsOn(QDate(2026, 6, 18));
    ASSERT_EQ(booked.size(), 1U);
    const auto& a = booked.front().appointment;
    EXPECT_EQ(a.customerId, customer_);
    EXPECT_EQ(a.time, QTime(10, 30));
    EXPECT_EQ(a.purpose, QStringLiteral("更换刹车片"));
    ASSERT_TRUE(a.advisorId);
    EXPECT_EQ(*a.advisorId, advisor_.id);
    EXPECT_TRUE(a.callId.has_value()) << "made by the call, in the same use case";
    EXPECT_TRUE(panel->messageLabel()->text().contains(QStringLiteral("2026-06-18")));
}

TEST_F(WillComeAppointmentTest, WithoutTimeOrPurposeTheDayAndTheKindOfCallAreBooked) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_5);
    view->outcomePanel()->setAppointment(QDate(2026, 6, 16));
    ASSERT_TRUE(view->saveCall());
    const auto booked = appointmentsOn(QDate(2026, 6, 16));
    ASSERT_EQ(booked.size(), 1U);
    EXPECT_FALSE(booked.front().appointment.time.isValid());
    EXPECT_EQ(booked.front().appointment.purpose, QStringLiteral("服务回访"));
    EXPECT_FALSE(booked.front().appointment.advisorId.has_value());
}

TEST_F(WillComeAppointmentTest, ATimeThatIsNoTimeIsRefusedAtItsFieldAndNothingIsWritten) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_5);
    auto* panel = view->outcomePanel();
    panel->setAppointment(QDate(2026, 6, 18));
    panel->appointmentTimeCombo()->setEditText(QStringLiteral("25:99"));
    panel->appointmentPurposeCombo()->setEditText(QStringLiteral("保养"));
    EXPECT_FALSE(view->saveCall());
    EXPECT_TRUE(panel->appointmentTimeMessage()->isVisibleTo(view.get()));
    EXPECT_TRUE(panel->appointmentTimeMessage()->text().contains(QStringLiteral("HH:MM")));
    EXPECT_TRUE(appointmentsOn(QDate(2026, 6, 18)).empty());
    auto calls = followUps_->callsOf(customer_);
    ASSERT_TRUE(calls);
    EXPECT_TRUE(calls.value().empty()) << "nothing written";
    EXPECT_EQ(panel->appointmentPurposeCombo()->currentText(), QStringLiteral("保养"))
        << "nothing typed is lost";

    panel->appointmentTimeCombo()->setEditText(QStringLiteral("9:15"));
    ASSERT_TRUE(view->saveCall());
    const auto booked = appointmentsOn(QDate(2026, 6, 18));
    ASSERT_EQ(booked.size(), 1U);
    EXPECT_EQ(booked.front().appointment.time, QTime(9, 15));
}

TEST_F(WillComeAppointmentTest, TheNextCallStartsWithEmptyAppointmentFields) {
    auto view = openView();
    auto* panel = view->outcomePanel();
    panel->setOutcome(CallOutcome::WillCome);
    panel->setAppointmentTime(QTime(14, 0));
    panel->appointmentPurposeCombo()->setEditText(QStringLiteral("维修"));
    panel->appointmentAdvisorCombo()->setCurrentIndex(1);
    panel->reset(QDate(2026, 6, 15));
    EXPECT_EQ(panel->appointmentTime(), QTime());
    EXPECT_TRUE(panel->appointmentPurpose().isEmpty());
    EXPECT_FALSE(panel->appointmentAdvisor().has_value());
}

/// The loop end to end (issue 11 "done when"): a clerk's "will come" for tomorrow shows on
/// reception's appointment panel that day, and a visit registered for the customer ticks it.
TEST_F(WillComeAppointmentTest, AWillComeShowsAtReceptionOnThatDayAndTheVisitTicksIt) {
    {
        auto view = openView();
        ASSERT_TRUE(view->selectCustomer(customer_));
        QTest::keyClick(view->listView(), Qt::Key_5);
        auto* panel = view->outcomePanel();
        ASSERT_EQ(panel->outcome(), CallOutcome::WillCome);
        panel->setAppointment(now.date().addDays(1));
        panel->appointmentTimeCombo()->setCurrentIndex(
            panel->appointmentTimeCombo()->findData(QStringLiteral("10:30")));
        ASSERT_TRUE(view->saveCall()) << panel->messageLabel()->text().toStdString();
    }
    // The next morning at reception.
    now = QDateTime(now.date().addDays(1), QTime(8, 0));
    hc::services::AppointmentService appointments(*db_, clock());
    ctx_.appointments = &appointments;
    ctx_.user = advisor_;
    hc::ui::AppointmentPanel panel(ctx_);
    panel.refresh();
    ASSERT_GE(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.customerAt(0), customer_);
    const auto cellText = [&panel](int column) {
        return panel.model()->index(0, column).data().toString();
    };
    EXPECT_EQ(cellText(0), QStringLiteral("今天 10:30"));
    EXPECT_EQ(cellText(1), QStringLiteral("陕A12345"));
    EXPECT_EQ(cellText(5), QStringLiteral("待到店"));

    addVisit(customer_, vehicle_, now.date());
    panel.refresh();
    EXPECT_EQ(cellText(5), QStringLiteral("✓ 已到店"));
}

}  // namespace
