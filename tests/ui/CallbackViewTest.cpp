// The callback screen (回访) driven offscreen on a real database with the real services: the
// post-service item of a visit three days ago, outcomes by key, wrong number, will come without a
// date, satisfaction scores, the new owner of a sold vehicle, filters and counts, scripts.
#include "CallbackUiFixture.h"

#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/FollowUpFilterProxy.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/SatisfactionPanel.h"
#include "hc/ui/ScriptEditorDialog.h"

#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

namespace {

/// Runs a poppler tool (pdfinfo, pdftotext) on `pdf`; its stdout, NFKC-normalised (the printer's
/// PDF maps some ideographs to their radical forms, ⽉ for 月), empty when it failed.
QString popplerOut(const QString& program, const QString& pdf) {
    QProcess p;
    const bool text = program == u"pdftotext";
    p.start(program, text ? QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                        QStringLiteral("-")}
                          : QStringList{pdf});
    if (!p.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

using hc::domain::CallOutcome;
using hc::domain::FollowUpKind;
using hc::ui::CallbackView;

class CallbackViewTest : public hc::test::CallbackUiFixture {
protected:
    std::unique_ptr<CallbackView> openView() {
        auto view = std::make_unique<CallbackView>(ctx_);
        view->setClock(clock());
        view->resize(1400, 860);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        return view;
    }

    bool listed(const CallbackView& view, hc::domain::CustomerId id) {
        for (const auto& item : view.model()->items()) {
            if (item.customerId == id) {
                return true;
            }
        }
        return false;
    }

    std::vector<hc::domain::CallRecord> calls(hc::domain::CustomerId id) {
        auto r = followUps_->callsOf(id);
        EXPECT_TRUE(r);
        return r ? r.value() : std::vector<hc::domain::CallRecord>{};
    }
};

TEST_F(CallbackViewTest, NoAnswerKeyStoresTheCallAndTheItemIsGoneForToday) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    const auto item = view->currentItem();
    ASSERT_TRUE(item);
    EXPECT_EQ(item->kind, FollowUpKind::PostService);
    EXPECT_EQ(item->visitId, visit_);
    EXPECT_TRUE(view->summaryLabel()->text().contains(QStringLiteral("刘春江")));
    EXPECT_TRUE(view->summaryLabel()->text().contains(QStringLiteral("13812345678")))
        << "callback staff dial: the full phone";
    EXPECT_TRUE(view->satisfactionPanel()->isVisibleTo(view.get()));
    EXPECT_TRUE(view->scriptView()->toPlainText().contains(QStringLiteral("陕A12345")))
        << view->scriptView()->toPlainText().toStdString();

    // "2" in the list chooses 未接听, Ctrl+Enter saves.
    view->listView()->setFocus();
    QTest::keyClick(view->listView(), Qt::Key_2);
    EXPECT_EQ(view->outcomePanel()->outcome(), CallOutcome::NoAnswer);
    QTest::keyClick(view->listView(), Qt::Key_Return, Qt::ControlModifier);

    const auto stored = calls(customer_);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().outcome, CallOutcome::NoAnswer);
    EXPECT_EQ(stored.front().visitId, visit_);
    EXPECT_EQ(stored.front().callerId, callback_.id);
    EXPECT_FALSE(listed(*view, customer_)) << "retried tomorrow, not today";
    EXPECT_TRUE(
        view->outcomePanel()->messageLabel()->text().contains(QStringLiteral("2026-06-16")));

    now = now.addDays(1);
    view->refresh();
    ASSERT_TRUE(view->selectCustomer(customer_));
    EXPECT_EQ(view->currentItem()->attempt, 2);
}

TEST_F(CallbackViewTest, WrongNumberMarksTheCustomerInvalid) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_3);
    EXPECT_EQ(view->outcomePanel()->outcome(), CallOutcome::WrongNumber);
    ASSERT_TRUE(view->saveCall());
    const auto c = customers_->find(customer_).value();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->isInvalid());
    EXPECT_EQ(c->invalidReason, hc::domain::InvalidReason::WrongNumber);
    EXPECT_TRUE(view->outcomePanel()->messageLabel()->text().contains(QStringLiteral("无效")));
}

