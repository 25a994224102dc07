// Sending the day's messages through the gateway from the GUI (issue 11 item 5): off the GUI
// thread with a busy bar, then sent / failed / skipped-without-consent counts; and the SMS export
// of a report drill-down list. Offscreen, real services on a real SQLite file; the gateway is a
// pluggable SmsGateway that accepts every number but one.
#include "AppHarness.h"
#include "EnglishBoxes.h"

#include "hc/services/ConsentService.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/SmsGateway.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

namespace hc::test {
namespace {

/// Accepts every phone but 13987654329; records the thread it ran on.
class FakeGateway final : public services::SmsGateway {
public:
    explicit FakeGateway(std::atomic<bool>* offGuiThread) : offGuiThread_(offGuiThread) {}
    services::SmsSendResult send(const QString& phone, const QString&) override {
        if (QThread::currentThread() != qApp->thread()) {
            *offGuiThread_ = true;
        }
        if (phone == QStringLiteral("13987654329")) {
            return {false, QStringLiteral("rejected by provider")};
        }
        return {true, {}};
    }

private:
    std::atomic<bool>* offGuiThread_;
};

class MessageSendUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        domain::ShopProfile shop;
        shop.name = QStringLiteral("Shunda Auto");
        shop.phone = QStringLiteral("029-81629900");
        ASSERT_TRUE(app_.context.settings->saveShopProfile(app_.context.user, shop));
        const QDate visit = app_.now().date().addDays(-3);  // post-service calls due today
        ok_ = app_.addCustomer(QStringLiteral("Li Lei"), QStringLiteral("13812345678"),
                               QStringLiteral("陕A12345"), {visit});
        failing_ = app_.addCustomer(QStringLiteral("Han Meimei"), QStringLiteral("13987654329"),
                                    QStringLiteral("陕B54321"), {visit});
        refused_ = app_.addCustomer(QStringLiteral("Zhang San"), QStringLiteral("13700001111"),
                                    QStringLiteral("陕C11111"), {visit});
        ASSERT_TRUE(
            app_.context.consent->set(app_.context.user, refused_, domain::MessagePurpose::Service,
                                      domain::ConsentState::Refused, domain::ConsentSource::Call));
    }

    std::vector<domain::MessageLogEntry> log(domain::CustomerId id) {
        auto r = app_.context.messages->logOf(id);
        EXPECT_TRUE(r);
        return r ? r.value() : std::vector<domain::MessageLogEntry>{};
    }

    AppHarness app_;
    domain::CustomerId ok_ = 0;
    domain::CustomerId failing_ = 0;
    domain::CustomerId refused_ = 0;
};

TEST_F(MessageSendUiTest, SendsOffTheGuiThreadAndShowsTheCounts) {
    ui::SendMessagesDialog dialog(app_.context, app_.now().date());
    std::atomic<bool> offGuiThread{false};
    dialog.setGatewayFactory([&offGuiThread] {
        return std::unique_ptr<services::SmsGateway>(std::make_unique<FakeGateway>(&offGuiThread));
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = dialog.templateCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("post_service")));
    QSignalSpy finished(&dialog, &ui::SendMessagesDialog::sendFinished);
    BoxReader asked(QMessageBox::Yes);  // "将发送 2 条短信…": send
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_TRUE(dialog.busyBar()->isVisible()) << "busy while building and sending";
    EXPECT_FALSE(dialog.sendButton()->isEnabled()) << "no second send while one runs";
    dialog.reject();
    EXPECT_TRUE(dialog.isVisible()) << "cannot be closed while sending";
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_TRUE(finished.front().front().toBool()) << dialog.resultLabel()->text().toStdString();
    EXPECT_TRUE(offGuiThread) << "the gateway ran on a thread of its own";
    ASSERT_EQ(asked.count(), 1) << "asked once before sending";
    EXPECT_TRUE(asked.boxes().front().text.contains(QStringLiteral("将发送 2 条短信")))
        << asked.dump();
    EXPECT_FALSE(dialog.sendButton()->isEnabled()) << "sent: the button stays off";
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_FALSE(dialog.busyBar()->isVisible());

    const auto& s = dialog.summary();
    EXPECT_EQ(s.sent, 1);
    EXPECT_EQ(s.failed, 1);
    EXPECT_EQ(s.excludedNoConsent, 1);
    const QString text = dialog.resultLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("已发送 1 条，失败 1 条"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 位客户未同意"))) << text.toStdString();

    const auto sent = log(ok_);
    ASSERT_EQ(sent.size(), 1U);
    EXPECT_EQ(sent.front().result, domain::MessageResult::Sent);
    const auto failed = log(failing_);
    ASSERT_EQ(failed.size(), 1U);
    EXPECT_EQ(failed.front().result, domain::MessageResult::Failed);
    EXPECT_TRUE(log(refused_).empty()) << "nothing sent without consent";
}

TEST_F(MessageSendUiTest, WithoutAGatewaySaysSoAndSendsNothing) {
    ui::SendMessagesDialog dialog(app_.context, app_.now().date());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.send());
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("短信网关尚未设置")));
    EXPECT_TRUE(log(ok_).empty());
}

TEST_F(MessageSendUiTest, DrillDownExportsOnlyThoseWithConsent) {
    std::vector<ui::DrillDownDialog::Entry> entries = {
        {ok_, QStringLiteral("Li Lei"), QStringLiteral("A")},
        {failing_, QStringLiteral("Han Meimei"), QStringLiteral("B")},
        {refused_, QStringLiteral("Zhang San"), QStringLiteral("C")},
    };
    ui::DrillDownDialog dialog(app_.context, QStringLiteral("Lost"), entries);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_NE(dialog.exportMessagesButton(), nullptr);
    EXPECT_TRUE(dialog.exportMessagesButton()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    // A service message (post-service): sent unless refused, so the refusal is skipped.
    const QString text = dialog.exportMessages(domain::MessageTemplateKey::PostService, path);
    EXPECT_TRUE(text.contains(QStringLiteral("已导出 2 条短信"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 位客户未同意"))) << text.toStdString();
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString body = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(body.contains(QStringLiteral("13812345678")));
    EXPECT_TRUE(body.contains(QStringLiteral("13987654329")));
    EXPECT_FALSE(body.contains(QStringLiteral("13700001111")));
    ASSERT_EQ(log(ok_).size(), 1U);
    EXPECT_EQ(log(ok_).front().result, domain::MessageResult::Exported);

    // Marketing (campaign): nobody granted it, so nothing goes out and the file is refused or
    // empty; the message says why.
    const QString marketing = dialog.exportMessages(domain::MessageTemplateKey::Campaign,
                                                    dir.filePath(QStringLiteral("m.csv")));
    EXPECT_TRUE(marketing.contains(QStringLiteral("3 位客户未同意"))) << marketing.toStdString();
}

}  // namespace
}  // namespace hc::test
