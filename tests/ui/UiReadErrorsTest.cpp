// The error policy on screen (issue 10 item 6): a read that fails shows the service's message where
// the data would be, never an empty table or summary that reads as "nothing there". Reads of a
// table are broken under the open screen by a temporary table of that name without its columns (as
// a damaged or foreign file would read).
#include "CallbackUiFixture.h"
#include "EnglishBoxes.h"

#include "hc/services/CustomerCardService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/ComplaintView.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/FollowUpSettingsPanel.h"
#include "hc/ui/MessageTemplatesPanel.h"
#include "hc/ui/PrivacySettingsPanel.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/SatisfactionPanel.h"
#include "hc/ui/SearchModel.h"
#include "hc/ui/SettingsView.h"
#include "hc/ui/VisitDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

namespace {

using hc::ui::CallbackView;
using hc::ui::ComplaintView;

class UiReadErrorsTest : public hc::test::CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        cards_ = std::make_unique<hc::services::CustomerCardService>(*db_);
        settings_ = std::make_unique<hc::services::SettingsService>(*db_, clock());
        ctx_.settings = settings_.get();
    }

    /// Reads of `table` fail from now on (SQLITE_ERROR: no such column).
    void breakReadsOf(const QString& table) {
        QSqlQuery q(db_->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TABLE %1 (broken INTEGER)").arg(table)));
    }

    std::int64_t openComplaint() {
        hc::domain::Complaint c;
        c.customerId = customer_;
        c.description = QStringLiteral("保养后异响");
        c.received = now.addSecs(-3600);
        const auto id = complaints_->open(manager_, c);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? id.value() : 0;
    }

    /// A settings service on another file whose settings cannot be read: only the screen's own
    /// settings read fails, the list is planned as usual.
    struct UnreadableSettings {
        std::unique_ptr<hc::storage::Database> db;
        std::unique_ptr<hc::services::SettingsService> service;
    };
    UnreadableSettings unreadableSettings(const QString& file) {
        UnreadableSettings out;
        out.db = hc::storage::Database::open(dir_.filePath(file));
        QSqlQuery q(out.db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("CREATE TEMP TABLE settings (broken INTEGER)")));
        out.service = std::make_unique<hc::services::SettingsService>(*out.db, clock());
        return out;
    }

    std::unique_ptr<hc::services::CustomerCardService> cards_;
    std::unique_ptr<hc::services::SettingsService> settings_;
};

TEST_F(UiReadErrorsTest, AComplaintHistoryThatCannotBeReadSaysSoInsteadOfAnEmptyTable) {
    const auto id = openComplaint();
    ComplaintView view(ctx_);
    view.setClock(clock());
    view.refresh();
    ASSERT_TRUE(view.selectComplaint(id));
    ASSERT_EQ(view.historyTable()->rowCount(), 1) << "received";
    EXPECT_TRUE(view.historyMessage()->isHidden());

    breakReadsOf(QStringLiteral("complaint_events"));
    ASSERT_TRUE(view.selectComplaint(id));
    EXPECT_EQ(view.historyTable()->rowCount(), 0);
    EXPECT_FALSE(view.historyMessage()->isHidden());
    EXPECT_TRUE(view.historyMessage()->text().startsWith(QStringLiteral("处理记录无法读取")))
        << view.historyMessage()->text().toStdString();
    EXPECT_GT(view.historyMessage()->text().size(), QStringLiteral("处理记录无法读取：").size())
        << "with the service's message";
}

TEST_F(UiReadErrorsTest, ComplaintStatisticsThatCannotBeReadSayWhyInsteadOfZeros) {
    openComplaint();
    ComplaintView view(ctx_);
    view.setClock(clock());
    view.refresh();
    ASSERT_EQ(view.statsTable()->rowCount(), 2);
    EXPECT_EQ(view.statsTable()->item(0, 1)->text(), QStringLiteral("1")) << "received this week";

    breakReadsOf(QStringLiteral("complaints"));
    view.refresh();
    ASSERT_EQ(view.statsTable()->rowCount(), 2) << "this week, this month";
    for (int row = 0; row < 2; ++row) {
        const QString text = view.statsTable()->item(row, 1)->text();
        EXPECT_TRUE(text.startsWith(QStringLiteral("无法读取"))) << text.toStdString();
        EXPECT_EQ(view.statsTable()->columnSpan(row, 1), view.statsTable()->columnCount() - 1);
    }
}