TEST_F(CallbackViewTest, WillComeWithoutADateIsRefusedWithAMessageThenSavedWithOne) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_5);
    auto* panel = view->outcomePanel();
    EXPECT_EQ(panel->outcome(), CallOutcome::WillCome);
    EXPECT_TRUE(panel->appointmentEdit()->isVisibleTo(view.get()));
    EXPECT_FALSE(panel->appointment().isValid());

    EXPECT_FALSE(view->saveCall());
    EXPECT_TRUE(panel->appointmentMessage()->isVisibleTo(view.get()));
    EXPECT_FALSE(panel->appointmentMessage()->text().isEmpty());
    EXPECT_TRUE(calls(customer_).empty()) << "nothing written";
    EXPECT_TRUE(listed(*view, customer_));
    EXPECT_EQ(panel->outcome(), CallOutcome::WillCome) << "nothing typed is lost";

    panel->setAppointment(QDate(2026, 6, 20));
    ASSERT_TRUE(view->saveCall());
    const auto stored = calls(customer_);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().outcome, CallOutcome::WillCome);
    EXPECT_EQ(stored.front().appointment, QDate(2026, 6, 20));
}

TEST_F(CallbackViewTest, SatisfactionScoresAndTheSecondCheckAreSaved) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    auto* survey = view->satisfactionPanel();
    ASSERT_GE(survey->items().size(), 5U) << "the five default items";
    const auto items = survey->items();
    ASSERT_TRUE(survey->setScore(items[0].id, 5));
    ASSERT_TRUE(survey->setScore(items[1].id, 3));
    QTest::keyClick(view->listView(), Qt::Key_1);
    view->outcomePanel()->verifiedCheck()->setChecked(true);
    view->outcomePanel()->noteEdit()->setText(QStringLiteral("下次保养 12 月"));
    ASSERT_TRUE(view->saveCall());

    auto summary = satisfaction_->monthly(2026, 6);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary.value().answers, 2);
    const auto c = customers_->find(customer_).value();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->isVerified());
    EXPECT_FALSE(listed(*view, customer_));
    EXPECT_EQ(calls(customer_).front().note, QStringLiteral("下次保养 12 月"));
}

TEST_F(CallbackViewTest, VehicleSoldCapturesTheNewOwnerAsANewCustomer) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_4);
    auto* panel = view->outcomePanel();
    EXPECT_TRUE(panel->newOwnerNameEdit()->isVisibleTo(view.get()));
    EXPECT_EQ(panel->churnReason(), hc::domain::ChurnReason::VehicleSold);
    panel->newOwnerNameEdit()->setText(QStringLiteral("孙新主"));
    panel->newOwnerPhoneEdit()->setText(QStringLiteral("13900001111"));
    ASSERT_TRUE(view->saveCall());
    EXPECT_TRUE(customers_->find(customer_).value()->isInvalid());
    const auto hits = customers_->findDuplicates(QStringLiteral("13900001111"), {}).value();
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits.front().customerName, QStringLiteral("孙新主"));
    EXPECT_EQ(vehicles_->find(vehicle_).value()->customerId, hits.front().customerId);
}

TEST_F(CallbackViewTest, FiltersAndCountsFollowTheList) {
    // A second customer whose visit is a week old: its callback is red (due 4 days ago).
    const auto other = addCustomer(QStringLiteral("王建国"), QStringLiteral("13700002222"));
    addVisit(other, addVehicle(other, QStringLiteral("陕A88888")), now.date().addDays(-7));
    auto view = openView();
    EXPECT_EQ(view->proxy()->rowCount(), 2);
    EXPECT_EQ(view->count(hc::domain::Urgency::Red), 1);
    EXPECT_EQ(view->count(hc::domain::Urgency::Yellow), 1);
    EXPECT_EQ(view->listView()
                  ->model()
                  ->index(0, 0)
                  .data(hc::ui::FollowUpListModel::CustomerIdRole)
                  .toLongLong(),
              other)
        << "red first";
    EXPECT_TRUE(view->countsLabel()->text().contains(QStringLiteral("2")));

    view->urgencyFilter()->setCurrentIndex(view->urgencyFilter()->findData(QStringLiteral("red")));
    EXPECT_EQ(view->proxy()->rowCount(), 1);
    view->urgencyFilter()->setCurrentIndex(0);
    view->kindFilter()->setCurrentIndex(view->kindFilter()->findData(QStringLiteral("winback")));
    EXPECT_EQ(view->proxy()->rowCount(), 0);
    view->kindFilter()->setCurrentIndex(0);
    view->stageFilter()->setCurrentIndex(view->stageFilter()->findData(QStringLiteral("active")));
    EXPECT_EQ(view->proxy()->rowCount(), 2);
}

