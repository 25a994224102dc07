// Appointments (issue 11 item 3): the status rule booked → arrived / no_show, cancelled explicit;
// and the reminder / no-show items of the daily follow-up list.
#include "hc/domain/AppointmentStatus.h"
#include "hc/domain/AppointmentSummary.h"
#include "hc/domain/FollowUpPlanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Appointment appointment(const char* date, std::optional<VehicleId> vehicle = 70,
                        bool cancelled = false) {
    Appointment a;
    a.id = 5;
    a.customerId = 7;
    a.vehicleId = vehicle;
    a.date = d(date);
    a.time = QTime(9, 30);
    a.purpose = QStringLiteral("保养");
    if (cancelled) {
        a.cancelledAt = QDateTime(d("2026-06-10"), QTime(8, 0));
    }
    return a;
}

Visit visit(CustomerId customer, std::optional<VehicleId> vehicle, const char* date,
            bool voided = false) {
    Visit v;
    v.id = 100;
    v.customerId = customer;
    v.vehicleId = vehicle;
    v.date = d(date);
    if (voided) {
        v.voidedAt = QDateTime(d(date), QTime(18, 0));
        v.voidReason = QStringLiteral("录错");
    }
    return v;
}

struct StatusCase {
    std::string name;
    Appointment appointment;
    std::vector<Visit> visits;
    const char* today;
    AppointmentStatus expected;
};

class AppointmentStatusTable : public ::testing::TestWithParam<StatusCase> {};

