// Sending through the SMS gateway from a report drill-down and from a campaign (issue 11 item 5):
// the real HttpSmsGateway with the stored settings posts to a local HTTP test server on 127.0.0.1
// from the dialog's own thread; each message is logged for its customer, and those the consent
// rule of the template's purpose excludes are counted, shown and never posted. Offscreen, real
// services on a real SQLite file.
#include "AppHarness.h"
#include "EnglishBoxes.h"
#include "TestHttpServer.h"

#include "hc/services/CampaignService.h"
#include "hc/services/ConsentService.h"
#include "hc/services/MessageService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

using domain::ConsentSource;
using domain::ConsentState;
using domain::MessagePurpose;

class DrillDownSendTest : public ::testing::Test {
protected:
    void SetUp() override {
        domain::ShopProfile shop;
        shop.name = QStringLiteral("Shunda Auto");
        shop.phone = QStringLiteral("029-81629900");
        ASSERT_TRUE(app_.context.settings->saveShopProfile(app_.context.user, shop));
        domain::SmsGatewaySettings gateway;
        gateway.url = server_.url();
        gateway.timeoutMs = 10000;  // never reached: the server always answers
        ASSERT_TRUE(app_.context.settings->saveSmsGateway(app_.context.user, gateway));

        const QDate visit = app_.now().date().addDays(-400);
        granted_ = app_.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                                    QStringLiteral("陕A12345"), {visit});
        plain_ = app_.addCustomer(QStringLiteral("Han Meimei"), QStringLiteral("13987654321"),
                                  QStringLiteral("陕B54321"), {visit});
        serviceRefused_ =
            app_.addCustomer(QStringLiteral("Zhang San"), QStringLiteral("13700001111"),
                             QStringLiteral("陕C11111"), {visit});
        landline_ = app_.addCustomer(QStringLiteral("Wang Wu"), QStringLiteral("029-81234567"),
                                     QStringLiteral("陕D22222"), {visit});
        ASSERT_TRUE(app_.context.consent->set(app_.context.user, granted_,
                                              MessagePurpose::Marketing, ConsentState::Granted,
                                              ConsentSource::ReceptionForm));
        ASSERT_TRUE(app_.context.consent->set(app_.context.user, serviceRefused_,
                                              MessagePurpose::Service, ConsentState::Refused,
                                              ConsentSource::Call));
    }

    std::vector<ui::DrillDownDialog::Entry> entries() const {
        return {{granted_, QStringLiteral("Li Lei"), QStringLiteral("Lost")},
                {plain_, QStringLiteral("Han Meimei"), QStringLiteral("Lost")},
                {serviceRefused_, QStringLiteral("Zhang San"), QStringLiteral("Lost")},
                {landline_, QStringLiteral("Wang Wu"), QStringLiteral("Lost")}};
    }

    std::vector<domain::MessageLogEntry> log(domain::CustomerId id) {
        auto r = app_.context.messages->logOf(id);
        EXPECT_TRUE(r);
        return r ? r.value() : std::vector<domain::MessageLogEntry>{};
    }

    /// Picks the template, clicks send, answers the question with `answer` and waits (spinning
    /// the event loop, so the test server on this thread answers) until the dialog reports. The
    /// question's text goes to `asked` when given.
    static bool sendWith(ui::SendMessagesDialog* dialog, const char* key,
                         QMessageBox::StandardButton answer = QMessageBox::Yes,
                         QString* asked = nullptr) {
        auto* combo = dialog->templateCombo();
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(key)));
        QSignalSpy finished(dialog, &ui::SendMessagesDialog::sendFinished);
        BoxReader reader(answer);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->isBusy());
        if (finished.count() == 0 && !finished.wait(15000)) {
            return false;
        }
        if (asked != nullptr) {
            *asked = reader.boxes().empty() ? QString() : reader.boxes().front().text;
        }
        return finished.front().front().toBool();
    }

    /// Opens the drill-down's send dialog (a new one each time).
    static ui::SendMessagesDialog* openFrom(ui::DrillDownDialog& drill) {
        auto* dialog = drill.openSendDialog();
        EXPECT_TRUE(dialog != nullptr && QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    AppHarness app_;  // first: the QApplication exists before the server's socket
    TestHttpServer server_;
    domain::CustomerId granted_ = 0;
    domain::CustomerId plain_ = 0;
    domain::CustomerId serviceRefused_ = 0;
    domain::CustomerId landline_ = 0;
};

TEST_F(DrillDownSendTest, SendsFromADrillDownThroughTheHttpGatewayOnlyWithConsent) {
    ui::DrillDownDialog drill(app_.context, QStringLiteral("2026-09 Lost"), entries());
    drill.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&drill));
    ASSERT_NE(drill.sendMessagesButton(), nullptr);
    ASSERT_TRUE(drill.sendMessagesButton()->isEnabled());
    QTest::mouseClick(drill.sendMessagesButton(), Qt::LeftButton);
    auto* dialog = drill.findChild<ui::SendMessagesDialog*>();
    ASSERT_NE(dialog, nullptr) << "the button opens the send dialog";
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->templateCombo()->currentData().toString(), QStringLiteral("winback"))
        << "a drill-down list (no campaign offer) starts with the win-back template";
    const auto* intro = dialog->findChild<QLabel*>(QStringLiteral("sendIntroLabel"));
    ASSERT_NE(intro, nullptr);
    EXPECT_TRUE(intro->text().contains(QStringLiteral("4 位客户"))) << intro->text().toStdString();

    // Marketing (win-back): only the customer who granted it; the one without any record and the
    // one who refused service messages have no marketing consent; the landline is no mobile.
    ASSERT_TRUE(sendWith(dialog, "winback")) << dialog->resultLabel()->text().toStdString();
    EXPECT_EQ(dialog->summary().sent, 1);
    EXPECT_EQ(dialog->summary().failed, 0);
    EXPECT_EQ(dialog->summary().excludedNoConsent, 2);
    EXPECT_EQ(dialog->summary().excludedInvalid, 1);
    const QString shown = dialog->resultLabel()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("已发送 1 条，失败 0 条"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("2 位客户未同意"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("1 位客户无效或没有手机号"))) << shown.toStdString();
    ASSERT_EQ(server_.requests.size(), 1);
    EXPECT_TRUE(server_.requests[0].contains("13812345678"));
    EXPECT_TRUE(QString::fromUtf8(server_.requests[0]).contains(QStringLiteral("回T退订")))
        << "a marketing message carries the unsubscribe line";

    const auto sent = log(granted_);
    ASSERT_EQ(sent.size(), 1U);
    EXPECT_EQ(sent[0].result, domain::MessageResult::Sent);
    EXPECT_EQ(sent[0].channel, domain::MessageChannel::Gateway);
    EXPECT_EQ(sent[0].templateKey, domain::MessageTemplateKey::Winback);
    EXPECT_EQ(sent[0].purpose, MessagePurpose::Marketing);
    EXPECT_EQ(sent[0].userId, app_.context.user.id);
    EXPECT_EQ(sent[0].phone, QStringLiteral("13812345678"));
    EXPECT_TRUE(log(plain_).empty()) << "no marketing without a grant";
    EXPECT_TRUE(log(serviceRefused_).empty());
    EXPECT_TRUE(log(landline_).empty());

    EXPECT_FALSE(dialog->sendButton()->isEnabled()) << "sent: no second click sends again";
    dialog->reject();

    // Service (post-service): sent unless refused; the provider now refuses, so both go down as
    // failed (with the reason) and nothing is marked sent.
    server_.status = 500;
    dialog = openFrom(drill);
    ASSERT_TRUE(sendWith(dialog, "post_service")) << dialog->resultLabel()->text().toStdString();
    EXPECT_EQ(dialog->summary().sent, 0);
    EXPECT_EQ(dialog->summary().failed, 2);
    EXPECT_EQ(dialog->summary().excludedNoConsent, 1);
    EXPECT_EQ(dialog->summary().excludedInvalid, 1);
    EXPECT_EQ(server_.requests.size(), 3);
    const auto failed = log(plain_);
    ASSERT_EQ(failed.size(), 1U);
    EXPECT_EQ(failed[0].result, domain::MessageResult::Failed);
    EXPECT_EQ(failed[0].purpose, MessagePurpose::Service);
    EXPECT_FALSE(failed[0].error.isEmpty());
    ASSERT_EQ(log(granted_).size(), 2U);
    EXPECT_EQ(log(granted_)[0].result, domain::MessageResult::Failed) << "newest first";
    EXPECT_TRUE(log(serviceRefused_).empty()) << "a service refusal is respected";
    EXPECT_TRUE(log(landline_).empty());
    dialog->reject();
}