TEST_F(UiReadErrorsTest, ACallbackSummaryWhoseCardCannotBeReadSaysSo) {
    const auto other = addCustomer(QStringLiteral("周波"), QStringLiteral("13977778888"));
    addVisit(other, addVehicle(other, QStringLiteral("陕A77777")), now.date().addDays(-3));
    ctx_.cards = cards_.get();  // no loader: the card is read at once (the synchronous path)
    CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    ASSERT_TRUE(view.selectCustomer(customer_));
    ASSERT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("客户价值")));

    breakReadsOf(QStringLiteral("visits"));
    hc::test::BoxReader box;
    ASSERT_TRUE(view.selectCustomer(other));
    EXPECT_EQ(box.count(), 0) << "the summary says it, no box per read: " << box.dump();
    const QString text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("客户资料无法读取"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("客户价值"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("周波"))) << "the list item's own lines stay";
}

TEST_F(UiReadErrorsTest, ACallbackSummaryWhoseCardCannotBeReadInTheBackgroundSaysSo) {
    const auto other = addCustomer(QStringLiteral("周波"), QStringLiteral("13977778888"));
    addVisit(other, addVehicle(other, QStringLiteral("陕A77777")), now.date().addDays(-3));
    ctx_.cards = cards_.get();
    ctx_.loadCardsInBackground = true;  // the card loader's own thread and connection
    CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    QSignalSpy loaded(&view, &CallbackView::summaryLoaded);
    ASSERT_TRUE(view.selectCustomer(customer_));
    ASSERT_TRUE(loaded.wait(5000));
    ASSERT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("客户价值")));

    // Every connection's reads of the visits fail (the loader has its own connection).
    QSqlQuery q(db_->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE visits RENAME TO visits_gone")));
    // While the card is on its way the summary shows the customer's own lines read at once; their
    // failed visits read is reported in a box (ReadErrors), the card's failure in the summary.
    hc::test::BoxReader box;
    ASSERT_TRUE(view.selectCustomer(other));
    ASSERT_TRUE(loaded.wait(5000));
    const QString text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("客户资料无法读取"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("正在读取客户资料"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("周波"))) << text.toStdString();
}

TEST_F(UiReadErrorsTest, SatisfactionItemsThatCannotBeReadAreNotAnEmptyQuestionnaire) {
    breakReadsOf(QStringLiteral("satisfaction_items"));
    CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    const auto* why = view.findChild<QLabel*>(QStringLiteral("satisfactionReadError"));
    ASSERT_NE(why, nullptr);
    EXPECT_TRUE(why->text().startsWith(QStringLiteral("满意度项目无法读取")))
        << why->text().toStdString();
    EXPECT_TRUE(view.findChild<hc::ui::SatisfactionPanel*>()->items().empty());
}

TEST_F(UiReadErrorsTest, TheSatisfactionItemsDialogSaysItCannotReadAndOffersOnlyClose) {
    ctx_.user = manager_;
    breakReadsOf(QStringLiteral("satisfaction_items"));
    hc::test::BoxReader box;
    hc::ui::SatisfactionItemsDialog dialog(ctx_);
    ASSERT_EQ(box.count(), 1) << "the read error, once";
    EXPECT_TRUE(box.boxes().front().title.contains(QStringLiteral("读取数据失败"))) << box.dump();
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    EXPECT_FALSE(buttons->button(QDialogButtonBox::Save)->isEnabled());
    EXPECT_TRUE(buttons->button(QDialogButtonBox::Close)->isEnabled());
    EXPECT_FALSE(dialog.save());
}

TEST_F(UiReadErrorsTest, PrivacyYearsThatCannotBeReadCannotBeSavedOrCounted) {
    ctx_.user = manager_;
    breakReadsOf(QStringLiteral("settings"));
    hc::ui::PrivacySettingsPanel panel(ctx_);
    EXPECT_FALSE(panel.message()->text().isEmpty()) << "the reason";
    EXPECT_FALSE(panel.yearsEdit()->isEnabled()) << "not the box's minimum as if it were stored";
    EXPECT_FALSE(panel.saveButton()->isEnabled());
    EXPECT_FALSE(panel.countButton()->isEnabled());
    EXPECT_FALSE(panel.anonymiseButton()->isEnabled());
}

