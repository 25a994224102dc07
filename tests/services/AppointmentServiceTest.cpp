// Appointments on a real database (issue 11 item 3): the life cycle — booked by a "will come" call
// (same transaction as the call, audited) or at reception, arrived by a visit of the customer or
// the vehicle, no-show after the day (then on the follow-up list), cancelled explicitly — and the
// reminder the day before.
#include "ServiceFixture.h"
#include "SqlRows.h"
#include "hc/services/AppointmentService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hc::services {
namespace {

using domain::AppointmentStatus;
using domain::CallOutcome;
using domain::FollowUpKind;

class AppointmentServiceTest : public test::ServiceFixture {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        appointments = std::make_unique<AppointmentService>(db(), clock());
        followUps = std::make_unique<FollowUpService>(db(), clock());
        customer = addCustomer(QStringLiteral("刘春江"), QStringLiteral("13812345678"));
        domain::Vehicle v;
        v.customerId = customer;
        v.plate = QStringLiteral("陕A12345");
        vehicle = storage::VehicleRepository(db()).insert(v, QDate(2024, 1, 1));
    }

    domain::CustomerId addCustomer(const QString& name, const QString& phone) {
        domain::Customer c;
        c.name = name;
        c.phone = phone;
        c.createdAt = c.updatedAt = now;
        return storage::CustomerRepository(db()).insert(c);
    }

    domain::VisitId addVisit(domain::CustomerId who, std::optional<domain::VehicleId> car,
                             const QDate& date) {
        domain::Visit visit;
        visit.customerId = who;
        visit.vehicleId = car;
        visit.date = date;
        visit.category = QStringLiteral("maintenance");
        visit.amountFen = 30000;
        visit.createdAt = now;
        return storage::VisitRepository(db()).insert(visit);
    }

    AppointmentInput input(const QDate& date) const {
        AppointmentInput in;
        in.customerId = customer;
        in.vehicleId = vehicle;
        in.date = date;
        in.time = QTime(10, 0);
        in.purpose = QStringLiteral("常规保养");
        in.advisorId = advisor.id;
        return in;
    }

    domain::AppointmentId book(const QDate& date) {
        auto r = appointments->book(advisor, input(date));
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : 0;
    }

    AppointmentEntry only(const QDate& day) {
        auto r = appointments->between(day, day);
        EXPECT_TRUE(r.ok());
        EXPECT_EQ(r.value().size(), 1U);
        return r.value().empty() ? AppointmentEntry{} : r.value().front();
    }

    const domain::FollowUpItem* itemOf(const std::vector<domain::FollowUpItem>& items) {
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const auto& i) { return i.customerId == customer; });
        return it == items.end() ? nullptr : &*it;
    }

    std::vector<domain::FollowUpItem> plan(const QDate& day) {
        auto r = followUps->planToday(day);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : std::vector<domain::FollowUpItem>{};
    }

    int count(const QString& sql) { return test::sqlRows(db(), sql).value(0).toInt(); }

    std::unique_ptr<AppointmentService> appointments;
    std::unique_ptr<FollowUpService> followUps;
    domain::CustomerId customer = 0;
    domain::VehicleId vehicle = 0;
};

TEST_F(AppointmentServiceTest, WillComeCallCreatesTheAppointmentWithTheCallAudited) {
    CallInput call;
    call.customerId = customer;
    call.vehicleId = vehicle;
    call.kind = FollowUpKind::Maintenance;
    call.due = now.date();
    call.outcome = CallOutcome::WillCome;
    call.appointment = QDate(2026, 6, 17);
    call.appointmentTime = QTime(14, 30);
    call.appointmentAdvisorId = advisor.id;
    auto r = followUps->recordOutcome(manager, call);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r.value().appointmentId.has_value());

    const auto e = only(QDate(2026, 6, 17));
    EXPECT_EQ(e.appointment.id, *r.value().appointmentId);
    EXPECT_EQ(e.appointment.callId, r.value().callId);
    EXPECT_EQ(e.appointment.vehicleId, vehicle);
    EXPECT_EQ(e.appointment.time, QTime(14, 30));
    EXPECT_EQ(e.appointment.purpose, QStringLiteral("保养提醒"));  // the kind, when none given
    EXPECT_EQ(e.appointment.advisor, QStringLiteral("李顾问"));
    EXPECT_EQ(e.appointment.plate, QStringLiteral("陕A12345"));
    EXPECT_EQ(e.appointment.customerName, QStringLiteral("刘春江"));
    EXPECT_EQ(e.status, AppointmentStatus::Booked);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'appointment.book' AND entity_id = %1 AND user_id = %2")
                        .arg(e.appointment.id)
                        .arg(manager.id)),
              1);
}

