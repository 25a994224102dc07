// AnalysisService (issue 10 items 5 and 8): the one analysis pipeline. On a 300-customer demo
// archive, under the default settings and under a shop's own (a matrix window shorter than the ABC
// window, month-based classes of 3/6 months, a 90 % A cut-off): the bundle the monthly report uses
// equals each single call, the grades-only read equals the ABC report, one customer's summary
// equals that customer's rows in the four reports, and the stored settings are the ones applied.
#include "ServiceFixture.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/DemoService.h"
#include "hc/services/SettingsService.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace hc::test {
namespace {

const QDate kAsOf(2026, 6, 30);

domain::AnalysisSettings shopSettings() {
    domain::AnalysisSettings s;
    s.lifecycle.loyal = domain::Span::months(3);
    s.lifecycle.lost = domain::Span::months(6);
    s.lifecycle.notLostUntil = domain::Span::months(4);
    s.lifecycle.lostUntil = domain::Span::months(12);
    s.lifecycle.trendingLostUntil = domain::Span::months(24);
    s.abc.window = domain::Span::months(12);
    s.abc.aThresholdBp = 9000;
    s.matrix.window = domain::Span::months(6);  // differs from the ABC window
    s.rfm.recency = domain::Span::months(3);
    return s;
}

class AnalysisServiceTest : public ServiceFixture, public ::testing::WithParamInterface<bool> {
protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        services::DemoService demo(db(), clock());
        services::DemoOptions options;
        options.customers = 300;
        options.seed = 7;
        options.asOf = kAsOf;
        const auto made = demo.generate(manager, options);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        settings = GetParam() ? shopSettings() : domain::AnalysisSettings{};
        if (GetParam()) {
            services::SettingsService stored(db(), clock());
            ASSERT_TRUE(stored.saveAnalysis(manager, settings).ok());
        }
    }

    domain::AnalysisSettings settings;
};

TEST_P(AnalysisServiceTest, TheBundleEqualsEachSingleReport) {
    const services::AnalysisService analysis(db());
    const auto bundle = analysis.analyze(kAsOf, std::nullopt, true);
    ASSERT_TRUE(bundle) << bundle.error().message.toStdString();
    const auto classify = analysis.classify(kAsOf);
    const auto abc = analysis.abc(kAsOf);
    const auto matrix = analysis.matrix(kAsOf);
    const auto rfm = analysis.rfm(kAsOf);
    ASSERT_TRUE(classify && abc && matrix && rfm);

    const auto& b = bundle.value();
    EXPECT_EQ(b.classification.counts, classify.value().counts);
    ASSERT_EQ(b.classification.customers.size(), classify.value().customers.size());
    for (std::size_t i = 0; i < b.classification.customers.size(); ++i) {
        EXPECT_EQ(b.classification.customers[i].id, classify.value().customers[i].id);
        EXPECT_EQ(b.classification.customers[i].cls, classify.value().customers[i].cls);
        EXPECT_EQ(b.classification.customers[i].stage, classify.value().customers[i].stage);
    }
    EXPECT_EQ(b.abc.from, abc.value().from);
    EXPECT_EQ(b.abc.totalFen, abc.value().totalFen);
    EXPECT_EQ(b.abc.gradeCounts, abc.value().gradeCounts);
    ASSERT_EQ(b.abc.rows.size(), abc.value().rows.size());
    for (std::size_t i = 0; i < b.abc.rows.size(); ++i) {
        EXPECT_EQ(b.abc.rows[i].row, abc.value().rows[i].row);
    }
    EXPECT_EQ(b.matrix.from, matrix.value().from);
    EXPECT_EQ(b.matrix.matrix.entries, matrix.value().matrix.entries);
    ASSERT_TRUE(b.rfm.has_value());
    EXPECT_EQ(b.rfm->rfm.entries, rfm.value().rfm.entries);

    // The windows follow the settings: the matrix's own window, not the ABC's.
    EXPECT_EQ(abc.value().from, services::AnalysisService::windowStart(kAsOf, settings.abc.window));
    EXPECT_EQ(matrix.value().from,
              services::AnalysisService::windowStart(kAsOf, settings.matrix.window));
    // Enough of every class and grade for the comparisons to mean something.
    EXPECT_GT(abc.value().rows.size(), 100U);
    EXPECT_GT(abc.value().gradeCounts[0], 0);
    EXPECT_GT(abc.value().gradeCounts[2], 0);
}

