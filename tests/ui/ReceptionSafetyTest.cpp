// Reception safety (issue 9): the card always belongs to the highlighted result, Enter opens
// exactly that row, a new search closes the card, the result columns are never cut, and a plate
// or phone that finds nothing offers a new walk-in (新客进厂). Driven with key presses on real
// widgets, offscreen, on a real SQLite file with the real services.
#include "MnemonicCheck.h"
#include "QtApp.h"

#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/SearchService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/services/WalkInService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/WalkInDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

using hc::domain::Role;
using hc::services::ActingUser;
using hc::ui::ReceptionView;
using hc::ui::SearchModel;

class ReceptionSafetyTest : public ::testing::Test {
protected:
    void SetUp() override {
        hc::test::qtApp();
        QCoreApplication::setOrganizationName(QStringLiteral("HuichangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hc_ui_tests_reception"));
        ASSERT_TRUE(dir_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        db_ = hc::storage::Database::open(dir_.filePath(QStringLiteral("reception.db")));
        const auto clock = hc::services::systemClock();
        customers_ = std::make_unique<hc::services::CustomerService>(*db_, clock);
        vehicles_ = std::make_unique<hc::services::VehicleService>(*db_, clock);
        visits_ = std::make_unique<hc::services::VisitService>(*db_, clock);
        walkIns_ = std::make_unique<hc::services::WalkInService>(*db_, clock);
        users_ = std::make_unique<hc::services::UserService>(*db_, clock);
        analysis_ = std::make_unique<hc::services::AnalysisService>(*db_);
        search_ = std::make_unique<hc::services::SearchService>(*db_);
        const ActingUser system{};
        auto managerId = users_->addUser(system, QStringLiteral("wang"), Role::Manager,
                                         QStringLiteral("Manager#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(managerId) << managerId.error().message.toStdString();
        manager_ = ActingUser{managerId.value(), QStringLiteral("wang"), Role::Manager};

        // Five customers found by "陕A1000"; two phones and two plates make the widest rows.
        const QString names[] = {QStringLiteral("刘春江"), QStringLiteral("牛理财"),
                                 QStringLiteral("孙凤武"), QStringLiteral("赵四海"),
                                 QStringLiteral("陕西长安汽车运输有限公司")};
        for (int i = 0; i < 5; ++i) {
            hc::domain::Customer c;
            c.name = names[i];
            c.phone = QStringLiteral("1381234000%1").arg(i);
            c.phone2 = QStringLiteral("1391234000%1").arg(i);
            auto id = customers_->registerCustomer(manager_, c);
            ASSERT_TRUE(id) << id.error().message.toStdString();
            for (const QString& plate :
                 {QStringLiteral("陕A1000%1").arg(i), QStringLiteral("陕AD1000%1").arg(i)}) {
                hc::domain::Vehicle v;
                v.customerId = id.value();
                v.plate = plate;
                auto vid = vehicles_->registerVehicle(manager_, v);
                ASSERT_TRUE(vid) << vid.error().message.toStdString();
            }
        }
        ctx_.customers = customers_.get();
        ctx_.vehicles = vehicles_.get();
        ctx_.visits = visits_.get();
        ctx_.walkIns = walkIns_.get();
        ctx_.users = users_.get();
        ctx_.analysis = analysis_.get();
        ctx_.search = search_.get();
        ctx_.user = manager_;
    }

    /// Clears the search box, types `text` key by key (Chinese as an input-method commit) and
    /// waits for the debounced search.
    static void typeSearch(ReceptionView& view, const QString& text) {
        QSignalSpy searched(view.model(), &hc::ui::SearchModel::searched);
        QSignalSpy failed(view.model(), &hc::ui::SearchModel::searchFailed);
        view.searchEdit()->setFocus();
        view.searchEdit()->selectAll();
        QTest::keyClick(view.searchEdit(), Qt::Key_Backspace);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(view.searchEdit(), c.toLatin1());
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QCoreApplication::sendEvent(view.searchEdit(), &commit);
            }
        }
        // The debounced search of the whole text has run (no fixed sleep).
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return !failed.isEmpty() ||
                       (!searched.isEmpty() && searched.last().at(0).toString() == text);
            },
            5000))
            << "no search for " << text.toStdString();
    }

    static void press(ReceptionView& view, Qt::Key key) { QTest::keyClick(view.searchEdit(), key); }

    QTemporaryDir dir_;
    std::unique_ptr<hc::storage::Database> db_;
    std::unique_ptr<hc::services::CustomerService> customers_;
    std::unique_ptr<hc::services::VehicleService> vehicles_;
    std::unique_ptr<hc::services::VisitService> visits_;
    std::unique_ptr<hc::services::WalkInService> walkIns_;
    std::unique_ptr<hc::services::UserService> users_;
    std::unique_ptr<hc::services::AnalysisService> analysis_;
    std::unique_ptr<hc::services::SearchService> search_;
    hc::ui::UiContext ctx_;
    ActingUser manager_;
};