TEST_F(AppointmentServiceTest, WillComeWithABadAppointmentWritesNeitherCallNorAppointment) {
    CallInput call;
    call.customerId = customer;
    call.vehicleId = vehicle;
    call.kind = FollowUpKind::Winback;
    call.outcome = CallOutcome::WillCome;
    call.appointment = QDate(2026, 6, 17);
    call.appointmentAdvisorId = 999;  // no such user
    auto r = followUps->recordOutcome(manager, call);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("advisor_id"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM calls")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointments")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('call.record', 'appointment.book')")),
              0);
}

TEST_F(AppointmentServiceTest, WillComeAboutASoldVehicleBooksWithoutIt) {
    // The post-service call is about a visit whose car has since gone to another owner.
    const auto other = addCustomer(QStringLiteral("王五"), QStringLiteral("13900001111"));
    CallInput call;
    call.customerId = other;
    call.vehicleId = vehicle;  // not (or no longer) theirs
    call.kind = FollowUpKind::PostService;
    call.outcome = CallOutcome::WillCome;
    call.appointment = QDate(2026, 6, 17);
    auto r = followUps->recordOutcome(manager, call);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const auto e = only(QDate(2026, 6, 17));
    EXPECT_EQ(e.appointment.customerId, other);
    EXPECT_FALSE(e.appointment.vehicleId.has_value());
    EXPECT_FALSE(e.appointment.time.isValid());
}

TEST_F(AppointmentServiceTest, ReminderTheDayBeforeThenArrivalByAVisit) {
    const auto id = book(QDate(2026, 6, 16));
    const auto* reminder = itemOf(plan(QDate(2026, 6, 15)));
    ASSERT_NE(reminder, nullptr);
    EXPECT_EQ(reminder->kind, FollowUpKind::AppointmentReminder);
    EXPECT_EQ(reminder->appointmentId, id);

    now = QDateTime(QDate(2026, 6, 16), QTime(8, 0));
    EXPECT_EQ(only(now.date()).status, AppointmentStatus::Booked);
    addVisit(customer, vehicle, now.date());
    EXPECT_EQ(only(now.date()).status, AppointmentStatus::Arrived);
    now = now.addDays(1);
    EXPECT_EQ(only(QDate(2026, 6, 16)).status, AppointmentStatus::Arrived);
    EXPECT_EQ(itemOf(plan(now.date())), nullptr);  // no no-show call (post-service comes later)
    // Arrived cannot be cancelled.
    auto c = appointments->cancel(manager, id, QStringLiteral("误操作"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ServiceError::Code::Invalid);
}

TEST_F(AppointmentServiceTest, ArrivalByTheVehicleBroughtBySomeoneElse) {
    book(QDate(2026, 6, 15));
    const auto driver = addCustomer(QStringLiteral("刘小江"), QStringLiteral("13812340000"));
    addVisit(driver, vehicle, QDate(2026, 6, 15));
    EXPECT_EQ(only(QDate(2026, 6, 15)).status, AppointmentStatus::Arrived);
}

TEST_F(AppointmentServiceTest, NoShowAfterTheDayBecomesAFollowUp) {
    const auto id = book(QDate(2026, 6, 15));
    const auto visitId = addVisit(customer, vehicle, QDate(2026, 6, 15));
    EXPECT_EQ(only(QDate(2026, 6, 15)).status, AppointmentStatus::Arrived);
    // The visit was entered by mistake and voided: the appointment was missed after all.
    VisitService visits(db(), clock());
    ASSERT_TRUE(visits.voidVisit(manager, visitId, QStringLiteral("录错客户")).ok());
    EXPECT_EQ(only(QDate(2026, 6, 15)).status, AppointmentStatus::Booked);  // the day is today

    now = QDateTime(QDate(2026, 6, 16), QTime(9, 0));
    EXPECT_EQ(only(QDate(2026, 6, 15)).status, AppointmentStatus::NoShow);
    const auto* item = itemOf(plan(now.date()));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kind, FollowUpKind::NoShow);
    EXPECT_EQ(item->appointmentId, id);
    EXPECT_EQ(item->plate, QStringLiteral("陕A12345"));

    // The clerk calls: the item is done.
    CallInput call;
    call.customerId = customer;
    call.kind = FollowUpKind::NoShow;
    call.vehicleId = vehicle;
    call.due = item->due;
    call.outcome = CallOutcome::Reached;
    ASSERT_TRUE(followUps->recordOutcome(manager, call).ok());
    EXPECT_EQ(itemOf(plan(now.date())), nullptr);
}