TEST_P(AppointmentStatusTable, Rule) {
    const auto& c = GetParam();
    EXPECT_EQ(appointmentStatus(c.appointment, c.visits, d(c.today)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, AppointmentStatusTable,
    ::testing::Values(StatusCase{"BookedBeforeTheDay",
                                 appointment("2026-06-16"),
                                 {},
                                 "2026-06-15",
                                 AppointmentStatus::Booked},
                      StatusCase{"BookedOnTheDayWithoutVisitYet",
                                 appointment("2026-06-16"),
                                 {},
                                 "2026-06-16",
                                 AppointmentStatus::Booked},
                      StatusCase{"ArrivedByTheCustomer",
                                 appointment("2026-06-16"),
                                 {visit(7, std::nullopt, "2026-06-16")},
                                 "2026-06-16",
                                 AppointmentStatus::Arrived},
                      StatusCase{"ArrivedByTheVehicleWithAnotherDriver",
                                 appointment("2026-06-16"),
                                 {visit(8, 70, "2026-06-16")},
                                 "2026-06-20",
                                 AppointmentStatus::Arrived},
                      StatusCase{"OtherCustomerOtherVehicleIsNoArrival",
                                 appointment("2026-06-16"),
                                 {visit(8, 71, "2026-06-16")},
                                 "2026-06-17",
                                 AppointmentStatus::NoShow},
                      StatusCase{"NoVehicleOnTheAppointmentOnlyTheCustomerCounts",
                                 appointment("2026-06-16", std::nullopt),
                                 {visit(8, 70, "2026-06-16")},
                                 "2026-06-17",
                                 AppointmentStatus::NoShow},
                      StatusCase{"VoidedVisitIsNoArrival",
                                 appointment("2026-06-16"),
                                 {visit(7, 70, "2026-06-16", true)},
                                 "2026-06-17",
                                 AppointmentStatus::NoShow},
                      StatusCase{"VisitOnAnotherDayIsNoArrival",
                                 appointment("2026-06-16"),
                                 {visit(7, 70, "2026-06-15"), visit(7, 70, "2026-06-18")},
                                 "2026-06-19",
                                 AppointmentStatus::NoShow},
                      StatusCase{"NoShowTheDayAfter",
                                 appointment("2026-06-16"),
                                 {},
                                 "2026-06-17",
                                 AppointmentStatus::NoShow},
                      StatusCase{"CancelledStaysCancelledBefore",
                                 appointment("2026-06-16", 70, true),
                                 {},
                                 "2026-06-15",
                                 AppointmentStatus::Cancelled},
                      StatusCase{"CancelledIsNeverNoShow",
                                 appointment("2026-06-16", 70, true),
                                 {},
                                 "2026-06-30",
                                 AppointmentStatus::Cancelled},
                      StatusCase{"CancelledWinsOverAVisit",
                                 appointment("2026-06-16", 70, true),
                                 {visit(7, 70, "2026-06-16")},
                                 "2026-06-16",
                                 AppointmentStatus::Cancelled}),
    [](const ::testing::TestParamInfo<StatusCase>& info) { return info.param.name; });

TEST(AppointmentStatusKeys, KeysLabelsRoundTrip) {
    struct Row {
        AppointmentStatus status;
        const char* key;
    };
    for (const Row& r :
         {Row{AppointmentStatus::Booked, "booked"}, Row{AppointmentStatus::Arrived, "arrived"},
          Row{AppointmentStatus::NoShow, "no_show"},
          Row{AppointmentStatus::Cancelled, "cancelled"}}) {
        EXPECT_EQ(toKey(r.status), QString::fromLatin1(r.key));
        EXPECT_EQ(appointmentStatusFromKey(QString::fromLatin1(r.key)), r.status);
        EXPECT_FALSE(toLabel(r.status).isEmpty());
    }
    EXPECT_EQ(appointmentStatusFromKey(QStringLiteral("late")), std::nullopt);
}

TEST(AppointmentBooking, DateMustBeValidAndNotPast) {
    const QDate today = d("2026-06-15");
    EXPECT_EQ(checkBooking(today, today), std::nullopt);
    EXPECT_EQ(checkBooking(d("2026-07-01"), today), std::nullopt);
    EXPECT_TRUE(checkBooking(d("2026-06-14"), today).has_value());
    EXPECT_TRUE(checkBooking(QDate(), today).has_value());
}

TEST(AppointmentSummary, KeptNoShowPendingCancelledAndRate) {
    auto kept = appointment("2026-06-10");
    auto missed = appointment("2026-06-11", std::nullopt);
    auto missedToo = appointment("2026-06-12", std::nullopt);
    const auto cancelled = appointment("2026-06-13", 70, true);
    const auto ahead = appointment("2026-06-20");
    const std::vector<Appointment> all = {kept, missed, missedToo, cancelled, ahead};
    const std::vector<Visit> visits = {visit(7, 70, "2026-06-10"),
                                       visit(7, 70, "2026-06-13")};  // came though cancelled
    const auto s = summarizeAppointments(all, visits, d("2026-06-15"));
    EXPECT_EQ(s.booked, 4);
    EXPECT_EQ(s.kept, 1);
    EXPECT_EQ(s.noShow, 2);
    EXPECT_EQ(s.pending, 1);
    EXPECT_EQ(s.cancelled, 1);
    ASSERT_TRUE(s.noShowRate.has_value());
    EXPECT_DOUBLE_EQ(*s.noShowRate, 2.0 / 3.0);
    // Nothing decided yet: no rate.
    const std::vector<Appointment> future = {ahead};
    EXPECT_EQ(summarizeAppointments(future, visits, d("2026-06-15")).noShowRate, std::nullopt);
    EXPECT_EQ(summarizeAppointments({}, visits, d("2026-06-15")), AppointmentSummary{});
}

// --- the daily list -----------------------------------------------------------------------------

FollowUpInput listInput(const char* today, std::vector<Appointment> appointments,
                        std::vector<Visit> visits = {}, std::vector<FollowUpCall> calls = {}) {
    FollowUpInput in;
    in.date = d(today);
    PlannerCustomer c;
    c.id = 7;
    c.name = QStringLiteral("李雷");
    c.marketingOptOut = true;  // appointment calls are service calls: listed anyway
    in.customers.push_back(c);
    Vehicle v;
    v.id = 70;
    v.customerId = 7;
    v.plate = QStringLiteral("苏A12345");
    in.vehicles.push_back(v);
    in.appointments = std::move(appointments);
    in.visits = std::move(visits);
    in.calls = std::move(calls);
    return in;
}

FollowUpCall callOn(const char* date, FollowUpKind kind, CallOutcome outcome) {
    FollowUpCall c;
    c.customerId = 7;
    c.date = d(date);
    c.kind = kind;
    c.outcome = outcome;
    return c;
}

struct ListCase {
    std::string name;
    FollowUpInput input;
    FollowUpSettings settings;
    std::optional<FollowUpKind> expected;  ///< nullopt: not listed
    const char* due = nullptr;
    int attempt = 1;
};

class AppointmentListTable : public ::testing::TestWithParam<ListCase> {};

TEST_P(AppointmentListTable, Items) {
    const auto& c = GetParam();
    const auto items = FollowUpPlanner(c.settings).plan(c.input);
    if (!c.expected) {
        EXPECT_TRUE(items.empty()) << toKey(items.front().kind).toStdString();
        return;
    }
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, *c.expected);
    EXPECT_EQ(items[0].due, d(c.due));
    EXPECT_EQ(items[0].appointmentId, 5);
    EXPECT_EQ(items[0].vehicleId, 70);
    EXPECT_EQ(items[0].plate, QStringLiteral("苏A12345"));
    EXPECT_EQ(items[0].attempt, c.attempt);
    EXPECT_TRUE(items[0].reason.contains(QStringLiteral("09:30"))) << items[0].reason.toStdString();
    EXPECT_FALSE(isMarketing(items[0].kind));
}

FollowUpSettings leadTwo() {
    FollowUpSettings s;
    s.appointmentReminderLeadDays = 2;
    return s;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, AppointmentListTable,
    ::testing::Values(
        ListCase{"ReminderTheDayBefore",
                 listInput("2026-06-15", {appointment("2026-06-16")}),
                 {},
                 FollowUpKind::AppointmentReminder,
                 "2026-06-15"},
        ListCase{"NoReminderTwoDaysBefore",
                 listInput("2026-06-14", {appointment("2026-06-16")}),
                 {},
                 std::nullopt},
        ListCase{"LeadDaysFromSettings", listInput("2026-06-14", {appointment("2026-06-16")}),
                 leadTwo(), FollowUpKind::AppointmentReminder, "2026-06-14"},
        ListCase{"NothingOnTheDayItself",
                 listInput("2026-06-16", {appointment("2026-06-16")}),
                 {},
                 std::nullopt},
        ListCase{"ReminderCalledIsDone",
                 listInput("2026-06-15", {appointment("2026-06-16")}, {},
                           {callOn("2026-06-15", FollowUpKind::AppointmentReminder,
                                   CallOutcome::Reached)}),
                 {},
                 std::nullopt},
        ListCase{"ReminderNoAnswerRetriedNextDayOfLeadWindow",
                 listInput("2026-06-15", {appointment("2026-06-16")}, {},
                           {callOn("2026-06-14", FollowUpKind::AppointmentReminder,
                                   CallOutcome::NoAnswer)}),
                 leadTwo(), FollowUpKind::AppointmentReminder, "2026-06-14", 2},
        ListCase{"CancelledGetsNoReminder",
                 listInput("2026-06-15", {appointment("2026-06-16", 70, true)}),
                 {},
                 std::nullopt},
        ListCase{"NoShowTheDayAfter",
                 listInput("2026-06-17", {appointment("2026-06-16")}),
                 {},
                 FollowUpKind::NoShow,
                 "2026-06-17"},
        ListCase{"NoShowStillListedOnLastDay",
                 listInput("2026-06-23", {appointment("2026-06-16")}),
                 {},
                 FollowUpKind::NoShow,
                 "2026-06-17"},
        ListCase{"NoShowDroppedAfterItsDays",
                 listInput("2026-06-24", {appointment("2026-06-16")}),
                 {},
                 std::nullopt},
        ListCase{"ArrivedIsNoNoShow",
                 listInput("2026-06-17", {appointment("2026-06-16")}, {visit(7, 70, "2026-06-16")}),
                 {},
                 std::nullopt},
        ListCase{"CameTheDayAfterIsNoNoShow",
                 listInput("2026-06-18", {appointment("2026-06-16")}, {visit(7, 70, "2026-06-17")}),
                 {},
                 std::nullopt},
        ListCase{"NoShowCalledIsDone",
                 listInput("2026-06-18", {appointment("2026-06-16")}, {},
                           {callOn("2026-06-17", FollowUpKind::NoShow, CallOutcome::Refuses)}),
                 {},
                 std::nullopt},
        ListCase{"CancelledIsNoNoShow",
                 listInput("2026-06-17", {appointment("2026-06-16", 70, true)}),
                 {},
                 std::nullopt}),
    [](const ::testing::TestParamInfo<ListCase>& info) { return info.param.name; });

TEST(AppointmentList, ReminderOutranksMaintenanceForTheSameCustomer) {
    auto in = listInput("2026-06-15", {appointment("2026-06-16")});
    in.customers[0].marketingOptOut = false;
    in.customers[0].birthday = d("1980-06-16");  // a care item due too
    const auto items = FollowUpPlanner().plan(in);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, FollowUpKind::AppointmentReminder);
    EXPECT_EQ(items[0].alsoDue, std::vector<FollowUpKind>{FollowUpKind::Care});
}

}  // namespace
