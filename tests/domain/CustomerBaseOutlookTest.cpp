// The stored customer-base model in use (docs/customer-base.md, "The stored model"): the monthly
// refit rule, one customer's outlook from a stored fit, the card sentence, the value points of the
// callback priority and its "why" text with and without a model value.
#include "hc/domain/CallPriority.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/domain/CustomerBaseRefitRule.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <cmath>

using namespace hc::domain;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct StaleCase {
    const char* name;
    const char* fittedAt;  ///< nullptr: no fit stored
    const char* today;
    bool stale;
};

class RefitRuleTable : public ::testing::TestWithParam<StaleCase> {};

TEST_P(RefitRuleTable, StaleWhenFittedBeforeThisMonth) {
    const auto& c = GetParam();
    const std::optional<QDateTime> at =
        c.fittedAt
            ? std::optional(QDateTime::fromString(QString::fromLatin1(c.fittedAt), Qt::ISODate))
            : std::nullopt;
    EXPECT_EQ(CustomerBaseRefitRule::isStale(at, d(c.today)), c.stale) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Golden, RefitRuleTable,
    ::testing::Values(
        StaleCase{"none_stored", nullptr, "2026-07-01", true},
        StaleCase{"same_day", "2026-07-01T08:00:00", "2026-07-01", false},
        StaleCase{"earlier_this_month", "2026-07-01T00:00:00", "2026-07-31", false},
        StaleCase{"last_day_of_last_month", "2026-06-30T23:59:59", "2026-07-01", true},
        StaleCase{"last_year_same_month", "2025-07-15T10:00:00", "2026-07-20", true},
        StaleCase{"january_after_december", "2025-12-31T12:00:00", "2026-01-02", true}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CustomerBaseRefitRule, CalibratesUpToYesterday) {
    EXPECT_EQ(CustomerBaseRefitRule::calibrationEndFor(d("2026-07-01")), d("2026-06-30"));
}

/// The CDNOW estimates (weeks) with the gamma-gamma of the paper: a realistic stored fit.
CustomerBaseFit cdnowFit() {
    CustomerBaseFit f;
    f.fittedAt = QDateTime(d("2026-07-01"), QTime(8, 0));
    f.dataFrom = d("2020-01-01");
    f.calibrationEnd = d("2026-06-30");
    f.bgnbd = {0.2426, 4.4137, 0.7930, 2.4262};
    f.spend = GammaGammaParameters{6.25, 3.74, 15.44};
    return f;
}

TEST(CustomerBaseOutlook, OneCustomerMatchesTheModelFormulas) {
    const auto fit = cdnowFit();
    // First visit 2026-01-01, repeats 2026-02-01 (twice that day: counts once) and 2026-04-01.
    const std::vector<PurchaseEvent> events{{7, d("2026-01-01"), 20.0},
                                            {7, d("2026-02-01"), 10.0},
                                            {7, d("2026-02-01"), 20.0},
                                            {7, d("2026-04-01"), 40.0},
                                            {7, d("2026-08-01"), 99.0}};  // after as-of: ignored
    const auto o = CustomerBaseOutlook::of(events, fit, d("2026-06-30"));
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->x, 2);
    EXPECT_EQ(o->firstVisit, d("2026-01-01"));
    EXPECT_EQ(o->lastVisit, d("2026-04-01"));
    const double T = d("2026-01-01").daysTo(d("2026-06-30")) / 7.0;
    const double tx = d("2026-01-01").daysTo(d("2026-04-01")) / 7.0;
    const BgNbdModel model(fit.bgnbd);
    const double weeks = 365.0 / 7.0;
    EXPECT_NEAR(o->pReturn, model.probabilityOfVisit(weeks, 2, tx, T), 1e-12);
    EXPECT_NEAR(o->expectedVisits, *model.expectedVisits(weeks, 2, tx, T), 1e-12);
    // Spend: mean of the repeat visit days (30 and 40 yuan).
    const double spend = *GammaGammaModel(*fit.spend).expectedSpend(2, 35.0);
    ASSERT_TRUE(o->expectedValue.has_value());
    EXPECT_NEAR(*o->expectedValue, o->expectedVisits * spend, 1e-9);
    EXPECT_FALSE(o->valuePercentile.has_value());  // no cuts stored

    // No visit by the as-of date: no outlook.
    EXPECT_FALSE(CustomerBaseOutlook::of(events, fit, d("2025-12-31")).has_value());
    EXPECT_FALSE(CustomerBaseOutlook::of({}, fit, d("2026-06-30")).has_value());
}