TEST_F(ReceptionSafetyTest, DownDownEnterOpensRowThreeAndTheHighlightStaysThere) {
    ReceptionView view(ctx_);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    typeSearch(view, QStringLiteral("A1000"));
    ASSERT_EQ(view.model()->rowCount(), 5);
    EXPECT_EQ(view.highlightedRow(), 0);
    const qint64 third = view.model()->customerIdAt(2);

    press(view, Qt::Key_Down);
    press(view, Qt::Key_Down);
    press(view, Qt::Key_Return);
    EXPECT_EQ(view.card()->customerId(), third);
    EXPECT_EQ(view.currentCustomerId(), third);
    EXPECT_TRUE(view.cardVisible());
    EXPECT_EQ(view.highlightedRow(), 2);  // was: jumped back to row 1
    EXPECT_EQ(view.model()->customerIdAt(view.highlightedRow()), view.card()->customerId());

    // Enter again: the same customer, still highlighted.
    press(view, Qt::Key_Return);
    EXPECT_EQ(view.card()->customerId(), third);
    EXPECT_EQ(view.highlightedRow(), 2);

    // Moving the highlight to another customer closes the card; Enter opens exactly that row.
    press(view, Qt::Key_Down);
    EXPECT_EQ(view.highlightedRow(), 3);
    EXPECT_FALSE(view.cardVisible());
    EXPECT_EQ(view.card()->customerId(), 0);
    press(view, Qt::Key_Return);
    EXPECT_EQ(view.card()->customerId(), view.model()->customerIdAt(3));
    EXPECT_EQ(view.highlightedRow(), 3);

    // Back up: the card never shows anyone but the highlighted row.
    press(view, Qt::Key_Up);
    press(view, Qt::Key_Return);
    EXPECT_EQ(view.card()->customerId(), third);
    EXPECT_EQ(view.highlightedRow(), 2);
}

