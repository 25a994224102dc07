#include "hc/domain/Classification.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CustomerFacts facts(const char* last, const char* first = "2020-01-01",
                    const char* phone = "13800000000") {
    CustomerFacts f;
    f.id = 1;
    f.phone = QString::fromLatin1(phone);
    f.firstVisit = first ? d(first) : QDate();
    f.lastVisit = last ? d(last) : QDate();
    return f;
}

struct RecencyCase {
    const char* asOf;
    const char* last;
    CustomerClass cls;
    Stage stage;
};

void PrintTo(const RecencyCase& c, std::ostream* os) {
    *os << c.asOf << " L=" << c.last;
}

class RecencyTest : public ::testing::TestWithParam<RecencyCase> {};

TEST_P(RecencyTest, ClassAndStageByCalendarMonths) {
    const auto& c = GetParam();
    const auto result = classify(facts(c.last), d(c.asOf), LifecycleSettings{});
    EXPECT_EQ(toKey(result.cls), toKey(c.cls));
    ASSERT_TRUE(result.stage.has_value());
    EXPECT_EQ(toKey(*result.stage), toKey(c.stage));
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, RecencyTest,
    ::testing::Values(
        // Month-end clamp: 2026-08-31 − 6 months = 2026-02-28.
        RecencyCase{"2026-08-31", "2026-08-31", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2026-08-31", "2026-02-28", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2026-08-31", "2026-02-27", CustomerClass::Swing, Stage::NotLost},
        // 2026-08-31 − 12 months = 2025-08-31.
        RecencyCase{"2026-08-31", "2025-08-31", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2026-08-31", "2025-08-30", CustomerClass::Lost, Stage::Lost},
        // Leap days.
        RecencyCase{"2024-08-31", "2024-02-29", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2024-08-31", "2024-02-28", CustomerClass::Swing, Stage::NotLost},
        RecencyCase{"2024-08-29", "2024-02-29", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2025-02-28", "2024-02-29", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2025-02-28", "2024-02-28", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2025-02-28", "2024-02-27", CustomerClass::Lost, Stage::Lost},
        RecencyCase{"2025-03-01", "2024-02-29", CustomerClass::Lost, Stage::Lost},
        RecencyCase{"2024-02-29", "2023-08-29", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2024-02-29", "2023-08-28", CustomerClass::Swing, Stage::NotLost},
        RecencyCase{"2024-02-29", "2023-02-28", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2024-02-29", "2023-02-27", CustomerClass::Lost, Stage::Lost},
        // Every stage boundary exactly n months before D = 2026-06-15.
        RecencyCase{"2026-06-15", "2025-12-15", CustomerClass::Loyal, Stage::Active},
        RecencyCase{"2026-06-15", "2025-12-14", CustomerClass::Swing, Stage::NotLost},
        RecencyCase{"2026-06-15", "2025-10-15", CustomerClass::Swing, Stage::NotLost},
        RecencyCase{"2026-06-15", "2025-10-14", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2026-06-15", "2025-06-15", CustomerClass::Swing, Stage::QuasiLost},
        RecencyCase{"2026-06-15", "2025-06-14", CustomerClass::Lost, Stage::Lost},
        RecencyCase{"2026-06-15", "2024-06-15", CustomerClass::Lost, Stage::Lost},
        RecencyCase{"2026-06-15", "2024-06-14", CustomerClass::Lost, Stage::TrendingLost},
        RecencyCase{"2026-06-15", "2023-06-15", CustomerClass::Lost, Stage::TrendingLost},
        RecencyCase{"2026-06-15", "2023-06-14", CustomerClass::Lost, Stage::CompletelyLost},
        RecencyCase{"2026-06-15", "2010-01-01", CustomerClass::Lost, Stage::CompletelyLost},
        // Month-end stage boundaries: 2026-10-31 − 8 months = 2026-02-28.
        RecencyCase{"2026-10-31", "2026-02-28", CustomerClass::Swing, Stage::NotLost},
        RecencyCase{"2026-10-31", "2026-02-27", CustomerClass::Swing, Stage::QuasiLost}));

TEST(ClassificationTest, InvalidPrecedence) {
    const QDate asOf = d("2026-05-20");
    const LifecycleSettings s;

    // Marked invalid on or before D wins over everything, even with a recent visit.
    auto f = facts("2026-05-01");
    f.invalidSince = d("2026-05-20");
    EXPECT_EQ(classify(f, asOf, s).cls, CustomerClass::Invalid);
    EXPECT_FALSE(classify(f, asOf, s).stage.has_value());

    // Marked invalid after D: still valid as of D.
    f.invalidSince = d("2026-05-21");
    EXPECT_EQ(classify(f, asOf, s).cls, CustomerClass::Loyal);

    // Marked invalid and never visited: invalid, not no_visit.
    auto never = facts(nullptr, nullptr);
    never.invalidSince = d("2026-01-01");
    EXPECT_EQ(classify(never, asOf, s).cls, CustomerClass::Invalid);

    // No visit on or before D: no_visit, even without a phone.
    auto prospect = facts(nullptr, nullptr, "");
    EXPECT_EQ(classify(prospect, asOf, s).cls, CustomerClass::NoVisit);
    EXPECT_FALSE(classify(prospect, asOf, s).stage.has_value());
    auto future = facts("2026-06-01", "2026-06-01");
    EXPECT_EQ(classify(future, asOf, s).cls, CustomerClass::NoVisit);

    // Visited but no contact: invalid.
    EXPECT_EQ(classify(facts("2026-05-01", "2026-05-01", ""), asOf, s).cls, CustomerClass::Invalid);
    EXPECT_EQ(classify(facts("2026-05-01", "2026-05-01", "  "), asOf, s).cls,
              CustomerClass::Invalid);

    EXPECT_TRUE(isValidWithVisit(facts("2020-01-01"), asOf));
    EXPECT_FALSE(isValidWithVisit(prospect, asOf));
}

struct NewCase {
    const char* asOf;
    const char* first;
    LifecycleSettings::Period period;
    bool isNew;
};

class NewCustomerTest : public ::testing::TestWithParam<NewCase> {};

TEST_P(NewCustomerTest, FirstVisitInReportingPeriod) {
    const auto& c = GetParam();
    EXPECT_EQ(isNewCustomer(d(c.first), d(c.asOf), c.period), c.isNew) << c.asOf << " " << c.first;
}

using P = LifecycleSettings::Period;
INSTANTIATE_TEST_SUITE_P(Periods, NewCustomerTest,
                         ::testing::Values(NewCase{"2026-05-20", "2026-05-01", P::Month, true},
                                           NewCase{"2026-05-20", "2026-05-20", P::Month, true},
                                           NewCase{"2026-05-20", "2026-05-21", P::Month, false},
                                           NewCase{"2026-05-20", "2026-04-30", P::Month, false},
                                           NewCase{"2026-05-20", "2026-04-30", P::Quarter, true},
                                           NewCase{"2026-05-20", "2026-04-01", P::Quarter, true},
                                           NewCase{"2026-05-20", "2026-03-31", P::Quarter, false},
                                           NewCase{"2026-12-31", "2026-10-01", P::Quarter, true},
                                           NewCase{"2026-05-20", "2026-03-31", P::Year, true},
                                           NewCase{"2026-05-20", "2026-01-01", P::Year, true},
                                           NewCase{"2026-05-20", "2025-12-31", P::Year, false}));

TEST(ClassificationTest, NewIsOrthogonalToClassAndValidity) {
    const QDate asOf = d("2026-05-20");
    LifecycleSettings s;
    auto f = facts("2026-05-03", "2026-05-03");
    auto r = classify(f, asOf, s);
    EXPECT_EQ(r.cls, CustomerClass::Loyal);
    EXPECT_TRUE(r.isNew);

    f.phone.clear();  // invalid (no contact) but still new
    r = classify(f, asOf, s);
    EXPECT_EQ(r.cls, CustomerClass::Invalid);
    EXPECT_TRUE(r.isNew);

    auto g = facts("2026-05-03", "2026-04-03");
    EXPECT_FALSE(classify(g, asOf, s).isNew);
    s.newPeriod = P::Quarter;
    EXPECT_TRUE(classify(g, asOf, s).isNew);
}

TEST(ClassificationTest, DayBasedSettingsChangeTheResult) {
    // Seed 004's clinic: loyal within 45 days, lost after 180 days.
    LifecycleSettings clinic;
    clinic.loyal = Span::days(45);
    clinic.lost = Span::days(180);
    const QDate asOf = d("2026-06-30");
    const auto last45 = asOf.addDays(-45).toString(Qt::ISODate).toStdString();
    const auto last46 = asOf.addDays(-46).toString(Qt::ISODate).toStdString();
    const auto last180 = asOf.addDays(-180).toString(Qt::ISODate).toStdString();
    const auto last181 = asOf.addDays(-181).toString(Qt::ISODate).toStdString();

    EXPECT_EQ(classify(facts(last45.c_str()), asOf, clinic).cls, CustomerClass::Loyal);
    EXPECT_EQ(classify(facts(last46.c_str()), asOf, clinic).cls, CustomerClass::Swing);
    EXPECT_EQ(classify(facts(last180.c_str()), asOf, clinic).cls, CustomerClass::Swing);
    EXPECT_EQ(classify(facts(last181.c_str()), asOf, clinic).cls, CustomerClass::Lost);
    // With the default 6 / 12 calendar months (D − 6 months = 2025-12-30) the same visits are
    // loyal.
    EXPECT_EQ(classify(facts(last46.c_str()), asOf, LifecycleSettings{}).cls, CustomerClass::Loyal);
    EXPECT_EQ(classify(facts(last181.c_str()), asOf, LifecycleSettings{}).cls,
              CustomerClass::Loyal);
    // The active stage follows the loyal span.
    EXPECT_EQ(classify(facts(last46.c_str()), asOf, clinic).stage, Stage::NotLost);
}

TEST(ClassificationTest, StageSpansAreSettings) {
    LifecycleSettings s;
    s.notLostUntil = Span::months(9);
    const QDate asOf = d("2026-06-15");
    EXPECT_EQ(classify(facts("2025-09-15"), asOf, s).stage, Stage::NotLost);
    EXPECT_EQ(classify(facts("2025-09-15"), asOf, LifecycleSettings{}).stage, Stage::QuasiLost);
}

TEST(ClassificationTest, NullDateIsNoVisit) {
    const auto r = classify(facts("2026-01-01"), QDate(), LifecycleSettings{});
    EXPECT_EQ(r.cls, CustomerClass::NoVisit);
    EXPECT_FALSE(r.isNew);
}

TEST(ClassificationTest, ReportingPeriodStart) {
    EXPECT_EQ(reportingPeriodStart(d("2026-08-31"), P::Month), d("2026-08-01"));
    EXPECT_EQ(reportingPeriodStart(d("2026-08-31"), P::Quarter), d("2026-07-01"));
    EXPECT_EQ(reportingPeriodStart(d("2026-03-31"), P::Quarter), d("2026-01-01"));
    EXPECT_EQ(reportingPeriodStart(d("2026-08-31"), P::Year), d("2026-01-01"));
}

}  // namespace
