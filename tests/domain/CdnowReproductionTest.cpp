// Reproduces the published BG/NBD and gamma-gamma results on the CDNOW sample
// (../shared/data/cdnow/README.md). The data file sits beside the clone; a missing file fails.
#include "hc/domain/BgNbdModel.h"
#include "hc/domain/CustomerBaseSummary.h"
#include "hc/domain/GammaGammaModel.h"
#include "hc/domain/HoldoutEvaluation.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace hc::domain;

namespace {

const char* const kCdnowPath = HC_SOURCE_DIR "/../shared/data/cdnow/cdnow_elog.csv";

/// sampleid, date (YYYYMMDD), sales of every record; empty when the file cannot be read.
std::vector<PurchaseEvent> readCdnow() {
    std::vector<PurchaseEvent> events;
    QFile file(QString::fromUtf8(kCdnowPath));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return events;
    }
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const auto id = header.indexOf("sampleid");
    const auto date = header.indexOf("date");
    const auto sales = header.indexOf("sales");
    if (id < 0 || date < 0 || sales < 0) {
        return events;
    }
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() != header.size()) {
            continue;
        }
        events.push_back(PurchaseEvent{
            f[id].toLongLong(),
            QDate::fromString(QString::fromLatin1(f[date]), QStringLiteral("yyyyMMdd")),
            f[sales].toDouble()});
    }
    return events;
}

void expectRelative(double value, double expected, double tolerance, const char* name) {
    EXPECT_LE(std::fabs(value - expected), tolerance * std::fabs(expected))
        << name << " = " << value << ", published " << expected;
}

class CdnowReproductionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        events_ = new std::vector<PurchaseEvent>(readCdnow());
        histories_ = new std::vector<CustomerHistory>(
            CustomerBaseSummary::build(*events_, QDate(1997, 9, 30), QDate(1998, 6, 30)));
    }
    static void TearDownTestSuite() {
        delete events_;
        delete histories_;
    }
    void SetUp() override {
        ASSERT_EQ(events_->size(), 6919u) << "CDNOW sample missing or unreadable: " << kCdnowPath;
    }
    static std::vector<PurchaseEvent>* events_;
    static std::vector<CustomerHistory>* histories_;
};

std::vector<PurchaseEvent>* CdnowReproductionTest::events_ = nullptr;
std::vector<CustomerHistory>* CdnowReproductionTest::histories_ = nullptr;

}  // namespace

TEST_F(CdnowReproductionTest, Summary) {
    EXPECT_EQ(histories_->size(), 2357u);
    EXPECT_EQ(CustomerBaseSummary::repeatCustomers(*histories_), 946);
    const auto& one = histories_->front();
    EXPECT_EQ(one.id, 1);
    EXPECT_EQ(one.x, 2);
    EXPECT_NEAR(one.tx, 30.43, 0.005);
    EXPECT_NEAR(one.T, 38.86, 0.005);
}

TEST_F(CdnowReproductionTest, BgNbdEstimatesAndLogLikelihood) {
    const auto fit = BgNbdModel::fit(*histories_, 200);
    ASSERT_EQ(fit.status, FitStatus::Ok);
    EXPECT_EQ(fit.customers, 2357);
    EXPECT_EQ(fit.repeatCustomers, 946);
    expectRelative(fit.parameters.r, 0.2425982, 5e-4, "r");
    expectRelative(fit.parameters.alpha, 4.4136842, 5e-4, "alpha");
    expectRelative(fit.parameters.a, 0.7929899, 5e-4, "a");
    expectRelative(fit.parameters.b, 2.4261667, 5e-4, "b");
    EXPECT_NEAR(fit.logLikelihood, -9582.43, 0.01);

    const BgNbdModel model(fit.parameters);
    const struct {
        double t;
        double expected;
    } published[] = {{1, 0.0532}, {3, 0.1506}, {32, 1.0437}, {78, 1.858}};
    for (const auto& c : published) {
        EXPECT_NEAR(*model.unconditionalExpectedVisits(c.t), c.expected, 0.001) << c.t;
    }
    const auto& one = histories_->front();
    EXPECT_NEAR(*model.expectedVisits(39, one.x, one.tx, one.T), 1.226, 0.001);
}

TEST_F(CdnowReproductionTest, GammaGammaOnRepeatCustomers) {
    const auto fit = GammaGammaModel::fit(*histories_, 200);
    ASSERT_EQ(fit.status, FitStatus::Ok);
    EXPECT_EQ(fit.customers, 946);
    EXPECT_NEAR(fit.parameters.p, 6.25, 0.01);
    EXPECT_NEAR(fit.parameters.q, 3.74, 0.01);
    EXPECT_NEAR(fit.parameters.gamma, 15.44, 0.01);
}

TEST_F(CdnowReproductionTest, HoldoutTracksActualRepeatPurchases) {
    const auto fit = BgNbdModel::fit(*histories_, 200);
    ASSERT_EQ(fit.status, FitStatus::Ok);
    const auto r = HoldoutEvaluation::evaluate(*histories_, BgNbdModel(fit.parameters), 39.0);
    EXPECT_TRUE(r.complete);
    // 1,882 distinct repeat-visit days in weeks 40–78 (checked independently); the model
    // forecasts 1,653 of them (−12 %), documented in docs/customer-base.md.
    EXPECT_EQ(r.actualTotal, 1882);
    EXPECT_NEAR(r.expectedTotal, 1653.4, 0.5);
    ASSERT_TRUE(r.aucModel && r.aucRecency);
    EXPECT_GT(*r.aucModel, 0.5);
    EXPECT_GT(*r.aucRecency, 0.5);
}
