// The customer card's model-outlook line (CustomerOutlookLabel): the stored fit's sentence with the
// day of the fit, hidden without an outlook; and the card shows it for a customer once a fit is
// stored.
#include "QtApp.h"
#include "hc/domain/CustomerBaseOutlook.h"
#include "hc/services/CustomerCard.h"
#include "hc/ui/CustomerOutlookLabel.h"

#include <gtest/gtest.h>

namespace {

hc::domain::CustomerBaseFit fit() {
    hc::domain::CustomerBaseFit f;
    f.fittedAt = QDateTime(QDate(2026, 7, 1), QTime(8, 0));
    f.dataFrom = QDate(2023, 1, 1);
    f.calibrationEnd = QDate(2026, 6, 30);
    f.bgnbd = {0.8, 12.0, 0.6, 3.0};
    f.customers = 500;
    f.repeatCustomers = 300;
    return f;
}

TEST(CustomerOutlookLabel, ShowsTheSentenceWithTheDayOfTheFit) {
    hc::test::qtApp();
    hc::services::CustomerCard card;
    card.customerBaseFit = fit();
    hc::domain::CustomerOutlook outlook;
    outlook.x = 3;
    outlook.firstVisit = QDate(2024, 3, 1);
    outlook.lastVisit = QDate(2026, 5, 2);
    outlook.pReturn = 0.78;
    outlook.expectedVisits = 1.6;
    outlook.expectedValue = 2150.0;
    outlook.valuePercentile = 82;
    card.outlook = outlook;

    hc::ui::CustomerOutlookLabel label;
    EXPECT_EQ(label.objectName(), QStringLiteral("customerBaseOutlook"));
    EXPECT_TRUE(label.isHidden());
    label.setCard(card);
    EXPECT_FALSE(label.isHidden());
    EXPECT_EQ(label.text(), QStringLiteral("客户模型(2026-07-01 拟合):") +
                                hc::domain::CustomerBaseOutlook::sentence(outlook));
    EXPECT_TRUE(label.text().contains(QStringLiteral("78%")));
    EXPECT_TRUE(label.wordWrap());
}

TEST(CustomerOutlookLabel, HiddenWithoutAnOutlookOrACustomer) {
    hc::test::qtApp();
    hc::services::CustomerCard card;
    card.customerBaseFit = fit();
    card.outlook = hc::domain::CustomerOutlook{};
    hc::ui::CustomerOutlookLabel label;
    label.setCard(card);
    ASSERT_FALSE(label.isHidden());

    // A fit but too little history for this customer: no line, no stale text.
    card.outlook.reset();
    label.setCard(card);
    EXPECT_TRUE(label.isHidden());
    EXPECT_TRUE(label.text().isEmpty());

    card.outlook = hc::domain::CustomerOutlook{};
    label.setCard(card);
    label.clearOutlook();
    EXPECT_TRUE(label.isHidden());
    EXPECT_TRUE(label.text().isEmpty());
}

}  // namespace
