// The duplicates review screen offscreen: the group with reason and score, the two customers side
// by side, a value chosen with the keyboard (Space), merge, and undo from the merge history.
#include "AppHarness.h"
#include "hc/ui/DuplicatesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

int rowOf(QTableWidget* fields, const QString& column) {
    for (int row = 0; row < fields->rowCount(); ++row) {
        if (fields->item(row, 0)->data(Qt::UserRole).toString() == column) {
            return row;
        }
    }
    return -1;
}

TEST(DuplicatesDialog, ReviewMergeAndUndoWithTheKeyboard) {
    AppHarness app;
    auto& ctx = app.context;
    const QDate today = app.now().date();
    const auto first = app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                                       QStringLiteral("陕A12345"), {today.addMonths(-3)});
    const auto second = app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345679"),
                                        QStringLiteral("陕A12346"), {today.addMonths(-1)});
    app.addCustomer(QStringLiteral("Zhang Min"), QStringLiteral("13900001111"),
                    QStringLiteral("陕B54321"), {});

    ui::DuplicatesDialog dialog(*ctx.duplicates, ctx.user);
    QStringList asked;
    dialog.setConfirmation([&](const QString& text) {
        asked << text;
        return true;
    });
    dialog.show();
    auto* groups = dialog.findChild<QTableWidget*>(QStringLiteral("duplicateGroups"));
    auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("mergeFields"));
    auto* kept = dialog.findChild<QComboBox*>(QStringLiteral("keptCustomer"));
    auto* removed = dialog.findChild<QComboBox*>(QStringLiteral("removedCustomer"));
    auto* merge = dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"));
    auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("mergeHistory"));
    auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLine"));
    ASSERT_TRUE(groups && fields && kept && removed && merge && history && undo && status);

    ASSERT_EQ(groups->rowCount(), 1);
    EXPECT_TRUE(groups->item(0, 0)->text().contains(QStringLiteral("#%1").arg(first)));
    EXPECT_TRUE(groups->item(0, 0)->text().contains(QStringLiteral("#%1").arg(second)));
    EXPECT_EQ(groups->item(0, 1)->text(), QStringLiteral("姓名拼音相同、手机号差一位"));
    EXPECT_EQ(groups->item(0, 2)->text(), QStringLiteral("60"));
    EXPECT_EQ(kept->currentData().toLongLong(), first);
    EXPECT_EQ(removed->currentData().toLongLong(), second);
    EXPECT_TRUE(merge->isEnabled());

    // Side by side: the phone of each, the kept one chosen by default; Space on the other takes it.
    const int phone = rowOf(fields, QStringLiteral("phone"));
    ASSERT_GE(phone, 0);
    EXPECT_EQ(fields->item(phone, 1)->text(), QStringLiteral("13812345678"));
    EXPECT_EQ(fields->item(phone, 2)->text(), QStringLiteral("13812345679"));
    EXPECT_EQ(fields->item(phone, 1)->checkState(), Qt::Checked);
    EXPECT_EQ(fields->item(phone, 2)->checkState(), Qt::Unchecked);
    fields->setFocus();
    fields->setCurrentCell(phone, 2);
    QTest::keyClick(fields, Qt::Key_Space);
    EXPECT_EQ(fields->item(phone, 2)->checkState(), Qt::Checked);
    EXPECT_EQ(fields->item(phone, 1)->checkState(), Qt::Unchecked);

    QSignalSpy merged(&dialog, &ui::DuplicatesDialog::mergeFinished);
    merge->click();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(status->text().contains(QStringLiteral("正在合并")))
        << status->text().toStdString();
    EXPECT_FALSE(merge->isEnabled()) << "not twice";
    ASSERT_TRUE(merged.wait(30000));  // off the GUI thread: a backup first
    EXPECT_TRUE(merged.at(0).at(0).toBool());
    EXPECT_TRUE(status->text().contains(QStringLiteral("合并编号")))
        << status->text().toStdString();
    EXPECT_EQ(groups->rowCount(), 0);
    EXPECT_FALSE(ctx.customers->find(second).value().has_value());
    EXPECT_EQ(ctx.customers->find(first).value()->phone, QStringLiteral("13812345679"));
    EXPECT_EQ(ctx.vehicles->vehiclesOf(first).value().size(), 2U);

    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->item(0, 5)->text(), QStringLiteral("已合并"));
    EXPECT_TRUE(undo->isEnabled());
    undo->click();
    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(status->text().contains(QStringLiteral("已恢复"))) << status->text().toStdString();
    ASSERT_TRUE(ctx.customers->find(second).value().has_value());
    EXPECT_EQ(ctx.customers->find(first).value()->phone, QStringLiteral("13812345678"));
    EXPECT_EQ(ctx.vehicles->vehiclesOf(second).value().size(), 1U);
    EXPECT_TRUE(history->item(0, 5)->text().startsWith(QStringLiteral("已撤销")));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_EQ(groups->rowCount(), 1);
}

