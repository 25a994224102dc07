// PIPL actions in the app, offscreen: the erase dialog's typed confirmation, the card's
// manager-only export / erase, and the bulk anonymisation panel in the settings (count first, then
// anonymise).
#include "AppHarness.h"
#include "hc/ui/CustomerCardView.h"
#include "hc/ui/CustomerPrivacyActions.h"
#include "hc/ui/EraseCustomerDialog.h"
#include "hc/ui/PrivacySettingsPanel.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

TEST(PrivacyUi, EraseDialogEnablesTheButtonOnlyForTheTypedCustomerNumber) {
    qtApp();
    ui::EraseCustomerDialog dialog(17, QStringLiteral("Liu Chunjiang"));
    EXPECT_FALSE(dialog.eraseButton()->isEnabled());
    EXPECT_TRUE(dialog.explanation()->text().contains(QStringLiteral("Liu Chunjiang")));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("1"));
    EXPECT_FALSE(dialog.eraseButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("7"));
    EXPECT_TRUE(dialog.eraseButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("7"));
    EXPECT_FALSE(dialog.eraseButton()->isEnabled());
    dialog.confirmEdit()->setText(QStringLiteral(" 17 "));
    ASSERT_TRUE(dialog.eraseButton()->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.eraseButton()->click();
    EXPECT_EQ(accepted.count(), 1);
    // Enter in the field does not erase by default.
    ui::EraseCustomerDialog other(17, QStringLiteral("X"));
    other.show();
    QSignalSpy otherAccepted(&other, &QDialog::accepted);
    QTest::keyClick(other.confirmEdit(), Qt::Key_Return);
    EXPECT_EQ(otherAccepted.count(), 0);
}

TEST(PrivacyUi, CardOffersExportAndEraseToTheManagerOnly) {
    AppHarness app;
    const auto id = app.addCustomer(QStringLiteral("Liu Chunjiang"), QStringLiteral("13812345678"),
                                    QStringLiteral("陕A12345"), {QDate(2026, 3, 1)});
    ui::CustomerCardView card(app.context);
    card.showCustomer(id);
    ui::CustomerPrivacyActions* actions = card.privacyActions();
    ASSERT_NE(actions, nullptr);
    EXPECT_FALSE(actions->button()->isHidden());

    const QString file = QDir::temp().filePath(
        QStringLiteral("hc-privacy-ui-%1.json").arg(QCoreApplication::applicationPid()));
    ASSERT_TRUE(actions->exportTo(QStringLiteral("json"), file));
    EXPECT_TRUE(QFile(file).size() > 0);
    QFile::remove(file);

    QSignalSpy erased(actions, &ui::CustomerPrivacyActions::eraseFinished);
    ASSERT_TRUE(actions->eraseConfirmed());  // off the GUI thread: a backup first
    EXPECT_FALSE(actions->eraseAction()->isEnabled()) << "not twice";
    EXPECT_FALSE(actions->eraseConfirmed());
    ASSERT_TRUE(erased.wait(30000));
    EXPECT_TRUE(erased.at(0).at(0).toBool());
    EXPECT_EQ(card.nameLabel()->text(), QStringLiteral("已删除客户 #%1").arg(id));
    EXPECT_FALSE(actions->eraseAction()->isEnabled());  // once only
    EXPECT_FALSE(card.phoneLabel()->text().contains(QStringLiteral("5678")));

    app.context.user.role = domain::Role::Advisor;
    ui::CustomerCardView advisorCard(app.context);
    advisorCard.showCustomer(id);
    EXPECT_TRUE(advisorCard.privacyActions()->button()->isHidden());
}

TEST(PrivacyUi, SettingsPanelCountsBeforeItAnonymises) {
    AppHarness app;
    const auto old = app.addCustomer(QStringLiteral("Old Customer"), QStringLiteral("13812345678"),
                                     QStringLiteral("陕A11111"), {QDate(2019, 3, 1)});
    const auto recent = app.addCustomer(QStringLiteral("Recent"), QStringLiteral("13912345678"),
                                        QStringLiteral("陕A22222"), {QDate(2026, 9, 1)});
    QWidget
        host;  // as in the settings' general tab: a child is hidden only when the panel hides it
    ui::PrivacySettingsPanel panel(app.context, &host);
    EXPECT_FALSE(panel.isHidden());
    EXPECT_EQ(panel.yearsEdit()->value(), 3);  // the default setting
    EXPECT_FALSE(panel.anonymiseButton()->isEnabled());
    panel.yearsEdit()->setValue(4);
    ASSERT_TRUE(panel.save());
    EXPECT_EQ(panel.countInactive(), 1);
    EXPECT_TRUE(panel.message()->text().contains(QStringLiteral("1")));
    EXPECT_TRUE(panel.anonymiseButton()->isEnabled());
    // Changing the years asks for a new count first.
    panel.yearsEdit()->setValue(5);
    EXPECT_FALSE(panel.anonymiseButton()->isEnabled());
    panel.yearsEdit()->setValue(4);
    ASSERT_EQ(panel.countInactive(), 1);
    QSignalSpy anonymised(&panel, &ui::PrivacySettingsPanel::anonymiseFinished);
    ASSERT_TRUE(panel.anonymiseConfirmed());  // off the GUI thread: a backup first
    EXPECT_FALSE(panel.anonymiseButton()->isEnabled());
    ASSERT_TRUE(anonymised.wait(30000));
    EXPECT_TRUE(anonymised.at(0).at(0).toBool());
    EXPECT_EQ(panel.countInactive(), 0);
    EXPECT_FALSE(panel.anonymiseButton()->isEnabled());

    ui::CustomerCardView card(app.context);
    card.showCustomer(old);
    EXPECT_EQ(card.nameLabel()->text(), QStringLiteral("已删除客户 #%1").arg(old));
    card.showCustomer(recent);
    EXPECT_EQ(card.nameLabel()->text(), QStringLiteral("Recent"));

    app.context.user.role = domain::Role::Callback;
    ui::PrivacySettingsPanel hidden(app.context, &host);
    EXPECT_TRUE(hidden.isHidden());
}

}  // namespace
}  // namespace hc::test