TEST_P(AnalysisServiceTest, GradesOnlyAndOneCustomersSummaryAgreeWithTheReports) {
    const services::AnalysisService analysis(db());
    const auto abc = analysis.abc(kAsOf);
    const auto grades = analysis.abcResult(kAsOf);
    const auto classify = analysis.classify(kAsOf);
    const auto matrix = analysis.matrix(kAsOf);
    const auto rfm = analysis.rfm(kAsOf);
    ASSERT_TRUE(abc && grades && classify && matrix && rfm);
    ASSERT_EQ(grades.value().rows.size(), abc.value().rows.size());
    for (std::size_t i = 0; i < grades.value().rows.size(); ++i) {
        EXPECT_EQ(grades.value().rows[i], abc.value().rows[i].row);
    }

    std::map<domain::CustomerId, domain::MatrixCell> cells;
    for (const auto& e : matrix.value().matrix.entries) {
        cells[e.customerId] = e.cell;
    }
    std::map<domain::CustomerId, domain::RfmSegment> segments;
    for (const auto& e : rfm.value().rfm.entries) {
        segments[e.customerId] = e.segment;
    }
    int checked = 0;
    for (std::size_t i = 0; i < classify.value().customers.size(); i += 7) {
        const auto& c = classify.value().customers[i];
        const auto summary = analysis.customerSummary(c.id, kAsOf);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        const auto& s = summary.value();
        EXPECT_EQ(s.cls, c.cls) << c.id;
        EXPECT_EQ(s.stage, c.stage) << c.id;
        EXPECT_EQ(s.lastVisit, c.lastVisit) << c.id;
        const auto* row = grades.value().find(c.id);
        EXPECT_EQ(s.abcGrade, row ? std::optional(row->grade) : std::nullopt) << c.id;
        EXPECT_EQ(s.abcRank, row ? row->rank : 0) << c.id;
        const auto cell = cells.find(c.id);
        EXPECT_EQ(s.matrixCell, cell == cells.end() ? std::nullopt : std::optional(cell->second))
            << c.id;
        const auto segment = segments.find(c.id);
        EXPECT_EQ(s.rfmSegment,
                  segment == segments.end() ? std::nullopt : std::optional(segment->second))
            << c.id;
        ++checked;
    }
    EXPECT_GT(checked, 40);
}

TEST_P(AnalysisServiceTest, TheStoredSettingsAreTheOnesApplied) {
    const services::AnalysisService stored(db());
    const services::AnalysisService fixed(db(), settings);
    ASSERT_EQ(stored.settings().value(), settings);
    const auto a = stored.analyze(kAsOf, std::nullopt, true);
    const auto b = fixed.analyze(kAsOf, std::nullopt, true);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a.value().classification.counts, b.value().classification.counts);
    EXPECT_EQ(a.value().matrix.matrix.entries, b.value().matrix.matrix.entries);
    EXPECT_EQ(a.value().rfm->rfm.entries, b.value().rfm->rfm.entries);
    if (GetParam()) {
        // The shop's settings really change the answer (else this test could not fail).
        const services::AnalysisService defaults(db(), domain::AnalysisSettings{});
        const auto d = defaults.analyze(kAsOf, std::nullopt, true);
        ASSERT_TRUE(d);
        EXPECT_NE(d.value().classification.counts, a.value().classification.counts);
        EXPECT_NE(d.value().abc.gradeCounts, a.value().abc.gradeCounts);
        EXPECT_NE(d.value().matrix.matrix.entries, a.value().matrix.matrix.entries);
    }
}

TEST_P(AnalysisServiceTest, AnAbcWindowGivenInMonthsOverridesTheSetting) {
    const services::AnalysisService analysis(db());
    const auto three = analysis.abc(kAsOf, 3);
    const auto twelve = analysis.abc(kAsOf);
    ASSERT_TRUE(three && twelve);
    EXPECT_EQ(three.value().from, kAsOf.addMonths(-3).addDays(1));
    EXPECT_LT(three.value().totalFen, twelve.value().totalFen);
    const auto spenders = [](const services::AbcReport& r) {
        return std::count_if(r.rows.begin(), r.rows.end(),
                             [](const services::AbcReportRow& x) { return x.row.amountFen > 0; });
    };
    EXPECT_LT(spenders(three.value()), spenders(twelve.value()));
    EXPECT_FALSE(analysis.abc(QDate()).ok());  // a bad date is an error, not an empty report
}

INSTANTIATE_TEST_SUITE_P(Settings, AnalysisServiceTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? std::string("ShopSettings")
                                               : std::string("Defaults");
                         });

}  // namespace
}  // namespace hc::test