// Issue 9 item 5: "打印名单…" paints the list as filtered; rendered to a PDF file (no preview
// dialog), the pages carry the title and every listed customer's name and plate.
TEST_F(CallbackViewTest, PrintedListHasTheTitleAndTheRowsAsFiltered) {
    const auto other = addCustomer(QStringLiteral("王建国"), QStringLiteral("13700002222"));
    addVisit(other, addVehicle(other, QStringLiteral("陕A88888")), now.date().addDays(-7));
    auto view = openView();
    ASSERT_EQ(view->proxy()->rowCount(), 2);
    QTemporaryDir dir;
    const auto print = [&](const QString& name) {
        const QString pdf = dir.filePath(name);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        EXPECT_TRUE(view->printList(printer));
        return pdf;
    };
    const QString all = print(QStringLiteral("all.pdf"));
    ASSERT_GT(QFileInfo(all).size(), 0);
    const QString info = popplerOut(QStringLiteral("pdfinfo"), all);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]")).match(info).hasMatch())
        << info.toStdString();
    const QString text = popplerOut(QStringLiteral("pdftotext"), all);
    EXPECT_TRUE(text.contains(QStringLiteral("回访名单"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("王建国"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("88888"))) << text.toStdString();

    // Filtered to the red item only: the other customer is not printed.
    view->urgencyFilter()->setCurrentIndex(view->urgencyFilter()->findData(QStringLiteral("red")));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    const QString red = popplerOut(QStringLiteral("pdftotext"), print(QStringLiteral("red.pdf")));
    EXPECT_TRUE(red.contains(QStringLiteral("王建国"))) << red.toStdString();
    EXPECT_FALSE(red.contains(QStringLiteral("刘春江")))
        << red.toStdString();  // yellow, filtered out
    EXPECT_TRUE(text.contains(QStringLiteral("刘春江"))) << "but on the whole list";
}

TEST_F(CallbackViewTest, RefusalShowsTheScriptOfTheReasonGiven) {
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_6);
    view->outcomePanel()->setChurnReason(hc::domain::ChurnReason::Price);
    const QString reasonScript =
        hc::services::ScriptService::defaultFor(QStringLiteral("reason.price"));
    ASSERT_FALSE(reasonScript.isEmpty());
    EXPECT_TRUE(view->scriptView()->toPlainText().contains(reasonScript.left(8)))
        << view->scriptView()->toPlainText().toStdString();
    ASSERT_TRUE(view->saveCall());
    EXPECT_EQ(calls(customer_).front().churnReason, hc::domain::ChurnReason::Price);
}

TEST_F(CallbackViewTest, ManagerEditsAStageScript) {
    ctx_.user = manager_;
    hc::ui::ScriptEditorDialog dialog(ctx_);
    ASSERT_TRUE(dialog.selectKey(QStringLiteral("stage.lost")));
    EXPECT_FALSE(dialog.editor()->toPlainText().isEmpty()) << "the seed-003 default";
    dialog.editor()->setPlainText(QStringLiteral("{name}您好，本店为{plate}准备了换季检查。"));
    ASSERT_TRUE(dialog.save());
    bool custom = false;
    auto text = scripts_->effective(QStringLiteral("stage.lost"), &custom);
    ASSERT_TRUE(text);
    EXPECT_TRUE(custom);
    EXPECT_EQ(text.value(), QStringLiteral("{name}您好，本店为{plate}准备了换季检查。"));
    ASSERT_TRUE(dialog.resetToDefault());
    ASSERT_TRUE(scripts_->effective(QStringLiteral("stage.lost"), &custom));
    EXPECT_FALSE(custom);
}