TEST(DuplicatesDialog, TheGroupsAreLookedForOffTheGuiThreadThenAMergeKeepsItsNote) {
    AppHarness app;
    auto& ctx = app.context;
    app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                    QStringLiteral("陕A12345"), {});
    app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345679"),
                    QStringLiteral("陕A12346"), {});
    ui::DuplicatesDialog dialog(*ctx.duplicates, ctx.user, nullptr, true);
    dialog.setConfirmation([](const QString&) { return true; });
    QSignalSpy loaded(&dialog, &ui::DuplicatesDialog::groupsLoaded);
    auto* groups = dialog.findChild<QTableWidget*>(QStringLiteral("duplicateGroups"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLine"));
    ASSERT_TRUE(groups && status);
    EXPECT_EQ(groups->rowCount(), 0) << "not looked for on the GUI thread";
    EXPECT_TRUE(status->text().contains(QStringLiteral("正在查找")))
        << status->text().toStdString();
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(groups->rowCount(), 1);
    EXPECT_TRUE(status->text().isEmpty()) << status->text().toStdString();
    // A merge, then the groups again in the background: the merge's note stays.
    QSignalSpy merged(&dialog, &ui::DuplicatesDialog::mergeFinished);
    dialog.mergeChosen();
    ASSERT_TRUE(merged.wait(30000));
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(groups->rowCount(), 0);
    EXPECT_TRUE(status->text().contains(QStringLiteral("合并编号")))
        << status->text().toStdString();
}

TEST(DuplicatesDialog, DeclinedConfirmationChangesNothing) {
    AppHarness app;
    auto& ctx = app.context;
    app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                    QStringLiteral("陕A12345"), {});
    const auto second = app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345679"),
                                        QStringLiteral("陕A12346"), {});
    ui::DuplicatesDialog dialog(*ctx.duplicates, ctx.user);
    dialog.setConfirmation([](const QString&) { return false; });
    dialog.mergeChosen();
    EXPECT_TRUE(ctx.customers->find(second).value().has_value());
    EXPECT_EQ(dialog.findChild<QTableWidget*>(QStringLiteral("mergeHistory"))->rowCount(), 0);
}

TEST(DuplicatesDialog, NotTheSameCustomerButtonHidesTheGroup) {
    AppHarness app;
    auto& ctx = app.context;
    const auto first = app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                                       QStringLiteral("陕A12345"), {});
    const auto second = app.addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345679"),
                                        QStringLiteral("陕A12346"), {});
    ui::DuplicatesDialog dialog(*ctx.duplicates, ctx.user);
    bool answer = false;
    QStringList asked;
    dialog.setConfirmation([&](const QString& text) {
        asked << text;
        return answer;
    });
    dialog.show();
    auto* groups = dialog.findChild<QTableWidget*>(QStringLiteral("duplicateGroups"));
    auto* notSame = dialog.findChild<QPushButton*>(QStringLiteral("notSameButton"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLine"));
    ASSERT_TRUE(groups && notSame && status);
    ASSERT_EQ(groups->rowCount(), 1);
    EXPECT_TRUE(notSame->isEnabled());
    EXPECT_EQ(notSame->text(), QStringLiteral("不是同一客户(&N)"));

    // Declined: nothing marked, the group stays.
    notSame->click();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(groups->rowCount(), 1);

    // Alt+N is the button: marked, the group disappears, the status line says so.
    answer = true;
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    groups->setFocus();
    QTest::keyClick(groups, Qt::Key_N, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return asked.size() == 2; }, 2000));  // animated click
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(groups->rowCount(), 0) << status->text().toStdString();
    EXPECT_FALSE(notSame->isEnabled());
    EXPECT_TRUE(status->text().contains(QStringLiteral("不是同一客户")))
        << status->text().toStdString();
    EXPECT_TRUE(ctx.duplicates->find(ctx.user).value().empty());
    // And a second dialog does not show it either.
    ui::DuplicatesDialog again(*ctx.duplicates, ctx.user);
    EXPECT_EQ(again.findChild<QTableWidget*>(QStringLiteral("duplicateGroups"))->rowCount(), 0);
    ASSERT_TRUE(ctx.duplicates->undismiss(ctx.user, {first, second}).ok());
    dialog.reload();
    EXPECT_EQ(groups->rowCount(), 1);
}

}  // namespace
}  // namespace hc::test