TEST_F(UiReadErrorsTest, AnSmsGatewayThatCannotBeReadIsNotShownEmptyAndSavable) {
    ctx_.user = manager_;
    {
        hc::ui::MessageTemplatesPanel panel(ctx_);
        EXPECT_TRUE(panel.saveGatewayButton()->isEnabled());
    }
    breakReadsOf(QStringLiteral("settings"));
    hc::ui::MessageTemplatesPanel panel(ctx_);
    EXPECT_FALSE(panel.saveGatewayButton()->isEnabled());
    EXPECT_FALSE(panel.message()->text().isEmpty()) << "the reason";
}

TEST_F(UiReadErrorsTest, CallbackUsersThatCannotBeReadForRoutesSaySo) {
    ctx_.user = manager_;
    breakReadsOf(QStringLiteral("users"));
    hc::test::BoxReader box;
    hc::ui::FollowUpSettingsPanel panel(ctx_);
    ASSERT_EQ(box.count(), 1) << box.dump();
    EXPECT_TRUE(box.boxes().front().title.contains(QStringLiteral("读取数据失败"))) << box.dump();
}

TEST_F(UiReadErrorsTest, ALoginPolicyThatCannotBeReadSaysSoAndIsNotOfferedForSaving) {
    ctx_.user = manager_;
    {
        hc::ui::SettingsView view(ctx_);
        auto* save = view.findChild<QPushButton*>(QStringLiteral("savePolicyButton"));
        ASSERT_NE(save, nullptr);
        EXPECT_TRUE(save->isEnabled());
    }
    breakReadsOf(QStringLiteral("settings"));
    hc::test::BoxReader box;
    hc::ui::SettingsView view(ctx_);
    EXPECT_GE(box.count(), 1) << box.dump();
    EXPECT_FALSE(view.findChild<QPushButton*>(QStringLiteral("savePolicyButton"))->isEnabled());
}

TEST_F(UiReadErrorsTest, TheCampaignReturnWindowStartsAtTheShopsSetting) {
    ctx_.user = manager_;
    auto s = settings_->followUps().value();
    s.winbackReturnWindowDays = 45;
    ASSERT_TRUE(settings_->saveFollowUps(manager_, s).ok());
    hc::ui::CampaignView view(ctx_);
    EXPECT_EQ(view.windowSpin()->value(), 45) << "the stored window, not a number in the code";
}

TEST_F(UiReadErrorsTest, TheCampaignFormFollowsANewReturnWindowUntilTheManagerTypesOne) {
    ctx_.user = manager_;
    hc::services::SettingsNotifier notifier;
    hc::services::SettingsService notifying(*db_, clock(), &notifier);
    ctx_.settings = &notifying;
    ctx_.settingsNotifier = &notifier;
    hc::ui::CampaignView view(ctx_);
    auto s = notifying.followUps().value();
    s.winbackReturnWindowDays = 60;
    ASSERT_TRUE(notifying.saveFollowUps(manager_, s).ok());
    EXPECT_EQ(view.windowSpin()->value(), 60) << "the open form follows the saved rules";
    view.windowSpin()->setValue(20);  // the manager's own choice for this campaign
    s.winbackReturnWindowDays = 90;
    ASSERT_TRUE(notifying.saveFollowUps(manager_, s).ok());
    EXPECT_EQ(view.windowSpin()->value(), 20) << "a typed value is not overwritten";
    ctx_.settingsNotifier = nullptr;
    ctx_.settings = settings_.get();
}

TEST_F(UiReadErrorsTest, ACampaignReturnWindowThatCannotBeReadSaysSoAndIsNotGuessed) {
    ctx_.user = manager_;
    breakReadsOf(QStringLiteral("settings"));
    hc::ui::CampaignView view(ctx_);
    EXPECT_LT(view.windowSpin()->value(), 1) << "no default taken from nowhere";
    EXPECT_EQ(view.windowSpin()->text(), view.windowSpin()->specialValueText());
    EXPECT_TRUE(
        view.messageLabel()->text().startsWith(QStringLiteral("回厂统计天数的默认值无法读取")))
        << view.messageLabel()->text().toStdString();
    // Creating without a window is refused at the field, nothing written.
    view.nameEdit()->setText(QStringLiteral("春季保养"));
    EXPECT_EQ(view.createCampaign(), 0);
    EXPECT_EQ(view.messageLabel()->text(), QStringLiteral("请填写回厂统计天数。"));
}