TEST(CustomerBaseOutlook, MarginAndNoSpendModel) {
    auto fit = cdnowFit();
    const std::vector<PurchaseEvent> events{{1, d("2026-03-01"), 100.0}};
    const auto full = CustomerBaseOutlook::of(events, fit, d("2026-06-30"));
    fit.settings.marginBp = 4000;
    const auto margin = CustomerBaseOutlook::of(events, fit, d("2026-06-30"));
    ASSERT_TRUE(full && margin && full->expectedValue && margin->expectedValue);
    EXPECT_NEAR(*margin->expectedValue, *full->expectedValue * 0.4, 1e-9);
    fit.spend.reset();
    const auto none = CustomerBaseOutlook::of(events, fit, d("2026-06-30"));
    ASSERT_TRUE(none.has_value());
    EXPECT_FALSE(none->expectedValue.has_value());
    EXPECT_NEAR(none->pReturn, full->pReturn, 1e-15);
}

TEST(CustomerBaseOutlook, PercentileCutsAndValuePoints) {
    std::vector<double> values;
    for (int i = 1; i <= 1000; ++i) {
        values.push_back(static_cast<double>(i));
    }
    const auto cuts = CustomerBaseOutlook::percentileCuts(values);
    ASSERT_EQ(cuts.size(), 99u);
    EXPECT_EQ(cuts.front(), 10.0);  // 1 %: the 10th value
    EXPECT_EQ(cuts[49], 500.0);     // 50 %
    EXPECT_EQ(cuts.back(), 990.0);  // 99 %
    struct Case {
        double value;
        int points;
    };
    for (const auto& c : {Case{0.0, 0}, Case{9.99, 0}, Case{10.0, 1}, Case{500.0, 51},
                          Case{989.0, 99}, Case{990.0, 100}, Case{1e9, 100}}) {
        EXPECT_EQ(CustomerBaseOutlook::valuePoints(c.value, cuts), c.points) << c.value;
    }
    EXPECT_EQ(CustomerBaseOutlook::valuePoints(5.0, {}), 0);
    EXPECT_TRUE(CustomerBaseOutlook::percentileCuts({}).empty());
    EXPECT_EQ(CustomerBaseOutlook::percentileCuts({NAN, 3.0}).front(), 3.0);
}

TEST(CustomerBaseOutlook, CardSentence) {
    CustomerOutlook o;
    o.x = 3;
    o.firstVisit = d("2024-01-10");
    o.lastVisit = d("2026-05-02");
    o.pReturn = 0.784;
    o.expectedVisits = 1.63;
    o.expectedValue = 2150.4;
    o.valuePercentile = 82;
    EXPECT_EQ(CustomerBaseOutlook::sentence(o).toStdString(),
              QStringLiteral("首次进厂后又来了 3 次,最近一次 2026-05-02。按本店的进厂规律,未来 12 "
                             "个月再来的可能性约 78%,预计进厂 1.6 次,预期消费约 2150 元(高于 "
                             "82% 的客户)。")
                  .toStdString());
    o.x = 0;
    o.expectedValue.reset();
    o.valuePercentile.reset();
    o.pReturn = 0.315;
    o.expectedVisits = 0.42;
    EXPECT_EQ(CustomerBaseOutlook::sentence(o).toStdString(),
              QStringLiteral("只来过一次(2024-01-10)。按本店的进厂规律,未来 12 "
                             "个月再来的可能性约 32%,预计进厂 0.4 次。")
                  .toStdString());
}

struct ValueCase {
    const char* name;
    CallValue value;
    int points;
    const char* whyContains;
};

class CallValueTable : public ::testing::TestWithParam<ValueCase> {};

TEST_P(CallValueTable, ModelValueReplacesTheGradeAndSaysSo) {
    const auto& c = GetParam();
    FollowUpItem item;
    item.customerId = 1;
    item.kind = FollowUpKind::Maintenance;
    item.due = d("2026-06-15");
    item.attempt = 1;
    const CallScore s =
        CallPriority(CallPriorityWeights{}, 3).score(item, c.value, d("2026-06-15"));
    EXPECT_EQ(s.parts.value, c.points) << c.name;
    EXPECT_TRUE(s.why().contains(QString::fromUtf8(c.whyContains))) << s.why().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Golden, CallValueTable,
    ::testing::Values(
        ValueCase{"grade_a_without_model", CallValue{AbcGrade::A, std::nullopt}, 100, "A 类客户"},
        ValueCase{"grade_c_without_model", CallValue{AbcGrade::C, std::nullopt}, 30, "C 类客户"},
        ValueCase{"no_grade_no_model", CallValue{}, 10, "未分级"},
        ValueCase{"model_overrides_grade_a", CallValue{AbcGrade::A, 12}, 12,
                  "价值 12:模型预期价值高于 12% 的客户"},
        ValueCase{"model_top_reads_99", CallValue{AbcGrade::C, 100}, 100,
                  "价值 100:模型预期价值高于 99% 的客户"},
        ValueCase{"model_for_ungraded", CallValue{std::nullopt, 95}, 95,
                  "价值 95:模型预期价值高于 95% 的客户"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