TEST_F(DrillDownSendTest, ACampaignExportsAndSendsItsInvitedCustomers) {
    ui::DrillDownDialog drill(app_.context, QStringLiteral("2026-09 Lost"), entries());
    const std::int64_t campaign = drill.addToCallbackList(true);
    ASSERT_GT(campaign, 0);
    {
        // The campaign template merges {优惠}: a campaign without an offer sends nothing (issue 11:
        // no message with an empty merge field). The screen to edit the offer is not under test.
        QSqlQuery q(app_.db().connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE campaigns SET offer = '9 折' WHERE id = %1").arg(campaign)));
    }

    ui::CampaignView view(app_.context);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.sendMessagesButton()->isEnabled()) << "nothing selected yet";
    EXPECT_FALSE(view.exportMessagesButton()->isEnabled());
    ASSERT_EQ(view.table()->rowCount(), 1);
    view.table()->selectRow(0);
    EXPECT_EQ(view.selectedCampaign(), campaign);
    EXPECT_TRUE(view.sendMessagesButton()->isEnabled());
    EXPECT_TRUE(view.exportMessagesButton()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campaign.csv"));
    const QString exported = view.exportMessages(path);
    EXPECT_TRUE(exported.contains(QStringLiteral("已导出 1 条短信"))) << exported.toStdString();
    EXPECT_TRUE(exported.contains(QStringLiteral("2 位客户未同意"))) << exported.toStdString();
    EXPECT_EQ(view.smsStatusLabel()->text(), exported);
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString body = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(body.contains(QStringLiteral("13812345678")));
    EXPECT_FALSE(body.contains(QStringLiteral("13987654321")));
    ASSERT_EQ(log(granted_).size(), 1U);
    EXPECT_EQ(log(granted_)[0].result, domain::MessageResult::Exported);
    EXPECT_EQ(log(granted_)[0].campaignId, std::optional<std::int64_t>(campaign));

    // The same day the export already reached the granted customer: nothing to send again.
    QTest::mouseClick(view.sendMessagesButton(), Qt::LeftButton);
    auto* same = view.findChild<ui::SendMessagesDialog*>();
    ASSERT_NE(same, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(same));
    EXPECT_FALSE(sendWith(same, "campaign"));
    EXPECT_EQ(same->summary().excludedAlreadySent, 1);
    EXPECT_TRUE(same->resultLabel()->text().contains(QStringLiteral("1 位客户今天已收到")))
        << same->resultLabel()->text().toStdString();
    EXPECT_EQ(server_.requests.size(), 0);
    same->reject();
    delete same;

    // The next day it is sent through the gateway.
    app_.setNow(app_.now().addDays(1));
    QTest::mouseClick(view.sendMessagesButton(), Qt::LeftButton);
    auto* dialog = view.findChild<ui::SendMessagesDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->templateCombo()->currentData().toString(), QStringLiteral("campaign"));
    ASSERT_TRUE(sendWith(dialog, "campaign")) << dialog->resultLabel()->text().toStdString();
    EXPECT_EQ(dialog->summary().sent, 1);
    EXPECT_EQ(dialog->summary().excludedNoConsent, 2);
    EXPECT_EQ(dialog->summary().excludedInvalid, 1);
    EXPECT_EQ(server_.requests.size(), 1);
    EXPECT_EQ(view.smsStatusLabel()->text(), dialog->resultLabel()->text());
    const auto entries = log(granted_);
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].result, domain::MessageResult::Sent);
    EXPECT_EQ(entries[0].channel, domain::MessageChannel::Gateway);
    EXPECT_EQ(entries[0].campaignId, std::optional<std::int64_t>(campaign));
    EXPECT_TRUE(log(plain_).empty());
    dialog->reject();
}