TEST_F(UiReadErrorsTest, ADuplicateCheckThatCannotRunSaysSoInsteadOfNoDuplicate) {
    ctx_.user = advisor_;
    hc::ui::CustomerDialog dialog(ctx_);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("duplicateWarning"));
    ASSERT_NE(warning, nullptr);
    breakReadsOf(QStringLiteral("customers"));
    dialog.phoneEdit()->setText(QStringLiteral("13912345678"));
    EXPECT_TRUE(warning->isVisibleTo(&dialog)) << "a failed lookup read as 'no duplicate'";
    EXPECT_TRUE(warning->text().startsWith(QStringLiteral("重复检查未完成")))
        << warning->text().toStdString();
}

TEST_F(UiReadErrorsTest, AVisitFormWhoseFollowUpSettingsCannotBeReadSaysWhyThereIsNoProposal) {
    ctx_.user = advisor_;
    breakReadsOf(QStringLiteral("settings"));
    hc::test::BoxReader box;
    hc::ui::VisitDialog dialog(ctx_, customer_, vehicle_);
    const QLabel* proposal = dialog.proposalLabel();
    EXPECT_TRUE(proposal->isVisibleTo(&dialog)) << "not a proposal that just disappears";
    EXPECT_TRUE(proposal->text().startsWith(QStringLiteral("无法计算下次保养")))
        << proposal->text().toStdString();
    EXPECT_GT(proposal->text().size(), QStringLiteral("无法计算下次保养：").size())
        << "with the service's message";
}

TEST_F(UiReadErrorsTest, SearchBadgesWhoseSettingsCannotBeReadSaySoAtReception) {
    ctx_.user = advisor_;
    breakReadsOf(QStringLiteral("settings"));
    hc::ui::ReceptionView view(ctx_);
    EXPECT_TRUE(view.hintLabel()->text().startsWith(QStringLiteral("客户分类无法计算")))
        << view.hintLabel()->text().toStdString();
    view.searchEdit()->setText(QStringLiteral("刘春江"));
    view.model()->runNow();
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, hc::ui::SearchModel::ClassColumn).data().toString(),
              hc::ui::SearchModel::tr("分类不可用"))
        << "not a blank class that reads as 'none'";
    EXPECT_TRUE(view.hintLabel()->text().contains(QStringLiteral("客户分类无法计算")))
        << "the reason stays next to the results: " << view.hintLabel()->text().toStdString();
}

TEST_F(UiReadErrorsTest, TheCallbackScreenSaysItsYellowWindowCannotBeRead) {
    // Only the screen's own settings read fails (its SettingsService on a file whose settings are
    // unreadable); the list itself is planned as usual.
    const auto unreadable = unreadableSettings(QStringLiteral("other.db"));
    ctx_.settings = unreadable.service.get();
    CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    const QString counts = view.countsLabel()->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("黄色的天数无法读取"))) << counts.toStdString();
    ctx_.settings = settings_.get();
}

TEST_F(UiReadErrorsTest, AScriptWhoseShopNameCannotBeReadSaysWhyItSaysTheShop) {
    const auto unreadable = unreadableSettings(QStringLiteral("other2.db"));
    ctx_.settings = unreadable.service.get();
    CallbackView view(ctx_);
    view.setClock(clock());
    view.refresh();
    ASSERT_TRUE(view.currentItem().has_value());
    const QString script = view.scriptView()->toPlainText();
    EXPECT_TRUE(script.contains(QStringLiteral("门店名称无法读取"))) << script.toStdString();
    ctx_.settings = settings_.get();
}

TEST_F(UiReadErrorsTest, AComplaintFormWhoseDeadlinesCannotBeReadSaysSo) {
    ctx_.user = manager_;
    {
        hc::ui::ComplaintDialog dialog(ctx_, customer_, clock());
        const auto* rule = dialog.findChild<QLabel*>(QStringLiteral("complaintRule"));
        ASSERT_NE(rule, nullptr);
        EXPECT_FALSE(rule->text().contains(QStringLiteral("无法读取")))
            << rule->text().toStdString();
    }
    breakReadsOf(QStringLiteral("settings"));
    hc::ui::ComplaintDialog dialog(ctx_, customer_, clock());
    const auto* rule = dialog.findChild<QLabel*>(QStringLiteral("complaintRule"));
    ASSERT_NE(rule, nullptr);
    EXPECT_TRUE(rule->isVisibleTo(&dialog));
    EXPECT_TRUE(rule->text().startsWith(QStringLiteral("答复期限无法读取")))
        << rule->text().toStdString();
}

}  // namespace