TEST_F(CallbackViewTest, CampaignInvitesAStageAndShowsItsResults) {
    ctx_.user = manager_;
    // A lost customer (last visit 14 months ago) to invite.
    const auto lost = addCustomer(QStringLiteral("陈久未"), QStringLiteral("13600003333"));
    addVisit(lost, addVehicle(lost, QStringLiteral("陕A55555")), now.date().addMonths(-14));
    hc::ui::CampaignView campaigns(ctx_);
    campaigns.setClock(clock());
    campaigns.nameEdit()->setText(QStringLiteral("流失客户换季关怀"));
    campaigns.stageCombo()->setCurrentIndex(
        campaigns.stageCombo()->findData(QStringLiteral("lost")));
    campaigns.offerEdit()->setText(QStringLiteral("工时 7 折"));
    campaigns.costEdit()->setText(QStringLiteral("15"));
    campaigns.windowSpin()->setValue(30);  // no stored settings here: no default to start from
    const auto id = campaigns.createCampaign();
    ASSERT_GT(id, 0) << campaigns.messageLabel()->text().toStdString();
    ASSERT_EQ(campaigns.table()->rowCount(), 1);
    EXPECT_EQ(campaigns.table()->item(0, 5)->text(), QStringLiteral("1"));  // invited

    ctx_.user = callback_;
    auto view = openView();
    ASSERT_TRUE(view->selectCustomer(lost));
    EXPECT_EQ(view->currentItem()->kind, FollowUpKind::Winback);
    EXPECT_TRUE(view->scriptView()->toPlainText().contains(QStringLiteral("14")))
        << "{months} rendered: " << view->scriptView()->toPlainText().toStdString();
    ASSERT_TRUE(view->selectCustomer(customer_));
    QTest::keyClick(view->listView(), Qt::Key_5);
    view->satisfactionPanel()->setScore(view->satisfactionPanel()->items().front().id, 5);
    saveScreenshot(*view, QStringLiteral("callbacks"));
    campaigns.resize(1200, 700);
    saveScreenshot(campaigns, QStringLiteral("campaigns"));
}

}  // namespace

namespace {

class CallbackAreasTest : public hc::test::CallbackUiFixture {};

TEST_F(CallbackAreasTest, MainWindowShowsTheAreasPerRole) {
    const QString db = QStringLiteral("callbacks.db");
    ctx_.user = callback_;
    {
        hc::ui::MainWindow window(ctx_, db);
        EXPECT_EQ(window.pageKeys(),
                  (QStringList{QStringLiteral("reception"), QStringLiteral("callbacks"),
                               QStringLiteral("complaints")}));
        ASSERT_NE(window.callbackView(), nullptr);
        // A callback clerk's window opens on the call list, their day's work.
        EXPECT_EQ(window.currentPageKey(), QStringLiteral("callbacks"));
        window.resize(1400, 860);
        window.show();
        ASSERT_TRUE(window.showPage(QStringLiteral("callbacks")));
        window.callbackView()->setClock(clock());
        ASSERT_TRUE(window.callbackView()->selectCustomer(customer_));
        Q_EMIT window.callbackView()->openCustomerRequested(customer_);
        EXPECT_EQ(window.currentPageKey(), QStringLiteral("reception"));
        EXPECT_EQ(window.receptionView()->currentCustomerId(), customer_);
    }
    ctx_.user = advisor_;
    {
        hc::ui::MainWindow window(ctx_, db);
        EXPECT_EQ(window.pageKeys(),
                  (QStringList{QStringLiteral("reception"), QStringLiteral("complaints")}));
        EXPECT_EQ(window.callbackView(), nullptr);
    }
    ctx_.user = manager_;
    {
        hc::ui::MainWindow window(ctx_, db);
        EXPECT_TRUE(window.pageKeys().contains(QStringLiteral("callbacks")));
        EXPECT_TRUE(window.pageKeys().contains(QStringLiteral("complaints")));
        EXPECT_TRUE(window.pageKeys().contains(QStringLiteral("campaigns")));
    }
}

}  // namespace