TEST_F(DrillDownSendTest, AsksWithTheCountsFirstCancelSendsNothingYesSendsOnce) {
    ui::DrillDownDialog drill(app_.context, QStringLiteral("2026-09 Lost"), entries());
    drill.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&drill));
    auto* dialog = openFrom(drill);
    ASSERT_NE(dialog, nullptr);

    // Cancel (the default): no request reached the server, nothing logged.
    QString asked;
    EXPECT_FALSE(sendWith(dialog, "post_service", QMessageBox::Cancel, &asked));
    EXPECT_TRUE(asked.contains(QStringLiteral("将发送 2 条短信（"))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("1 位客户未同意、1 位无效或没有手机号")))
        << asked.toStdString();
    EXPECT_EQ(server_.requests.size(), 0);
    EXPECT_TRUE(log(granted_).empty());
    EXPECT_TRUE(log(plain_).empty());
    EXPECT_TRUE(dialog->sendButton()->isEnabled()) << "cancelled: can still send";

    // Yes: both go out, once; the button stays off afterwards.
    ASSERT_TRUE(sendWith(dialog, "post_service", QMessageBox::Yes, &asked));
    EXPECT_EQ(dialog->summary().sent, 2);
    EXPECT_EQ(server_.requests.size(), 2);
    EXPECT_FALSE(dialog->sendButton()->isEnabled());
    EXPECT_EQ(log(granted_).size(), 1U);
    dialog->reject();

    // A second dialog the same day: the two who got it are counted in the question, and the
    // maintenance_due template (no due date in a drill-down) is left out as a missing field.
    dialog = openFrom(drill);
    EXPECT_FALSE(sendWith(dialog, "post_service", QMessageBox::Yes, &asked));
    EXPECT_EQ(dialog->summary().excludedAlreadySent, 2);
    EXPECT_TRUE(dialog->resultLabel()->text().contains(QStringLiteral("没有要发送的短信")))
        << dialog->resultLabel()->text().toStdString();
    EXPECT_FALSE(sendWith(dialog, "maintenance_due", QMessageBox::Yes, &asked));
    EXPECT_EQ(dialog->summary().excludedMissingFields, 2);
    EXPECT_TRUE(
        dialog->resultLabel()->text().contains(QStringLiteral("2 位客户缺少模板所需的内容")))
        << dialog->resultLabel()->text().toStdString();
    EXPECT_EQ(server_.requests.size(), 2) << "nothing sent twice, nothing with an empty field";
    dialog->reject();
}

}  // namespace
}  // namespace hc::test
