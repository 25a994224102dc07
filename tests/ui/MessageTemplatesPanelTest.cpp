// 设置 → 短信模板, driven like a user: pick a template, type, see the preview (signature, 回T退订
// for marketing) and the SMS count follow as you type; Save stores it for the manager; an unknown
// merge field is refused with a message and nothing stored; other roles only read.
#include "CallbackUiFixture.h"
#include "hc/services/ConsentService.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CustomerMessagesPanel.h"
#include "hc/ui/MessageTemplatesPanel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace hc::test {
using ui::MessageTemplatesPanel;
namespace {

QString u(const char* s) {
    return QString::fromUtf8(s);
}

class MessageTemplatesPanelTest : public CallbackUiFixture {
protected:
    void SetUp() override {
        CallbackUiFixture::SetUp();
        settings_ = std::make_unique<services::SettingsService>(*db_, clock());
        messages_ = std::make_unique<services::MessageService>(*db_, clock());
        domain::ShopProfile shop;
        shop.name = u("顺达汽修");
        shop.phone = QStringLiteral("029-81629900");
        ASSERT_TRUE(settings_->saveShopProfile(manager_, shop));
        ctx_.settings = settings_.get();
        ctx_.messages = messages_.get();
        ctx_.user = manager_;
    }

    static void choose(MessageTemplatesPanel& panel, domain::MessageTemplateKey key) {
        auto* combo = panel.templateCombo();
        combo->setCurrentIndex(combo->findData(domain::toKey(key)));
    }

    static void typeText(MessageTemplatesPanel& panel, const QString& text) {
        panel.bodyEdit()->selectAll();
        panel.bodyEdit()->setFocus();
        QTest::keyClick(panel.bodyEdit(), Qt::Key_Delete);
        // Chinese comes through the input method: committed text is inserted at the cursor.
        panel.bodyEdit()->insertPlainText(text);
    }

    std::unique_ptr<services::SettingsService> settings_;
    std::unique_ptr<services::MessageService> messages_;
};

TEST_F(MessageTemplatesPanelTest, PreviewAndCountFollowTheTextAndTheManagerSaves) {
    MessageTemplatesPanel panel(ctx_);
    panel.resize(900, 500);
    panel.show();
    EXPECT_EQ(panel.templateCombo()->count(), 6);

    choose(panel, domain::MessageTemplateKey::Winback);
    EXPECT_EQ(panel.bodyEdit()->toPlainText(),
              domain::MessageTemplates::defaultText(domain::MessageTemplateKey::Winback));
    typeText(panel, u("{姓名}您好"));
    EXPECT_EQ(panel.preview()->text(), u("【顺达汽修】张先生您好回T退订"));
    EXPECT_TRUE(panel.countLabel()->text().startsWith(u("15 字，1 条短信")))
        << panel.countLabel()->text().toStdString();

    // 71 characters in all: two parts.
    typeText(panel, QString(64, QChar(0x597D)));  // 【顺达汽修】 is 6 + 64 + 回T退订 4 = 74
    EXPECT_TRUE(panel.countLabel()->text().startsWith(u("74 字，2 条短信")))
        << panel.countLabel()->text().toStdString();

    // A service template carries no unsubscribe line.
    choose(panel, domain::MessageTemplateKey::AppointmentReminder);
    typeText(panel, u("请于{预约时间}到店"));
    EXPECT_FALSE(panel.preview()->text().contains(u("回T退订")));
    EXPECT_TRUE(panel.preview()->text().startsWith(u("【顺达汽修】请于")));

    // Unknown field: shown while typing, refused on save, nothing stored.
    typeText(panel, u("{车型}到店"));
    EXPECT_TRUE(panel.countLabel()->text().contains(u("{车型}")));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.message()->text().contains(u("{车型}")));
    bool custom = true;
    (void)messages_->templateText(domain::MessageTemplateKey::AppointmentReminder, &custom);
    EXPECT_FALSE(custom);
    EXPECT_FALSE(panel.resetButton()->isEnabled());