TEST_F(ReceptionSafetyTest, ANewSearchClosesTheCard) {
    ReceptionView view(ctx_);
    view.show();
    typeSearch(view, QStringLiteral("A10004"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    press(view, Qt::Key_Return);
    const qint64 first = view.card()->customerId();
    ASSERT_GT(first, 0);

    typeSearch(view, QStringLiteral("A10001"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_NE(view.model()->customerIdAt(0), first);
    EXPECT_FALSE(view.cardVisible());
    EXPECT_EQ(view.currentCustomerId(), 0);
    EXPECT_EQ(view.card()->customerId(), 0);  // cleared, not just hidden
    // Enter opens the new result, not the old card.
    press(view, Qt::Key_Return);
    EXPECT_EQ(view.card()->customerId(), view.model()->customerIdAt(0));
    EXPECT_EQ(view.highlightedRow(), 0);

    // Esc clears the search: no card left either.
    press(view, Qt::Key_Escape);
    EXPECT_TRUE(view.searchEdit()->text().isEmpty());
    EXPECT_FALSE(view.cardVisible());
}

TEST_F(ReceptionSafetyTest, ACustomerOpenedFromElsewhereIsHighlightedOrMarkedNotAmongTheResults) {
    ReceptionView view(ctx_);
    view.show();
    typeSearch(view, QStringLiteral("A1000"));
    ASSERT_EQ(view.model()->rowCount(), 5);
    // Opened by id (from the callback list): the highlight follows it.
    const qint64 fourth = view.model()->customerIdAt(3);
    view.openCustomer(fourth);
    EXPECT_EQ(view.highlightedRow(), 3);

    // A customer who is not among the results: no highlight, and the hint says so.
    hc::domain::Customer other;
    other.name = QStringLiteral("钱多多");
    other.phone = QStringLiteral("13600000000");
    const auto otherId = customers_->registerCustomer(manager_, other);
    ASSERT_TRUE(otherId);
    view.openCustomer(otherId.value());
    EXPECT_EQ(view.highlightedRow(), -1);
    EXPECT_EQ(view.card()->customerId(), otherId.value());
    EXPECT_TRUE(view.hintLabel()->text().contains(QStringLiteral("不在搜索结果中")))
        << view.hintLabel()->text().toStdString();
}

TEST_F(ReceptionSafetyTest, At1366PixelsPlatePhoneAndClassAreNeverCutAndNothingJumps) {
    hc::ui::MainWindow window(ctx_, dir_.filePath(QStringLiteral("reception.db")));
    // 1366×768 minus the taskbar. resize() stops silently at the window's minimum size: check
    // the size it really has, and the least it can shrink to.
    window.resize(1366, 728);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    EXPECT_LE(window.width(), 1366);
    EXPECT_LE(window.height(), 728);
    EXPECT_LE(window.minimumSizeHint().width(), 1366);
    EXPECT_LE(window.minimumSizeHint().height(), 728);
    auto* view = window.findChild<ReceptionView*>();
    ASSERT_NE(view, nullptr);
    typeSearch(*view, QStringLiteral("A1000"));
    ASSERT_EQ(view->model()->rowCount(), 5);
    QTableView* table = view->resultsView();

    const auto check = [&](const char* when) {
        QApplication::processEvents();
        const QFontMetrics metrics = table->fontMetrics();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column :
                 {SearchModel::PhoneColumn, SearchModel::PlatesColumn, SearchModel::ClassColumn}) {
                const QString text = view->model()->index(row, column).data().toString();
                ASSERT_FALSE(text.isEmpty());
                EXPECT_LE(metrics.horizontalAdvance(text), table->columnWidth(column))
                    << when << ": row " << row << " column " << column << " '" << text.toStdString()
                    << "'";
            }
        }
        // …and the columns are on screen, not behind a scroll bar.
        const int right =
            table->horizontalHeader()->sectionViewportPosition(SearchModel::ClassColumn) +
            table->columnWidth(SearchModel::ClassColumn);
        EXPECT_LE(right, table->viewport()->width()) << when;
    };
    check("results");
    QList<int> widths;
    for (int c = 0; c < SearchModel::ColumnCount; ++c) {
        widths << table->columnWidth(c);
    }
    const int tableWidth = table->width();

    press(*view, Qt::Key_Return);  // the card opens on the right
    ASSERT_TRUE(view->cardVisible());
    check("card open");
    QList<int> after;
    for (int c = 0; c < SearchModel::ColumnCount; ++c) {
        after << table->columnWidth(c);
    }
    EXPECT_EQ(after, widths);               // no column jumps
    EXPECT_EQ(table->width(), tableWidth);  // the list keeps its width
    EXPECT_LE(window.width(), 1366);        // the card does not widen the window…
    EXPECT_LE(window.height(), 728);        // …nor make it taller than the screen

    // With the card open every Alt+letter of the window is used once (视图(&V) was also the
    // card's 二次复核).
    const QStringList problems = hc::test::mnemonicProblems(&window);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("\n")).toStdString();
}

TEST_F(ReceptionSafetyTest, UnknownPlateEnterOffersAWalkInWithThePlateFilled) {
    ReceptionView view(ctx_);
    view.show();
    typeSearch(view, QStringLiteral("陕A99999"));
    ASSERT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.walkInButton()->isVisibleTo(&view));
    EXPECT_TRUE(view.hintLabel()->text().contains(QStringLiteral("新客进厂")));

    bool offered = false;
    QTimer::singleShot(0, [&offered] {
        auto* dialog = qobject_cast<hc::ui::WalkInDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        offered = true;
        // Active for real, so the focus check below can fail (it read "has focus or is not
        // active", true whenever the offscreen dialog was not active).
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        dialog->nameEdit()->setFocus();
        ASSERT_EQ(QApplication::focusWidget(), dialog->nameEdit());
        EXPECT_EQ(dialog->plateEdit()->text(), QStringLiteral("陕A99999"));
        EXPECT_TRUE(dialog->phoneEdit()->text().isEmpty());
        // A bad phone: refused at the field, nothing written, everything typed kept.
        dialog->nameEdit()->setText(QStringLiteral("吴新客"));
        dialog->phoneEdit()->setText(QStringLiteral("12345"));
        dialog->mileageEdit()->setText(QStringLiteral("3.2万"));
        dialog->labourEdit()->setText(QStringLiteral("120"));
        dialog->save();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(QApplication::focusWidget(), dialog->phoneEdit()) << "the refused field";
        EXPECT_FALSE(dialog->formMessage()->text().isEmpty());
        EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("吴新客"));
        EXPECT_EQ(dialog->plateEdit()->text(), QStringLiteral("陕A99999"));
        // Corrected: saved, the dialog closes.
        dialog->phoneEdit()->setText(QStringLiteral("13712345678"));
        dialog->save();
        if (dialog->isVisible()) {
            ADD_FAILURE() << dialog->formMessage()->text().toStdString();
            dialog->done(QDialog::Rejected);
        }
    });
    press(view, Qt::Key_Return);
    ASSERT_TRUE(offered);

    // The customer is found by the plate, highlighted, with the card open.
    ASSERT_EQ(view.model()->rowCount(), 1);
    const qint64 id = view.model()->customerIdAt(0);
    EXPECT_EQ(view.card()->customerId(), id);
    EXPECT_EQ(view.highlightedRow(), 0);
    const auto customer = customers_->find(id).value();
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->name, QStringLiteral("吴新客"));
    const auto visits = visits_->visitsOf(id).value();
    ASSERT_EQ(visits.size(), 1U);
    EXPECT_EQ(visits.front().mileage, 32000);
    EXPECT_EQ(visits.front().labourFen, 12000);
    EXPECT_FALSE(view.walkInButton()->isVisibleTo(&view));
}

TEST_F(ReceptionSafetyTest, UnknownPhoneFillsThePhoneAndAFragmentOffersNothing) {
    ReceptionView view(ctx_);
    view.show();
    typeSearch(view, QStringLiteral("13798765432"));
    ASSERT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.walkInButton()->isVisibleTo(&view));
    QString phone;
    QTimer::singleShot(0, [&phone] {
        auto* dialog = qobject_cast<hc::ui::WalkInDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        phone = dialog->phoneEdit()->text();
        EXPECT_TRUE(dialog->plateEdit()->text().isEmpty());
        dialog->done(QDialog::Rejected);
    });
    view.walkInButton()->click();
    EXPECT_EQ(phone, QStringLiteral("13798765432"));

    // A fragment that finds nothing is not a walk-in: Enter does nothing.
    typeSearch(view, QStringLiteral("zzz"));
    ASSERT_EQ(view.model()->rowCount(), 0);
    EXPECT_FALSE(view.walkInButton()->isVisibleTo(&view));
    press(view, Qt::Key_Return);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

}  // namespace