TEST_F(AppointmentServiceTest, CancelIsExplicitAuditedAndOnce) {
    const auto id = book(QDate(2026, 6, 18));
    ASSERT_TRUE(appointments->cancel(manager, id, QStringLiteral("客户改期")).ok());
    const auto e = only(QDate(2026, 6, 18));
    EXPECT_EQ(e.status, AppointmentStatus::Cancelled);
    EXPECT_EQ(e.appointment.cancelReason, QStringLiteral("客户改期"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'appointment.cancel' AND entity_id = %1")
                        .arg(id)),
              1);
    EXPECT_EQ(itemOf(plan(QDate(2026, 6, 17))), nullptr);  // no reminder
    auto again = appointments->cancel(manager, id, QString());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ServiceError::Code::Invalid);
    EXPECT_EQ(appointments->cancel(manager, 999, QString()).error().code,
              ServiceError::Code::NotFound);
}

TEST_F(AppointmentServiceTest, BadBookingsAreRefusedAndWriteNothing) {
    struct Row {
        const char* name;
        std::function<void(AppointmentInput&)> change;
        const char* field;
    };
    const std::vector<Row> rows = {
        {"past date", [](auto& in) { in.date = QDate(2026, 6, 14); }, "date"},
        {"no date", [](auto& in) { in.date = QDate(); }, "date"},
        {"unknown advisor", [](auto& in) { in.advisorId = 999; }, "advisor_id"},
        {"vehicle of another customer", [](auto& in) { in.vehicleId = 999; }, "vehicle_id"},
    };
    for (const auto& row : rows) {
        auto in = input(QDate(2026, 6, 20));
        row.change(in);
        auto r = appointments->book(advisor, in);
        ASSERT_FALSE(r.ok()) << row.name;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid) << row.name;
        EXPECT_EQ(r.error().field, QString::fromLatin1(row.field)) << row.name;
        EXPECT_FALSE(r.error().message.isEmpty()) << row.name;
    }
    auto in = input(QDate(2026, 6, 20));
    in.customerId = 999;
    EXPECT_EQ(appointments->book(advisor, in).error().code, ServiceError::Code::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM appointments")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                   "'appointment.%'")),
              0);
}

TEST_F(AppointmentServiceTest, MonthSummaryKeptNoShowRate) {
    book(QDate(2026, 6, 15));                 // kept (visit below)
    book(QDate(2026, 6, 16));                 // no-show
    book(QDate(2026, 6, 17));                 // no-show
    const auto c = book(QDate(2026, 6, 18));  // cancelled
    book(QDate(2026, 6, 30));                 // still ahead
    book(QDate(2026, 7, 1));                  // next month
    ASSERT_TRUE(appointments->cancel(manager, c, {}).ok());
    addVisit(customer, vehicle, QDate(2026, 6, 15));
    now = QDateTime(QDate(2026, 6, 20), QTime(9, 0));
    auto r = appointments->monthSummary(2026, 6);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().booked, 4);
    EXPECT_EQ(r.value().kept, 1);
    EXPECT_EQ(r.value().noShow, 2);
    EXPECT_EQ(r.value().pending, 1);
    EXPECT_EQ(r.value().cancelled, 1);
    ASSERT_TRUE(r.value().noShowRate.has_value());
    EXPECT_DOUBLE_EQ(*r.value().noShowRate, 2.0 / 3.0);
}

TEST_F(AppointmentServiceTest, MonthlyReportCarriesTheAppointments) {
    book(QDate(2026, 6, 15));  // kept
    book(QDate(2026, 6, 30));  // missed on the month's last day
    addVisit(customer, vehicle, QDate(2026, 6, 15));
    now = QDateTime(QDate(2026, 7, 3), QTime(9, 0));
    const auto report = MonthlyReportService(db(), clock()).build({2026, 6});
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const auto& a = report.value().appointments;
    EXPECT_EQ(a.summary.booked, 2);
    EXPECT_EQ(a.summary.kept, 1);
    EXPECT_EQ(a.summary.noShow, 1);  // the month is over: its last day is decided too
    EXPECT_EQ(a.summary.pending, 0);
    EXPECT_EQ(a.noShowRateBp, 5000);
}

TEST_F(AppointmentServiceTest, ListRangeIsChecked) {
    EXPECT_FALSE(appointments->between(QDate(2026, 6, 2), QDate(2026, 6, 1)).ok());
    EXPECT_FALSE(appointments->between(QDate(2026, 6, 1), QDate(2026, 8, 1)).ok());
    EXPECT_TRUE(appointments->between(QDate(2026, 6, 1), QDate(2026, 6, 30)).ok());
}

}  // namespace
}  // namespace hc::services