    typeText(panel, u("{姓名}请于{预约时间}到店"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_EQ(messages_->templateText(domain::MessageTemplateKey::AppointmentReminder).value(),
              u("{姓名}请于{预约时间}到店"));
    EXPECT_TRUE(panel.resetButton()->isEnabled());
    QTest::mouseClick(panel.resetButton(), Qt::LeftButton);
    EXPECT_EQ(
        panel.bodyEdit()->toPlainText(),
        domain::MessageTemplates::defaultText(domain::MessageTemplateKey::AppointmentReminder));
}

TEST_F(MessageTemplatesPanelTest, ManagerSavesTheGatewayAndTheTokenStaysUnlessRetyped) {
    MessageTemplatesPanel panel(ctx_);
    panel.gatewayUrl()->setText(QStringLiteral("https://sms.example.cn/send"));
    panel.gatewayToken()->setText(QStringLiteral("tok-1"));
    panel.gatewayTimeout()->setValue(5000);
    QTest::mouseClick(panel.saveGatewayButton(), Qt::LeftButton);
    auto g = settings_->smsGateway().value();
    EXPECT_EQ(g.url, QStringLiteral("https://sms.example.cn/send"));
    EXPECT_EQ(g.token, QStringLiteral("tok-1"));
    EXPECT_EQ(g.timeoutMs, 5000);
    EXPECT_TRUE(panel.gatewayToken()->text().isEmpty());
    // Saved again without typing the token: it stays. A bad URL is refused, nothing stored.
    panel.gatewayTimeout()->setValue(7000);
    QTest::mouseClick(panel.saveGatewayButton(), Qt::LeftButton);
    EXPECT_EQ(settings_->smsGateway().value().token, QStringLiteral("tok-1"));
    EXPECT_EQ(settings_->smsGateway().value().timeoutMs, 7000);
    panel.gatewayUrl()->setText(QStringLiteral("sms.example.cn"));
    QTest::mouseClick(panel.saveGatewayButton(), Qt::LeftButton);
    EXPECT_FALSE(panel.message()->text().isEmpty());
    EXPECT_EQ(settings_->smsGateway().value().url, QStringLiteral("https://sms.example.cn/send"));
}

TEST_F(MessageTemplatesPanelTest, OtherRolesOnlyRead) {
    ctx_.user = advisor_;
    MessageTemplatesPanel panel(ctx_);
    EXPECT_TRUE(panel.bodyEdit()->isReadOnly());
    EXPECT_FALSE(panel.saveButton()->isEnabled());
    EXPECT_FALSE(panel.resetButton()->isEnabled());
    EXPECT_FALSE(panel.saveGatewayButton()->isEnabled());
    EXPECT_FALSE(panel.preview()->text().isEmpty());
}

TEST_F(MessageTemplatesPanelTest, CardShowsConsentAndMessageLogAndRecordsAChange) {
    services::ConsentService consent(*db_, clock());
    ctx_.consent = &consent;
    ctx_.user = advisor_;
    // One message exported for the customer.
    const auto batch =
        messages_->forCustomers(domain::MessageTemplateKey::PostService, {customer_});
    ASSERT_TRUE(batch);
    QTemporaryDir dir;
    ASSERT_TRUE(
        messages_->exportCsv(advisor_, batch.value(), dir.filePath(QStringLiteral("x.csv"))));

    ui::CustomerMessagesPanel panel(ctx_);
    panel.setCustomer(customer_);
    EXPECT_EQ(panel.serviceState()->text(), u("服务短信：未记录"));
    EXPECT_EQ(panel.marketingState()->text(), u("营销短信：未记录"));
    ASSERT_EQ(panel.logTable()->rowCount(), 1);
    EXPECT_EQ(panel.logTable()->item(0, 2)->text(), u("已导出"));
    EXPECT_EQ(panel.logTable()->item(0, 3)->text(), QStringLiteral("li"));
    EXPECT_TRUE(panel.logTable()->item(0, 4)->text().startsWith(u("【顺达汽修】")));

    // The clerk records the customer's agreement to marketing from the reception form.
    panel.purposeCombo()->setCurrentIndex(
        panel.purposeCombo()->findData(QStringLiteral("marketing")));
    panel.stateCombo()->setCurrentIndex(panel.stateCombo()->findData(QStringLiteral("granted")));
    panel.sourceCombo()->setCurrentIndex(
        panel.sourceCombo()->findData(QStringLiteral("reception_form")));
    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    EXPECT_EQ(panel.marketingState()->text(), u("营销短信：同意"));
    const auto history = consent.history(customer_);
    ASSERT_EQ(history.value().size(), 1U);
    EXPECT_EQ(history.value()[0].source, domain::ConsentSource::ReceptionForm);
    EXPECT_EQ(history.value()[0].username, QStringLiteral("li"));

    panel.setCustomer(0);
    EXPECT_FALSE(panel.recordButton()->isEnabled());
    EXPECT_EQ(panel.logTable()->rowCount(), 0);
}

}  // namespace
}  // namespace hc::test

namespace hc::test {
namespace {

TEST_F(MessageTemplatesPanelTest, CallbackListExportsTodaysMessagesAndTheyCountAsContacts) {
    services::ConsentService consent(*db_, clock());
    ctx_.consent = &consent;
    ctx_.followUps = followUps_.get();
    ui::CallbackView view(ctx_);
    view.setClock(clock());
    ASSERT_NE(view.findChild<QPushButton*>(QStringLiteral("exportMessagesButton")), nullptr);
    ASSERT_TRUE(view.selectCustomer(customer_));  // the post-service call of the fixture's visit
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.csv"));
    const QString summary = view.exportMessages(domain::MessageTemplateKey::PostService, path);
    EXPECT_TRUE(summary.startsWith(u("已导出 1 条短信"))) << summary.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(view.selectCustomer(customer_));  // the message was the contact
}

}  // namespace
}  // namespace hc::test
