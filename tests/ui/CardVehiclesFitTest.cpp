// Issue 9 item 7: on a 1366×728 screen the customer card's vehicles table shows plate … expected
// mileage without scrolling sideways, in Chinese and in English ("Expected mileage" and its value
// were cut at the right edge), with real-length data: a 17-character VIN, a long make and model,
// all dates filled. A long VIN or model is elided in its cell and readable whole in the tooltip.
#include "AppHarness.h"
#include "QtApp.h"
#include "WidgetAudit.h"

#include "hc/services/VehicleService.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReceptionView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

class CardVehiclesFitTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        qtApp();
        english_ = QString::fromLatin1(GetParam()) == QLatin1String("en");
        if (english_) {
            ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/huichang_en.qm")));
            QCoreApplication::installTranslator(&translator_);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        app_ = std::make_unique<AppHarness>();
        const QDate today = app_->now().date();
        customer_ = app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                                      QStringLiteral("陕A12345"),
                                      {today.addMonths(-8), today.addMonths(-2)});
        domain::Vehicle v;
        v.customerId = customer_;
        v.plate = QStringLiteral("陕A8K2Q7");
        v.brand = QStringLiteral("Mercedes-Benz");
        v.model = QStringLiteral("GLC 300 L 4MATIC Coupe");
        v.vin = QStringLiteral("LE4ZG8DB1ML123456");
        v.purchaseDate = QDate(2020, 3, 15);
        v.insuranceDue = today.addMonths(5);
        v.inspectionDue = today.addMonths(9);
        ASSERT_TRUE(app_->context.vehicles->registerVehicle(app_->context.user, v));
    }
    void TearDown() override {
        app_.reset();
        if (english_) {
            QCoreApplication::removeTranslator(&translator_);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
    }

    bool english_ = false;
    QTranslator translator_;
    std::unique_ptr<AppHarness> app_;
    domain::CustomerId customer_ = 0;
};

TEST_P(CardVehiclesFitTest, PlateToExpectedMileageFitAt1366) {
    ui::MainWindow window(app_->context, QStringLiteral("fit.db"));
    window.resize(1366, 728);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showPage(QStringLiteral("reception")));
    auto* reception = window.receptionView();
    reception->searchEdit()->setText(QStringLiteral("13812345678"));
    QSignalSpy opened(reception, &ui::ReceptionView::customerOpened);
    QTest::keyClick(reception->searchEdit(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();

    auto* table = window.findChild<QTableWidget*>(QStringLiteral("cardVehiclesTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), 2);
    const QHeaderView* header = table->horizontalHeader();
    // Every header stays readable (the screen audit's rule, WidgetAudit::clipping); English
    // headers of several words take two lines.
    WidgetAudit audit;
    for (const auto& line : audit.clipping(window)) {
        if (line.find("cardVehiclesTable") != std::string::npos) {
            ADD_FAILURE() << line;
        }
    }
    // Plate … expected mileage are in view without scrolling, headers and values (before: make,
    // model and VIN took their whole length and "Expected mileage" was cut at the right edge).
    // Not yet the last three columns at 1366 px: see the report of issue 9 item 7.
    for (int c = 0; c <= 6; ++c) {
        const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
        EXPECT_LE(right, table->viewport()->width()) << "column " << c;
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c)) << "column " << c;
    }
    // The make/model and VIN columns are capped: the long ones elided in the cell.
    EXPECT_LT(header->sectionSize(1),
              table->fontMetrics().horizontalAdvance(table->item(1, 1)->text()));
    EXPECT_LT(header->sectionSize(2),
              table->fontMetrics().horizontalAdvance(table->item(1, 2)->text()));
    // The VIN row: the whole VIN and model are in the tooltips when the cell is narrower.
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 2)->text().isEmpty()) {
            continue;
        }
        EXPECT_EQ(table->item(r, 2)->toolTip(), QStringLiteral("LE4ZG8DB1ML123456"));
        EXPECT_EQ(table->item(r, 1)->toolTip(),
                  QStringLiteral("Mercedes-Benz GLC 300 L 4MATIC Coupe"));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, CardVehiclesFitTest, ::testing::Values("zh", "en"),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace hc::test
